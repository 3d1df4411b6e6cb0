package io.wirefeed.enrich.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.wirefeed.enrich.topic.InvalidRulesException;
import io.wirefeed.schema.EntityType;

/**
 * Reads watchlist entries in the watchlist syntax (see docs/enrichment.md):
 * <pre>
 * entity PERSON Zhang Wei        starts an entry: kind and canonical name
 * id wikidata:Q...               optional stable id
 * country CN                     optional, for places
 * alias Zhang, Mr Zhang          optional other names
 * alert                          optional: a mention raises an alert
 * </pre>
 * Errors name the source and line.
 */
public final class Watchlists {

    private Watchlists() {
    }

    public static List<WatchlistEntry> parse(String text, String source) {
        List<WatchlistEntry> entries = new ArrayList<>();
        Draft draft = null;
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String value = parts.length > 1 ? parts[1].strip() : "";
            String at = source + " line " + number + ": ";
            if (parts[0].equals("entity")) {
                if (draft != null) {
                    entries.add(draft.build());
                }
                draft = Draft.start(value, at);
            } else if (draft == null) {
                throw new InvalidRulesException(at + "'" + parts[0] + "' before any 'entity' line");
            } else {
                draft.set(parts[0], value, at);
            }
        }
        if (draft != null) {
            entries.add(draft.build());
        }
        return entries;
    }

    private static final class Draft {
        private final EntityType type;
        private final String name;
        private String id;
        private String country;
        private List<String> aliases = List.of();
        private boolean alert;

        private Draft(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }

        static Draft start(String value, String at) {
            String[] parts = value.split("\\s+", 2);
            if (parts.length < 2) {
                throw new InvalidRulesException(at + "'entity' needs a kind (PERSON, ORGANIZATION, PLACE) and a name");
            }
            try {
                EntityType type = EntityType.valueOf(parts[0].toUpperCase(Locale.ROOT));
                if (type == EntityType.OTHER) {
                    throw new IllegalArgumentException("OTHER");
                }
                return new Draft(type, parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRulesException(at + "unknown entity kind '" + parts[0]
                    + "'; expected PERSON, ORGANIZATION or PLACE", e);
            }
        }

        void set(String keyword, String value, String at) {
            switch (keyword) {
                case "id" -> id = value;
                case "country" -> country = value.toUpperCase(Locale.ROOT);
                case "alias" -> aliases = Arrays.stream(value.split(",")).map(String::strip)
                    .filter(alias -> !alias.isEmpty()).toList();
                case "alert" -> alert = true;
                default -> throw new InvalidRulesException(at + "unknown keyword '" + keyword
                    + "'; expected id, country, alias, alert or a new entity");
            }
        }

        WatchlistEntry build() {
            return new WatchlistEntry(type, name, id, country, aliases, alert);
        }
    }
}
