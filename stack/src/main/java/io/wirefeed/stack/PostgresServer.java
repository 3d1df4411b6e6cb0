package io.wirefeed.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (zonky's packaged Linux binaries) as a child process on a free loopback port.
 * Its data directory is kept across restarts unless {@code clean} is asked for. A {@link Watchdog} stops it when
 * this JVM dies without stopping it (SIGKILL).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final PostgresEndpoint endpoint;
    private final Watchdog watchdog;

    private PostgresServer(EmbeddedPostgres postgres, Watchdog watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
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
            PostgresServer server;
            try {
                server = new PostgresServer(postgres, Watchdog.guard(postmasterPid(dataDir), Watchdog.Signal.INT,
                    Duration.ofSeconds(20)));
            } catch (IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            LOG.info("PostgreSQL ready at {} in {} ms", server.endpoint.jdbcUrl(),
                Duration.between(started, Instant.now()).toMillis());
            return server;
        } catch (IOException e) {
            throw new ServerStartException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The postmaster's process id, from the first line of its {@code postmaster.pid}. pg_ctl starts it outside
     * this JVM's process tree, so nothing stops it when the JVM dies unless a {@link Watchdog} does.
     */
    private static long postmasterPid(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            throw new IOException("postmaster.pid in " + dataDir + " is empty");
        }
        return Long.parseLong(lines.get(0).trim());
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
        watchdog.close();
    }
}
