package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's servers keep their data across a restart: topics, schemas (ids too), rows and indices. */
class PersistentInfrastructureIT {

    private static final String SCHEMA = "{\"schema\": \"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"Kept\\\", "
        + "\\\"fields\\\": [{\\\"name\\\": \\\"a\\\", \\\"type\\\": \\\"string\\\"}]}\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyServerKeepsItsDataAcrossARestart(@TempDir Path dir) throws Exception {
        String schemaId;
        try (Infrastructure servers = Infrastructure.persistent(dir)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            schemaId = send(servers.registry().url() + "/subjects/kept-value/versions", SCHEMA);
            sql(servers.postgres(), "CREATE TABLE kept (a text); INSERT INTO kept VALUES ('row')");
            send(servers.opensearch().url() + "/kept/_doc/1?refresh=true", "{\"a\": \"document\"}");
        }
        try (Infrastructure servers = Infrastructure.persistent(dir)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("kept");
            }
            assertThat(http.send(HttpRequest.newBuilder(URI.create(servers.registry().url() + "/subjects")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"kept-value\"");
            assertThat(send(servers.registry().url() + "/subjects/kept-value/versions", SCHEMA))
                .as("the same schema keeps its id").isEqualTo(schemaId);
            assertThat(sql(servers.postgres(), "SELECT a FROM kept")).isEqualTo("row");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(servers.opensearch().url() + "/kept/_doc/1"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"document\"");
        }
    }

    private String send(String url, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", url.contains("/subjects/") ? "application/vnd.schemaregistry.v1+json"
                : "application/json")
            .method(url.contains("/subjects/") ? "POST" : "PUT", HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return answer.body();
    }

    private static String sql(PostgresEndpoint postgres, String statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password());
             Statement statement = connection.createStatement()) {
            if (statement.execute(statements)) {
                try (ResultSet result = statement.getResultSet()) {
                    return result.next() ? result.getString(1) : null;
                }
            }
            return null;
        }
    }
}
