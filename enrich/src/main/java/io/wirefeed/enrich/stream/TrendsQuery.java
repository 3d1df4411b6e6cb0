package io.wirefeed.enrich.stream;

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
 * {@code GET /trends?window=day|week[&limit=n]}: the most counted topics and entities of the current window,
 * read from this instance's window stores (interactive queries). With several instances each answers for the
 * trend keys it hosts; a caller merges their answers.
 */
final class TrendsQuery {

    private final KafkaStreams streams;
    private final Clock clock;

    TrendsQuery(KafkaStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    HttpReply answer(String query) {
        Map<String, String> parameters = parameters(query);
        String window = parameters.getOrDefault("window", "day").toLowerCase(Locale.ROOT);
        Duration size = switch (window) {
            case "day" -> Duration.ofDays(1);
            case "week" -> Duration.ofDays(7);
            default -> null;
        };
        if (size == null) {
            return HttpReply.error(400, "window must be day or week, not '" + window + "'");
        }
        int limit;
        try {
            limit = Integer.parseInt(parameters.getOrDefault("limit", "20"));
        } catch (NumberFormatException e) {
            return HttpReply.error(400, "limit must be a number");
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

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return parameters;
    }
}
