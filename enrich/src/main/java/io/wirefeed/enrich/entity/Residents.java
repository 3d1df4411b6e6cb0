package io.wirefeed.enrich.entity;

import java.util.List;

/**
 * "Albertans", "Californians", "Ontarians", "Londoners", "Parisians": the people of a place the lists know, named
 * by the place's name and an ending, which the name model may read as a place or a body no list knows. Like a
 * country's demonym, they are no entity.
 */
final class Residents {

    /** Shorter words end too many names ("Mons", "Lyons") for their stems to say much. */
    private static final int SHORTEST = 6;
    private static final List<String> ENDINGS = List.of("ns", "ans", "ians", "ers");
    private static final List<String> TAKEN = List.of("", "a", "o", "s");
    /**
     * A state's or a province's: a country's people are its demonym's, which the lists know ("Americans" may be a
     * gang's name), and a city's ("Athenians", "Dubliners") name clubs and bands too often.
     */
    private static final KnownName.Kind[] PLACES = {KnownName.Kind.REGION};

    private Residents() {
    }

    /** Whether a mention no list knows is one word naming the people of a place a list knows. */
    static boolean named(String text, FoundMention mention, Gazetteer lists) {
        String word = mention.text();
        return mention.entity().id() == null && pluralWord(word) && !afterArticle(text, mention)
            && lists.lookup(NameKeys.of(word)).length == 0  // a name the lists know ("the Balkans") is no people's
            && ofAPlace(word, lists);
    }

    /** "The Texans won 24-17", "the Highlanders beat the Crusaders": a side or a band, not a people. */
    private static boolean afterArticle(String text, FoundMention mention) {
        int at = mention.start();
        return text.startsWith("the ", Math.max(0, at - 4)) || text.startsWith("The ", Math.max(0, at - 4));
    }

    /** One capitalised word in -s, long enough, not in capitals ("ADRs"). */
    private static boolean pluralWord(String word) {
        return word.length() >= SHORTEST && word.endsWith("s") && word.indexOf(' ') < 0
            && Character.isUpperCase(word.charAt(0)) && !Character.isUpperCase(word.charAt(word.length() - 2));
    }

    private static boolean ofAPlace(String word, Gazetteer lists) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                // the stem as written ("Alberta-ns", "London-ers") or with the letter the ending took ("Ontari-ans",
                // "Florid-ians", "Texa-ns")
                for (String taken : TAKEN) {
                    // "-ns" after a stem in "a" or for its "s" only: "Alberta-ns", "Texa-ns", not "Alle-ns"
                    boolean fits = !ending.equals("ns") || taken.equals("s") || taken.isEmpty() && stem.endsWith("a");
                    if (fits && place(stem + taken, lists)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean place(String stem, Gazetteer lists) {
        return stem.length() > 2 && lists.knowsAs(NameKeys.of(stem), PLACES);
    }
}
