package io.wirefeed.enrich.entity;

import java.util.List;

/** A span of one field of a dispatch that names an entity. */
public record FoundMention(String field, int start, int end, String text, GazetteerEntry entity) {

    public boolean overlaps(FoundMention other) {
        return field.equals(other.field) && start < other.end && other.start < end;
    }

    /** Whether any of {@code mentions} overlaps this one (a loop: it runs for every candidate of every finder). */
    public boolean overlapsAny(List<FoundMention> mentions) {
        for (FoundMention mention : mentions) {
            if (overlaps(mention)) {
                return true;
            }
        }
        return false;
    }
}
