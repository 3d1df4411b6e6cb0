package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP endpoint of a real ingest service, publishing to the real broker and registry. */
@ExtendWith(InfrastructureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestHttpIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final KafkaEndpoint kafka;
    private final RegistryEndpoint registry;
    private final IngestSettings settings;
    private IngestService service;

    IngestHttpIT(KafkaEndpoint kafka, RegistryEndpoint registry) {
        this.kafka = kafka;
        this.registry = registry;
        this.settings = new IngestSettings(kafka, registry).with(IngestConfig.HTTP_MAX_REQUEST_BYTES_CONFIG, 64 * 1024);
    }

    @BeforeAll
    void start() {
        service = IngestService.start(settings.config(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private HttpResponse<String> post(String path, byte[] body, String key, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = List.of("/health", "/ready", "/metrics").contains(path) ? service.probePort() : service.httpPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void acceptsABatchOnceKafkaHasItAndKeysByStory() throws Exception {
        HttpResponse<String> response = post("/v1/dispatches", Fixtures.bytes("newsml/newsmessage-two-items.xml"),
            IngestSettings.API_KEY, "application/xml");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = new ObjectMapper().readTree(response.body());
        assertThat(answer.get("accepted").asInt()).isEqualTo(2);
        assertThat(answer.get("ids")).extracting(JsonNode::asText)
            .containsExactly("tag:reuters.com,2026:newsml_L8N3XY001", "tag:reuters.com,2026:newsml_L8N3XY002");
        List<ConsumerRecord<String, Dispatch>> records = TopicContents.read(kafka, registry, settings.dispatches,
            Dispatch.class);
        assertThat(records).filteredOn(r -> r.key().startsWith("tag:reuters.com")).hasSize(2)
            .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
    }

    @Test
    void takesTheFormatFromTheQueryWhenGiven() throws Exception {
        HttpResponse<String> named = post("/v1/dispatches?format=dateline-text", Fixtures.bytes("text/xinhua-tashkent.txt"),
            IngestSettings.API_KEY, "text/plain");
        HttpResponse<String> wrong = post("/v1/dispatches?format=ninjs", Fixtures.bytes("text/xinhua-tashkent.txt"),
            IngestSettings.API_KEY, "text/plain");
        HttpResponse<String> unknown = post("/v1/dispatches?format=telex", Fixtures.bytes("text/xinhua-tashkent.txt"),
            IngestSettings.API_KEY, "text/plain");

        assertThat(named.statusCode()).isEqualTo(202);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Malformed JSON at line 1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown format 'telex'").contains("dateline-text");
    }

    @Test
    void refusesWithoutAValidKey() throws Exception {
        byte[] body = Fixtures.bytes("ninjs/ninjs1-ap.json");

        HttpResponse<String> none = post("/v1/dispatches", body, null, null);
        HttpResponse<String> wrong = post("/v1/dispatches", body, "guess", null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(IngestSettings.API_KEY);
    }

    @Test
    void answersBadInputWithThePreciseReason() throws Exception {
        HttpResponse<String> malformed = post("/v1/dispatches", Fixtures.bytes("bad/unclosed.xml"),
            IngestSettings.API_KEY, null);
        HttpResponse<String> xxe = post("/v1/dispatches", Fixtures.bytes("bad/xxe.xml"), IngestSettings.API_KEY, null);
        HttpResponse<String> empty = post("/v1/dispatches", new byte[0], IngestSettings.API_KEY, null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(malformed.body()).get("error").asText())
            .startsWith("Malformed XML at line 5");
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Empty document");
    }

    @Test
    void refusesBodiesOverTheLimit() throws Exception {
        byte[] huge = ("{\"uri\":\"urn:x\",\"headline\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes();

        HttpResponse<String> response = post("/v1/dispatches", huge, IngestSettings.API_KEY, "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("over the limit of 65536 bytes");
    }

    /** What a delivery does is counted: the dispatches read and published, the refusal of a wrong key. */
    @Test
    void servesHealthReadinessAndMetricsThatCountWhatADeliveryDid() throws Exception {
        String received = "wirefeed_ingest_received_total{format=\"ninjs\",input=\"http\"}";
        String published = "wirefeed_ingest_published_total{input=\"http\"}";
        String unauthorized = "wirefeed_ingest_rejected_total{input=\"http\",reason=\"unauthorized\"}";
        String before = get("/metrics").body();

        HttpResponse<String> accepted = post("/v1/dispatches", Fixtures.bytes("ninjs/batch.ndjson"),
            IngestSettings.API_KEY, null);
        HttpResponse<String> refused = post("/v1/dispatches", Fixtures.bytes("ninjs/batch.ndjson"), "guess", null);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(refused.statusCode()).isEqualTo(401);
        int dispatches = new ObjectMapper().readTree(accepted.body()).get("accepted").asInt();
        assertThat(dispatches).isGreaterThan(1);
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(count(metrics.body(), received) - count(before, received)).isEqualTo(dispatches);
        assertThat(count(metrics.body(), published) - count(before, published)).isEqualTo(dispatches);
        assertThat(count(metrics.body(), unauthorized) - count(before, unauthorized)).isEqualTo(1);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("kafka_producer_");
    }

    /** A series' value in a Prometheus scrape; 0 when the series is not there yet. */
    private static double count(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " "))
            .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
            .findFirst().orElse(0);
    }

    @Test
    void answersUnknownRoutesAndMethodsPrecisely() throws Exception {
        assertThat(get("/v2/dispatches").statusCode()).isEqualTo(404);
        HttpResponse<String> wrongMethod = get("/v1/dispatches");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aServiceWithoutKafkaAnswers503AndSheds429() throws Exception {
        IngestSettings deadKafka = new IngestSettings(new KafkaEndpoint("127.0.0.1:1"), registry)
            .with(IngestConfig.TOPICS_CREATE_CONFIG, false)
            .with(IngestConfig.HTTP_MAX_IN_FLIGHT_CONFIG, 1)
            .with(IngestConfig.PUBLISH_TIMEOUT_MS_CONFIG, 1_500)
            .with("kafka.max.block.ms", 1_000);
        try (IngestService lonely = IngestService.start(deadKafka.config(), Clock.systemUTC())) {
            URI uri = URI.create("http://127.0.0.1:" + lonely.httpPort() + "/v1/dispatches");
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + IngestSettings.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes("ninjs/ninjs1-ap.json"))).build();
            var first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(first.get().statusCode()).isEqualTo(503);
            assertThat(first.get().headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + lonely.probePort() + "/ready")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
        }
    }
}
