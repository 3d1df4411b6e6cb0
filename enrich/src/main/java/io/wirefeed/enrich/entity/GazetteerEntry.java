package io.wirefeed.enrich.entity;

import io.wirefeed.schema.EntityType;

/**
 * An entity a list knows: its kind, canonical name, stable id ({@code wikidata:Q...}, {@code geonames:...},
 * {@code iso3166:XX}; null when unknown) and, for places, its country.
 */
public record GazetteerEntry(EntityType type, String name, String id, String country) {
}
