package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/**
 * "the Pan-American Highway", "Cairo International Stadium", "Ninoy Aquino International Airport",
 * "the Jomo Kenyatta Highway", "the Hilton Hotel": a facility, named by its kind, which is no place, body or person,
 * whichever finder read it, and neither are the places and people in its name ("Cairo", "Jomo Kenyatta"). Not a person
 * whose surname is a facility's word, after a given name ("Coach Bruce Arena").
 */
final class Facilities {

    private static final Set<String> KINDS = WordSet.of("Highway", "Expressway", "Motorway", "Freeway", "Stadium",
        "Arena", "Airport", "Hotel");

    private Facilities() {
    }

    /** The spans, each {start, end}, of the facilities the text names: capitalised words before a facility's kind. */
    static List<int[]> in(String text) {
        List<int[]> facilities = new ArrayList<>(0);
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            return facilities;  // in capitals, a kind's word may close a headline's every name
        }
        for (int i = 1; i < words.size(); i++) {
            if (!KINDS.contains(words.word(i))) {
                continue;
            }
            int first = i;
            while (first > 0 && words.joinedToNext(first - 1) && words.capitalised(first - 1)
                    && !words.possessive(first - 1)) {  // "Chicago's O'Hare International Airport": Chicago stands
                first--;
            }
            if (first < i && !surnamed(words, first, i)) {
                facilities.add(new int[] {words.start(first), words.end(i)});
            }
        }
        return facilities;
    }

    /**
     * "Bruce Arena", "Coach Bruce Arena": a given name alone or after an everyday word (a role) before the kind; no one
     * is called Hotel ("the Hilton Hotel").
     */
    private static boolean surnamed(Tokens words, int first, int kind) {
        Lexicon lexicon = Lexicon.shipped();
        return !words.word(kind).equals("Hotel") && lexicon.isGivenName(words.name(kind - 1))
            && (first == kind - 1 || lexicon.isCommonWord(words.name(kind - 2)));
    }
}
