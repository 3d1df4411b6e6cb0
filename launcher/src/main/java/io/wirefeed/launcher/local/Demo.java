package io.wirefeed.launcher.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code wirefeed local --demo}: posts the project's sample dispatches (six formats; versions, a correction, a
 * kill, resends and cross-agency near duplicates; counter-terrorism and other news) to the ingest service, waits
 * until they are enriched and both sinks have written them, and prints what came out.
 */
final class Demo {

    private static final String SAMPLES = "/io/wirefeed/enrich/samples/";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final StackEndpoints endpoints;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newHttpClient();

    Demo(LocalStack stack, StackEndpoints endpoints, PrintWriter out) {
        this.stack = stack;
        this.endpoints = endpoints;
        this.out = out;
    }

    /** Runs the demo and returns its summary (also printed). */
    DemoSummary run() throws IOException, InterruptedException, ExecutionException {
        String enrichedTopic = stack.enrichConfig().topics().enriched();
        String alertsTopic = stack.enrichConfig().topics().alerts();
        Map<TopicPartition, Long> enrichedFrom = endOffsets(enrichedTopic);
        Map<TopicPartition, Long> alertsFrom = endOffsets(alertsTopic);

        int accepted = ingest(sampleFiles());
        Records<EnrichedDispatch> enriched = read(enrichedTopic, enrichedFrom, accepted, EnrichedDispatch.class,
            "Enriched");
        awaitSinks(enriched.offsets());
        Records<Alert> alerts = read(alertsTopic, alertsFrom, 0, Alert.class, null);
        DemoSummary summary = DemoSummary.of(accepted, enriched.values(), alerts.values());
        out.println();
        out.print(summary.table());
        out.println();
        out.print(exampleQueries());
        out.println();
        out.println("See them in the console (live feed, stories, alerts, trends, dead letters):");
        out.println("  " + endpoints.console());
        out.flush();
        return summary;
    }

    private List<String> sampleFiles() throws IOException {
        try (InputStream labels = resource("labels.json")) {
            List<String> files = new ArrayList<>();
            new ObjectMapper().readTree(labels).path("dispatches").forEach(entry -> files.add(entry.path("file").asText()));
            return files;
        }
    }

    private int ingest(List<String> files) throws IOException, InterruptedException {
        int accepted = 0;
        for (int i = 0; i < files.size(); i++) {
            byte[] document;
            try (InputStream in = resource(files.get(i))) {
                document = in.readAllBytes();
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoints.ingest()
                    + "/v1/dispatches")).header("Authorization", "Bearer " + endpoints.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                throw new IOException("ingest answered " + answer.statusCode() + " for " + files.get(i) + ": "
                    + answer.body());
            }
            accepted += new ObjectMapper().readTree(answer.body()).path("accepted").asInt();
            progress("Ingesting sample dispatches", i + 1, files.size());
        }
        out.println();
        return accepted;
    }

    /** Values read from a topic, and their offsets in each partition. */
    private record Records<T>(List<T> values, Map<TopicPartition, List<Long>> offsets) {
    }

    /** The records of a topic after the given offsets (read_committed), waiting for {@code expected} of them. */
    private <T extends SpecificRecord> Records<T> read(String topic, Map<TopicPartition, Long> from, int expected,
                                                    Class<T> type, String label) {
        AvroDeserializer<T> values = AvroDeserializer.specific(null, type);
        values.configure(Map.of("schema.registry.url", endpoints.schemaRegistry()), false);
        List<T> records = new ArrayList<>();
        Map<TopicPartition, List<Long>> offsets = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafka(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            int quiet = 0;
            // Waits for the expected count; with none expected, reads until the topic stays quiet for a second.
            while (expected > 0 ? records.size() < expected : quiet < 5) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + ": " + records.size() + " of " + expected
                        + " records after " + TIMEOUT.toMinutes() + " min");
                }
                int before = records.size();
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    records.add(values.deserialize(topic, record.value()));
                    offsets.computeIfAbsent(new TopicPartition(topic, record.partition()), partition -> new ArrayList<>())
                        .add(record.offset());
                });
                quiet = records.size() == before ? quiet + 1 : 0;
                if (label != null) {
                    progress(label, records.size(), expected);
                }
            }
        }
        if (label != null) {
            out.println();
        }
        return new Records<>(records, offsets);
    }

    /**
     * Waits until both connectors have committed past the given records. (Not the end of the topic: the
     * transaction markers that exactly-once leaves after the last record are never committed by a consumer.)
     */
    private void awaitSinks(Map<TopicPartition, List<Long>> records) throws InterruptedException, ExecutionException {
        long total = records.values().stream().mapToLong(List::size).sum();
        try (Admin admin = admin()) {
            for (String connector : List.of(SinkConnectors.POSTGRES, SinkConnectors.OPENSEARCH)) {
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                long written = 0;
                while (written < total) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(connector + " is behind after " + TIMEOUT.toMinutes()
                            + " min; status: " + statusOf(connector));
                    }
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("connect-"
                        + connector).partitionsToOffsetAndMetadata().get();
                    written = records.entrySet().stream().mapToLong(partition -> {
                        OffsetAndMetadata offset = committed.get(partition.getKey());
                        return offset == null ? 0
                            : partition.getValue().stream().filter(record -> record < offset.offset()).count();
                    }).sum();
                    progress("Written by " + connector, written, total);
                    Thread.sleep(200);
                }
                out.println();
            }
        }
    }

    private String statusOf(String connector) {
        try {
            return stack.connect().status(connector).toString();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", endpoints.kafka()));
    }

    private String exampleQueries() {
        return String.format("""
            Try them:
              curl -s %s/%s/_search -H 'Content-Type: application/json' -d '{"query": {"bool": {
                "must": {"match": {"body": "attack"}},
                "filter": [{"term": {"topicCodes": "medtop:20000053"}}]}}}'

              psql '%s' -c "SELECT id, version, headline FROM current_dispatches
                WHERE topics @> '[{\\"code\\": \\"medtop:20000053\\"}]' ORDER BY received_at"
            """, endpoints.opensearch(), SinkConnectors.INDEX, psqlUrl());
    }

    /** The JDBC URL in the form psql takes. */
    private String psqlUrl() {
        return "postgresql://" + stack.servers().postgres().user() + ":" + stack.servers().postgres().password() + "@"
            + stack.servers().postgres().jdbcUrl().substring("jdbc:postgresql://".length());
    }

    private void progress(String label, long done, long total) {
        out.printf("\r%-44s %4d / %d", label, done, total);
        out.flush();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Demo.class.getResourceAsStream(SAMPLES + name);
        if (in == null) {
            throw new IOException("missing sample " + name);
        }
        return in;
    }
}
