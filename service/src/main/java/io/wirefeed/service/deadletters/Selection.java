package io.wirefeed.service.deadletters;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which dead letters a command takes: every criterion given must hold (none given: all of them).
 *
 * @param stages  stage names (INGEST, ENRICH...), empty for any
 * @param reason  a piece of the reason, any case, or null
 * @param format  a piece of the format or content type ({@link LetterFacts#format()}), any case, or null
 * @param from    failed at or after, or null
 * @param to      failed before, or null
 * @param ids     these letters only, empty for any
 */
public record Selection(Set<String> stages, String reason, String format, Instant from, Instant to, Set<LetterId> ids) {

    public static final Selection ALL = new Selection(Set.of(), null, null, null, null, Set.of());

    public Selection {
        stages = stages.stream().map(stage -> stage.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        ids = Set.copyOf(ids);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range is empty: " + from + " is not before " + to);
        }
    }

    /** Whether no criterion is given. */
    public boolean isEverything() {
        return equals(ALL);
    }

    public boolean matches(StoredLetter letter, LetterFacts facts) {
        Instant at = letter.failedAt();
        return (ids.isEmpty() || ids.contains(letter.id()))
            && (stages.isEmpty() || stages.contains(facts.stage()))
            && (reason == null || letter.readable() && contains(letter.letter().getReason(), reason))
            && (format == null || contains(facts.format(), format)
                || letter.readable() && contains(letter.letter().getContentType(), format))
            && (from == null || !at.isBefore(from))
            && (to == null || at.isBefore(to));
    }

    private static boolean contains(String text, String piece) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT));
    }
}
