package io.wirefeed.enrich.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The category of each curated organisation (the fourth column of the gazetteer's {@code organizations.tsv}:
 * intergovernmental, agency, armed-group, security, other), by canonical name, so that rules can use an entity
 * the recogniser found as a term ({@code @armed-group}).
 */
public final class EntityCategories {

    private static final String ORGANIZATIONS = "/io/wirefeed/enrich/gazetteer/organizations.tsv";

    private final Map<String, String> byName;

    public EntityCategories(Map<String, String> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static EntityCategories shipped() {
        Map<String, String> byName = new HashMap<>();
        try (InputStream in = EntityCategories.class.getResourceAsStream(ORGANIZATIONS)) {
            if (in == null) {
                throw new IllegalStateException("organizations.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t", -1);
                if (!line.startsWith("#") && cols.length >= 4 && !cols[3].isBlank()) {
                    byName.put(cols[1].strip(), cols[3].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation categories", e);
        }
        return new EntityCategories(byName);
    }

    /** The category of the entity of that canonical name, or null when no list gives one. */
    public String of(String name) {
        return byName.get(name);
    }
}
