package io.wirefeed.service.deadletters;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of dead letters by stage, reason, format, agency (when today's parsers read it in the letter), hour, and
 * what a replay would do with them now; rendered as plain text tables, most frequent first (hours in order).
 */
public final class LetterCounts {

    /** The dimensions counted, in the order they are shown. */
    public enum Dimension {
        STAGE("stage"), REASON("reason"), FORMAT("format"), AGENCY("agency"), HOUR("hour (UTC)"),
        REPLAY("replayed now");

        private final String title;

        Dimension(String title) {
            this.title = title;
        }
    }

    private final Map<Dimension, Map<String, Integer>> counts = new EnumMap<>(Dimension.class);
    private int total;

    public LetterCounts() {
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, dimension == Dimension.HOUR ? new TreeMap<>() : new LinkedHashMap<>());
        }
    }

    /** Counts a letter: its facts, what a replay would do now, the agencies it names (none: unknown). */
    public void add(LetterFacts facts, Outcome outcome, Set<String> agencies) {
        total++;
        count(Dimension.STAGE, facts.stage());
        count(Dimension.REASON, facts.reasonKind());
        count(Dimension.FORMAT, facts.format());
        count(Dimension.AGENCY, agencies.isEmpty() ? "unknown" : String.join(", ", new TreeSet<>(agencies)));
        count(Dimension.HOUR, facts.hour());
        count(Dimension.REPLAY, whatReplayDoes(outcome));
    }

    public int total() {
        return total;
    }

    /** The counts of one dimension, in the order they are shown. */
    public Map<String, Integer> of(Dimension dimension) {
        Map<String, Integer> counted = counts.get(dimension);
        if (dimension == Dimension.HOUR) {
            return new LinkedHashMap<>(counted);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counted.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** The tables, one per dimension, under a line saying how many letters and where they are. */
    public String render(String where) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%,d dead letter%s in %s%n", total, total == 1 ? "" : "s", where));
        if (total == 0) {
            return text.toString();
        }
        int width = String.format(Locale.ROOT, "%,d", total).length();
        for (Dimension dimension : Dimension.values()) {
            text.append(String.format(Locale.ROOT, "%nBy %s:%n", dimension.title));
            of(dimension).forEach((value, count) -> text.append(String.format(Locale.ROOT, "  %," + width + "d  %s%n",
                count, value)));
        }
        return text.toString();
    }

    private void count(Dimension dimension, String value) {
        counts.get(dimension).merge(value, 1, Integer::sum);
    }

    static String whatReplayDoes(Outcome outcome) {
        return switch (outcome.kind()) {
            case ACCEPTED -> "would be published";
            case REFUSED -> "would be refused again";
            case NOT_REPLAYABLE -> "cannot be replayed";
            case REPLAYED_BEFORE -> "replayed before";
        };
    }
}
