package io.wirefeed.enrich.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;

/**
 * "its AM General division", "the company's Delevan and Deltran divisions", "GM's Opel unit": a name between a
 * possessive and the kind of a company's part is the part's name, a company's, even where it is an English word or a
 * place ("its Stant division"). A place's own division ("its Texas division", "its Northern division") is a region's.
 */
final class UnitsOfACompany {

    private static final Set<String> SINGULAR = WordSet.of("division", "unit", "subsidiary", "affiliate", "arm");
    private static final Set<String> PLURAL = WordSet.of("divisions", "units", "subsidiaries", "affiliates");
    private static final Set<String> OWNERS = WordSet.of("its", "their");
    /** Words a list of units is written with: "Delevan and Deltran divisions", "A, B and C units". */
    private static final Set<String> JOINERS = WordSet.of("and", "&");
    /** How many words a list of units may span. */
    private static final int LIST_REACH = 10;

    private UnitsOfACompany() {
    }

    /** Whether words {@code from} to {@code last}, a run of capitalised words, name a unit of a company. */
    static boolean named(Tokens words, int from, int last) {
        int start = from;
        while (start > 0 && from - start < LIST_REACH && !words.possessive(start - 1) && joins(words, start - 1)) {
            start--;
        }
        int end = last;
        while (end + 1 < words.size() && end - last < LIST_REACH && joins(words, end)) {
            end++;
        }
        if (!framed(words, start, end)) {
            return false;
        }
        String kind = words.word(end + 1);
        return (listed(words, start, end) ? PLURAL.contains(kind) : SINGULAR.contains(kind))
            && owner(words, start - 1) && !ofAPlace(words, from, last) && !whatItDoes(words, from, last);
    }

    /** Words for what a business does, which name its part as a kind, not by name ("its Retail division"). */
    private static final Set<String> BUSINESSES = WordSet.of("Retail", "Wholesale", "Cargo", "Marine", "Records",
        "Mobile", "Banking", "Investment", "Private", "Reserve", "Power", "Generation", "Transmission", "Consumer",
        "Commercial", "Industrial", "International", "Domestic", "Products", "Services", "Operations", "Defense",
        "Defence", "Health", "Medical", "Life", "Insurance", "Asset", "Wealth", "Trading", "Digital", "Online",
        "Cloud", "Gaming", "Media", "Music", "Publishing", "Security", "Systems", "Fuels", "Gas", "Oil", "Mining",
        "Steel", "Paper", "Packaging", "Food", "Foods", "Beverage", "Airline", "Aviation", "Space", "Rail",
        "Shipping", "Freight", "Trucking", "Leasing", "Lending", "Mortgage", "Cards", "Payments", "Research");

    /**
     * "its Retail division", "its Investment Banking arm", "its Power Generation and Transmission divisions", "its
     * Sicilian arm": words for what the business does or where, and no name.
     */
    private static boolean whatItDoes(Tokens words, int from, int last) {
        for (int i = from; i <= last; i++) {
            String word = words.name(i);
            if (!BUSINESSES.contains(word) && !NameVocabulary.COMPANY_WORDS.contains(word) && !JOINERS.contains(word)) {
                return from == last && ADJECTIVE_OF_A_PLACE.matcher(word).matches();
            }
        }
        return true;
    }

    /** "Sicilian", "Flemish", "Lebanese": a place's or a people's adjective. */
    private static final Pattern ADJECTIVE_OF_A_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ish|ese|ean)");

    /** Whether capitalised words {@code start} and {@code end} have a word before and after them, joined. */
    private static boolean framed(Tokens words, int start, int end) {
        return start > 0 && end + 1 < words.size() && words.joinedToNext(start - 1) && words.joinedToNext(end)
            && words.capitalised(start) && words.capitalised(end);
    }

    /** Whether words {@code start} to {@code end} list several names: a joiner or a comma between them. */
    private static boolean listed(Tokens words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (JOINERS.contains(words.word(i)) || words.next(i) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i} and the next belong to one list of units: capitalised words joined, a comma between
     * two, or a joiner between two ("Delevan and Deltran").
     */
    private static boolean joins(Tokens words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        boolean nameToName = words.capitalised(i) && words.capitalised(i + 1)
            && (words.joinedToNext(i) || words.next(i) == ',' && words.start(i + 1) == words.end(i) + 2);
        boolean aroundJoiner = words.joinedToNext(i) && (JOINERS.contains(words.word(i + 1)) && words.capitalised(i)
            && i + 2 < words.size() && words.capitalised(i + 2) || JOINERS.contains(words.word(i))
            && words.capitalised(i + 1));
        return nameToName || aroundJoiner;
    }

    /** "its", "their", "the company's", "GM's": who the unit belongs to. */
    private static boolean owner(Tokens words, int i) {
        return OWNERS.contains(words.word(i).toLowerCase(java.util.Locale.ROOT)) || words.possessive(i);
    }

    /**
     * "its Texas division", "its Northern division": a place's or a compass point's; "its West German subsidiary",
     * "its European unit": a country's or a region's people's.
     */
    private static boolean ofAPlace(Tokens words, int from, int last) {
        Gazetteer lists = Gazetteer.shipped();
        String lastKey = words.key(last, true);
        return from == last && (NameVocabulary.COMPASS_POINTS.contains(words.name(from))
            || lists.knowsAs(lastKey, KnownName.Kind.COUNTRY, KnownName.Kind.REGION))
            || lists.knowsAs(lastKey, KnownName.Kind.DEMONYM) || NameVocabulary.PEOPLES_OF_NO_COUNTRY.contains(lastKey);
    }
}
