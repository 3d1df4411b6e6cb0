package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/**
 * A town whose name is an everyday word or a person's ("Split", "Nice", "Providence", "Reading"), which the lists keep
 * out of every lookup, where the context says place: listed with other places ("Zagreb, Split, Osijek and Rijeka"),
 * before its country or state ("Nice, France"), or in the middle of a sentence after "in", "near" or "outside" when
 * it is a large town ("was born in Split"). Never a month ("in south China and March snowfall"), nor in a list or after
 * a preposition a given name ("in Florence" may be a person's home) or a word going on with its phrase ("in Split
 * decision", "in Paris, and Hope said", "in Reading's 2-1 win").
 */
final class EverydayWordPlaceFinder implements MentionFinder {

    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "near", "outside");
    /** The least population of a town taken after a preposition alone. */
    private static final long LARGE_TOWN = 100_000;

    private final Gazetteer lists;
    private final Lexicon lexicon = Lexicon.shipped();

    EverydayWordPlaceFinder(Gazetteer lists) {
        this.lists = lists;
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>(0);
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            return found;  // in capitals, a word says nothing of a name
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.capitalised(i) || words.allCaps(i) || alongOtherNames(words, i)
                    || NameVocabulary.isCalendarWord(words.name(i))) {
                continue;
            }
            KnownName[] towns = lists.everydayWordTowns(words.key(i, true));
            if (towns.length == 0) {
                continue;
            }
            FoundMention span = new FoundMention(field, words.start(i), words.nameEnd(i), words.name(i), towns[0].entry());
            KnownName town = span.overlapsAny(taken) ? null : placed(words, i, towns, taken);
            if (town != null) {
                found.add(new FoundMention(field, span.start(), span.end(), span.text(), town.entry()));
            }
        }
        return found;
    }

    /** "Hajduk Split", "Nice Guy": a capitalised word right before or after makes it part of another name. */
    private static boolean alongOtherNames(Tokens words, int i) {
        return i > 0 && words.joinedToNext(i - 1) && words.capitalised(i - 1)
            || i + 1 < words.size() && words.joinedToNext(i) && words.capitalised(i + 1);
    }

    /** The town the context makes word {@code i} name, or null where it says nothing of a place. */
    private KnownName placed(Tokens words, int i, KnownName[] towns, List<FoundMention> taken) {
        String text = words.text();
        FoundMention after = ListedPlaces.beside(text, words.start(i), words.nameEnd(i), taken, List.of(), List.of(", "));
        if (after != null && (after.entity().isCountry() || regionOf(after) != null)) {
            return townIn(towns, after);  // "Lincoln, Nebraska, officials said": at a sentence's start too
        }
        if (words.opensSentence(i)) {
            return null;  // a capital there says nothing of a name
        }
        if (personsName(words, i) || !endsAPhrase(words, i) || words.possessive(i) && words.reportsMatches()) {
            return null;  // "Hope said", "in Split decision", "in Reading's 2-1 win"
        }
        FoundMention listed = ListedPlaces.beside(text, words.start(i), words.nameEnd(i), taken, ListedPlaces.JOINERS,
            ListedPlaces.JOINERS);
        if (listed != null) {
            KnownName sameCountry = townIn(towns, listed);
            return sameCountry != null ? sameCountry : towns[0];
        }
        boolean afterPreposition = i > 0 && words.joinedToNext(i - 1) && PLACE_PREPOSITIONS.contains(words.word(i - 1));
        return afterPreposition && towns[0].population() >= LARGE_TOWN ? towns[0] : null;
    }

    /** Words that may follow a place's name in a list or after a preposition: it ends a phrase before them. */
    private static final Set<String> AFTER_A_PLACE = WordSet.of("and", "or", "on", "in", "at", "to", "for", "with",
        "from", "after", "before", "since", "where", "when", "while", "last", "this", "next", "until", "by");

    /**
     * "Zagreb, Split, Osijek", "born in Split and moved", "outside Split on Tuesday": a stop or a word from a phrase's
     * edge after the word, not a word of its own phrase ("in Split decision", "London, and Hope said").
     */
    private static boolean endsAPhrase(Tokens words, int i) {
        char after = words.after(i);
        if (after == ',' || after == '.' || after == ';' || after == ':' || after == ')' || after == 0) {
            return true;
        }
        return i + 1 < words.size() && words.joinedToNext(i) && AFTER_A_PLACE.contains(words.word(i + 1));
    }

    /** The ISO 3166-2 code of a state the mention names, or null. */
    private static String regionOf(FoundMention mention) {
        String id = mention.entity().id();
        return id != null && id.startsWith("iso3166-2:") ? id.substring("iso3166-2:".length()) : null;
    }

    /** The largest town of {@code towns} in the country (or US state) the place names, or null. */
    private static KnownName townIn(KnownName[] towns, FoundMention place) {
        String region = regionOf(place);
        for (KnownName town : towns) {
            boolean inRegion = region == null || region.equals(town.region()) || !region.startsWith("US-");
            if (inRegion && town.entry().country() != null && town.entry().country().equals(place.entity().country())) {
                return town;
            }
        }
        return null;
    }

    /** "Florence", "Hope", "Lincoln": a given name, or a person the lists know by that name. */
    private boolean personsName(Tokens words, int i) {
        return lexicon.isGivenName(words.name(i)) || lists.knowsAs(words.key(i, true), KnownName.Kind.PERSON);
    }
}
