package io.wirefeed.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics ingest writes to when they do not exist yet; existing topics are left as they are. */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    /** A topic to have: its name, partitions and whether it is compacted. */
    public record Wanted(String name, int partitions, boolean compacted) {
    }

    private TopicSetup() {
    }

    public static void ensure(Map<String, Object> clientConfig, List<Wanted> topics) {
        try (Admin admin = Admin.create(clientConfig)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Wanted topic : topics) {
                if (!existing.contains(topic.name())) {
                    NewTopic created = new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty());
                    if (topic.compacted()) {
                        created.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(created);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create topics: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** How many partitions each of {@code topics} has, asked in one go; a topic that does not exist is left out. */
    public static Map<String, Integer> partitions(Map<String, Object> clientConfig, List<String> topics) {
        try (Admin admin = Admin.create(clientConfig)) {
            Map<String, Integer> partitions = new HashMap<>();
            for (Map.Entry<String, KafkaFuture<TopicDescription>> topic : admin.describeTopics(topics).topicNameValues()
                    .entrySet()) {
                try {
                    partitions.put(topic.getKey(), topic.getValue().get().partitions().size());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw new IllegalStateException("Cannot describe topic " + topic.getKey() + ": "
                            + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing topics " + topics, e);
        }
    }
}
