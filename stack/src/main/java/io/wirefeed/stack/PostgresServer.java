package io.wirefeed.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (zonky's packaged Linux binaries) as a child process on a free loopback port.
 * Its data directory is kept across restarts unless {@code clean} is asked for.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final PostgresEndpoint endpoint;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        // zonky's server trusts loopback connections; the password is there for clients that insist on one.
        this.endpoint = new PostgresEndpoint("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE,
            USER, USER);
    }

    public static PostgresServer start(Path dataDir, boolean clean) {
        return start(dataDir, clean, LoopbackPort.free());
    }

    /** A server on the given port; started again on its data directory and port, it keeps its data. */
    public static PostgresServer start(Path dataDir, boolean clean, int port) {
        Instant started = Instant.now();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
            PostgresServer server = new PostgresServer(postgres);
            LOG.info("PostgreSQL ready at {} in {} ms", server.endpoint.jdbcUrl(),
                Duration.between(started, Instant.now()).toMillis());
            return server;
        } catch (IOException e) {
            throw new ServerStartException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public PostgresEndpoint endpoint() {
        return endpoint;
    }

    /** Another database on this server, created if it does not exist yet. */
    public PostgresEndpoint database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(),
                endpoint.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new ServerStartException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresEndpoint(endpoint.jdbcUrl().substring(0, endpoint.jdbcUrl().lastIndexOf('/') + 1) + name,
            endpoint.user(), endpoint.password());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not shut down cleanly", e);
        }
    }
}
