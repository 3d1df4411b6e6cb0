package io.wirefeed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirefeed local}: the whole stack, real servers and services, run in this JVM until stopped. */
class LocalCommandIT {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    /** While it runs, each endpoint answers: Kafka's admin API, the registry's REST API, PostgreSQL's SQL. */
    @Test
    void localRunsRealServersUntilStopped(@TempDir Path dir) throws Exception {
        Path endpoints = dir.resolve("endpoints.json");
        AtomicInteger exit = new AtomicInteger(-1);
        Thread stack = new Thread(() -> exit.set(run("local", "--data-dir", dir.resolve("data").toString(),
            "--endpoints-file", endpoints.toString())), "local-stack");
        stack.setDaemon(true);
        stack.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!endpoints.toFile().exists() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        JsonNode json = new ObjectMapper().readTree(endpoints.toFile());

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", json.get("kafka").asText()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(json.get("schemaRegistry").asText() + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subjects.statusCode()).isEqualTo(200);
        try (Connection connection = DriverManager.getConnection(json.get("postgres").asText());
             ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(result.next()).isTrue();
        }
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(json.get("ingest").asText() + "/v1/dispatches"))
            .header("Authorization", "Bearer " + json.get("apiKey").asText())
            .POST(HttpRequest.BodyPublishers.ofString("{\"uri\":\"urn:local:1\",\"headline\":\"Local\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json.get("metrics").get("ingest").asText()).endsWith("/metrics");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(json.get("opensearch").asText()))
            .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"distribution\" : \"opensearch\"");
        HttpResponse<String> enrichMetrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(json.get("metrics").get("enrich").asText())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(enrichMetrics.statusCode()).isEqualTo(200);
        assertThat(json.get("dropFolder").asText()).endsWith("drop");
        assertThat(command.out()).contains("Ready in").contains(json.get("kafka").asText()).contains("Ctrl-C");

        stack.interrupt();
        stack.join(60_000);
        assertThat(exit.get()).as(command.err()).isZero();
        assertThat(command.out()).endsWith("Stopped." + System.lineSeparator());
    }
}
