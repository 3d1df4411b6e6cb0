package io.wirefeed.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.schema.EntityType;

/**
 * The lists of known entities shipped with enrich (see {@code enrich/gazetteer/build.sh} and the NOTICE):
 * countries (ISO 3166-1), cities (GeoNames), place aliases and organisations (curated), every name of each
 * matched in one pass by a {@link PhraseMatcher}. Earlier lists win a name two lists share (countries before
 * cities), and so does the larger city among cities of one name.
 */
public final class Gazetteer {

    private static final String BASE = "/io/wirefeed/enrich/gazetteer/";

    private final PhraseMatcher<GazetteerEntry> matcher;
    private final int size;

    private Gazetteer(Map<String, GazetteerEntry> names) {
        this.matcher = PhraseMatcher.of(names);
        this.size = names.size();
    }

    /** The lists shipped with enrich. */
    public static Gazetteer shipped() {
        return withExtra(Map.of());
    }

    /** The shipped lists and further names (an operator's watchlist, say), which win over shipped ones. */
    public static Gazetteer withExtra(Map<String, GazetteerEntry> extra) {
        Map<String, GazetteerEntry> names = new LinkedHashMap<>(extra);
        Set<String> stoplist = new HashSet<>(lines("place-stoplist.txt").stream().map(row -> row.get(0)).toList());
        Map<String, String> canonical = canonicalNames("country-aliases.tsv");
        Map<String, GazetteerEntry> countries = new HashMap<>();
        for (List<String> row : lines("countries.tsv")) {
            GazetteerEntry country = new GazetteerEntry(EntityType.PLACE, canonical.getOrDefault(row.get(0), row.get(1)),
                "iso3166:" + row.get(0), row.get(0));
            countries.put(row.get(0), country);
            withOthers(row.get(1), split(row, 2)).forEach(name -> names.putIfAbsent(name, country));
        }
        for (List<String> row : lines("country-aliases.tsv")) {
            GazetteerEntry country = countries.get(row.get(0));
            if (country != null) {
                names.putIfAbsent(row.get(1), country);
            }
        }
        Map<String, String> cityNames = canonicalNames("place-aliases.tsv");
        Map<String, GazetteerEntry> cities = new HashMap<>();
        for (List<String> row : lines("cities.tsv")) {
            GazetteerEntry city = new GazetteerEntry(EntityType.PLACE, cityNames.getOrDefault(row.get(0), row.get(1)),
                "geonames:" + row.get(0), row.get(2));
            cities.put(row.get(0), city);
            for (String name : withOthers(row.get(1), split(row, 4))) {
                if (!stoplist.contains(name)) {
                    names.putIfAbsent(name, city);
                }
            }
        }
        for (List<String> row : lines("place-aliases.tsv")) {
            GazetteerEntry city = cities.get(row.get(0));
            if (city != null) {
                names.putIfAbsent(row.get(1), city);
            }
        }
        for (List<String> row : lines("organizations.tsv")) {
            GazetteerEntry organisation = new GazetteerEntry(EntityType.ORGANIZATION, row.get(1),
                row.get(0).isEmpty() ? null : "wikidata:" + row.get(0), null);
            for (String name : withOthers(row.get(1), split(row, 2))) {
                names.putIfAbsent(name, organisation);
            }
        }
        return new Gazetteer(names);
    }

    /** The names an alias list marks as canonical, by the id in its first column. */
    private static Map<String, String> canonicalNames(String file) {
        Map<String, String> names = new HashMap<>();
        for (List<String> row : lines(file)) {
            if (row.size() > 2 && row.get(2).equals("canonical")) {
                names.put(row.get(0), row.get(1));
            }
        }
        return names;
    }

    public List<PhraseMatcher.Match<GazetteerEntry>> find(String text) {
        return matcher.find(text);
    }

    /** How many names the lists hold. */
    public int size() {
        return size;
    }

    private static List<String> withOthers(String name, List<String> others) {
        List<String> all = new ArrayList<>(others.size() + 1);
        all.add(name);
        all.addAll(others);
        return all;
    }

    private static List<String> split(List<String> row, int column) {
        if (row.size() <= column || row.get(column).isBlank()) {
            return List.of();
        }
        return List.of(row.get(column).split("\\|"));
    }

    private static List<List<String>> lines(String file) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer list " + file + " is missing from the classpath");
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split("\t", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer list " + file, e);
        }
    }
}
