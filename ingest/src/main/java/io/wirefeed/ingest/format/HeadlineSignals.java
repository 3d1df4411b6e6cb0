package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.Signal;

/**
 * The markers agencies put in front of a headline or a story's first line ({@code UPDATE 1-}, {@code CORRECTED-},
 * {@code URGENT:}, {@code REFILE-}, {@code KILL-}, {@code ADVISORY:}, a bare upper-case {@code FLASH}...), read as
 * signals and taken off the text. A numbered update ({@code UPDATE 2-}, {@code WRAPUP 1-}) is the story's
 * third or second version, as ANPA's {@code 2ndLd} is. No more than {@value #MAX_MARKERS} are read: agencies put
 * two or three at most, and what follows more is left in the headline as text.
 */
public final class HeadlineSignals {

    /** A headline without its markers, what the markers said, and the version a numbered update names (else 1). */
    public record Parsed(String headline, List<Signal> signals, int version) {
    }

    private static final Pattern MARKER = Pattern.compile(
        "^(?<word>UPDATE|WRAPUP|CORRECTED|CORRECTION|CORRECTS|REFILE|REPEAT|URGENT|FLASH|BULLETIN|KILL|KILLED"
            + "|WITHDRAWN|ADVISORY|ADVISORY NOTE|RPT|CORRECTED REPEAT)(?:\\s*(?<number>\\d{1,3}))?\\s*(?<dash>-{1,3}|[:—–])\\s*",
        Pattern.CASE_INSENSITIVE);
    /**
     * Priority words without punctuation ({@code FLASH TASHKENT, July 7 -- ...}); upper case only, since "Flash
     * floods" opens headlines too.
     */
    private static final Pattern BARE_MARKER = Pattern.compile("^(?<word>FLASH|URGENT|BULLETIN)(?:\\s+|$)(?<number>)");

    static final int MAX_MARKERS = 10;

    private HeadlineSignals() {
    }

    public static Parsed parse(String headline) {
        List<Signal> signals = new ArrayList<>();
        int version = 1;
        String text = headline.trim();
        int at = 0;
        Matcher marker = MARKER.matcher(text);
        Matcher bare = BARE_MARKER.matcher(text);
        Matcher matcher = marker(marker, bare, at);
        for (int read = 0; matcher != null && read < MAX_MARKERS; read++) {
            String word = matcher.group("word").toUpperCase(Locale.ROOT);
            Signal signal = signalOf(word);
            if (!signals.contains(signal)) {
                signals.add(signal);
            }
            String number = matcher.group("number");
            if (signal == Signal.UPDATE && number != null && !number.isEmpty()) {
                version = Math.max(version, Integer.parseInt(number) + 1);
            }
            at = matcher.end();
            matcher = marker(marker, bare, at);
        }
        return new Parsed(text.substring(at), signals, version);
    }

    /**
     * The marker standing at {@code from}, or null. Matched in place: neither scanning the rest of the text for a
     * match nor copying it, either of which made a headline of many markers quadratic.
     */
    private static Matcher marker(Matcher marker, Matcher bare, int from) {
        int end = marker.regionEnd();
        if (marker.region(from, end).lookingAt() && (capitals(marker.group("word"))
                || marker.group("number") == null && marker.group("dash").length() == 1 && "-:".contains(marker.group("dash")))) {
            // In ordinary case a word is a marker only before a hyphen or a colon, without a number: "Update —
            // what we know", "Urgent 24-hour strike" and "Update 100-day plan" are headlines
            return marker;
        }
        return bare.region(from, end).lookingAt() ? bare : null;
    }

    private static boolean capitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
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
