package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "the Pan-American Highway", "Cairo International Stadium", "Ninoy Aquino International Airport",
 * "the Jomo Kenyatta Highway", "Andrew Mapheto Drive", "Pennsylvania Avenue": a facility or a street, named by its kind,
 * which is no place, body or person, whichever finder read it, and neither are the places and people in its name
 * ("Cairo", "Jomo Kenyatta"). Not a person whose surname is a facility's word, after a given name ("Coach Bruce
 * Arena").
 */
final class Facilities {

    private static final Set<String> KINDS = WordSet.of("Highway", "Expressway", "Motorway", "Freeway", "Stadium",
        "Arena", "Airport", "Drive", "Avenue", "Boulevard", "Road");
    /**
     * Kinds no one's surname is ("Andrew Mapheto Drive"), unlike "Arena" ("Coach Bruce Arena"). Not "Gardens", which
     * towns are named with ("Miami Gardens").
     */
    private static final Set<String> NO_SURNAMES = WordSet.of("Drive", "Avenue", "Boulevard", "Road");

    /**
     * Grounds named by their initials, which lists know as companies ("SCG", Siam Cement Group, "MCG"): "at the SCG"
     * with no noun of the company's after it, or "at SCG" in a match report.
     */
    private static final Set<String> GROUNDS = WordSet.of("MCG", "SCG");

    private Facilities() {
    }

    /** The spans, each {start, end}, of the facilities the text names: capitalised words before a facility's kind. */
    static List<int[]> in(String text) {
        List<int[]> facilities = new ArrayList<>(0);
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            return facilities;  // in capitals, a kind's word may close a headline's every name
        }
        for (int i = 0; i < words.size(); i++) {
            if (GROUNDS.contains(words.word(i)) && playedAt(words, i)) {
                facilities.add(new int[] {words.start(i), words.end(i)});
                continue;
            }
            if (i == 0 || !KINDS.contains(words.word(i))) {
                continue;
            }
            int first = i;
            while (first > 0 && words.joinedToNext(first - 1) && words.capitalised(first - 1)
                    && !words.possessive(first - 1)) {  // "Chicago's O'Hare International Airport": Chicago stands
                first--;
            }
            if (first < i && (NO_SURNAMES.contains(words.word(i)) || !surnamed(words, first, i))) {
                facilities.add(new int[] {words.start(first), words.end(i)});
            }
        }
        return facilities;
    }

    /** What follows a company's initials, not a ground's ("at the SCG group", "at the SCG cement plant"). */
    private static final Set<String> COMPANYS_NOUNS = WordSet.of("group", "plant", "plants", "factory", "unit", "units",
        "shares", "stock", "board", "headquarters", "office", "offices", "subsidiary", "cement", "chemicals",
        "packaging", "management", "staff", "workers", "results", "executives");

    private static boolean playedAt(Tokens words, int i) {
        String text = words.text();
        int at = words.start(i);
        boolean theGround = wordAt(text, at - 7, "at the ")
            && !(i + 1 < words.size() && words.joinedToNext(i) && COMPANYS_NOUNS.contains(words.word(i + 1)));
        return theGround || wordAt(text, at - 3, "at ") && words.reportsMatches();
    }

    /** Whether {@code words} stand at {@code at} as words of their own ("at " of "play at", not of "that"). */
    private static boolean wordAt(String text, int at, String written) {
        return at >= 0 && text.startsWith(written, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
    }

    /** "Bruce Arena", "Coach Bruce Arena": a given name alone or after an everyday word (a role) before the kind. */
    private static boolean surnamed(Tokens words, int first, int kind) {
        Lexicon lexicon = Lexicon.shipped();
        return lexicon.isGivenName(words.name(kind - 1))
            && (first == kind - 1 || lexicon.isCommonWord(words.name(kind - 2)));
    }

    /**
     * "the Hilton Hotel", "the Kabul Serena Hotel" read as a person: no one's name ends in Hotel (a title-case
     * headline's "Gunmen Storm Kabul Hotel" keeps its Kabul, as a hotel's kind would not).
     */
    static boolean hotelReadAsPerson(FoundMention mention) {
        return mention.entity().type() == EntityType.PERSON && mention.text().endsWith(" Hotel");
    }
}
