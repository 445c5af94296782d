package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/** Where to connect and as whom. {@link #toString()} never shows the password. */
public record ConnectionSpec(String url, String username, String password) {
    public ConnectionSpec {
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    public Connection open() throws SQLException {
        return open(new Properties());
    }

    /** Opens a connection with driver properties of the caller's on top of the account's (e.g. tcpKeepAlive). */
    public Connection open(Properties extra) throws SQLException {
        Properties props = new Properties();
        props.putAll(extra);
        if (!username.isEmpty()) {
            props.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    public ConnectionSpec withUrl(String newUrl) {
        return new ConnectionSpec(newUrl, username, password);
    }

    @Override
    public String toString() {
        return "ConnectionSpec[url=" + url + ", username=" + username + ", password="
                + (password.isEmpty() ? "" : "****") + "]";
    }
}
