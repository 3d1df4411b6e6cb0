package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.MediaTopic;
import io.wirefeed.schema.Trend;
import io.wirefeed.schema.TrendKind;
import io.wirefeed.schema.TrendWindow;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The enrichment topology, top to bottom:
 * <ol>
 * <li>dispatches (keyed by their id, any number of partitions) are described: language, entities, topics, with
 *     the operator's topic rules and watchlist from the rules topic (a global table) in force, each within a time
 *     budget; each described dispatch is parked in its partition's task, and what its verdict depends on (a few
 *     hundred bytes: id, version, receipt, the text's fingerprint) goes on;</li>
 * <li>those arrivals meet on one partition for versions and duplicates (look-alikes arrive under other keys, in
 *     other partitions), wait there a moment to be judged in the order they were received, and each ruling (verdict
 *     and story: the id of the dispatch that began its story cluster) goes back to the partition its dispatch is
 *     parked in, so that the one partition, which bounds the whole cluster, only judges;</li>
 * <li>each parked dispatch is taken out with its ruling and goes on judged, keyed by its story, not its own id;</li>
 * <li>an embargoed dispatch is held until its embargo ends (versions and duplicates are judged at once; only its
 *     publication waits), then released with the time of its release as its record's timestamp (its value
 *     unchanged, its embargo's end kept in it);</li>
 * <li>enriched dispatches are published, alerts raised by the alert policy and the watchlist, and entity and topic counts
 *     kept per day and per week (queryable, and published as trends), all from what is published: nothing of an
 *     embargoed dispatch shows before its time, except, when operators opt in, its alerts on a topic of their own.</li>
 * </ol>
 * Poison records go to the dead-letter topic through {@link DeadLetterHandler}; the stream does not stop.
 */
public final class EnrichTopology {

    /**
     * The trend stores ("trends-day" and "trends-week", counted on one partition, until 2026-12-07; now on as many
     * as the dispatches topic has).
     */
    public static final String TRENDS_DAY = "trend-counts-day";
    public static final String TRENDS_WEEK = "trend-counts-week";
    private static final char SEPARATOR = '\u001f';

    /**
     * The serdes of the topology's record types. {@code internal} writes enriched dispatches to enrich's own topics
     * (the changelogs of parked and embargoed dispatches), whose subjects no release registers: it registers its
     * schema where the published topics' serdes may not.
     */
    public record AvroSerdes(Serde<Dispatch> dispatches, Serde<EnrichedDispatch> enriched,
                             Serde<EnrichedDispatch> internal, Serde<Alert> alerts, Serde<Trend> trends,
                             Serde<Rule> rules) {

        /** One serde for the enriched topic and enrich's own, where both may register (tests). */
        public AvroSerdes(Serde<Dispatch> dispatches, Serde<EnrichedDispatch> enriched, Serde<Alert> alerts,
                          Serde<Trend> trends, Serde<Rule> rules) {
            this(dispatches, enriched, enriched, alerts, trends, rules);
        }
    }

    private EnrichTopology() {
    }

    /** How enrichment judges versions and duplicates: memory, reorder grace. */
    public record DedupeSettings(Duration retention, Duration reorderGrace) {
    }

    /**
     * How dispatches are described: with the shipped rules, with the operator's ({@code withRules}), and within
     * what time each (past it, a dispatch is dead-lettered and the stream goes on).
     */
    public record Describing(DispatchDescriber shipped, Function<RuleSet, DispatchDescriber> withRules,
                             Duration budget) {
    }

    /**
     * How embargoed dispatches are released: at most {@code releaseBatch} a check; {@code earlyAlerts}: their alerts
     * also go at once to the embargoed-alerts topic, for operators.
     */
    public record EmbargoSettings(int releaseBatch, boolean earlyAlerts) {

        /** As the service runs unless told otherwise (the defaults of its settings). */
        public static final EmbargoSettings DEFAULT = new EmbargoSettings(
            (Integer) EnrichConfig.SERVICE_DEF.defaultValues().get(EnrichConfig.EMBARGO_RELEASE_BATCH_CONFIG),
            (Boolean) EnrichConfig.SERVICE_DEF.defaultValues().get(EnrichConfig.EMBARGO_ALERTS_EARLY_CONFIG));
    }

    /**
     * The topology; {@code inputPartitions}: how many partitions the dispatches topic has, so that each ruling goes
     * back to the task its dispatch is parked in (the rulings' topic gets as many).
     */
    public static Topology build(StreamTopics topics, int inputPartitions, Describing describing, AlertPolicy alerts,
                                 DedupeSettings dedupe, EmbargoSettings embargo, EnrichMetrics metrics, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        KafkaTopic<String, Rule> rules = topics.rules();
        builder.globalTable(rules.name(), rules.consumed("rules"),
            Materialized.<String, Rule, KeyValueStore<Bytes, byte[]>>as(RulesView.STORE)
                .withKeySerde(rules.keySerde()).withValueSerde(rules.valueSerde()));
        builder.addStateStore(ParkedDispatches.store(topics.stored()));
        KafkaTopic<String, EnrichedDispatch> enrichedTopic = topics.enriched();
        KafkaTopic<String, DescribedArrival> arrivals = topics.arrivals();
        KafkaTopic<String, Ruling> rulings = topics.rulings();

        KStream<String, Ruling> ruled = builder
            .stream(topics.dispatches().name(), topics.dispatches().consumed("dispatches"))
            .processValues(() -> new DescribeProcessor(describing.shipped(), describing.withRules(), metrics, clock,
                describing.budget()), Named.as("describe"), ParkedDispatches.STORE)
            .repartition(Repartitioned.with(arrivals.keySerde(), arrivals.valueSerde()).withName(arrivals.name())
                .withNumberOfPartitions(1))
            .process(new DedupeSupplier(dedupe, arrivals, metrics, clock), Named.as("deduplicate"))
            .repartition(Repartitioned.with(rulings.keySerde(), rulings.valueSerde()).withName(rulings.name())
                .withNumberOfPartitions(inputPartitions).withStreamPartitioner(new ParkingPartitioner()));
        KStream<String, EnrichedDispatch> judged = ruled
            .process(() -> new UnparkProcessor(metrics, clock), Named.as("unpark"), ParkedDispatches.STORE)
            .peek((story, dispatch) -> metrics.enriched(dispatch), Named.as("count-enriched"));

        if (embargo.earlyAlerts()) {
            // Decided on the embargo step's clock, just before it decides (this branch is built first): a dispatch
            // whose embargo ends in between has its alerts on both topics, never on neither.
            judged.filter((story, dispatch) -> EmbargoProcessor.embargoed(dispatch, clock.instant()),
                    Named.as("embargoed"))
                .process(() -> new AlertProcessor(alerts), Named.as("alert-embargoed"))
                .to(topics.embargoedAlerts().name(), topics.embargoedAlerts().produced("embargoed-alerts"));
        }

        // What subscribers see: everything judged, an embargoed dispatch when its embargo ends.
        KStream<String, EnrichedDispatch> enriched = judged
            .process(new EmbargoSupplier(topics.stored(), embargo.releaseBatch(), metrics, clock), Named.as("embargo"));

        enriched.to(enrichedTopic.name(), enrichedTopic.produced("enriched"));

        enriched.process(() -> new AlertProcessor(alerts), Named.as("alert"))
            .peek((story, alert) -> metrics.alert(alert), Named.as("count-alerts"))
            .to(topics.alerts().name(), topics.alerts().produced("alerts"));

        KStream<String, Long> mentions = enriched
            .filter((story, dispatch) -> dispatch.getDedupe().getVerdict() != DedupeVerdict.DUPLICATE,
                Named.as("not-duplicate"))
            .flatMap((story, dispatch) -> trendKeys(dispatch), Named.as("trend-keys"))
            // Both windows count the same keys: one repartition serves the two ("trend-mentions" until 2026-12-07, one
            // partition then).
            .repartition(Repartitioned.with(Serdes.String(), Serdes.Long()).withName("trend-mentions-by-key"));
        trends(mentions, TrendWindow.DAY, Duration.ofDays(1), TRENDS_DAY, topics.trends());
        trends(mentions, TrendWindow.WEEK, Duration.ofDays(7), TRENDS_WEEK, topics.trends());
        return builder.build();
    }

    private static void trends(KStream<String, Long> mentions, TrendWindow window, Duration size, String store,
                               KafkaTopic<String, Trend> published) {
        mentions.groupByKey(Grouped.with(Serdes.String(), Serdes.Long()))
            .windowedBy(TimeWindows.ofSizeWithNoGrace(size))
            .count(Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(store)
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()).withRetention(size.multipliedBy(4)))
            .toStream(Named.as("changes-" + store))
            .map((windowed, count) -> KeyValue.pair(window + ":" + windowed.key() + ":" + windowed.window().start(),
                trend(window, windowed, count)), Named.as("trend-" + store))
            .to(published.name(), published.produced("publish-" + store));
    }

    /** One key per topic and per entity of a dispatch: kind, key and label. */
    static List<KeyValue<String, Long>> trendKeys(EnrichedDispatch dispatch) {
        List<KeyValue<String, Long>> keys = new ArrayList<>();
        for (MediaTopic topic : dispatch.getTopics()) {
            keys.add(KeyValue.pair(TrendKind.TOPIC.name() + SEPARATOR + topic.getCode() + SEPARATOR + topic.getLabel(), 1L));
        }
        for (Entity entity : dispatch.getEntities()) {
            String key = entity.getId() != null ? entity.getId() : entity.getName();
            keys.add(KeyValue.pair(TrendKind.ENTITY.name() + SEPARATOR + key + SEPARATOR + entity.getName(), 1L));
        }
        return keys;
    }

    static Trend trend(TrendWindow window, Windowed<String> windowed, long count) {
        String[] parts = trendKeyParts(windowed.key());
        return Trend.newBuilder()
            .setWindow(window)
            .setWindowStart(windowed.window().startTime())
            .setWindowEnd(windowed.window().endTime())
            .setKind(TrendKind.valueOf(parts[0]))
            .setKey(parts[1])
            .setLabel(parts[2])
            .setCount(count)
            .build();
    }

    /** Splits a trend store key into kind, key and label. */
    public static String[] trendKeyParts(String key) {
        return key.split(String.valueOf(SEPARATOR), 3);
    }
}
