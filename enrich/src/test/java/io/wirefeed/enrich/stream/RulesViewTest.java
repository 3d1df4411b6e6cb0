package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import java.util.Map;

import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.RuleKind;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

/**
 * The rules in force are looked up as records arrive, at most once a second, and the processors that read them
 * schedule nothing: Kafka Streams commits a task after each punctuation, a transaction under exactly-once.
 */
class RulesViewTest {

    private static final long T0 = Instant.parse("2026-07-07T08:00:00Z").toEpochMilli();

    private final MockProcessorContext<String, Alert> context = new MockProcessorContext<>();
    private final TimestampedKeyValueStore<String, Rule> store;

    RulesViewTest() {
        SpecificAvroSerde<Rule> rules = new SpecificAvroSerde<>(new InMemorySchemaRegistry(), Rule.class);
        rules.configure(Map.of(), false);
        store = Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore(RulesView.STORE), Serdes.String(),
            rules).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    @Test
    void aChangedRuleIsSeenAtTheFirstLookARefreshIntervalAfterTheLast() {
        RulesView view = new RulesView(store, MediaTopics.shipped());
        assertThat(view.refreshIfDue(T0)).as("nothing in force yet").isFalse();

        store.put("bazaar", ValueAndTimestamp.make(Rule.newBuilder().setId("bazaar").setKind(RuleKind.TOPIC)
            .setDefinition("rule bazaar\n topic medtop:04000000\n weight 0.9\n any bazaar\nend\n")
            .setUpdatedAt(Instant.ofEpochMilli(T0)).build(), T0));

        assertThat(view.refreshIfDue(T0 + RulesView.REFRESH.toMillis() - 1)).as("looked too recently").isFalse();
        assertThat(view.refreshIfDue(T0 + RulesView.REFRESH.toMillis())).isTrue();
        assertThat(view.rules().topicRules()).hasSize(1);
        assertThat(view.refreshIfDue(T0 + 2 * RulesView.REFRESH.toMillis())).as("unchanged").isFalse();
    }

    @Test
    void theAlertStepSchedulesNoPunctuation() {
        context.setCurrentSystemTimeMs(T0);
        new AlertProcessor(AlertPolicy.COUNTER_TERRORISM).init(context);

        assertThat(context.scheduledPunctuators()).isEmpty();
    }
}
