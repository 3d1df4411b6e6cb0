package io.wirefeed.service.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.config.ServiceConfig;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.service.deadletters.DeadLettersConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of the console ({@code wirefeed console}, and the local stack's). The keys it shares with ingest, the
 * enrichment and the dead-letter commands are their own definitions, so that their properties files serve; the
 * console's own keys bound what it keeps and how many browsers it feeds.
 */
public final class ConsoleConfig extends ServiceConfig {

    public static final String HTTP_HOST_CONFIG = "console.http.host";
    public static final String HTTP_PORT_CONFIG = "console.http.port";
    public static final String FEED_RECORDS_CONFIG = "console.feed.records";
    public static final String STORIES_CONFIG = "console.stories";
    public static final String ALERTS_CONFIG = "console.alerts";
    public static final String TREND_ENTRIES_CONFIG = "console.trend.entries";
    public static final String DEAD_LETTERS_SHOWN_CONFIG = "console.dead.letters.shown";
    public static final String STREAM_CLIENTS_CONFIG = "console.stream.clients";
    public static final String STREAM_QUEUE_CONFIG = "console.stream.queue";
    public static final String STREAM_MAX_MS_CONFIG = "console.stream.max.ms";
    public static final String METRICS_URLS_CONFIG = "console.metrics.urls";

    private static final String CONSOLE = "Console";

    /** The console's keys (the table in docs/configuration.md); {@link #CONFIG_DEF} adds the registry's. */
    public static final ConfigDef SERVICE_DEF = shared()
        .define(HTTP_HOST_CONFIG, Type.STRING, "0.0.0.0", Importance.MEDIUM,
            "Address the console listens on (its pages, its API, /health, /ready and /metrics, on one port).",
            CONSOLE, 1, ConfigDef.Width.MEDIUM, "Console host")
        .define(HTTP_PORT_CONFIG, Type.INT, 8090, Range.between(0, 65_535), Importance.MEDIUM,
            "Port of the console (0: any free port).", CONSOLE, 2, ConfigDef.Width.SHORT, "Console port")
        .define(FEED_RECORDS_CONFIG, Type.INT, 500, Range.between(10, 100_000), Importance.LOW,
            "Enriched dispatches the console keeps for its feed: the last ones of the enriched topic when it starts, "
                + "then the newest.", CONSOLE, 3, ConfigDef.Width.SHORT, "Feed records")
        .define(STORIES_CONFIG, Type.INT, 2_000, Range.between(10, 1_000_000), Importance.LOW,
            "Stories the console keeps for its story pages (the least recently seen go first), each with at most its "
                + "last 50 records.", CONSOLE, 4, ConfigDef.Width.SHORT, "Stories")
        .define(ALERTS_CONFIG, Type.INT, 200, Range.between(1, 100_000), Importance.LOW,
            "Alerts the console keeps: the last ones of the alerts topic when it starts, then the newest.",
            CONSOLE, 5, ConfigDef.Width.SHORT, "Alerts")
        .define(TREND_ENTRIES_CONFIG, Type.INT, 20_000, Range.between(100, 1_000_000), Importance.LOW,
            "Trend counts (one per window, kind and key) the console keeps from the trends topic; the oldest windows "
                + "go first.", CONSOLE, 6, ConfigDef.Width.SHORT, "Trend entries")
        .define(DEAD_LETTERS_SHOWN_CONFIG, Type.INT, 200, Range.between(1, 10_000), Importance.LOW,
            "Dead letters the console lists (the newest of each partition's reading); the counts cover them all.",
            CONSOLE, 7, ConfigDef.Width.SHORT, "Dead letters shown")
        .define(STREAM_CLIENTS_CONFIG, Type.INT, 16, Range.between(1, 1_000), Importance.LOW,
            "Browsers following the live feed at once; one more is answered 503.", CONSOLE, 8,
            ConfigDef.Width.SHORT, "Stream clients")
        .define(STREAM_QUEUE_CONFIG, Type.INT, 256, Range.between(1, 100_000), Importance.LOW,
            "Events waiting for one browser of the live feed; a browser that falls further behind is told so and "
                + "disconnected (it reconnects and reloads), so that it holds up nothing else.", CONSOLE, 9,
            ConfigDef.Width.SHORT, "Stream queue")
        .define(STREAM_MAX_MS_CONFIG, Type.LONG, 600_000L, Range.between(1_000, 86_400_000), Importance.LOW,
            "Longest a live-feed connection stays open; the page then reconnects.", CONSOLE, 10,
            ConfigDef.Width.SHORT, "Stream lifetime")
        .define(METRICS_URLS_CONFIG, Type.LIST, "", Importance.MEDIUM,
            "The services' Prometheus endpoints the pipeline page reads, as name=url, comma-separated "
                + "(ingest=http://ingest:8081/metrics,enrich=http://enrich:8081/metrics,connect=...); the names "
                + "ingest, enrich and connect get their stage's figures.", CONSOLE, 11, ConfigDef.Width.LONG,
            "Metrics URLs");

    public static final ConfigDef CONFIG_DEF = withRegistry(SERVICE_DEF);

    public ConsoleConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        if (apiKeys().isEmpty()) {
            throw new ConfigException(IngestConfig.HTTP_API_KEYS_CONFIG, "(hidden)", "at least one API key is needed");
        }
        metricsUrls();
    }

    /** Ingest's API key entries, scopes included ({@code admin} lets a key replay). */
    public List<String> apiKeys() {
        List<String> keys = new ArrayList<>();
        for (String entry : getPassword(IngestConfig.HTTP_API_KEYS_CONFIG).value().split(",")) {
            if (!entry.isBlank()) {
                keys.add(entry.trim());
            }
        }
        return List.copyOf(keys);
    }

    /** The services' metrics endpoints by name, in the order given. */
    public Map<String, String> metricsUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String entry : getList(METRICS_URLS_CONFIG)) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new ConfigException(METRICS_URLS_CONFIG, entry, "each entry is name=url");
            }
            urls.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        return urls;
    }

    /** The same settings as the dead-letter commands read them, for the replay button. */
    public DeadLettersConfig deadLetters() {
        return new DeadLettersConfig(originals());
    }

    public String enrichedTopic() {
        return getString(EnrichConfig.ENRICHED_TOPIC_CONFIG);
    }

    public String alertsTopic() {
        return getString(EnrichConfig.ALERTS_TOPIC_CONFIG);
    }

    public String trendsTopic() {
        return getString(EnrichConfig.TRENDS_TOPIC_CONFIG);
    }

    private static ConfigDef shared() {
        ConfigDef definition = new ConfigDef();
        DeadLettersConfig.SERVICE_DEF.configKeys().values().forEach(definition::define);
        definition.define(IngestConfig.SERVICE_DEF.configKeys().get(IngestConfig.HTTP_API_KEYS_CONFIG));
        for (String key : List.of(EnrichConfig.ENRICHED_TOPIC_CONFIG, EnrichConfig.ALERTS_TOPIC_CONFIG,
            EnrichConfig.TRENDS_TOPIC_CONFIG)) {
            definition.define(EnrichConfig.SERVICE_DEF.configKeys().get(key));
        }
        return definition;
    }
}
