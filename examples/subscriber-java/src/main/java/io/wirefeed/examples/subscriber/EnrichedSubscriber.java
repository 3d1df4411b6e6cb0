package io.wirefeed.examples.subscriber;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber of {@code wirefeed.enriched}: reads with {@code isolation.level=read_committed} (enrich writes in
 * transactions), decodes each value with Wirefeed's Avro deserializer (the Confluent wire format, the writer's
 * schema fetched from the registry by id and resolved to the {@link EnrichedDispatch} class this jar carries), and
 * commits a record's offset only after it was handled. See docs/subscribers.md. From the repository root, after
 * {@code mvn -B -q -DskipTests package} (the launcher's lib folder holds what this file needs):
 *
 * <pre>
 * java -cp "launcher/target/lib/*" \
 *     examples/subscriber-java/src/main/java/io/wirefeed/examples/subscriber/EnrichedSubscriber.java \
 *     BOOTSTRAP REGISTRY_URL [TOPIC [GROUP [MAX_RECORDS [TIMEOUT_SECONDS]]]]
 * </pre>
 */
public final class EnrichedSubscriber implements AutoCloseable {

    private final KafkaConsumer<String, EnrichedDispatch> consumer;

    public EnrichedSubscriber(Map<String, Object> config, String topic) {
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
    }

    /**
     * A consumer's settings: the two that matter for Wirefeed's topics are read_committed and the registry.
     *
     * @param registryUrl the registry's Confluent-compatible API, for Apicurio {@code http://host:port/apis/ccompat/v7}
     */
    public static Map<String, Object> config(String bootstrapServers, String registryUrl, String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // Enrich writes every record in a Kafka transaction: without this, records of aborted transactions are read
        // too, and then again when they are written once more.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);    // committed below, once handled
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);  // the story id, UTF-8
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class);
        config.put("schema.registry.url", registryUrl);
        config.put("specific.avro.reader", true);  // EnrichedDispatch objects, not GenericRecords
        return config;
    }

    /**
     * Polls until {@code maxRecords} records were handled (0: no limit) or {@code timeout} passed, and commits
     * after each poll the offsets of the records it handled, and no others.
     *
     * @return how many records were handled
     */
    public int run(int maxRecords, Duration timeout, Consumer<ConsumerRecord<String, EnrichedDispatch>> handler) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int handled = 0;
        while ((maxRecords == 0 || handled < maxRecords) && System.nanoTime() < deadline) {
            ConsumerRecords<String, EnrichedDispatch> records = consumer.poll(Duration.ofMillis(500));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<String, EnrichedDispatch> record : records) {
                if (maxRecords > 0 && handled == maxRecords) {
                    break;
                }
                handler.accept(record);
                done.put(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1));
                handled++;
            }
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
        return handled;
    }

    /** One line for a record: id and version, the verdict, headline, entities and topics. */
    public static String describe(EnrichedDispatch dispatch) {
        String verdict = dispatch.getDedupe().getVerdict().name()
            + (dispatch.getDedupe().getOf() == null ? "" : " of " + dispatch.getDedupe().getOf());
        String entities = dispatch.getEntities().stream()
            .map(entity -> entity.getType() + " " + entity.getName()
                + (entity.getId() == null ? "" : " (" + entity.getId() + ")"))
            .collect(Collectors.joining(", "));
        String topics = dispatch.getTopics().stream()
            .map(topic -> topic.getCode() + " " + topic.getLabel())
            .collect(Collectors.joining(", "));
        return dispatch.getId() + " v" + dispatch.getVersion() + " " + verdict + " | " + dispatch.getHeadline()
            + " | entities: " + entities + " | topics: " + topics;
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: EnrichedSubscriber BOOTSTRAP REGISTRY_URL [TOPIC [GROUP [MAX_RECORDS "
                + "[TIMEOUT_SECONDS]]]]");
            return;
        }
        String topic = args.length > 2 ? args[2] : "wirefeed.enriched";
        String group = args.length > 3 ? args[3] : "wirefeed-subscriber-java";
        int maxRecords = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Duration timeout = args.length > 5 ? Duration.ofSeconds(Long.parseLong(args[5])) : Duration.ofDays(365);
        PrintStream out = System.out;
        try (EnrichedSubscriber subscriber = new EnrichedSubscriber(config(args[0], args[1], group), topic)) {
            int read = subscriber.run(maxRecords, timeout, record -> out.println(describe(record.value())));
            System.err.println("read " + read + " record(s) from " + topic);
        }
    }
}
