package io.wirefeed.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real OpenSearch 2.19 node in a child JVM (module {@code search-node}, with its own classpath, so that its
 * Lucene, Jackson and Netty never meet Kafka's), listening on a free loopback port. Data stays under its home.
 */
public final class OpenSearchServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchServer.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final OpenSearchEndpoint endpoint;

    private OpenSearchServer(ChildProcess process, OpenSearchEndpoint endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static OpenSearchServer start(Path home) {
        return start(home, 0);
    }

    /** A node on the given HTTP port (0: a free one); started again on its home and port, it keeps its data. */
    public static OpenSearchServer start(Path home, int port) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(home);
            Path portFile = home.resolve("http.port");
            Files.deleteIfExists(portFile);
            Properties build = new Properties();
            try (InputStream in = OpenSearchServer.class.getResourceAsStream("/wirefeed-stack.properties")) {
                build.load(in);
            }
            String classpath = build.getProperty("wirefeed.search-node.jar") + File.pathSeparator
                + Files.readString(Path.of(build.getProperty("wirefeed.search-node.classpath")), StandardCharsets.UTF_8)
                    .trim();
            Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath,
                "io.wirefeed.searchnode.SearchNodeMain", home.toString(), portFile.toString(), Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("opensearch.log").toFile())).start();
            // Watched from the start: a JVM killed while the node starts leaves nothing behind either.
            ChildProcess child = new ChildProcess(process, "opensearch", Duration.ofSeconds(30));
            OpenSearchEndpoint endpoint;
            try {
                endpoint = awaitReady(process, portFile, home);
            } catch (IOException | RuntimeException e) {
                child.kill();
                throw e;
            }
            LOG.info("OpenSearch ready at {} in {} ms", endpoint.url(), Duration.between(started, Instant.now()).toMillis());
            return new OpenSearchServer(child, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not start: " + e.getMessage(), e);
        }
    }

    private static OpenSearchEndpoint awaitReady(Process process, Path portFile, Path home) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ServerStartException("OpenSearch exited with code " + process.exitValue() + "; see "
                    + home.resolve("opensearch.log"));
            }
            if (Files.exists(portFile)) {
                String url = "http://127.0.0.1:" + Files.readString(portFile).trim();
                try {
                    HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/_cluster/health?wait_for_status=yellow&timeout=5s")).build(), HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return new OpenSearchEndpoint(url);
                    }
                } catch (IOException notYet) {
                    LOG.trace("OpenSearch not answering yet", notYet);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                    throw new ServerStartException("Interrupted while waiting for OpenSearch", e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new ServerStartException("Interrupted while waiting for OpenSearch", e);
            }
        }
        process.destroyForcibly();
        throw new ServerStartException("OpenSearch not ready after " + READY_TIMEOUT.toSeconds() + " s; see "
            + home.resolve("opensearch.log"));
    }

    public OpenSearchEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.stop();
    }
}
