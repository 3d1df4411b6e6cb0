package io.wirefeed.enrich.entity;

import java.util.Set;

/**
 * Clubs and teams named after their town, which the town's name must not hide: "Toronto Maple Leafs", "Boston
 * Bruins", "Gwangju FC", "FC Seoul", "AS Roma", "Inter Milan". A place followed by a capitalised plural, or with a
 * club's prefix or suffix, is a team: an organisation, as sports copy means it.
 */
final class SportsTeams {

    private static final Set<String> PREFIXES = Set.of("FC", "AS", "SSC", "AC", "SS", "US", "SC", "CF", "CD", "SD",
        "RC", "Inter", "Real", "Atletico", "Atlético", "Sporting", "Olympique", "Dynamo", "Dinamo", "Spartak",
        "Lokomotiv", "Borussia", "Eintracht", "Hertha", "Racing", "Deportivo", "Union", "Red");
    private static final Set<String> SUFFIXES = Set.of("FC", "AFC", "SC", "CF", "United", "Wanderers", "Rovers",
        "Athletic", "Albion", "Hotspur", "Calcio", "Utd");
    /** Plurals that name places, not teams ("Cayman Islands", "Golan Heights"). */
    private static final Set<String> PLACE_PLURALS = Set.of("Islands", "Heights", "Falls", "Springs", "Hills",
        "Lakes", "Plains", "Keys", "Woods", "Fields", "Gardens", "Mountains", "Rapids", "Sands", "Downs", "Highlands",
        "Lowlands", "Territories", "States", "Emirates", "Provinces", "Regions", "Areas", "Isles", "Alps", "Docks",
        "Flats", "Glades", "Narrows", "Marshes", "Meadows", "Banks", "Rocks", "Shoals", "Straits", "Waters");
    private static final int LONGEST_NICKNAME = 2;

    private SportsTeams() {
    }

    /** The first word of a team's name around the place in words {@code first} to {@code last}. */
    static int start(Tokens words, int first) {
        return first > 0 && words.joinedToNext(first - 1) && PREFIXES.contains(words.word(first - 1))
            && !words.joined(first - 1) ? first - 1 : first;
    }

    /** The last word of a team's name around the place ending at word {@code last}, or -1 when it names none. */
    static int end(Tokens words, int first, int last) {
        int start = start(words, first);
        if (words.possessive(last) || !words.joinedToNext(last) || words.joined(last)) {
            return start < first ? last : -1;
        }
        if (SUFFIXES.contains(words.word(last + 1))) {
            return last + 1;
        }
        for (int j = last + 1; j < words.size() && j <= last + LONGEST_NICKNAME; j++) {
            if (!words.capitalised(j) || words.allCaps(j)) {
                break;
            }
            if (plural(words.name(j))) {
                return j;
            }
            if (words.possessive(j) || !words.joinedToNext(j)) {
                break;
            }
        }
        return start < first ? last : -1;
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !PLACE_PLURALS.contains(word)
            && !CompanyForms.isSuffix(word) && !word.equals("News") && !word.equals("Times");
    }
}
