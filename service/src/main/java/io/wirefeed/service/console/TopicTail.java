package io.wirefeed.service.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the enriched, alerts and trends topics for the console on a thread of its own: committed records only
 * (read_committed: what an aborted transaction wrote never happened), without a consumer group (assigned and
 * sought, so the console moves no offset and needs no group rights). It starts at the last records the console
 * keeps of the enriched and alerts topics, and at the beginning of the compacted trends topic. A record it cannot
 * read is skipped and logged by its coordinates; a schema registry that does not answer is waited for.
 */
final class TopicTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicTail.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REGISTRY_RETRY = Duration.ofSeconds(1);
    private static final Duration TOPICS_RETRY = Duration.ofSeconds(2);

    private final ConsoleConfig config;
    private final ConsoleState state;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AvroDeserializer<EnrichedDispatch> dispatches = AvroDeserializer.specific(null, EnrichedDispatch.class);
    private final AvroDeserializer<Alert> alerts = AvroDeserializer.specific(null, Alert.class);
    private final AvroDeserializer<Trend> trends = AvroDeserializer.specific(null, Trend.class);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private volatile String failure;
    private Map<TopicPartition, Long> startEnds = Map.of();

    TopicTail(ConsoleConfig config, ConsoleState state) {
        this.config = config;
        this.state = state;
        Map<String, Object> client = new HashMap<>(config.kafkaClientConfig());
        client.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        client.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        client.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // The console never creates a topic (it would get the broker's defaults, not the pipeline's partitions).
        client.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        client.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirefeed-console");
        this.consumer = new KafkaConsumer<>(client, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        for (AvroDeserializer<?> values : List.of(dispatches, alerts, trends)) {
            values.configure(config.serdeConfig(), false);
        }
        this.thread = new Thread(this::run, "console-tail");
        thread.setDaemon(true);
    }

    TopicTail start() {
        thread.start();
        return this;
    }

    /** Why the console no longer follows the topics (its /health answers 503 with it), or null while it does. */
    String problem() {
        return failure;
    }

    /** Whether the records that were on the topics when the console started have been read. */
    boolean caughtUp() {
        return caughtUp;
    }

    private void run() {
        try {
            assign();
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                        if (!handle(record)) {
                            // Read again once the registry answers: the record is not at fault.
                            consumer.seek(partition, record.offset());
                            Thread.sleep(REGISTRY_RETRY.toMillis());
                            break;
                        }
                    }
                }
                if (!caughtUp) {
                    caughtUp = startEnds.entrySet().stream()
                        .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            LOG.debug("Console tail stopped");
        } catch (RuntimeException e) {
            LOG.error("The console stopped following the topics", e);
            failure = "the console stopped following the topics: " + e.getClass().getSimpleName();
        }
    }

    /** Hands the record on; false when the registry did not answer (the record is to be read again). */
    private boolean handle(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return true;
        }
        try {
            if (record.topic().equals(config.enrichedTopic())) {
                state.enriched(record.partition() + "/" + record.offset(),
                    dispatches.deserialize(record.topic(), record.value()));
            } else if (record.topic().equals(config.alertsTopic())) {
                state.alert(alerts.deserialize(record.topic(), record.value()));
            } else {
                state.trend(trends.deserialize(record.topic(), record.value()));
            }
            return true;
        } catch (SerializationException e) {
            if (RegistryUnavailableException.causedBy(e)) {
                LOG.warn("The schema registry did not answer for {}/{}/{}; retrying", record.topic(),
                    record.partition(), record.offset());
                return false;
            }
            // The coordinates only: an exception's message can quote the record's content.
            LOG.warn("Skipped {}/{}/{}: not readable as the topic's records ({})", record.topic(), record.partition(),
                record.offset(), e.getClass().getSimpleName());
            return true;
        }
    }

    /**
     * Assigns every partition of the three topics and seeks; a topic that does not exist yet (the services create
     * theirs when they start, which may be after the console) is waited for, the console not ready meanwhile.
     */
    private void assign() throws InterruptedException {
        List<TopicPartition> partitions = new ArrayList<>();
        while (running) {
            partitions.clear();
            List<String> missing = new ArrayList<>();
            for (String topic : List.of(config.enrichedTopic(), config.alertsTopic(), config.trendsTopic())) {
                List<PartitionInfo> found = consumer.partitionsFor(topic, METADATA_TIMEOUT);
                if (found == null || found.isEmpty()) {
                    missing.add(topic);
                } else {
                    found.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            LOG.info("Waiting for the topics {} to exist", missing);
            Thread.sleep(TOPICS_RETRY.toMillis());
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
        for (TopicPartition partition : partitions) {
            long keep = keep(partition.topic());
            consumer.seek(partition, Math.max(begins.get(partition), ends.get(partition) - keep));
        }
        startEnds = Map.copyOf(ends);
    }

    /** How far back a partition is read: the records the console keeps of its topic (all of the trends). */
    private long keep(String topic) {
        if (topic.equals(config.enrichedTopic())) {
            return config.getInt(ConsoleConfig.FEED_RECORDS_CONFIG);
        }
        if (topic.equals(config.alertsTopic())) {
            return config.getInt(ConsoleConfig.ALERTS_CONFIG);
        }
        return Long.MAX_VALUE / 2;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive()) {
            consumer.close(Duration.ofSeconds(2));
        }
        dispatches.close();
        alerts.close();
        trends.close();
    }
}
