package io.wirefeed.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.AvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the drop folder and the feed poller have published, kept in a compacted topic and written in the
 * same Kafka transaction as the dispatches and dead letters themselves. A restart reads it back, so a file
 * or feed item is published exactly once whatever moment a crash hit: a batch is in Kafka together with its
 * ledger entries, or neither is.
 */
public final class PublicationLedger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationLedger.class);
    /** Bytes of a request that are not a record's value: key, headers, record and batch framing. */
    static final int RECORD_HEADROOM = 16 * 1024;
    /** Room kept in a dead letter for its reason, source and content type beside the cut original. */
    private static final int DEAD_LETTER_HEADROOM = 8 * 1024;

    /** Where each kind of record goes. */
    public record Topics(String dispatches, String deadLetters, String state) {
    }

    private final Producer<String, byte[]> producer;
    private final AvroSerializer<SpecificRecord> values;
    private final Topics topics;
    private final Map<String, String> entries;
    private final int maxRecordBytes;

    PublicationLedger(Producer<String, byte[]> producer, AvroSerializer<SpecificRecord> values, Topics topics,
                      Map<String, String> entries, int maxRecordBytes) {
        this.producer = producer;
        this.values = values;
        this.topics = topics;
        this.entries = new ConcurrentHashMap<>(entries);
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * The largest record value the producer can send: its {@code max.request.size} less room for the key, the
     * headers and the batch's own framing. A larger value would fail the whole transaction at every retry.
     */
    public static int maxRecordBytes(Map<String, Object> clientConfig) {
        Object configured = clientConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequest = configured == null ? 1024 * 1024 : Integer.parseInt(configured.toString().trim());
        return Math.max(1024, maxRequest - RECORD_HEADROOM);
    }

    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** Reads the ledger back from its topic, then opens the transactional producer (fencing any zombie). */
    public static PublicationLedger open(Map<String, Object> clientConfig, Map<String, Object> serdeConfig,
                                         Topics topics, String transactionalId) {
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>();
        values.configure(serdeConfig, false);
        // Both schema ids known before the first file or feed item: a registry outage stops neither.
        values.prepare(topics.dispatches(), Dispatch.getClassSchema());
        values.prepare(topics.deadLetters(), DeadLetter.getClassSchema());
        Map<String, String> entries = entries(clientConfig, topics.state());
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
        Producer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
            new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        LOG.info("Publication ledger {} holds {} entries", topics.state(), entries.size());
        return new PublicationLedger(producer, values, topics, entries, maxRecordBytes(clientConfig));
    }

    /** The ledger's entries as committed in its topic now, read without a producer (so without fencing anyone). */
    public static Map<String, String> entries(Map<String, Object> clientConfig, String topic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, String> entries = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer =
                 new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        entries.remove(record.key());
                    } else {
                        entries.put(record.key(), record.value());
                    }
                }
            }
        }
        return entries;
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public String get(String key) {
        return entries.get(key);
    }

    public Batch batch() {
        return new Batch();
    }

    /** Records to publish together, with the ledger entries that say they were. */
    public final class Batch {
        private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        private final Map<String, String> remembered = new LinkedHashMap<>();

        public Batch dispatch(Dispatch dispatch) throws InvalidDispatchException {
            return dispatches(List.of(dispatch));
        }

        /**
         * A document's dispatches, all or none: one over the record limit refuses them all (the caller
         * dead-letters the document) rather than failing the transaction at every retry.
         */
        public Batch dispatches(List<Dispatch> dispatches) throws InvalidDispatchException {
            List<ProducerRecord<String, byte[]>> added = new ArrayList<>();
            for (Dispatch dispatch : dispatches) {
                byte[] value = values.serialize(topics.dispatches(), dispatch);
                if (value.length > maxRecordBytes) {
                    throw new InvalidDispatchException("Dispatch " + dispatch.getId() + " is " + value.length
                        + " bytes as a Kafka record, over the limit of " + maxRecordBytes + " (max.request.size)");
                }
                added.add(new ProducerRecord<>(topics.dispatches(), dispatch.getId(), value));
            }
            records.addAll(added);
            return this;
        }

        /** A dead letter, its original cut (first bytes and digest kept) when it would not fit in a record. */
        public Batch deadLetter(DeadLetter deadLetter) {
            return deadLetter(deadLetter, List.of());
        }

        /** The same, with Kafka headers on its record (where it came from, when it is a dead letter sent again). */
        public Batch deadLetter(DeadLetter deadLetter, Iterable<Header> headers) {
            byte[] value = values.serialize(topics.deadLetters(), deadLetter);
            if (value.length > maxRecordBytes) {
                DeadLetter cut = DeadLetters.cut(deadLetter, maxRecordBytes - DEAD_LETTER_HEADROOM
                    - deadLetter.getReason().length() * 3);
                value = values.serialize(topics.deadLetters(), cut);
            }
            records.add(new ProducerRecord<>(topics.deadLetters(), null, deadLetter.getSource(), value, headers));
            return this;
        }

        public Batch remember(String key, String value) {
            remembered.put(key, value);
            return this;
        }

        public boolean isEmpty() {
            return records.isEmpty() && remembered.isEmpty();
        }

        /** Publishes everything in one transaction; on failure nothing of it is visible to read_committed readers. */
        public void commit() {
            if (isEmpty()) {
                return;
            }
            producer.beginTransaction();
            try {
                records.forEach(producer::send);
                remembered.forEach((key, value) -> producer.send(new ProducerRecord<>(topics.state(), key,
                    value.getBytes(StandardCharsets.UTF_8))));
                producer.commitTransaction();
            } catch (KafkaException e) {
                abort(e);
                throw e;
            }
            entries.putAll(remembered);
        }

        private void abort(KafkaException cause) {
            try {
                producer.abortTransaction();
            } catch (KafkaException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
        values.close();
    }
}
