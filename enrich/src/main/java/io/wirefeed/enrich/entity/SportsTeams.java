package io.wirefeed.enrich.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;

/**
 * Clubs and teams named after their town, which the town's name must not hide: "Toronto Maple Leafs", "Boston
 * Bruins", "Gwangju FC", "FC Seoul", "AS Roma", "Inter Milan". A place followed by a capitalised plural, or with a
 * club's prefix or suffix, is a team: an organisation, as sports copy means it.
 */
final class SportsTeams {

    private static final Set<String> PREFIXES = WordSet.of("FC", "AS", "SSC", "AC", "SS", "US", "SC", "CF", "CD", "SD",
        "RC", "Inter", "Real", "Atletico", "Atlético", "Sporting", "Olympique", "Dynamo", "Dinamo", "Spartak",
        "Lokomotiv", "Borussia", "Eintracht", "Hertha", "Racing", "Deportivo", "Union", "Red");
    /** A club's initials before its name, whatever the name ("KK Partizan", "HC Kometa Brno", "VfB Stuttgart"). */
    private static final Set<String> INITIALS = WordSet.of("FC", "FK", "KK", "HC", "HK", "NK", "SK", "BK", "RK", "AC",
        "AS", "SSC", "SC", "CF", "CD", "SD", "RC", "VfB", "VfL", "TSV", "AEK");
    private static final Set<String> SUFFIXES = WordSet.of("FC", "AFC", "SC", "CF", "United", "Wanderers", "Rovers",
        "Athletic", "Albion", "Hotspur", "Calcio", "Utd", "HC", "HK", "FK", "BK", "Boldklub", "IF", "FF", "IK");
    /** Plurals that name places, not teams ("Cayman Islands", "Golan Heights"). */
    private static final Set<String> PLACE_PLURALS = WordSet.of("Islands", "Heights", "Falls", "Springs", "Hills",
        "Lakes", "Plains", "Keys", "Woods", "Fields", "Gardens", "Mountains", "Rapids", "Sands", "Downs", "Highlands",
        "Lowlands", "Territories", "States", "Emirates", "Provinces", "Regions", "Areas", "Isles", "Alps", "Docks",
        "Flats", "Glades", "Narrows", "Marshes", "Meadows", "Banks", "Rocks", "Shoals", "Straits", "Waters");
    private static final int LONGEST_NICKNAME = 2;

    /** A score ("2-1", "112-104") and a word only sport uses: the text reports matches. */
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}-\\d{1,3}\\b");
    /** Cricket's scores, "187 for 6" (ten wickets at most), which count only beside cricket's own words. */
    private static final Pattern CRICKET_SCORE = Pattern.compile("\\b\\d{1,3} for (?:\\d|10)\\b");
    private static final Pattern CRICKET_WORDS = Pattern.compile("\\b(?:innings|wickets|overs|bowled)\\b");
    private static final Pattern SPORT_WORDS = Pattern.compile("\\b(?:goals?|scored|striker|midfielder|defender"
        + "|goalkeeper|coach|league|match|season|penalty|stoppage|championship|tournament|fixture|derby|relegation"
        + "|standings|innings|wickets|touchdowns?|tries)\\b");
    /**
     * What is written before an opponent: "beat", "a 3-0 win at", "defeat by", "travel to", "held 1-1 at", and in
     * AP's schedule lines "Knicks: At Houston", "Maple Leafs: At Ottawa" (indented in ANPA copy); and before a club
     * a player moves between: "signed from Malmo", "on loan from Benfica".
     */
    private static final Pattern OPPONENT_BEFORE = Pattern.compile("\\b(?:(?<=\\n[ \\t]{0,4}[\\p{L} ]{2,20}: )"
        + "(?:At|Host|Hosts|Visit|Visits)|beat|beats|beating|defeated|defeating|downed|routed|overcame|against|over|host|hosts"
        + "|hosted|hosting|visit|visits|visiting|face|faces|facing"
        + "|eliminated|edged|thrashed|(?:drew|draw) with|(?:win|victory|defeat|loss|draw) (?:at|against|by|to)"
        + "|lost (?:to|at)|(?:travel|travels|trip) to|\\d{1,3}-\\d{1,3} (?:at|to|against|over|by|with)|at home to"
        + "|(?:play|plays) at"
        + "|out for \\d{1,3} by|points? (?:ahead of|behind|clear of)"
        + "|(?:signed|joined|transferred|bought) from|(?:on )?loan (?:from|at|to)|loaned (?:to|from))"
        + "\\s+$");
    /** What is written after a side: a score, or what it did to its opponent, also after "who" ("Milan, who host"). */
    private static final Pattern SIDE_AFTER = Pattern.compile("^(?:,\\s+who)?\\s*(?:\\d{1,3}-\\d{1,3}\\b|(?:beat|drew|lost|won"
        + "|thrashed|edged|defeated|downed|routed|host|hosts|visit|visits"
        + "|bowled out|were bowled|were all out|(?:declared (?:at|on)|resumed on|piled up|chased down) \\d{1,3})\\b)");
    private static final int CONTEXT = 40;

    private SportsTeams() {
    }

    /**
     * "Al Sadd beat Al Duhail 3-1": in a match report, the Arabic article and one word that plays as a side are a
     * Gulf or North African club (players' names go on after "Al", or come after a given name).
     */
    static boolean gulfClub(Tokens words, int from, int end) {
        return end == from + 1 && (words.word(from).equals("Al") || words.word(from).equals("El"))
            && words.reportsMatches() && !Lexicon.shipped().isGivenName(words.name(end))
            && playsAsSideSomewhere(words.text(), words.text().substring(words.start(from), words.end(end)));
    }

    /**
     * Whether a side's name plays as one at any of its mentions ("Al Duhail dropped to fourth" after "beating Al
     * Duhail"), with a score after its verb, and never follows a given name ("Salem Al Dawsari beat two defenders").
     */
    private static boolean playsAsSideSomewhere(String text, String name) {
        boolean side = false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
            if (GIVEN_NAME_BEFORE.matcher(text.substring(Math.max(0, at - CONTEXT), at)).find()) {
                return false;
            }
            side |= OPPONENT_BEFORE.matcher(text.substring(Math.max(0, at - CONTEXT), at)).find()
                || SIDE_AFTER.matcher(after).find() && SCORE.matcher(after).find();
        }
        return side;
    }

    /** A capitalised word right before a name: its given name ("Salem Al Dawsari"). */
    private static final Pattern GIVEN_NAME_BEFORE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ $");

    /** Whether a word is a club's initials, which open its name in a match report. */
    static boolean opensClubName(String word) {
        return INITIALS.contains(word);
    }

    /** Whether the text reports matches: a score and a word only sport uses. */
    static boolean reportsMatches(String text) {
        // A score needs a digit on either side of its "-" or " for ": most copy has none, and looking for that first
        // spares the patterns' scan of every position.
        return digitsAround(text, "-") && SCORE.matcher(text).find() && SPORT_WORDS.matcher(text).find()
            || digitsAround(text, " for ") && CRICKET_SCORE.matcher(text).find() && CRICKET_WORDS.matcher(text).find();
    }

    /** Whether {@code between} stands somewhere in the text with a digit right before and right after it. */
    private static boolean digitsAround(String text, String between) {
        for (int at = text.indexOf(between, 1); at > 0; at = text.indexOf(between, at + 1)) {
            int after = at + between.length();
            if (after < text.length() && isDigit(text.charAt(at - 1)) && isDigit(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    /** A digit as the patterns' {@code \d} reads one: ASCII only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * In a match report, whether the town in words {@code first} to {@code last} is its side: "beat Cagliari 2-1",
     * "a 3-0 win at Lecce", "a home defeat by Bologna", "Napoli travel to Torino"; never a pronoun a town's name
     * reads as ("We lost wickets": Wé, New Caledonia).
     */
    static boolean playsAsSide(Tokens words, int first, int last) {
        if (first == last && NameVocabulary.FUNCTION_WORDS.contains(words.word(first))) {
            return false;
        }
        String text = words.text();
        int start = words.start(first);
        int end = words.end(last);
        return OPPONENT_BEFORE.matcher(text.substring(Math.max(0, start - CONTEXT), start)).find()
            || SIDE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + CONTEXT))).find();
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
        if (SUFFIXES.contains(words.word(last + 1)) || calledByNickname(words, last + 1)) {
            return last + 1;
        }
        for (int j = last + 1; j < words.size() && j <= last + LONGEST_NICKNAME; j++) {
            if (!mayNickname(words, j)) {
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

    /**
     * A capitalised word, not in capitals, no company's word ("Home Federal Savings", "Tahoe Industries"), no party's
     * ("Nebraska Republican Reps.") and no office's ("Quebec Premier Francois Lavallee"); or a number's players
     * ("76ers").
     */
    private static boolean mayNickname(Tokens words, int j) {
        String word = words.name(j);
        return words.capitalised(j) && !words.allCaps(j) && !NameVocabulary.endsCompanyName(word)
            && !NameVocabulary.PARTY_ADJECTIVES.contains(word) && !OfficeHolders.isTitle(word)
            || NUMBERED_NICKNAME.matcher(word).matches();
    }

    /** "the Philadelphia 76ers", "the San Francisco 49ers": a number's players. */
    private static final Pattern NUMBERED_NICKNAME = Pattern.compile("\\d{2}ers");

    /** "the Oklahoma City Thunder ... put the Thunder ahead": in a match report, a side called by its nickname. */
    private static boolean calledByNickname(Tokens words, int j) {
        if (!words.capitalised(j) || words.allCaps(j) || words.name(j).length() < 4 || !words.reportsMatches()) {
            return false;
        }
        String called = "the " + words.name(j);
        int at = words.text().indexOf(called);
        while (at >= 0) {
            int after = at + called.length();
            boolean wordEnds = after == words.text().length() || !Character.isLetter(words.text().charAt(after));
            if (at != words.start(j) - 4 && wordEnds) {
                return true;
            }
            at = words.text().indexOf(called, at + 1);
        }
        return false;
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !PLACE_PLURALS.contains(word)
            && !CompanyForms.isSuffix(word) && !word.equals("News") && !word.equals("Times")
            && !word.equals("Christmas")  // "the Berlin Christmas market"
            && !Lexicon.shipped().isGivenName(word);  // "N.J. Nicholas", "Paris Thomas"
    }
}
