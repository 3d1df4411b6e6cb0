package io.wirefeed.service.deadletters;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.FormatDetector;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;

/**
 * What dead letters are counted and selected by: the stage, the reason's kind (its first clause with the
 * particulars taken out, so that 'line 5' and 'line 9' count together), the format (the declared media type, else
 * the one ingest detects in the bytes), and the hour it failed.
 */
public record LetterFacts(String stage, String reasonKind, String format, String hour) {

    /** Where a reason's first clause ends: a colon or semicolon before a space, or a bracket. */
    private static final Pattern CLAUSE_END = Pattern.compile(":\\s|;|\\s\\[|\\s\\(the original");
    /** A word carrying particulars: digits, an id ({@code urn:...}, {@code wf:...}), a path or a quoted name. */
    private static final Pattern PARTICULAR = Pattern.compile("[^\\s,;]*(?:\\d|\\p{L}:\\S|/|['\"<>])[^\\s,;]*");
    private static final int LONGEST_KIND = 100;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00'Z'", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    public static LetterFacts of(StoredLetter stored) {
        DeadLetter letter = stored.letter();
        if (letter == null) {
            return new LetterFacts("UNREADABLE", "not a DeadLetter record", "unknown", hour(stored.failedAt()));
        }
        return new LetterFacts(letter.getStage().name(), reasonKind(letter.getReason()), format(stored),
            hour(stored.failedAt()));
    }

    /** The reason's first clause, its particulars (numbers, ids, names) replaced by '…'. */
    public static String reasonKind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason)";
        }
        String clause = CLAUSE_END.split(reason.strip(), 2)[0];
        String kind = PARTICULAR.matcher(clause).replaceAll("…").replaceAll("…(?:[\\s,]*…)+", "…").strip();
        return kind.length() <= LONGEST_KIND ? kind : kind.substring(0, LONGEST_KIND - 1) + "…";
    }

    /** The declared media type; else, for ingest's letters, the format detected in the bytes; else what it is. */
    static String format(StoredLetter stored) {
        DeadLetter letter = stored.letter();
        RawDocument document = new RawDocument(stored.original(), letter.getContentType(), letter.getSource(),
            stored.failedAt());
        if (!document.mediaType().isEmpty()) {
            return document.mediaType();
        }
        if (letter.getStage() != Stage.INGEST) {
            return "kafka record";
        }
        try {
            return FormatDetector.detect(document).name().toLowerCase(Locale.ROOT).replace('_', '-');
        } catch (InvalidDispatchException e) {
            return "undetected";
        }
    }

    static String hour(Instant at) {
        return HOUR.format(at.truncatedTo(ChronoUnit.HOURS));
    }
}
