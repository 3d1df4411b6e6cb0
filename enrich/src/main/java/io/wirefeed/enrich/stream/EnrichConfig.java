package io.wirefeed.enrich.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.wirefeed.config.ServiceConfig;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.entity.MentionFinder;
import io.wirefeed.enrich.entity.NameModelFinder;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.kafka.PipelineTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the enrichment service. Kafka Streams and client settings (security, threads, tuning) pass
 * through with the prefix {@code kafka.}; the schema registry's keys are the serdes' own.
 */
public final class EnrichConfig extends ServiceConfig {

    public static final String APPLICATION_ID_CONFIG = "application.id";
    public static final String DISPATCHES_TOPIC_CONFIG = "topic.dispatches";
    public static final String ENRICHED_TOPIC_CONFIG = "topic.enriched";
    public static final String ALERTS_TOPIC_CONFIG = "topic.alerts";
    public static final String TRENDS_TOPIC_CONFIG = "topic.trends";
    public static final String DEAD_LETTER_TOPIC_CONFIG = "topic.dead.letters";
    public static final String RULES_TOPIC_CONFIG = "topic.rules";
    public static final String EMBARGOED_ALERTS_TOPIC_CONFIG = "topic.embargoed.alerts";
    public static final String TOPICS_CREATE_CONFIG = "topics.create";
    public static final String TOPICS_PARTITIONS_CONFIG = "topics.partitions";
    public static final String STATE_DIR_CONFIG = "state.dir";
    public static final String RETENTION_MS_CONFIG = "dedupe.retention.ms";
    public static final String REORDER_GRACE_MS_CONFIG = "dedupe.reorder.grace.ms";
    public static final String ALERT_MAX_URGENCY_CONFIG = "alert.max.urgency";
    public static final String NAME_MODEL_CONFIG = "entities.name.model";
    public static final String ANALYSIS_MAX_CHARS_CONFIG = "analysis.max.chars";
    public static final String ANALYSIS_BUDGET_MS_CONFIG = "analysis.budget.ms";
    public static final String EMBARGO_RELEASE_BATCH_CONFIG = "embargo.release.batch";
    public static final String EMBARGO_ALERTS_EARLY_CONFIG = "embargo.alerts.early";
    public static final String HTTP_HOST_CONFIG = "http.host";
    public static final String HTTP_PORT_CONFIG = "http.port";

    private static final String KAFKA = "Kafka";
    private static final String ENRICHMENT = "Enrichment";

    /**
     * Enrich's own keys (the table in docs/configuration.md); {@link #CONFIG_DEF} adds the registry client's and the
     * serdes' (auto.register.schemas off).
     */
    public static final ConfigDef SERVICE_DEF = new ConfigDef()
        .define(BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
            "Kafka brokers (host:port, comma-separated).", KAFKA, 1, ConfigDef.Width.LONG, "Brokers")
        .define(APPLICATION_ID_CONFIG, Type.STRING, "wirefeed-enrich", Importance.HIGH,
            "Kafka Streams application id: instances with the same id share the work and the state.", KAFKA, 2,
            ConfigDef.Width.MEDIUM, "Application id")
        .define(DISPATCHES_TOPIC_CONFIG, Type.STRING, PipelineTopic.DISPATCHES.defaultName(), Importance.HIGH,
            "Topic of dispatches to enrich (what ingest publishes).", KAFKA, 3, ConfigDef.Width.MEDIUM, "Input")
        .define(ENRICHED_TOPIC_CONFIG, Type.STRING, PipelineTopic.ENRICHED.defaultName(), Importance.HIGH,
            "Topic of enriched dispatches (Avro EnrichedDispatch, key: its story, the id of the dispatch that began its "
                + "story cluster, shared by the versions, duplicates and near-duplicates of that dispatch).",
            KAFKA, 4,
            ConfigDef.Width.MEDIUM, "Enriched")
        .define(ALERTS_TOPIC_CONFIG, Type.STRING, PipelineTopic.ALERTS.defaultName(), Importance.MEDIUM,
            "Topic of alerts (Avro Alert).", KAFKA, 5, ConfigDef.Width.MEDIUM, "Alerts")
        .define(TRENDS_TOPIC_CONFIG, Type.STRING, PipelineTopic.TRENDS.defaultName(), Importance.MEDIUM,
            "Topic of entity and topic counts per day and week (Avro Trend; the latest record of a key wins).",
            KAFKA, 6, ConfigDef.Width.MEDIUM, "Trends")
        .define(DEAD_LETTER_TOPIC_CONFIG, Type.STRING, PipelineTopic.DEAD_LETTERS.defaultName(), Importance.MEDIUM,
            "Topic of records enrichment could not read or enrich (Avro DeadLetter).", KAFKA, 7,
            ConfigDef.Width.MEDIUM, "Dead letters")
        .define(RULES_TOPIC_CONFIG, Type.STRING, PipelineTopic.RULES.defaultName(), Importance.MEDIUM,
            "Compacted topic of operators' topic rules and watchlist entries (Avro Rule, key: the rule id; a null "
                + "value deletes it), read as a global table: changes apply within a second, without a restart.",
            KAFKA, 8, ConfigDef.Width.MEDIUM, "Rules")
        .define(EMBARGOED_ALERTS_TOPIC_CONFIG, Type.STRING, PipelineTopic.EMBARGOED_ALERTS.defaultName(),
            Importance.LOW,
            "Topic of alerts on embargoed dispatches, sent at once for operators when embargo.alerts.early is on "
                + "(Avro Alert; created and written only then).", KAFKA, 8, ConfigDef.Width.MEDIUM,
            "Embargoed alerts")
        .define(TOPICS_CREATE_CONFIG, Type.BOOLEAN, true, Importance.LOW,
            "Create the output topics at start when they are missing.", KAFKA, 8, ConfigDef.Width.SHORT,
            "Create topics")
        .define(TOPICS_PARTITIONS_CONFIG, Type.INT, 6, Range.atLeast(1), Importance.LOW,
            "Partitions of the topics enrich creates.", KAFKA, 9, ConfigDef.Width.SHORT, "Partitions")
        .define(STATE_DIR_CONFIG, Type.STRING, "state/enrich", Importance.MEDIUM,
            "Where Kafka Streams keeps its RocksDB state (rebuilt from changelogs when lost).", KAFKA, 10,
            ConfigDef.Width.LONG, "State directory")
        .define(RETENTION_MS_CONFIG, Type.LONG, Duration.ofDays(7).toMillis(), Range.atLeast(1), Importance.MEDIUM,
            "How long versions and texts are remembered for duplicate detection.", ENRICHMENT, 1,
            ConfigDef.Width.SHORT, "Retention")
        .define(REORDER_GRACE_MS_CONFIG, Type.LONG, 0L, Range.atLeast(0), Importance.MEDIUM,
            "How long a dispatch waits before versions and duplicates are judged, so that look-alikes from different "
                + "input partitions are judged in the order ingest received them rather than the order they reach "
                + "the dedupe stage; it adds this much latency. 0: judged on arrival (versions of one story always "
                + "arrive in order; two look-alikes arriving within a commit of each other may point the other way).",
            ENRICHMENT, 5, ConfigDef.Width.SHORT, "Reorder grace")
        .define(ALERT_MAX_URGENCY_CONFIG, Type.INT, 4, Range.between(1, 9), Importance.MEDIUM,
            "Counter-terrorism dispatches of this urgency or more urgent (lower) raise an alert.", ENRICHMENT, 2,
            ConfigDef.Width.SHORT, "Alert urgency")
        .define(NAME_MODEL_CONFIG, Type.STRING, "", Importance.LOW,
            "An Apache OpenNLP name finder model file (TokenNameFinderModel) whose person, organization and location "
                + "names are tagged besides the gazetteers' and the rules'; none when empty.", ENRICHMENT, 6,
            ConfigDef.Width.LONG, "Name finder model")
        .define(ANALYSIS_MAX_CHARS_CONFIG, Type.INT, DispatchDescriber.DEFAULT_MAX_ANALYSED_CHARS, Range.atLeast(1),
            Importance.LOW,
            "Most characters of a dispatch's text analysed for language, entities and topics: the headline, the "
                + "dateline, then the body, cut at a word. A longer dispatch is enriched from that much of it, says "
                + "so in EnrichedDispatch.analysedChars, and keeps its whole text. Bounds the time one dispatch takes "
                + "(entity recognition is not linear in the length of the text).", ENRICHMENT, 7,
            ConfigDef.Width.SHORT, "Text analysed")
        .define(ANALYSIS_BUDGET_MS_CONFIG, Type.LONG, 2_000L, Range.atLeast(1), Importance.LOW,
            "Longest the analysis of one dispatch (language, entities, topics, fingerprint) may take; past it the "
                + "dispatch goes to the dead-letter topic with the reason and the stream goes on with the next (the "
                + "analysis is left to finish on a thread of its own). Keep it well above what a dispatch takes: "
                + "milliseconds, a few hundred at most for a text as long as analysis.max.chars.", ENRICHMENT, 8,
            ConfigDef.Width.SHORT, "Time budget")
        .define(EMBARGO_RELEASE_BATCH_CONFIG, Type.INT, 500, Range.atLeast(1), Importance.LOW,
            "Most embargoed dispatches released by one check (one a second): a check never holds the stream thread "
                + "for longer than releasing this many takes; more due at once go out over the next seconds, in "
                + "embargo order.", ENRICHMENT, 9, ConfigDef.Width.SHORT, "Embargo release batch")
        .define(EMBARGO_ALERTS_EARLY_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
            "Send the alerts of an embargoed dispatch at once to topic.embargoed.alerts, for operators (they carry "
                + "the embargo). wirefeed.alerts has them only once the embargo ends, either way.", ENRICHMENT, 10,
            ConfigDef.Width.SHORT, "Early embargoed alerts")
        .define(HTTP_HOST_CONFIG, Type.STRING, "0.0.0.0", Importance.LOW,
            "Address of the HTTP endpoint (/health, /ready, /metrics, /trends).", ENRICHMENT, 3,
            ConfigDef.Width.MEDIUM, "HTTP host")
        .define(HTTP_PORT_CONFIG, Type.INT, 8081, Range.between(0, 65_535), Importance.LOW,
            "Port of the HTTP endpoint (0: any free port).", ENRICHMENT, 4, ConfigDef.Width.SHORT, "HTTP port");

    public static final ConfigDef CONFIG_DEF = withRegistry(SERVICE_DEF);

    public EnrichConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    /**
     * Kafka Streams settings: exactly-once, RocksDB state, the dead-letter handler, then the pass-through keys.
     * Two Streams defaults are changed for latency, and can be set back with {@code kafka.}-prefixed keys: a
     * dispatch crosses two exactly-once hops and each is read only when it commits, so commits come every 50 ms
     * instead of 100; and the producers send after 5 ms instead of holding records for 100 ms, so that a commit
     * does not wait to send what accumulated since the last one.
     */
    public Map<String, Object> streamsConfig() {
        Map<String, Object> config = new HashMap<>(serdeConfig());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getList(BOOTSTRAP_SERVERS_CONFIG));
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID_CONFIG));
        config.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR_CONFIG));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(DeadLetterHandler.TOPIC_CONFIG, getString(DEAD_LETTER_TOPIC_CONFIG));
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        config.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        config.putAll(originalsWithPrefix(KAFKA_PREFIX));
        return config;
    }

    public EnrichTopics topics() {
        return new EnrichTopics(getString(DISPATCHES_TOPIC_CONFIG), getString(ENRICHED_TOPIC_CONFIG),
            getString(ALERTS_TOPIC_CONFIG), getString(TRENDS_TOPIC_CONFIG), getString(DEAD_LETTER_TOPIC_CONFIG),
            getString(RULES_TOPIC_CONFIG), getString(EMBARGOED_ALERTS_TOPIC_CONFIG));
    }

    /** How embargoed dispatches are released, and whether operators get their alerts at once. */
    public EnrichTopology.EmbargoSettings embargo() {
        return new EnrichTopology.EmbargoSettings(getInt(EMBARGO_RELEASE_BATCH_CONFIG),
            getBoolean(EMBARGO_ALERTS_EARLY_CONFIG));
    }

    /**
     * The describer these settings give each rule set: the shipped steps with the rules, the operator's name model
     * when one is set, at most {@code analysis.max.chars} analysed. The enrichment and {@code wirefeed reprocess}
     * describe with it alike.
     */
    public Function<RuleSet, DispatchDescriber> describers() {
        LanguageDetector language = new LanguageDetector();
        MediaTopics vocabulary = MediaTopics.shipped();
        String model = getString(NAME_MODEL_CONFIG);
        List<MentionFinder> extra = model.isBlank() ? List.of() : List.of(NameModelFinder.load(Path.of(model)));
        int analysed = getInt(ANALYSIS_MAX_CHARS_CONFIG);
        return rules -> rules.describer(language, vocabulary, extra).analysing(analysed);
    }
}
