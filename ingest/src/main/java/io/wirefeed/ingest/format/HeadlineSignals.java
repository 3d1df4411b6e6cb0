package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.Signal;

/**
 * The markers agencies put in front of a headline ({@code UPDATE 1-}, {@code CORRECTED-}, {@code URGENT:},
 * {@code REFILE-}, {@code KILL-}, {@code ADVISORY:}...), read as signals and taken off the headline.
 */
public final class HeadlineSignals {

    /** A headline without its markers, and what the markers said. */
    public record Parsed(String headline, List<Signal> signals) {
    }

    private static final Pattern MARKER = Pattern.compile(
        "^(?<word>UPDATE|WRAPUP|CORRECTED|CORRECTION|CORRECTS|REFILE|REPEAT|URGENT|FLASH|BULLETIN|KILL|KILLED"
            + "|WITHDRAWN|ADVISORY|ADVISORY NOTE|RPT|CORRECTED REPEAT)(?:\\s+\\d+)?\\s*[-:]\\s*",
        Pattern.CASE_INSENSITIVE);

    private HeadlineSignals() {
    }

    public static Parsed parse(String headline) {
        List<Signal> signals = new ArrayList<>();
        String rest = headline.trim();
        Matcher matcher = MARKER.matcher(rest);
        while (matcher.find()) {
            Signal signal = signalOf(matcher.group("word").toUpperCase(Locale.ROOT));
            if (!signals.contains(signal)) {
                signals.add(signal);
            }
            rest = rest.substring(matcher.end());
            matcher = MARKER.matcher(rest);
        }
        return new Parsed(rest, signals);
    }

    static Signal signalOf(String word) {
        return switch (word) {
            case "UPDATE", "WRAPUP" -> Signal.UPDATE;
            case "CORRECTED", "CORRECTION", "CORRECTS", "CORRECTED REPEAT" -> Signal.CORRECTION;
            case "URGENT", "FLASH", "BULLETIN" -> Signal.URGENT;
            case "KILL", "KILLED", "WITHDRAWN" -> Signal.KILL;
            case "ADVISORY", "ADVISORY NOTE" -> Signal.ADVISORY;
            default -> Signal.OTHER;
        };
    }
}
