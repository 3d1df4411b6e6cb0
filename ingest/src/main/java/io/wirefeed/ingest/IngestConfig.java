package io.wirefeed.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wirefeed.config.ServiceConfig;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.kafka.PipelineTopic;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of the ingest service. Kafka client settings (security above all) pass through with the prefix
 * {@code kafka.}; the schema registry's keys are the serdes' own ({@link AvroSerdeConfig}).
 */
public final class IngestConfig extends ServiceConfig {

    public static final String DISPATCHES_TOPIC_CONFIG = "topic.dispatches";
    public static final String DEAD_LETTER_TOPIC_CONFIG = "topic.dead.letters";
    public static final String STATE_TOPIC_CONFIG = "topic.ingest.state";
    public static final String HTTP_HOST_CONFIG = "http.host";
    public static final String HTTP_PORT_CONFIG = "http.port";
    public static final String HTTP_API_KEYS_CONFIG = "http.api.keys";
    public static final String HTTP_MAX_REQUEST_BYTES_CONFIG = "http.max.request.bytes";
    public static final String HTTP_MAX_IN_FLIGHT_CONFIG = "http.max.in.flight";
    public static final String HTTP_THREADS_CONFIG = "http.threads";
    public static final String HTTP_QUEUE_CONFIG = "http.queue";
    public static final String HTTP_REQUEST_TIMEOUT_MS_CONFIG = "http.request.timeout.ms";
    public static final String HTTP_PROBES_HOST_CONFIG = "http.probes.host";
    public static final String HTTP_PROBES_PORT_CONFIG = "http.probes.port";
    public static final String MAX_VERSION_JUMP_CONFIG = "ingest.max.version.jump";
    public static final String PUBLISH_TIMEOUT_MS_CONFIG = "publish.timeout.ms";
    public static final String FOLDER_PATH_CONFIG = "folder.path";
    public static final String FOLDER_POLL_MS_CONFIG = "folder.poll.ms";
    public static final String FOLDER_SETTLE_MS_CONFIG = "folder.settle.ms";
    public static final String FOLDER_BATCH_FILES_CONFIG = "folder.batch.files";
    public static final String FEEDS_URLS_CONFIG = "feeds.urls";
    public static final String FEEDS_POLL_INTERVAL_MS_CONFIG = "feeds.poll.interval.ms";
    public static final String FEEDS_TIMEOUT_MS_CONFIG = "feeds.timeout.ms";
    public static final String FEEDS_DEADLINE_MS_CONFIG = "feeds.deadline.ms";
    public static final String FEEDS_REDIRECT_HOSTS_CONFIG = "feeds.redirect.hosts";
    public static final String TRANSACTIONAL_ID_CONFIG = "transactional.id";
    public static final String TOPICS_CREATE_CONFIG = "topics.create";
    public static final String TOPICS_PARTITIONS_CONFIG = "topics.partitions";

    private static final String INPUTS = "Inputs";
    private static final String KAFKA = "Kafka";

    /**
     * Ingest's own keys (the table in docs/configuration.md); {@link #CONFIG_DEF} adds the registry client's and the
     * serdes' (auto.register.schemas off).
     */
    public static final ConfigDef SERVICE_DEF = new ConfigDef()
        .define(BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
            "Kafka brokers to publish to (host:port, comma-separated).", KAFKA, 1, ConfigDef.Width.LONG, "Brokers")
        .define(DISPATCHES_TOPIC_CONFIG, Type.STRING, PipelineTopic.DISPATCHES.defaultName(), Importance.HIGH,
            "Topic of normalised dispatches (Avro Dispatch, key: the dispatch id).", KAFKA, 2, ConfigDef.Width.MEDIUM,
            "Dispatches topic")
        .define(DEAD_LETTER_TOPIC_CONFIG, Type.STRING, PipelineTopic.DEAD_LETTERS.defaultName(), Importance.HIGH,
            "Topic of what could not be ingested (Avro DeadLetter with the original bytes).", KAFKA, 3,
            ConfigDef.Width.MEDIUM, "Dead-letter topic")
        .define(STATE_TOPIC_CONFIG, Type.STRING, PipelineTopic.INGEST_STATE.defaultName(), Importance.MEDIUM,
            "Compacted topic where the drop folder and feed poller record what they have published, in the same "
                + "transaction as the dispatches, so that a restart neither repeats nor skips anything.",
            KAFKA, 4, ConfigDef.Width.MEDIUM, "State topic")
        .define(TRANSACTIONAL_ID_CONFIG, Type.STRING, "wirefeed-ingest", Importance.MEDIUM,
            "Transactional id of the drop folder and feed poller's producer: one per running ingest service.",
            KAFKA, 5, ConfigDef.Width.MEDIUM, "Transactional id")
        .define(TOPICS_CREATE_CONFIG, Type.BOOLEAN, true, Importance.LOW,
            "Create the topics above at start when they are missing (off where topics are managed elsewhere, "
                + "such as Strimzi KafkaTopic resources).", KAFKA, 7, ConfigDef.Width.SHORT, "Create topics")
        .define(TOPICS_PARTITIONS_CONFIG, Type.INT, 6, Range.atLeast(1), Importance.LOW,
            "Partitions of the topics ingest creates.", KAFKA, 8, ConfigDef.Width.SHORT, "Partitions")
        .define(PUBLISH_TIMEOUT_MS_CONFIG, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
            "How long a request waits for Kafka to acknowledge its dispatches before it answers 503.", KAFKA, 6,
            ConfigDef.Width.SHORT, "Publish timeout")
        .define(HTTP_HOST_CONFIG, Type.STRING, "0.0.0.0", Importance.MEDIUM,
            "Address the HTTP endpoint listens on.", INPUTS, 1, ConfigDef.Width.MEDIUM, "HTTP host")
        .define(HTTP_PORT_CONFIG, Type.INT, 8080, Range.between(0, 65_535), Importance.MEDIUM,
            "Port of the HTTP endpoint (0: any free port).", INPUTS, 2, ConfigDef.Width.SHORT, "HTTP port")
        .define(HTTP_API_KEYS_CONFIG, Type.PASSWORD, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
            "Comma-separated API keys accepted on POST /v1/dispatches as 'Authorization: Bearer <key>'. A key may "
                + "be bound to what it publishes: 'key=agency:dpa;id:urn:newsml:dpa.com:' allows the agency dpa or "
                + "ids with that prefix, anything else is answered 403; a key without '=scope' publishes anything. "
                + "The scope 'admin' ('key=admin', or 'key=admin;agency:dpa') also lets the key replay dead letters "
                + "from the console, which takes the same keys.",
            INPUTS, 3, ConfigDef.Width.LONG, "API keys")
        .define(HTTP_MAX_REQUEST_BYTES_CONFIG, Type.INT, 1024 * 1024 - 16 * 1024, Range.atLeast(1024),
            Importance.MEDIUM,
            "Largest request body accepted; larger ones are answered 413. Also bounds files and feeds. Never more "
                + "than a Kafka record may be: the producer's max.request.size (kafka.max.request.size, 1 MiB by "
                + "default) less 16 KiB; raise both, and the topics' max.message.bytes, to take larger documents.",
            INPUTS, 4, ConfigDef.Width.SHORT, "Largest request")
        .define(HTTP_MAX_IN_FLIGHT_CONFIG, Type.INT, 12, Range.atLeast(1), Importance.LOW,
            "Requests handled at once; beyond it a request is answered 429 at once. Keep it below http.threads, "
                + "so that threads are left to answer the 429 (with more, it never fires).",
            INPUTS, 5, ConfigDef.Width.SHORT, "Requests in flight")
        .define(HTTP_THREADS_CONFIG, Type.INT, 16, Range.atLeast(1), Importance.LOW,
            "Threads serving HTTP requests.", INPUTS, 6, ConfigDef.Width.SHORT, "HTTP threads")
        .define(HTTP_QUEUE_CONFIG, Type.INT, 64, Range.atLeast(0), Importance.LOW,
            "Requests that may wait for an HTTP thread; beyond it a request is answered 503 at once.", INPUTS, 14,
            ConfigDef.Width.SHORT, "HTTP queue")
        .define(HTTP_REQUEST_TIMEOUT_MS_CONFIG, Type.INT, 30_000, Range.atLeast(100), Importance.LOW,
            "Longest an HTTP request may take, reading its headers and body included; past it the connection is "
                + "closed (a client trickling its request holds a thread no longer). Keep it above "
                + "publish.timeout.ms.", INPUTS, 15, ConfigDef.Width.SHORT, "Request time limit")
        .define(HTTP_PROBES_HOST_CONFIG, Type.STRING, "", Importance.LOW,
            "Address /health, /ready and /metrics listen on; empty: the same as http.host.", INPUTS, 16,
            ConfigDef.Width.MEDIUM, "Probes host")
        .define(HTTP_PROBES_PORT_CONFIG, Type.INT, 8081, Range.between(-1, 65_535), Importance.MEDIUM,
            "Port of /health, /ready and /metrics, apart from the API so that its clients cannot starve the probes "
                + "(0: any free port; -1: on http.port, as before).", INPUTS, 17, ConfigDef.Width.SHORT,
            "Probes port")
        .define(MAX_VERSION_JUMP_CONFIG, Type.INT, 1_000, Range.between(0, 1_000_000_000), Importance.LOW,
            "Largest version a dispatch may carry beyond its first (version 1): a sender cannot make a version of "
                + "2147483647 win over every later correction. Over HTTP a larger one is answered 422; a file holding "
                + "one is set aside in failed/ and dead-lettered; a feed item is dead-lettered and the feed's other "
                + "items published.", INPUTS, 18, ConfigDef.Width.SHORT, "Largest version jump")
        .define(FOLDER_PATH_CONFIG, Type.STRING, "", Importance.MEDIUM,
            "Drop folder: files put in its incoming/ are ingested once, then moved to done/ or failed/ (with a "
                + ".error file); empty: no drop folder.", INPUTS, 7, ConfigDef.Width.LONG, "Drop folder")
        .define(FOLDER_POLL_MS_CONFIG, Type.LONG, 1_000L, Range.atLeast(10), Importance.LOW,
            "How often incoming/ is scanned.", INPUTS, 8, ConfigDef.Width.SHORT, "Folder scan interval")
        .define(FOLDER_SETTLE_MS_CONFIG, Type.LONG, 2_000L, Range.atLeast(0), Importance.LOW,
            "A file counts as complete once its size and time stamp have not changed for this long (uploads "
                + "by FTP or SFTP write in place); names starting with '.' or ending in .tmp or .part are never "
                + "read.", INPUTS, 9, ConfigDef.Width.SHORT, "Settle time")
        .define(FOLDER_BATCH_FILES_CONFIG, Type.INT, 100, Range.atLeast(1), Importance.LOW,
            "Files published in one Kafka transaction.", INPUTS, 10, ConfigDef.Width.SHORT, "Files per batch")
        .define(FEEDS_URLS_CONFIG, Type.LIST, "", Importance.MEDIUM,
            "RSS or Atom feeds to poll (comma-separated URLs); empty: no polling.", INPUTS, 11,
            ConfigDef.Width.LONG, "Feeds")
        .define(FEEDS_POLL_INTERVAL_MS_CONFIG, Type.LONG, 300_000L, Range.atLeast(100), Importance.LOW,
            "How often each feed is fetched (with If-None-Match / If-Modified-Since).", INPUTS, 12,
            ConfigDef.Width.SHORT, "Feed interval")
        .define(FEEDS_TIMEOUT_MS_CONFIG, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
            "Connect timeout of one feed request, and how long its answer's headers may take.", INPUTS, 13,
            ConfigDef.Width.SHORT, "Feed timeout")
        .define(FEEDS_DEADLINE_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(100), Importance.LOW,
            "Longest one fetch of a feed may take, redirects and the whole body included; past it the fetch is "
                + "given up until the next poll (the drop folder shares the poller's thread).", INPUTS, 19,
            ConfigDef.Width.SHORT, "Feed deadline")
        .define(FEEDS_REDIRECT_HOSTS_CONFIG, Type.LIST, "", Importance.LOW,
            "Hosts a feed may redirect to besides its own (comma-separated host names); a redirect elsewhere is not "
                + "followed.", INPUTS, 20, ConfigDef.Width.LONG, "Feed redirect hosts");

    public static final ConfigDef CONFIG_DEF = withRegistry(SERVICE_DEF);

    public IngestConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        if (apiKeys().isEmpty()) {
            throw new ConfigException(HTTP_API_KEYS_CONFIG, "(hidden)", "at least one API key is needed");
        }
    }

    public List<String> apiKeys() {
        return List.of(getPassword(HTTP_API_KEYS_CONFIG).value().split("\\s*,\\s*")).stream()
            .filter(key -> !key.isBlank()).toList();
    }

    /** The largest document accepted from any input: the configured limit, capped by Kafka's record limit. */
    public int maxDocumentBytes() {
        return Math.min(getInt(HTTP_MAX_REQUEST_BYTES_CONFIG), PublicationLedger.maxRecordBytes(kafkaClientConfig()));
    }

    public Path folder() {
        String path = getString(FOLDER_PATH_CONFIG);
        return path.isBlank() ? null : Path.of(path);
    }

    public Duration duration(String key) {
        Object value = get(key);
        return Duration.ofMillis(((Number) value).longValue());
    }

}
