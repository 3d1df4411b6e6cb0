package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.sink.postgres.PostgresSinkConnector;
import io.wirefeed.sink.search.OpenSearchSinkConnector;
import io.wirefeed.stack.ConnectRest;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin, installed the way a Connect user installs it: the zip that {@code package} builds is
 * unpacked into a worker's {@code plugin.path}, and that worker (a child JVM) has Kafka Connect on its classpath
 * but none of the project's classes. Both connectors are found, start, and write to OpenSearch and PostgreSQL.
 */
@ExtendWith(InfrastructureExtension.class)
class ConnectorPluginIT {

    private static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void thePluginZipRunsInAWorkerWithoutTheProjectOnItsClasspath(KafkaEndpoint kafka, RegistryEndpoint registry,
            PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir) throws Exception {
        Path plugins = unzip(pluginZip(), dir.resolve("plugins"));
        String classpath = workerClasspath();
        try (URLClassLoader bare = new URLClassLoader(urls(classpath), null)) {
            assertThatThrownBy(() -> bare.loadClass(PostgresSinkConnector.class.getName()))
                .as("the worker's classpath must not hold the connectors").isInstanceOf(ClassNotFoundException.class);
        }

        int restPort = LoopbackPort.free();
        Properties worker = new Properties();
        worker.putAll(EmbeddedConnect.workerConfig(kafka.bootstrapServers(), dir, restPort));
        worker.setProperty("plugin.path", plugins.toString());
        Path workerFile = dir.resolve("worker.properties");
        try (OutputStream out = Files.newOutputStream(workerFile)) {
            worker.store(out, "standalone worker with the plugin on plugin.path");
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.apache.kafka.connect.cli.ConnectStandalone", workerFile.toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("connect.log").toFile()).start();
        try {
            ConnectRest rest = new ConnectRest(URI.create("http://127.0.0.1:" + restPort + "/"));
            List<String> found = await(rest::plugins);
            assertThat(found).contains(PostgresSinkConnector.class.getName(), OpenSearchSinkConnector.class.getName());

            String topic = "enriched-" + UUID.randomUUID();
            EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("p", 1,
                DedupeVerdict.UNIQUE), EnrichedRecords.enriched("p", 2, DedupeVerdict.UPDATE)));
            Map<String, String> common = Map.of("topics", topic, "schema.registry.url", registry.url(),
                "errors.tolerance", "all", "errors.deadletterqueue.topic.name", "plugin-dlq-" + UUID.randomUUID(),
                "errors.deadletterqueue.topic.replication.factor", "1");
            rest.apply("plugin-postgres", with(common, Map.of("connector.class", PostgresSinkConnector.class.getName(),
                "connection.url", postgres.jdbcUrl(), "connection.user", postgres.user(),
                "connection.password", postgres.password())));
            rest.apply("plugin-opensearch", with(common, Map.of("connector.class",
                OpenSearchSinkConnector.class.getName(), "connection.url", opensearch.url(), "index", "plugin")));

            assertThat(await(() -> rows(postgres))).containsExactly("p@1", "p@2");
            assertThat(await(() -> documentVersion(opensearch, "plugin", "p"))).isEqualTo(2);
            assertThat(rest.status("plugin-postgres").at("/tasks/0/state").asText()).isEqualTo("RUNNING");
            assertThat(rest.status("plugin-opensearch").at("/tasks/0/state").asText()).isEqualTo("RUNNING");
        } finally {
            // Connect's REST server can hang in its shutdown hook (Jetty's join): SIGKILL after 30 s, or the build waits
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static Path pluginZip() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-plugin.zip")).findFirst()
                .orElseThrow(() -> new AssertionError("no plugin zip in target/: run the package phase"));
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        assertThat(into.resolve("wirefeed-sink/manifest.json")).exists();
        return into;
    }

    /** This JVM's classpath without anything the project built: Kafka Connect and third-party jars only. */
    private static String workerClasspath() {
        String repositoryPart = File.separator + "io" + File.separator + "wirefeed" + File.separator;
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().startsWith(PROJECT_ROOT))
            .filter(entry -> !entry.contains(repositoryPart))
            .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    private static URL[] urls(String classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    private static Map<String, String> with(Map<String, String> common, Map<String, String> own) {
        Map<String, String> config = new HashMap<>(common);
        config.putAll(own);
        return config;
    }

    private static List<String> rows(PostgresEndpoint postgres) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id || '@' || version FROM dispatches ORDER BY 1")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        if (rows.size() < 2) {
            throw new AssertionError("rows so far: " + rows);
        }
        return rows;
    }

    private static int documentVersion(OpenSearchEndpoint opensearch, String index, String id) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(opensearch.url() + "/" + index + "/_doc/" + id)).build(), HttpResponse.BodyHandlers.ofString());
        int version = new ObjectMapper().readTree(answer.body()).path("_version").asInt();
        if (version < 2) {
            throw new AssertionError("document " + id + ": " + answer.body());
        }
        return version;
    }

    /** Retries until the call succeeds (the worker starting, records arriving), for up to 90 s. */
    private static <T> T await(Callable<T> call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                return call.call();
            } catch (IOException | AssertionError | SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("still failing after 90 s", notYet);
                }
                Thread.sleep(500);
            }
        }
    }
}
