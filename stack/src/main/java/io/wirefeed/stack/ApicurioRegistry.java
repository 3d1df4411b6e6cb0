package io.wirefeed.stack;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry, the real server, run from its Maven Central build in a child JVM on free loopback
 * ports. Clients talk to it through its Confluent-compatible API, {@link #endpoint()}.
 *
 * <p>Its storage is in memory unless {@link Builder#property(String, String)} configures another
 * (for example Apicurio's SQL storage on PostgreSQL).
 */
public final class ApicurioRegistry implements AutoCloseable {

    /** The system property (or, upper-cased with underscores, environment variable) naming Apicurio's unpacked build. */
    public static final String HOME_PROPERTY = "wirefeed.apicurio.home";

    private static final Logger LOG = LoggerFactory.getLogger(ApicurioRegistry.class);
    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final RegistryEndpoint endpoint;
    private final Path logFile;

    private ApicurioRegistry(ChildProcess process, RegistryEndpoint endpoint, Path logFile) {
        this.process = process;
        this.endpoint = endpoint;
        this.logFile = logFile;
    }

    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    public RegistryEndpoint endpoint() {
        return endpoint;
    }

    /** The child JVM's console output: Apicurio logs there, away from the caller's output. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        process.stop();
    }

    /** Settings of one registry process. */
    public static final class Builder {
        private final Path workDir;
        private final Map<String, String> properties = new TreeMap<>();
        private String heap = "192m";

        private Builder(Path workDir) {
            this.workDir = workDir;
        }

        /** A Quarkus or Apicurio configuration property, passed as {@code -Dkey=value}. */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder maxHeap(String heap) {
            this.heap = heap;
            return this;
        }

        public ApicurioRegistry start() {
            Instant started = Instant.now();
            Path runner = runnerJar();
            int httpPort = LoopbackPort.free();
            int managementPort = LoopbackPort.free();
            Path logFile = workDir.resolve("apicurio-registry.log");
            Process process = launch(runner, httpPort, managementPort, logFile);
            // Watched from the start: a JVM killed while the registry starts leaves nothing behind either.
            ChildProcess child = new ChildProcess(process, "apicurio-registry", Duration.ofSeconds(20));
            RegistryEndpoint endpoint = new RegistryEndpoint("http://127.0.0.1:" + httpPort + CCOMPAT_PATH);
            try {
                awaitReady(process, endpoint, logFile);
            } catch (RuntimeException e) {
                child.kill();
                throw e;
            }
            LOG.info("Apicurio Registry ready at {} in {} ms (log: {})", endpoint.url(),
                Duration.between(started, Instant.now()).toMillis(), logFile);
            return new ApicurioRegistry(child, endpoint, logFile);
        }

        private Process launch(Path runner, int httpPort, int managementPort, Path logFile) {
            List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.http.access-log.enabled=false"));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(runner.toString());
            try {
                Files.createDirectories(workDir);
                return new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            } catch (IOException e) {
                throw new ServerStartException("Could not launch Apicurio Registry: " + e.getMessage(), e);
            }
        }

        private static void awaitReady(Process process, RegistryEndpoint endpoint, Path logFile) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create(endpoint.url() + "/subjects"))
                .timeout(Duration.ofSeconds(5)).GET().build();
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new ServerStartException("Apicurio Registry exited with code " + process.exitValue()
                        + " before it was ready; the end of its log:\n" + tail(logFile));
                }
                try {
                    if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    LOG.trace("Registry not listening yet", notYetListening);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ServerStartException("Interrupted while waiting for Apicurio Registry", e);
                }
                sleep(Duration.ofMillis(200));
            }
            throw new ServerStartException("Apicurio Registry not ready after " + READY_TIMEOUT.toSeconds()
                + " s; the end of its log:\n" + tail(logFile));
        }
    }

    /**
     * The runner jar: from {@value #HOME_PROPERTY} (system property or {@code WIREFEED_APICURIO_HOME}), else
     * from where this module's build unpacked it.
     */
    static Path runnerJar() {
        String home = System.getProperty(HOME_PROPERTY, System.getenv("WIREFEED_APICURIO_HOME"));
        if (home == null) {
            home = buildProperties().getProperty(HOME_PROPERTY);
        }
        String version = buildProperties().getProperty("apicurio.version");
        Path jar = Path.of(home, "apicurio-registry-app-" + version + "-runner.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ServerStartException("Apicurio Registry build not found at " + jar
                + ": build the stack module (mvn -pl stack package) or set " + HOME_PROPERTY);
        }
        return jar;
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = ApicurioRegistry.class.getResourceAsStream("/wirefeed-stack.properties")) {
            if (in == null) {
                throw new ServerStartException("wirefeed-stack.properties missing from the classpath");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for Apicurio Registry", e);
        }
    }
}
