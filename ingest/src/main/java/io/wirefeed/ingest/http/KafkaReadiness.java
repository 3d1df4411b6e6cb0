package io.wirefeed.ingest.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Whether Kafka answers for the topic ingest writes to, checked at most once a second so that probes
 * cannot load the cluster.
 */
public final class KafkaReadiness implements AutoCloseable {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final Admin admin;
    private final String topic;
    private long checkedAt;
    private boolean ready;

    public KafkaReadiness(Map<String, Object> clientConfig, String topic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "wirefeed-ingest-readiness");
        this.admin = Admin.create(config);
        this.topic = topic;
        this.checkedAt = System.nanoTime() - RECHECK_NANOS;
    }

    public synchronized boolean ready() {
        if (System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return ready;
        }
        try {
            admin.describeTopics(List.of(topic)).allTopicNames().get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            ready = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready = false;
        } catch (ExecutionException | TimeoutException e) {
            ready = false;
        }
        checkedAt = System.nanoTime();
        return ready;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
