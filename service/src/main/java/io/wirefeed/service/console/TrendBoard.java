package io.wirefeed.service.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.wirefeed.schema.Trend;
import io.wirefeed.schema.TrendKind;
import io.wirefeed.schema.TrendWindow;

/**
 * The latest count of each trend (window, kind, key, window start) read from the trends topic, at most
 * {@code maxEntries} of them (the first written forgotten first), and the charts the trends page draws from them:
 * for each kind, the leading keys of the latest window and their counts over the last windows.
 */
final class TrendBoard {

    /** Windows a chart spans, and keys it shows. */
    static final int WINDOWS = 7;
    static final int KEYS = 6;

    /** One chart: the window starts (oldest first) and, per key, its count in each of them. */
    record Chart(String window, String kind, List<String> starts, List<Series> series) {
        Chart {
            starts = List.copyOf(starts);
            series = List.copyOf(series);
        }
    }

    /** One key's counts, in the order of the chart's window starts. */
    record Series(String key, String label, List<Long> counts) {
        Series {
            counts = List.copyOf(counts);
        }
    }

    private final Map<String, Trend> trends;

    TrendBoard(int maxEntries) {
        this.trends = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Trend> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized void add(Trend trend) {
        String key = trend.getWindow() + ":" + trend.getKind() + ":" + trend.getKey() + ":"
            + trend.getWindowStart().toEpochMilli();
        // Re-inserted so that a window still counting is not the first forgotten.
        trends.remove(key);
        trends.put(key, trend);
    }

    synchronized List<Chart> charts(TrendWindow window) {
        List<Chart> charts = new ArrayList<>();
        for (TrendKind kind : List.of(TrendKind.TOPIC, TrendKind.ENTITY)) {
            charts.add(chart(window, kind));
        }
        return charts;
    }

    private Chart chart(TrendWindow window, TrendKind kind) {
        List<Trend> of = trends.values().stream().filter(t -> t.getWindow() == window && t.getKind() == kind).toList();
        TreeSet<Instant> starts = new TreeSet<>();
        of.forEach(trend -> starts.add(trend.getWindowStart()));
        while (starts.size() > WINDOWS) {
            starts.pollFirst();
        }
        if (starts.isEmpty()) {
            return new Chart(window.name(), kind.name(), List.of(), List.of());
        }
        Instant latest = starts.last();
        List<Trend> leading = of.stream().filter(t -> t.getWindowStart().equals(latest))
            .sorted(Comparator.comparingLong(Trend::getCount).reversed().thenComparing(Trend::getKey))
            .limit(KEYS).toList();
        List<Instant> ordered = List.copyOf(starts);
        List<Series> series = new ArrayList<>();
        for (Trend lead : leading) {
            List<Long> counts = new ArrayList<>();
            for (Instant start : ordered) {
                counts.add(of.stream().filter(t -> t.getKey().equals(lead.getKey()) && t.getWindowStart().equals(start))
                    .mapToLong(Trend::getCount).findFirst().orElse(0L));
            }
            series.add(new Series(lead.getKey(), lead.getLabel(), counts));
        }
        return new Chart(window.name(), kind.name(), ordered.stream().map(Instant::toString).toList(), series);
    }
}
