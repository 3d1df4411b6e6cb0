package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console on the real JDK server, broker and registry: it waits for topics that do not exist yet (not ready
 * meanwhile), its API answers 401 without a key and 403 for a replay without the admin scope, its page carries its
 * security policy, and its live feed is a stream of server-sent events.
 */
@ExtendWith(InfrastructureExtension.class)
class ConsoleServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void waitsForItsTopicsThenServesItsApiBehindTheKeys(KafkaEndpoint kafka, RegistryEndpoint registry)
        throws Exception {
        String suffix = UUID.randomUUID().toString();
        List<String> topics = List.of("enriched-" + suffix, "alerts-" + suffix, "trends-" + suffix);
        ConsoleConfig config = new ConsoleConfig(Map.of(
            ConsoleConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            "schema.registry.url", registry.url(),
            IngestConfig.HTTP_API_KEYS_CONFIG, "reader-key,root-key=admin",
            ConsoleConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            ConsoleConfig.HTTP_PORT_CONFIG, "0",
            "topic.enriched", topics.get(0), "topic.alerts", topics.get(1), "topic.trends", topics.get(2),
            "topic.dead.letters", "dead-letters-" + suffix, "topic.ingest.state", "state-" + suffix));
        try (ConsoleService console = ConsoleService.start(config, Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + console.port();
            assertThat(get(base + "/ready", null).statusCode()).as("its topics do not exist yet").isEqualTo(503);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all().get();
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (get(base + "/ready", null).statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(get(base + "/ready", null).statusCode()).isEqualTo(200);

            HttpResponse<String> page = get(base + "/", null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(get(base + "/api/feed", null).statusCode()).isEqualTo(401);
            assertThat(get(base + "/api/feed", "wrong").statusCode()).isEqualTo(401);
            assertThat(get(base + "/api/feed", "reader-key").body()).isEqualTo("{\"dispatches\":[]}");
            assertThat(get(base + "/nothing-here", "reader-key").statusCode()).isEqualTo(404);
            assertThat(replay(base, "reader-key").statusCode()).isEqualTo(403);
            assertThat(replay(base, null).statusCode()).isEqualTo(401);
            assertThat(replay(base, "root-key").statusCode()).as("an admin asking for a letter of another topic")
                .isEqualTo(400);

            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/feed/stream?agency=AFP")).header("Authorization", "Bearer reader-key").build(),
                HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream events = stream.body()) {
                assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
                byte[] hello = events.readNBytes("event: hello\n".length());
                assertThat(new String(hello, StandardCharsets.UTF_8)).isEqualTo("event: hello\n");
            }
        }
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> replay(String base, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/dead-letters/replay"))
            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("id=elsewhere/0/1"));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
