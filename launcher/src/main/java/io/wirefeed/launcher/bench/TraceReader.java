package io.wirefeed.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wirefeed.enrich.stream.StageTimeHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A reader on a thread of its own that stamps each traced record of a topic with the time it read it, at one
 * {@link TracePoint}: read uncommitted, the time a record was written (a poll later), before the transaction
 * that wrote it commits. Reads from the topic's end as it was when the reader started; stops when closed.
 */
final class TraceReader implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    /** {@code timed}: the trace ids to stamp start with it; others are read and left. */
    TraceReader(String bootstrapServers, String topic, TracePoint point, String timed, StageTimes times) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                        long micros = StageTimeHeaders.micros(Instant.now());
                        Header trace = record.headers().lastHeader(StageTimeHeaders.TRACE);
                        if (trace != null) {
                            String id = new String(trace.value(), StandardCharsets.UTF_8);
                            if (id.startsWith(timed)) {
                                times.stamp(id, point, micros);
                            }
                        }
                    });
                }
            }
        }, "bench-trace-" + point.name().toLowerCase(Locale.ROOT));
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}
