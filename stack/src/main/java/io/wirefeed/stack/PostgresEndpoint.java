package io.wirefeed.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Where clients reach a running PostgreSQL database. */
public record PostgresEndpoint(String jdbcUrl, String user, String password) {

    /** The URL with user and password as parameters, for tools that take a single connection string. */
    public String jdbcUrlWithCredentials() {
        String separator = jdbcUrl.contains("?") ? "&" : "?";
        return jdbcUrl + separator + "user=" + user + "&password=" + password;
    }

    /** Another database on the same server, created if it does not exist yet: a test's or a service's own. */
    public PostgresEndpoint database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new ServerStartException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresEndpoint(jdbcUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + name + "$1"), user, password);
    }

    @Override
    public String toString() {
        // Records print every component; a password must not reach a log through toString.
        return "PostgresEndpoint[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****]";
    }
}
