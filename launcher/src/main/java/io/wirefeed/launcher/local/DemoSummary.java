package io.wirefeed.launcher.local;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;

/** What the demo produced: counts by dedupe verdict, alerts, the most frequent entities and topics. */
record DemoSummary(int ingested, int enriched, Map<String, Long> verdicts, int alerts, List<Map.Entry<String, Long>> topEntities,
                   List<Map.Entry<String, Long>> topTopics) {

    private static final int TOP = 5;

    static DemoSummary of(int ingested, List<EnrichedDispatch> enriched, List<Alert> alerts) {
        Map<String, Long> verdicts = enriched.stream().collect(Collectors.groupingBy(
            dispatch -> dispatch.getDedupe().getVerdict().name(), TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> entities = top(enriched.stream().flatMap(dispatch -> dispatch.getEntities()
            .stream().map(entity -> entity.getName() + " (" + entity.getType().name().toLowerCase(Locale.ROOT) + ")")
            .distinct()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        List<Map.Entry<String, Long>> topics = top(enriched.stream().flatMap(dispatch -> dispatch.getTopics().stream()
            .map(topic -> topic.getCode() + " " + topic.getLabel())).collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting())));
        return new DemoSummary(ingested, enriched.size(), verdicts, alerts.size(), entities, topics);
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP).toList();
    }

    String table() {
        StringBuilder table = new StringBuilder("Demo summary\n");
        table.append(String.format("  %-22s %d%n", "dispatches ingested", ingested));
        table.append(String.format("  %-22s %d%n", "enriched", enriched));
        verdicts.forEach((verdict, count) -> table.append(String.format("    %-20s %d%n",
            verdict.toLowerCase(Locale.ROOT).replace('_', ' '), count)));
        table.append(String.format("  %-22s %d%n", "alerts", alerts));
        table.append("  top entities\n");
        topEntities.forEach(entry -> table.append(String.format("    %-40s %d%n", entry.getKey(), entry.getValue())));
        table.append("  top topics\n");
        topTopics.forEach(entry -> table.append(String.format("    %-40s %d%n", entry.getKey(), entry.getValue())));
        return table.toString();
    }
}
