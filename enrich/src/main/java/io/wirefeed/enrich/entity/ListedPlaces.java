package io.wirefeed.enrich.entity;

import java.util.List;

import io.wirefeed.schema.EntityType;

/** A place the lists know standing beside a name in a list ("Zagreb, Split", "in Tanah Merah and Kuala Krai"). */
final class ListedPlaces {

    /** What joins a list's names. */
    static final List<String> JOINERS = List.of(", ", " and ", ", and ");
    /** What joins a list's last name to the one before it ("Sale, Ore." is no list). */
    static final List<String> LAST_JOINERS = List.of(" and ", ", and ");

    private ListedPlaces() {
    }

    /**
     * A listed place among the mentions (of one field) that starts one of {@code after} joiners after {@code end}, or
     * ends one of {@code before} joiners before {@code start}, joiner by joiner in {@link #JOINERS}' order; or null.
     */
    static FoundMention beside(String text, int start, int end, List<FoundMention> mentions, List<String> before,
                               List<String> after) {
        return beside(text, start, end, mentions, before, after, true);
    }

    /** The same, of any place among the mentions when {@code listedOnly} is false. */
    static FoundMention beside(String text, int start, int end, List<FoundMention> mentions, List<String> before,
                               List<String> after, boolean listedOnly) {
        int counted = afterCount(text, end);
        for (String joiner : JOINERS) {
            FoundMention next = after.contains(joiner) && text.startsWith(joiner, counted)
                ? placeAt(mentions, counted + joiner.length(), true, listedOnly) : null;
            if (next != null) {
                return next;
            }
            int from = start - joiner.length();
            FoundMention previous = before.contains(joiner) && from >= 0 && text.startsWith(joiner, from)
                ? placeAt(mentions, beforeCount(text, from), false, listedOnly) : null;
            if (previous != null) {
                return previous;
            }
        }
        return null;
    }

    /**
     * Where a count in brackets after a list's name ends ("Tanah Merah (1,544), Pasir Puteh (907)": evacuees, votes,
     * cases by place); {@code end} itself when none follows.
     */
    private static int afterCount(String text, int end) {
        if (!text.startsWith(" (", end)) {
            return end;
        }
        int at = end + 2;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        return at > end + 2 && at < text.length() && text.charAt(at) == ')' ? at + 1 : end;
    }

    /** Where a list's name ends before {@code at} and a count in brackets after it; {@code at} when there is none. */
    private static int beforeCount(String text, int at) {
        if (at < 4 || text.charAt(at - 1) != ')') {
            return at;
        }
        int open = at - 2;
        while (open > 0 && (Character.isDigit(text.charAt(open)) || text.charAt(open) == ',')) {
            open--;
        }
        return open > 0 && open < at - 2 && text.charAt(open) == '(' && text.charAt(open - 1) == ' ' ? open - 1 : at;
    }

    /** A place (a listed one if {@code listedOnly}) starting (or ending) at {@code edge}. */
    private static FoundMention placeAt(List<FoundMention> mentions, int edge, boolean starting, boolean listedOnly) {
        for (FoundMention mention : mentions) {
            if (mention.entity().type() == EntityType.PLACE && (mention.entity().id() != null || !listedOnly)
                    && (starting ? mention.start() : mention.end()) == edge) {
                return mention;
            }
        }
        return null;
    }
}
