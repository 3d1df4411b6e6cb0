package io.wirefeed.enrich.entity;

import io.wirefeed.schema.EntityType;

/**
 * An entity a list knows: its kind, canonical name, stable id ({@code wikidata:Q...}, {@code geonames:...},
 * {@code iso3166:XX}; null when unknown) and, for places, its country.
 */
public record GazetteerEntry(EntityType type, String name, String id, String country) {

    /** Whether this is a country (ISO 3166-1), not a subdivision (ISO 3166-2) or a town. */
    boolean isCountry() {
        return countryId(id);
    }

    /** Whether an entity's id is a country's (ISO 3166-1). */
    static boolean countryId(String id) {
        return id != null && id.startsWith("iso3166:");
    }
}
