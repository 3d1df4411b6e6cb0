package io.wirefeed.enrich.entity;

import java.util.List;

import io.wirefeed.schema.EntityType;

/** A span of one field of a dispatch that names an entity. */
public record FoundMention(String field, int start, int end, String text, GazetteerEntry entity) {

    /** The span {@code start} to {@code end} of the field's text as an entity of this type no list knows. */
    static FoundMention unlisted(String field, String text, int start, int end, EntityType type) {
        String written = text.substring(start, end);
        return new FoundMention(field, start, end, written,
            new GazetteerEntry(type, Tokens.singleSpaced(written), null, null));
    }

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
