package io.wirefeed.stack;

import java.io.IOException;
import java.nio.file.Path;
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not shut down cleanly", e);
        }
    }
}
