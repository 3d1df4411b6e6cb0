package io.wirefeed.enrich.rules;

import java.util.List;

import io.wirefeed.schema.EntityType;

/** An entity an operator watches for: how it is named, its id, and whether a mention raises an alert. */
public record WatchlistEntry(EntityType type, String name, String id, String country, List<String> aliases,
                             boolean alert) {

    public WatchlistEntry {
        aliases = List.copyOf(aliases);
    }
}
