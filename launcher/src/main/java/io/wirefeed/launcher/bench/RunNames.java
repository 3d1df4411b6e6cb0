package io.wirefeed.launcher.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;

/**
 * The names of one benchmark run's topics, Kafka Streams applications and connectors, all under one prefix
 * ({@code bench-<8 hex>-}): a run on an operator's cluster meets neither the pipeline's own topics nor an earlier
 * run's records, and can take its topics away afterwards, the Streams applications' internal ones included (they
 * are named after the application).
 */
record RunNames(String prefix) {

    static RunNames random() {
        return new RunNames("bench-" + UUID.randomUUID().toString().substring(0, 8) + "-");
    }

    /** The run's name for a topic, Streams application, consumer group or connector. */
    String of(String name) {
        return prefix + name;
    }

    /** Deletes every topic of the run from the cluster; returns their names. */
    List<String> deleteTopics(Map<String, Object> adminConfig) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(adminConfig)) {
            List<String> topics = admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(prefix)).sorted().toList();
            admin.deleteTopics(topics).all().get();
            return topics;
        }
    }
}
