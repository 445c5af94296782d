package com.example.todo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The application code under test: plain JDBC against a todo table. */
public class TodoRepository {
    private final String url;

    public TodoRepository(String url) {
        this.url = url;
    }

    public long add(String title) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement ps = c.prepareStatement("insert into todo(title, done) values (?, 0)")) {
            ps.setString(1, title);
            ps.executeUpdate();
            try (ResultSet rs = c.createStatement().executeQuery("select last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void complete(long id) throws SQLException {
        update("update todo set done = 1 where id = ?", id);
    }

    public int deleteCompleted() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            return c.createStatement().executeUpdate("delete from todo where done = 1");
        }
    }

    public List<String> open() throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("select title from todo where done = 0 order by id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }

    public int count() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from todo")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
