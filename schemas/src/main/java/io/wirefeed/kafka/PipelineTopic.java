package io.wirefeed.kafka;

import java.util.Optional;

import io.wirefeed.schema.SchemaCatalog;

/**
 * The pipeline's topics: each one's default name, the record written to it, its key, its cleanup policy, who
 * writes it and how. The services take their default topic names and the way they create topics from here, and
 * the subscribers' contract ({@code docs/asyncapi.yaml}) is generated from it, so the three cannot drift apart.
 */
public enum PipelineTopic {
    DISPATCHES("wirefeed.dispatches", SchemaCatalog.DISPATCH,
        "The dispatch id (Dispatch.id): every version of a dispatch lands in one partition, in order.",
        Cleanup.DELETE, false, "ingest", Delivery.TRANSACTIONAL_OR_IDEMPOTENT),
    ENRICHED("wirefeed.enriched", SchemaCatalog.ENRICHED_DISPATCH,
        "The story (EnrichedDispatch.story): the id of the dispatch that began its story cluster, so every version, "
            + "duplicate and near-duplicate of a story lands in one partition: the versions of a dispatch in order; "
            + "different dispatches of a story (another agency's copy, a rewrite) may come in either order.",
        Cleanup.DELETE, false, "enrich", Delivery.EXACTLY_ONCE),
    ALERTS("wirefeed.alerts", SchemaCatalog.ALERT,
        "The story of the dispatch that raised it (Alert.story).",
        Cleanup.DELETE, false, "enrich", Delivery.EXACTLY_ONCE),
    EMBARGOED_ALERTS("wirefeed.embargoed-alerts", SchemaCatalog.ALERT,
        "The story of the dispatch that raised it (Alert.story). For operators only: alerts on embargoed dispatches, "
            + "sent at once when enrich's embargo.alerts.early is on (wirefeed.alerts has them when the embargo ends).",
        Cleanup.DELETE, false, "enrich", Delivery.EXACTLY_ONCE),
    TRENDS("wirefeed.trends", SchemaCatalog.TREND,
        "The window, the trend's kind, key and label, and the window's start, '<window>:<kind>\u001f<key>\u001f<label>:"
            + "<start millis>' (the separator is U+001F): the latest record of a key is its current count.",
        Cleanup.COMPACT, false, "enrich", Delivery.EXACTLY_ONCE),
    DEAD_LETTERS("wirefeed.dead-letters", SchemaCatalog.DEAD_LETTER,
        "From ingest, the source (DeadLetter.source); from enrich, the key of the record that failed, as it was read.",
        Cleanup.DELETE, false, "ingest, enrich", Delivery.EXACTLY_ONCE),
    RULES("wirefeed.rules", SchemaCatalog.RULE,
        "The rule id (Rule.id); a null value (a tombstone) deletes the rule.",
        Cleanup.COMPACT, true, "operators", Delivery.AT_LEAST_ONCE),
    SINK_DEAD_LETTERS("wirefeed.dead-letters.sink", SchemaCatalog.ENRICHED_DISPATCH,
        "The key of the enriched record the sink rejected, as it was on wirefeed.enriched.",
        Cleanup.DELETE, false, "Kafka Connect (the sink connectors' dead-letter queue)", Delivery.AT_LEAST_ONCE),
    INGEST_STATE("wirefeed.ingest-state", null,
        "A file or feed item ingest has published; the value is ingest's own string, for ingest alone.",
        Cleanup.COMPACT, true, "ingest", Delivery.EXACTLY_ONCE);

    /** Kafka's {@code cleanup.policy}. */
    public enum Cleanup {
        DELETE, COMPACT;

        /** As Kafka spells it. */
        public String policy() {
            return this == DELETE ? "delete" : "compact";
        }
    }

    /** How records reach the topic, which says how a consumer must read it. */
    public enum Delivery {
        /** Only in Kafka transactions (Kafka Streams' exactly-once, or ingest's ledger): read committed. */
        EXACTLY_ONCE,
        /** By an idempotent producer (ingest's HTTP endpoint) and in transactions (the drop folder, the feeds). */
        TRANSACTIONAL_OR_IDEMPOTENT,
        /** By producers that may repeat a record after a failure (Connect's dead-letter queue, operators' tools). */
        AT_LEAST_ONCE
    }

    private final String defaultName;
    private final SchemaCatalog value;
    private final String key;
    private final Cleanup cleanup;
    private final boolean singlePartition;
    private final String writer;
    private final Delivery delivery;

    PipelineTopic(String defaultName, SchemaCatalog value, String key, Cleanup cleanup, boolean singlePartition,
                  String writer, Delivery delivery) {
        this.defaultName = defaultName;
        this.value = value;
        this.key = key;
        this.cleanup = cleanup;
        this.singlePartition = singlePartition;
        this.writer = writer;
        this.delivery = delivery;
    }

    /** The name the services use unless configured otherwise. */
    public String defaultName() {
        return defaultName;
    }

    /** The record its values are (Avro, Confluent wire format); empty for a topic of the services' own. */
    public Optional<SchemaCatalog> value() {
        return Optional.ofNullable(value);
    }

    /** What the key (a UTF-8 string) holds, and so what shares a partition. */
    public String key() {
        return key;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    /** Whether it has one partition whatever topics.partitions says: where one reader must see every record in order. */
    public boolean singlePartition() {
        return singlePartition;
    }

    /** Who writes it. */
    public String writer() {
        return writer;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** Subscribers may read it; the ingest state is the services' own. */
    public boolean forSubscribers() {
        return value != null;
    }

    /** The topic to create under {@code name} when {@code partitions} is the configured count. */
    public TopicSetup.Wanted wanted(String name, int partitions) {
        return new TopicSetup.Wanted(name, singlePartition ? 1 : partitions, cleanup == Cleanup.COMPACT);
    }
}
