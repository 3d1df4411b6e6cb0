package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackProxy;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One enrichment instance on the real broker and registry, fed what should not knock it over. */
@ExtendWith(InfrastructureExtension.class)
class EnrichEdgeCasesIT {

    @Test
    void trendsAnswerABadParameterWith400AndSayWhichAndWhy(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                         @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir);
        try (EnrichService service = EnrichService.start(settings.config(), Clock.systemUTC())) {
            EnrichServiceIT.awaitRunning(service);
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("limit=-1", "limit must be a whole number from 1 to 1000, not '-1'");
            refused.put("limit=0", "limit must be a whole number from 1 to 1000, not '0'");
            refused.put("limit=99999999999", "limit must be a whole number from 1 to 1000, not '99999999999'");
            refused.put("limit=ten", "limit must be a whole number from 1 to 1000, not 'ten'");
            refused.put("limit=", "limit must be a whole number from 1 to 1000, not ''");
            refused.put("window=month", "window must be day or week, not 'month'");
            refused.put("window=day&window=week", "window is given twice");
            refused.put("windows=day", "unknown parameter 'windows' (known: window, limit)");
            for (Map.Entry<String, String> query : refused.entrySet()) {
                HttpResponse<String> answer = get(service, query.getKey());
                assertThat(answer.statusCode()).as(query.getKey()).isEqualTo(400);
                assertThat(answer.body()).as(query.getKey()).contains("\"error\":\"" + query.getValue() + "\"");
            }
            assertThat(get(service, "window=day&limit=5").statusCode()).isEqualTo(200);
            assertThat(get(service, "window=%77eek&limit=1000").statusCode()).as("percent-encoded").isEqualTo(200);
        }
    }

    /**
     * A dispatch whose enriched record is larger than the producer may send: once it killed the stream thread,
     * and the thread that replaced it read the same dispatch again, forever. Now it becomes a dead letter with the
     * reason, and the dispatch after it is enriched.
     */
    @Test
    void aRecordTooLargeToSendIsDeadLetteredAndTheStreamGoesOn(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                              @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir)
            .with("kafka.producer." + ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024);
        EnrichConfig config = settings.config();
        TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false)));
        try (EnrichService service = EnrichService.start(config, Clock.systemUTC())) {
            EnrichServiceIT.awaitRunning(service);
            Instant t0 = Instant.now();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer())) {
                AvroSerializer<Dispatch> values = new AvroSerializer<>();
                values.configure(Map.of("schema.registry.url", registry.url()), false);
                EnrichServiceIT.send(producer, values, settings.dispatches, Dispatch.newBuilder(
                    SampleDispatches.dispatch("huge-1", 1)).setReceivedAt(t0)
                    .setBody(EnrichServiceIT.STORY + "\n\n" + "Tashkent and Samarkand. ".repeat(4_000)).build());
                EnrichServiceIT.send(producer, values, settings.dispatches, Dispatch.newBuilder(
                    SampleDispatches.dispatch("small-2", 1)).setReceivedAt(t0.plusSeconds(1))
                    .setBody(EnrichServiceIT.STORY).build());
            }

            List<ConsumerRecord<String, EnrichedDispatch>> enriched = TopicContents.await(kafka, registry,
                settings.topics.enriched(), EnrichedDispatch.class, 1, Duration.ofSeconds(60));
            assertThat(enriched).extracting(r -> r.value().getId()).containsExactly("small-2");
            List<ConsumerRecord<String, DeadLetter>> letters = TopicContents.await(kafka, registry,
                settings.topics.deadLetters(), DeadLetter.class, 1, Duration.ofSeconds(10));
            assertThat(letters).isNotEmpty().allSatisfy(letter -> {
                assertThat(letter.value().getErrorType()).endsWith("RecordTooLargeException");
                assertThat(letter.value().getSource()).startsWith("kafka:" + settings.dispatches + "/0/0");
                assertThat(letter.value().getReason()).contains("max.request.size");
            });
        }
    }

    /**
     * Kafka Streams in ERROR on a real broker and registry, and {@code /health} answering 503 with the state, so that
     * Kubernetes restarts the process: the registry goes away (behind a proxy that is cut) just before a rule arrives
     * whose schema the instance has never fetched; the global thread that keeps the rules cannot read it, may not be
     * replaced, and takes the client to ERROR.
     */
    @Test
    void healthAnswers503OnceKafkaStreamsIsInError(KafkaEndpoint kafka, RegistryEndpoint registry, @TempDir Path dir)
            throws Exception {
        URI direct = URI.create(registry.url());
        try (LoopbackProxy proxy = LoopbackProxy.to(direct.getPort())) {
            String proxied = new URI(direct.getScheme(), null, direct.getHost(), proxy.port(), direct.getPath(), null, null)
                .toString();
            EnrichSettings settings = new EnrichSettings(kafka, registry, dir).with("schema.registry.url", proxied);
            EnrichConfig config = settings.config();
            TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false)));
            try (EnrichService service = EnrichService.start(config, Clock.systemUTC())) {
                EnrichServiceIT.awaitRunning(service);
                assertThat(health(service).statusCode()).isEqualTo(200);

                Schema unseen = SchemaBuilder.record("Unseen" + UUID.randomUUID().toString().replace("-", ""))
                    .namespace("io.wirefeed.test").fields().requiredString("text").endRecord();
                int id;
                try (SchemaRegistryClient client = RestSchemaRegistryClient.create(Map.of("schema.registry.url",
                        registry.url()))) {
                    id = client.register("unseen-" + UUID.randomUUID(), unseen);
                }
                proxy.cut();
                byte[] value = ByteBuffer.allocate(7).put((byte) 0).putInt(id).put((byte) 2).put((byte) 'x').array();
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG,
                        "all"), new StringSerializer(), new ByteArraySerializer())) {
                    producer.send(new ProducerRecord<>(settings.topics.rules(), "rule-1", value)).get();
                }

                HttpResponse<String> answer = health(service);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (answer.statusCode() != 503 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    answer = health(service);
                }
                assertThat(service.state()).isIn(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.body()).contains("Kafka Streams is in state").containsPattern("ERROR");
                // the service says it can go on no longer, so that its main ends the JVM and a supervisor restarts it
                assertThat(service.failure().toCompletableFuture().get(60, TimeUnit.SECONDS)).contains("ERROR");
                proxy.restore();
            }
        }
    }

    private static HttpResponse<String> health(EnrichService service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(EnrichService service, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/trends?" + query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
