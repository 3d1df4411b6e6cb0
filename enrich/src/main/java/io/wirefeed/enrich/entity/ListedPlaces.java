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
        for (String joiner : JOINERS) {
            FoundMention next = after.contains(joiner) && text.startsWith(joiner, end)
                ? listedPlaceAt(mentions, end + joiner.length(), true) : null;
            if (next != null) {
                return next;
            }
            int from = start - joiner.length();
            FoundMention previous = before.contains(joiner) && from >= 0 && text.startsWith(joiner, from)
                ? listedPlaceAt(mentions, from, false) : null;
            if (previous != null) {
                return previous;
            }
        }
        return null;
    }

    /** A listed place starting (or ending) at {@code edge}. */
    private static FoundMention listedPlaceAt(List<FoundMention> mentions, int edge, boolean starting) {
        for (FoundMention mention : mentions) {
            if (mention.entity().type() == EntityType.PLACE && mention.entity().id() != null
                    && (starting ? mention.start() : mention.end()) == edge) {
                return mention;
            }
        }
        return null;
    }
}
