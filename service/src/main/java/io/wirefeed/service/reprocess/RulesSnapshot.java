package io.wirefeed.service.reprocess;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Rule;

/**
 * The operator's rules as the compacted rules topic holds them now: the latest record of each key, deleted ones left
 * out, in key order as the enrichment's rules store keeps them (so that where two rules share a name, the same one
 * wins). A record that cannot be read stops the run: re-tagging without a rule would undo what it tags.
 */
final class RulesSnapshot {

    private RulesSnapshot() {
    }

    static RuleSet read(Map<String, Object> clientConfig, Map<String, Object> serdeConfig, String topic,
                        Duration stall, Clock clock) throws InterruptedException {
        Map<String, Rule> rules = new TreeMap<>();
        try (TopicScan<Rule> scan = new TopicScan<>(clientConfig, serdeConfig, topic, Rule.class, stall, clock)) {
            scan.read(scan.beginnings(), scan.ends(), read -> {
                if (read.value() != null) {
                    rules.put(read.key(), read.value());
                } else if (read.tombstone()) {
                    rules.remove(read.key());
                } else {
                    throw new ReprocessException("Rule " + read.key() + " at " + read.where() + " is " + read.problem());
                }
            });
        }
        return RuleSet.of(rules.values(), MediaTopics.shipped());
    }
}
