package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.wirefeed.schema.EntityType;

/**
 * The earlier finders' mentions in one field, ordered by where they start, for the questions asked of them at every
 * run of a text: which overlap a span, which end at an offset. Scanning the whole list for each run made recognition
 * grow with the square of a long dispatch's names.
 */
final class FieldMentions {

    private final FoundMention[] byStart;
    /** Each mention's place in the list it was made from: what overlaps a span comes back in that order. */
    private final int[] listed;
    private final int longest;

    private FieldMentions(FoundMention[] byStart, int[] listed, int longest) {
        this.byStart = byStart;
        this.listed = listed;
        this.longest = longest;
    }

    static FieldMentions of(List<FoundMention> mentions, String field) {
        List<Integer> inField = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).field().equals(field)) {
                inField.add(i);
            }
        }
        inField.sort(Comparator.comparingInt(i -> mentions.get(i).start()));
        FoundMention[] byStart = new FoundMention[inField.size()];
        int[] listed = new int[inField.size()];
        int longest = 0;
        for (int k = 0; k < byStart.length; k++) {
            listed[k] = inField.get(k);
            byStart[k] = mentions.get(listed[k]);
            longest = Math.max(longest, byStart[k].end() - byStart[k].start());
        }
        return new FieldMentions(byStart, listed, longest);
    }

    /** The mentions overlapping [{@code start}, {@code end}), in the order of the list they were made from. */
    List<FoundMention> overlapping(int start, int end) {
        int from = firstStartingAtOrAfter(start - longest);
        int to = firstStartingAtOrAfter(end);
        int[] found = new int[to - from];
        int count = 0;
        for (int k = from; k < to; k++) {
            if (start < byStart[k].end()) {
                found[count++] = k;
            }
        }
        if (count == 0) {
            return List.of();
        }
        Integer[] order = new Integer[count];
        for (int n = 0; n < count; n++) {
            order[n] = found[n];
        }
        Arrays.sort(order, Comparator.comparingInt(k -> listed[k]));
        List<FoundMention> overlapping = new ArrayList<>(count);
        for (Integer k : order) {
            overlapping.add(byStart[k]);
        }
        return overlapping;
    }

    /** Whether a mention of a place ends at {@code end}. */
    boolean placeEndsAt(int end) {
        for (int k = firstStartingAtOrAfter(end - longest); k < byStart.length && byStart[k].start() < end; k++) {
            if (byStart[k].end() == end && byStart[k].entity().type() == EntityType.PLACE) {
                return true;
            }
        }
        return false;
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = byStart.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart[middle].start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
