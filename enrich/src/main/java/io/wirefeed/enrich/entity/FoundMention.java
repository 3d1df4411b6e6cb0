package io.wirefeed.enrich.entity;

/** A span of one field of a dispatch that names an entity. */
public record FoundMention(String field, int start, int end, String text, GazetteerEntry entity) {

    public boolean overlaps(FoundMention other) {
        return field.equals(other.field) && start < other.end && other.start < end;
    }
}
