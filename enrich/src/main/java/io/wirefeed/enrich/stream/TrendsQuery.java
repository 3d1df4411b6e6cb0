package io.wirefeed.enrich.stream;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wirefeed.edge.HttpReply;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * {@code GET /trends?window=day|week[&limit=n]}: the most counted topics and entities of the current window
 * (at most {@code limit}, 1 to 1,000, 20 by default; a bad, unknown or repeated parameter is a 400 that says
 * which and why),
 * read from this instance's window stores (interactive queries). With several instances each answers for the
 * trend keys it hosts; a caller merges their answers.
 */
final class TrendsQuery {

    /** The answer's length unless {@code limit} says otherwise, and the most it may say. */
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1_000;
    private static final List<String> KNOWN = List.of("window", "limit");

    private final KafkaStreams streams;
    private final Clock clock;

    TrendsQuery(KafkaStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    HttpReply answer(String query) {
        Map<String, String> parameters;
        try {
            parameters = parameters(query);
        } catch (IllegalArgumentException e) {
            return HttpReply.error(400, e.getMessage());
        }
        String window = parameters.getOrDefault("window", "day").toLowerCase(Locale.ROOT);
        Duration size = switch (window) {
            case "day" -> Duration.ofDays(1);
            case "week" -> Duration.ofDays(7);
            default -> null;
        };
        if (size == null) {
            return HttpReply.error(400, "window must be day or week, not '" + window + "'");
        }
        String limitText = parameters.getOrDefault("limit", Integer.toString(DEFAULT_LIMIT));
        int limit = limit(limitText);
        if (limit < 1) {
            return HttpReply.error(400, "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '"
                + limitText + "'");
        }
        String store = window.equals("day") ? EnrichTopology.TRENDS_DAY : EnrichTopology.TRENDS_WEEK;
        try {
            ReadOnlyWindowStore<String, Long> counts = streams.store(StoreQueryParameters.fromNameAndType(store,
                QueryableStoreTypes.windowStore()));
            return HttpReply.json(200, Map.of("window", window, "trends", top(counts, size, limit)));
        } catch (InvalidStateStoreException e) {
            if (streams.state() == KafkaStreams.State.RUNNING) {
                return HttpReply.json(200, Map.of("window", window, "trends", List.of()));   // hosts no trend keys
            }
            return HttpReply.error(503, "Trends are not queryable yet (" + streams.state() + ")")
                .withHeader("Retry-After", "5");
        }
    }

    private List<Map<String, Object>> top(ReadOnlyWindowStore<String, Long> counts, Duration size, int limit) {
        Instant now = clock.instant();
        Map<String, Long> latest = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, Long> windows = counts.fetchAll(now.minus(size), now)) {
            while (windows.hasNext()) {
                KeyValue<Windowed<String>, Long> window = windows.next();
                latest.merge(window.key.key(), window.value, Math::max);
            }
        }
        List<Map<String, Object>> trends = new ArrayList<>();
        latest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(limit).forEach(entry -> {
                String[] parts = EnrichTopology.trendKeyParts(entry.getKey());
                Map<String, Object> trend = new LinkedHashMap<>();
                trend.put("kind", parts[0]);
                trend.put("key", parts[1]);
                trend.put("label", parts[2]);
                trend.put("count", entry.getValue());
                trends.add(trend);
            });
        return trends;
    }

    /** The limit, or 0 when the text is not a whole number from 1 to {@link #MAX_LIMIT}. */
    private static int limit(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int limit = Integer.parseInt(text);
        return limit <= MAX_LIMIT ? limit : 0;
    }

    /** The query's parameters, decoded; an unknown, repeated or undecodable one is an IllegalArgumentException. */
    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String name = decode(parts[0]);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (known: " + String.join(", ", KNOWN)
                    + ")");
            }
            if (parameters.put(name, parts.length > 1 ? decode(parts[1]) : "") != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the query is not valid percent-encoding", e);
        }
    }
}
