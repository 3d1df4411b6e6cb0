package io.wirefeed.enrich.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.InvalidRulesException;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Rule;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force, read from the global store of the rules topic. Re-read at most once per {@link #REFRESH}, by
 * the processors as records reach them ({@link #refreshIfDue}): not on a punctuation, since Kafka Streams commits a
 * task after each one, a transaction under exactly-once, and an idle enrichment would commit every second for
 * nothing. So a change is logged, and a rule set that does not parse reported, with the next dispatch; the previous
 * rules stay in force then, so one bad record never stops enrichment.
 */
final class RulesView {

    static final String STORE = "rules";
    /** How old the rules a dispatch is enriched with may be. */
    static final Duration REFRESH = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(RulesView.class);

    private final TimestampedKeyValueStore<String, Rule> store;
    private final MediaTopics vocabulary;
    private String signature = "";
    private RuleSet rules = RuleSet.NONE;
    private boolean looked;
    private long lookedAt;

    RulesView(TimestampedKeyValueStore<String, Rule> store, MediaTopics vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    /** Whether the rules changed since the last look, looking when the last look is {@link #REFRESH} old. */
    boolean refreshIfDue(long nowMs) {
        if (looked && nowMs >= lookedAt && nowMs - lookedAt < REFRESH.toMillis()) {
            return false;
        }
        looked = true;
        lookedAt = nowMs;
        return refresh();
    }

    /** Whether the rules changed since the last look. */
    private boolean refresh() {
        List<Rule> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try (KeyValueIterator<String, ValueAndTimestamp<Rule>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<Rule>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    Rule rule = entry.value.value();
                    records.add(rule);
                    current.append(rule.getId()).append('@').append(rule.getUpdatedAt()).append(rule.getEnabled())
                        .append(';');
                }
            }
        }
        if (current.toString().equals(signature)) {
            return false;
        }
        signature = current.toString();
        try {
            rules = RuleSet.of(records, vocabulary);
            LOG.info("Rules in force: {} topic rules, {} watchlist entries", rules.topicRules().size(),
                rules.watchlist().size());
        } catch (InvalidRulesException e) {
            LOG.error("Rules not applied, the previous ones stay in force: {}", e.getMessage());
            return false;
        }
        return true;
    }

    RuleSet rules() {
        return rules;
    }
}
