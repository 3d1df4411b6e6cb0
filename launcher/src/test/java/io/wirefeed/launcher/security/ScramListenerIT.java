package io.wirefeed.launcher.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.IngestService;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.stack.EmbeddedKafka;
import io.wirefeed.stack.EmbeddedKafka.ScramUser;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker whose clients must authenticate (SASL SCRAM-SHA-512): a client without credentials or with a wrong
 * password is refused, while ingest and enrichment, given their credentials through the documented
 * {@code kafka.*} settings, carry a dispatch from HTTP to the enriched topic.
 */
@ExtendWith(InfrastructureExtension.class)
class ScramListenerIT {

    private static final String API_KEY = "scram-test-key";

    @Test
    void onlyClientsWithCredentialsGetIn(RegistryEndpoint registry, @TempDir Path dir) throws Exception {
        ScramUser user = new ScramUser("wirefeed", "s3cret-" + UUID.randomUUID());
        try (EmbeddedKafka kafka = EmbeddedKafka.startWithScram(dir.resolve("kafka"), user)) {
            String sasl = kafka.scramEndpoint().bootstrapServers();

            try (Admin anonymous = Admin.create(Map.of("bootstrap.servers", sasl))) {
                assertThatThrownBy(() -> anonymous.describeCluster(new DescribeClusterOptions().timeoutMs(3_000))
                    .nodes().get(10, TimeUnit.SECONDS)).as("a client without credentials").isInstanceOf(
                        ExecutionException.class);
            }
            Map<String, Object> wrong = new HashMap<>(new ScramUser(user.name(), "guess").clientConfig());
            wrong.put("bootstrap.servers", sasl);
            try (Admin guessing = Admin.create(wrong)) {
                assertThatThrownBy(() -> guessing.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
            }

            Map<String, Object> common = new HashMap<>();
            common.put("bootstrap.servers", sasl);
            common.put("schema.registry.url", registry.url());
            common.put("auto.register.schemas", "true");
            common.put("http.host", "127.0.0.1");
            common.put("http.port", "0");
            common.put("topics.partitions", "1");
            user.clientConfig().forEach((key, value) -> common.put("kafka." + key, value));
            Map<String, Object> ingestSettings = new HashMap<>(common);
            ingestSettings.put(IngestConfig.HTTP_API_KEYS_CONFIG, API_KEY);
            ingestSettings.put(IngestConfig.HTTP_PROBES_PORT_CONFIG, "0");
            Map<String, Object> enrichSettings = new HashMap<>(common);
            enrichSettings.put(EnrichConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
            try (IngestService ingest = IngestService.start(new IngestConfig(ingestSettings), Clock.systemUTC());
                 EnrichService enrich = EnrichService.start(new EnrichConfig(enrichSettings), Clock.systemUTC())) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + ingest.httpPort() + "/v1/dispatches?format=dateline-text"))
                    .header("Authorization", "Bearer " + API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("TASHKENT, July 7 (Xinhua) -- Security officials "
                        + "from five countries met here on Monday to discuss border cooperation.",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

                List<EnrichedDispatch> enriched = readEnriched(sasl, user, registry, Duration.ofSeconds(60));
                assertThat(enriched).singleElement()
                    .satisfies(dispatch -> assertThat(dispatch.getBody()).contains("border cooperation"));
            }
        }
    }

    private static List<EnrichedDispatch> readEnriched(String sasl, ScramUser user, RegistryEndpoint registry,
                                                       Duration timeout) {
        Map<String, Object> config = new HashMap<>(user.clientConfig());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sasl);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "scram-reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AvroDeserializer<EnrichedDispatch> values = AvroDeserializer.specific(null, EnrichedDispatch.class);
        values.configure(Map.of("schema.registry.url", registry.url()), false);
        List<EnrichedDispatch> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("wirefeed.enriched"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> records.add(values.deserialize(
                    "wirefeed.enriched", record.value())));
            }
        }
        return records;
    }
}
