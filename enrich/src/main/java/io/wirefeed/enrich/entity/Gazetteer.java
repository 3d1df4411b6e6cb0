package io.wirefeed.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * The lists of known entities shipped with enrich (see {@code enrich/gazetteer/build.sh} and the NOTICE):
 * countries (ISO 3166-1, and the former states of ISO 3166-3), their first-level subdivisions (ISO 3166-2), every
 * GeoNames city of 1,000 people or more, curated aliases and organisations, and an operator's watchlist on top.
 * Names are held by their {@link NameKeys key}, so that a lookup is one hash per candidate phrase and the lists
 * stay small in memory (about 120,000 names); which of several entities a name stands for is the finder's call,
 * from the {@link KnownName}s a key gives, in the order of their lists.
 */
public final class Gazetteer {

    private static final String BASE = "/io/wirefeed/enrich/gazetteer/";
    private static final KnownName[] NONE = new KnownName[0];

    private static volatile Gazetteer shipped;

    private final Map<String, KnownName[]> names;
    /**
     * Towns whose names the stoplist keeps out of {@link #names} as everyday words or people's names ("Split",
     * "Nice", "Providence"): a finder may take one where the context says place ({@link EverydayWordPlaceFinder}).
     */
    private final Map<String, KnownName[]> everydayWordTowns;
    /** First words of the names written in lower case ("dpa", "al-Qaeda"), which a lookup may start at. */
    private final Set<String> lowerCaseStarts;
    /** Every key that a longer name's key starts with, word by word ("united", "united arab"). */
    private final Set<String> prefixes;
    /** Each country (ISO 3166-1, and the former states of ISO 3166-3) by its alpha-2 code. */
    private final Map<String, GazetteerEntry> countries;
    private final Gazetteer base;

    private Gazetteer(Map<String, KnownName[]> names, Map<String, KnownName[]> everydayWordTowns,
                      Map<String, GazetteerEntry> countries, Gazetteer base) {
        this.names = names;
        this.everydayWordTowns = everydayWordTowns;
        this.countries = countries;
        this.base = base;
        this.lowerCaseStarts = new HashSet<>();
        this.prefixes = new HashSet<>();
        names.forEach((key, known) -> {
            for (int end = key.indexOf(' '); end > 0; end = key.indexOf(' ', end + 1)) {
                prefixes.add(key.substring(0, end));
            }
            for (KnownName name : known) {
                if (Character.isLowerCase(name.written().charAt(0))) {
                    int space = key.indexOf(' ');
                    lowerCaseStarts.add(space < 0 ? key : key.substring(0, space));
                }
            }
        });
    }

    /** The lists shipped with enrich, read once. */
    public static Gazetteer shipped() {
        Gazetteer lists = shipped;
        if (lists == null) {
            synchronized (Gazetteer.class) {
                lists = shipped;
                if (lists == null) {
                    Builder everyday = new Builder();
                    Builder all = read(everyday);
                    lists = new Gazetteer(all.names(), everyday.names(), Map.copyOf(all.countries), null);
                    shipped = lists;
                }
            }
        }
        return lists;
    }

    /** The shipped lists and further names (an operator's watchlist, say), which win over shipped ones. */
    public static Gazetteer withExtra(Map<String, GazetteerEntry> extra) {
        if (extra.isEmpty()) {
            return shipped();
        }
        Builder watched = new Builder();
        extra.forEach((name, entry) -> watched.add(name, entry, KnownName.Kind.WATCHED, 0));
        return new Gazetteer(watched.names(), Map.of(), Map.of(), shipped());
    }

    /** The entities a name's key may stand for, best list first. */
    KnownName[] lookup(String key) {
        KnownName[] own = names.getOrDefault(key, NONE);
        if (base == null) {
            return own;
        }
        KnownName[] shippedNames = base.lookup(key);
        if (own.length == 0) {
            return shippedNames;
        }
        KnownName[] both = Arrays.copyOf(own, own.length + shippedNames.length);
        System.arraycopy(shippedNames, 0, both, own.length, shippedNames.length);
        return both;
    }

    /** The towns of a key the stoplist keeps out of {@link #lookup} ("split": Split, Croatia), largest first. */
    KnownName[] everydayWordTowns(String key) {
        KnownName[] own = everydayWordTowns.getOrDefault(key, NONE);
        return own.length == 0 && base != null ? base.everydayWordTowns(key) : own;
    }

    /** Whether the name of this key stands for an entity of one of these kinds ("French": a demonym). */
    boolean knowsAs(String key, KnownName.Kind... kinds) {
        for (KnownName name : lookup(key)) {
            for (KnownName.Kind kind : kinds) {
                if (name.kind() == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The country of an ISO 3166-1 alpha-2 code ("AU": Australia), or null. */
    GazetteerEntry country(String alpha2) {
        GazetteerEntry country = countries.get(alpha2);
        return country == null && base != null ? base.country(alpha2) : country;
    }

    /** Whether some longer name's key starts with this key's words. */
    boolean isPrefix(String key) {
        return prefixes.contains(key) || base != null && base.isPrefix(key);
    }

    /** Whether some name starting with this first word is written in lower case ("dpa", "al-Qaeda"). */
    boolean startsInLowerCase(String firstWordKey) {
        return lowerCaseStarts.contains(firstWordKey) || base != null && base.startsInLowerCase(firstWordKey);
    }

    /** How many names the lists hold. */
    public int size() {
        return names.size() + (base == null ? 0 : base.size());
    }

    /** The lists; the towns the stoplist keeps out go to {@code everydayWordTowns}. */
    private static Builder read(Builder everydayWordTowns) {
        Builder lists = new Builder();
        readCountries(lists);
        readDemonyms(lists);
        readOrganisations(lists);
        readPeople(lists);
        readWorldRegions(lists);  // "the Gulf" of copy is the Persian Gulf, not Papua New Guinea's Gulf Province
        readRegions(lists);
        readCities(lists, everydayWordTowns);
        return lists;
    }

    private static void readCountries(Builder lists) {
        Map<String, String> canonical = canonicalNames("country-aliases.tsv");
        Map<String, GazetteerEntry> countries = lists.countries;
        for (String file : List.of("countries.tsv", "former-countries.tsv")) {
            for (List<String> row : lines(file)) {
                GazetteerEntry country = new GazetteerEntry(EntityType.PLACE, canonical.getOrDefault(row.get(0),
                    row.get(1)), "iso3166:" + row.get(0), row.get(0));
                countries.put(row.get(0), country);
                for (String name : withOthers(row.get(1), split(row, 2))) {
                    for (String form : writtenForms(name)) {
                        lists.add(form, country, KnownName.Kind.COUNTRY, 0);
                    }
                }
            }
        }
        for (List<String> row : lines("country-aliases.tsv")) {
            lists.add(row.get(1), countries.get(row.get(0)), KnownName.Kind.COUNTRY, 0);
        }
    }

    /**
     * A country's name as copy writes it: a country of two parts also with a hyphen or an ampersand
     * ("Bosnia-Herzegovina", "Trinidad & Tobago"), and "Saint" also as "St" and "St." ("St Kitts and Nevis").
     */
    static List<String> writtenForms(String name) {
        List<String> saints = name.startsWith("Saint ")
            ? List.of(name, "St " + name.substring(6), "St. " + name.substring(6)) : List.of(name);
        int and = name.indexOf(" and ");
        if (and < 0 || name.indexOf(" and ", and + 1) >= 0) {
            return saints;
        }
        List<String> forms = new ArrayList<>();
        for (String saint : saints) {
            int at = saint.indexOf(" and ");
            forms.add(saint);
            forms.add(saint.substring(0, at) + " & " + saint.substring(at + 5));
            if (!saint.startsWith("the ", at + 5)) {
                forms.add(saint.substring(0, at) + "-" + saint.substring(at + 5));
            }
        }
        return forms;
    }

    /** Demonyms come before every place, so that "Somali" is never the Ethiopian town of that name. */
    private static void readDemonyms(Builder lists) {
        for (List<String> row : lines("demonyms.tsv")) {
            GazetteerEntry country = new GazetteerEntry(EntityType.PLACE, row.get(0), "iso3166:" + row.get(0),
                row.get(0));
            for (String form : split(row, 1)) {
                lists.add(form, country, KnownName.Kind.DEMONYM, 0);
            }
        }
    }

    private static void readOrganisations(Builder lists) {
        for (List<String> row : lines("organizations.tsv")) {
            GazetteerEntry organisation = organisation(row);
            for (String name : organisationNames(row)) {
                lists.add(name, organisation, KnownName.Kind.ORGANIZATION, 0);
            }
        }
    }

    private static void readPeople(Builder lists) {
        for (List<String> row : lines("people.tsv")) {
            GazetteerEntry person = new GazetteerEntry(EntityType.PERSON, row.get(1), wikidata(row.get(0)),
                row.get(4).isEmpty() ? null : row.get(4));
            for (String name : withOthers(row.get(1), split(row, 2))) {
                lists.add(name, person, KnownName.Kind.PERSON, 0);
            }
        }
    }

    /** The entry of a row of organizations.tsv, as every finder that reads the file makes it. */
    static GazetteerEntry organisation(List<String> row) {
        return new GazetteerEntry(EntityType.ORGANIZATION, row.get(1), wikidata(row.get(0)),
            row.size() > 4 && !row.get(4).isEmpty() ? row.get(4) : null);
    }

    /** The stable id of a curated list's first column: a Wikidata id, or null where the authors knew none. */
    private static String wikidata(String id) {
        return id.isEmpty() ? null : "wikidata:" + id;
    }

    /** The names a row of organizations.tsv gives: the canonical one, then the others. */
    static List<String> organisationNames(List<String> row) {
        List<String> names = new ArrayList<>(withOthers(row.get(1), split(row, 2)));
        for (String name : List.copyOf(names)) {
            String spelledOut = withAndSpelledOut(name);
            if (!spelledOut.equals(name) && !names.contains(spelledOut)) {
                names.add(spelledOut);
            }
        }
        return names;
    }

    /**
     * The name with its ampersands written as "and", as wires that had none write it ("Pratt and Whitney", "AT and
     * T"); the name itself when it has none.
     */
    static String withAndSpelledOut(String name) {
        if (name.indexOf('&') < 0) {
            return name;
        }
        StringBuilder spelledOut = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '&') {
                spelledOut.append(c);
                continue;
            }
            boolean spaceBefore = i > 0 && name.charAt(i - 1) == ' ';
            boolean spaceAfter = i + 1 < name.length() && name.charAt(i + 1) == ' ';
            spelledOut.append(spaceBefore ? "" : " ").append("and").append(spaceAfter ? "" : " ");
        }
        return spelledOut.toString();
    }

    /**
     * ISO 3166-2 names subdivisions as their countries write them ("Sicilia", "Jawa Tengah"); copy in English uses
     * CLDR's names ("Sicily", "Central Java"), which name the entity unless an alias is marked canonical. Second-level
     * subdivisions are known by their English names only, and only after a town of the same name.
     */
    private static void readRegions(Builder lists) {
        Map<String, String> regionNames = canonicalNames("regions-aliases.tsv");
        Map<String, String> english = new HashMap<>();
        List<List<String>> secondLevel = new ArrayList<>();
        for (List<String> row : lines("subdivisions-en.tsv")) {
            if (row.get(2).equals("1")) {
                english.put(row.get(0), row.get(1));
            } else {
                secondLevel.add(row);
            }
        }
        Map<String, GazetteerEntry> regions = new HashMap<>();
        Set<String> stoplist = stoplist();
        for (List<String> row : lines("regions.tsv")) {
            String code = row.get(0);
            String name = regionName(code, row.get(1));
            String englishName = english.getOrDefault(code, name);
            GazetteerEntry region = new GazetteerEntry(EntityType.PLACE, regionNames.getOrDefault(code, englishName),
                "iso3166-2:" + code, code.substring(0, 2));
            regions.put(code, region);
            // England, Scotland, Wales: a country of a country, which copy names as it names countries
            KnownName.Kind kind = row.get(2).equals("Country") ? KnownName.Kind.COUNTRY
                : MINOR_REGION_TYPES.contains(row.get(2)) ? KnownName.Kind.MINOR_REGION : KnownName.Kind.REGION;
            if (!stoplist.contains(englishName)) {  // "Jewish", CLDR's name of the Jewish Autonomous Oblast
                lists.add(englishName, region, kind, 0);
            }
            lists.add(name, region, kind, 0);
            lists.add(row.get(1), region, kind, 0);
        }
        for (List<String> row : lines("regions-aliases.tsv")) {
            lists.add(row.get(1), regions.get(row.get(0)), KnownName.Kind.REGION, 0);
        }
        for (List<String> row : secondLevel) {
            lists.add(row.get(1), new GazetteerEntry(EntityType.PLACE, row.get(1), "iso3166-2:" + row.get(0),
                row.get(0).substring(0, 2)), KnownName.Kind.DISTRICT, 0);
        }
    }

    private static Set<String> stoplist() {
        return new HashSet<>(lines("place-stoplist.txt").stream().map(row -> row.get(0)).toList());
    }

    private static void readWorldRegions(Builder lists) {
        for (List<String> row : lines("world-regions.tsv")) {
            GazetteerEntry region = new GazetteerEntry(EntityType.PLACE, row.get(1), wikidata(row.get(0)),
                row.size() > 3 && !row.get(3).isEmpty() ? row.get(3) : null);
            for (String name : withOthers(row.get(1), split(row, 2))) {
                lists.add(name, region, KnownName.Kind.REGION, 0);
            }
        }
    }

    private static void readCities(Builder lists, Builder everydayWordTowns) {
        Set<String> stoplist = stoplist();
        Map<String, String> cityNames = canonicalNames("place-aliases.tsv");
        Map<String, List<String>> cityAliases = new HashMap<>();
        for (List<String> row : lines("place-aliases.tsv")) {
            cityAliases.computeIfAbsent(row.get(0), id -> new ArrayList<>()).add(row.get(1));
        }
        for (List<String> row : lines("cities.tsv")) {
            GazetteerEntry city = new GazetteerEntry(EntityType.PLACE, cityNames.getOrDefault(row.get(0), row.get(1)),
                "geonames:" + row.get(0), row.get(2));
            long population = Long.parseLong(row.get(3));
            KnownName.Kind kind = row.get(4).equals("PPLC") ? KnownName.Kind.CAPITAL : KnownName.Kind.CITY;
            // GeoNames codes a US town's state by its postal code, which ISO 3166-2 takes too
            String region = row.get(2).equals("US") && !row.get(5).isEmpty() ? ("US-" + row.get(5)).intern() : null;
            List<String> cityNamesOf = new ArrayList<>(withOthers(row.get(1), split(row, 6)));
            String shortName = shortName(row.get(1));
            if (shortName != null) {
                cityNamesOf.add(shortName);
            }
            cityNamesOf.addAll(cityAliases.getOrDefault(row.get(0), List.of()));
            for (String name : cityNamesOf) {
                (stoplist.contains(name) ? everydayWordTowns : lists).add(name, city, kind, population, region);
            }
            // only a large town: "St Francis", "St Joseph" are saints before they are small American towns; and a
            // capital's name abbreviated is no longer one that means it everywhere
            if (population >= SAINTS_TOWN_SIZE) {
                for (String name : saintsOtherForms(row.get(1))) {
                    lists.add(name, city, KnownName.Kind.CITY, population, region);
                }
            }
        }
    }

    /** The least population of a town named for a saint that is also known by the saint's other form. */
    private static final long SAINTS_TOWN_SIZE = 250_000;

    /**
     * "Saint Petersburg" also as copy abbreviates it, "St Petersburg" and "St. Petersburg", and "St. Louis" also as
     * "Saint Louis": otherwise a name written the other way finds only the towns GeoNames writes that way (the
     * Florida town for "St Petersburg"), and the larger town cannot win. For large towns only (readCities).
     */
    private static List<String> saintsOtherForms(String name) {
        for (String saint : List.of("Saint ", "Saint-")) {
            if (name.startsWith(saint) && name.length() > saint.length()) {
                String rest = name.substring(saint.length());
                return List.of("St " + rest, "St. " + rest);
            }
        }
        if (name.startsWith("St. ") && name.length() > 4) {
            return List.of("Saint " + name.substring(4));
        }
        return List.of();
    }

    /**
     * "Frankfurt" of "Frankfurt am Main" and "Frankfurt (Oder)", "Newcastle" of "Newcastle upon Tyne": the name
     * copy writes for a town named with its river or region (of several, the larger wins, as for any name).
     */
    private static String shortName(String name) {
        for (String joiner : SHORTENED_BY) {
            int at = name.indexOf(joiner);
            if (at > 0) {
                return name.substring(0, at);
            }
        }
        return null;
    }

    private static final List<String> SHORTENED_BY = List.of(" am ", " an der ", " im ", " in der ", " upon ",
        " (", " on Thames", " on Sea", " sur ", " bei ");

    /** Subdivision types that are first-level only in small states, and name places no copy means by them. */
    private static final Set<String> MINOR_REGION_TYPES = WordSet.of("Municipality", "Local council", "Parish",
        "District municipality", "Rayon", "Commune", "Island council", "Urban municipality", "Town council",
        "City municipality", "Village", "Town", "Council area", "Unitary authority", "Metropolitan district",
        "London borough", "Two-tier county", "District", "County", "Department");

    /** ISO 3166-2 writes Chinese provinces with their kind ("Anhui Sheng", "Guangxi Zhuangzu Zizhiqu"). */
    private static String regionName(String code, String name) {
        if (code.startsWith("CN-") && name.contains(" ")) {
            return name.substring(0, name.indexOf(' '));
        }
        return name;
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

    /** Names by key, each name's entities in the order they were added (so by list), without repeats. */
    private static final class Builder {

        private final Map<String, List<KnownName>> names = new HashMap<>();
        private final Map<String, GazetteerEntry> countries = new HashMap<>();

        void add(String written, GazetteerEntry entry, KnownName.Kind kind, long population) {
            add(written, entry, kind, population, null);
        }

        void add(String written, GazetteerEntry entry, KnownName.Kind kind, long population, String region) {
            if (entry == null || written.isBlank()) {
                return;
            }
            // "the Taliban" is found as "Taliban": a lookup at every "the" would cost more than it finds.
            String name = written.startsWith("the ") ? written.substring(4) : written;
            boolean exactCase = isAcronym(name);
            put(NameKeys.of(name), new KnownName(entry, kind, population, exactCase, name, region));
            String transcribed = NameKeys.transcribed(name);
            if (transcribed != null) {
                put(transcribed, new KnownName(entry, kind, population, exactCase, name, region));
            }
        }

        private void put(String key, KnownName name) {
            if (key.isEmpty()) {
                return;
            }
            List<KnownName> known = names.computeIfAbsent(key, k -> new ArrayList<>(1));
            // one entity per key, unless written otherwise where the writing matters ("U.S." and "US")
            if (known.stream().noneMatch(other -> other.entry().equals(name.entry()) && (!other.exactCase()
                    || other.written().equals(name.written())))) {
                known.add(name);
            }
        }

        Map<String, KnownName[]> names() {
            Map<String, KnownName[]> frozen = new HashMap<>(names.size() * 4 / 3 + 1);
            names.forEach((key, known) -> frozen.put(key, known.toArray(NONE)));
            return frozen;
        }

        /** "UN", "U.S.", "AP": short names in capitals, which mean the entity only when written so. */
        private static boolean isAcronym(String name) {
            int letters = 0;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
            return letters <= 5;
        }
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

    static List<List<String>> lines(String file) {
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
