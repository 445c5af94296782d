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
    private final String user;

    public TodoRepository(String url, String user) {
        this.url = url;
        this.user = user;
    }

    public long add(String title) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("insert into todo(title) values (?) returning id")) {
            ps.setString(1, title);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void complete(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("update todo set done = true where id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public int deleteCompleted() throws SQLException {
        try (Connection c = connect()) {
            return c.createStatement().executeUpdate("delete from todo where done");
        }
    }

    public List<String> open() throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery("select title from todo where not done order by id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }

    public int count() throws SQLException {
        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from todo")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }
}
