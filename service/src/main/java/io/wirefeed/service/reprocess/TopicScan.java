package io.wirefeed.service.reprocess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic's committed records (read_committed) between offsets taken before reading, partition by partition,
 * without a consumer group. A value that cannot be read is handed on with the reason, not thrown; a start offset
 * that retention has deleted meanwhile, a registry that does not answer and a broker that gives nothing for a while
 * stop the read with a {@link ReprocessException} saying so, where a consumer would skip or wait without a word.
 */
final class TopicScan<T extends SpecificRecord> implements AutoCloseable {

    /** One record read: its coordinates and key, and its value; or no value, and why when it is no tombstone. */
    record Read<T>(String topic, int partition, long offset, String key, T value, String problem) {

        boolean tombstone() {
            return value == null && problem == null;
        }

        String where() {
            return topic + "/" + partition + "/" + offset;
        }
    }

    /** What is handed each record. */
    interface Each<T> {
        void accept(Read<T> read) throws InterruptedException;
    }

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroDeserializer<T> values;
    private final List<TopicPartition> partitions;
    private final Duration stall;
    private final Clock clock;

    TopicScan(Map<String, Object> clientConfig, Map<String, Object> serdeConfig, String topic, Class<T> type,
              Duration stall, Clock clock) {
        Map<String, Object> settings = new HashMap<>(clientConfig);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a start that retention deleted must stop the run, not silently jump to the partition's end
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirefeed-reprocess");
        this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        this.values = AvroDeserializer.specific(null, type);
        this.values.configure(serdeConfig, false);
        this.stall = stall;
        this.clock = clock;
        this.partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** Each partition's end now: what a read up to it covers, whatever is written meanwhile. */
    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions, METADATA_TIMEOUT);
    }

    Map<TopicPartition, Long> beginnings() {
        return consumer.beginningOffsets(partitions, METADATA_TIMEOUT);
    }

    /** The first offset of each partition at or after {@code from} by record time; the end where there is none. */
    Map<TopicPartition, Long> startsAt(Instant from, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, METADATA_TIMEOUT);
        Map<TopicPartition, Long> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp at = found.get(partition);
            starts.put(partition, at == null ? ends.get(partition) : at.offset());
        }
        return starts;
    }

    /** Hands each record from {@code starts} to {@code ends} (exclusive) to {@code each}, in offset order. */
    void read(Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends, Each<T> each)
            throws InterruptedException {
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition);
            consumer.assign(List.of(partition));
            consumer.seek(partition, starts.get(partition));
            Instant progressed = clock.instant();
            long position = starts.get(partition);
            while (position < end) {
                try {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        if (record.offset() < end) {
                            each.accept(read(record));
                        }
                    }
                    long now = consumer.position(partition);
                    if (now > position) {
                        position = now;
                        progressed = clock.instant();
                    } else if (Duration.between(progressed, clock.instant()).compareTo(stall) > 0) {
                        throw new ReprocessException("Nothing read from " + partition + " at offset " + position
                            + " for " + stall.toSeconds() + " s: is the broker reachable?");
                    }
                } catch (InvalidOffsetException e) {
                    throw new ReprocessException(partition + ": offset " + position + " is no longer in the topic "
                        + "(retention deleted it while the run read): start the range later", e);
                }
            }
        }
    }

    private Read<T> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return new Read<>(record.topic(), record.partition(), record.offset(), record.key(), null, null);
        }
        try {
            T value = values.deserialize(record.topic(), record.value());
            return new Read<>(record.topic(), record.partition(), record.offset(), record.key(), value, null);
        } catch (SerializationException e) {
            if (RegistryUnavailableException.causedBy(e)) {
                throw new ReprocessException("The schema registry does not answer: " + e.getMessage(), e);
            }
            return new Read<>(record.topic(), record.partition(), record.offset(), record.key(), null,
                "unreadable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        values.close();
        consumer.close();
    }
}
