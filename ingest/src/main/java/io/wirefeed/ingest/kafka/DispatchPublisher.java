package io.wirefeed.ingest.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes dispatches for callers that wait for Kafka's word (the HTTP endpoint): idempotent, acks=all,
 * keyed by dispatch id so that every version of a dispatch lands in one partition.
 */
public final class DispatchPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final AvroSerializer<Dispatch> values;
    private final String topic;

    public DispatchPublisher(Producer<String, byte[]> producer, AvroSerializer<Dispatch> values, String topic) {
        this.producer = producer;
        this.values = values;
        this.topic = topic;
    }

    public static DispatchPublisher create(Map<String, Object> clientConfig, Map<String, Object> serdeConfig,
                                           String topic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A full buffer must fail fast (503 to the caller), not hold request threads for a minute.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirefeed-ingest-http");
        AvroSerializer<Dispatch> values = new AvroSerializer<>();
        values.configure(serdeConfig, false);
        // The schema id is known before the first request: requests go on being published through a registry outage.
        values.prepare(topic, Dispatch.getClassSchema());
        return new DispatchPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
            values, topic);
    }

    /** Completes once Kafka has acknowledged every dispatch, or with the first failure. */
    public CompletableFuture<Void> publish(List<Dispatch> dispatches) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[dispatches.size()];
        for (int i = 0; i < dispatches.size(); i++) {
            Dispatch dispatch = dispatches.get(i);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            try {
                producer.send(new ProducerRecord<>(topic, dispatch.getId(), values.serialize(topic, dispatch)),
                    (metadata, error) -> {
                        if (error == null) {
                            ack.complete(null);
                        } else {
                            ack.completeExceptionally(error);
                        }
                    });
            } catch (RuntimeException e) {
                ack.completeExceptionally(e);
            }
            acks[i] = ack;
        }
        return CompletableFuture.allOf(acks);
    }

    public Producer<String, byte[]> producer() {
        return producer;
    }

    @Override
    public void close() {
        producer.close();
        values.close();
    }
}
