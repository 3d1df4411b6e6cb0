package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "Salem, Ore.", "Cashiers, N.C.", "Mobile, Ala.": capitalised words before a comma and a state's abbreviation are a
 * town of that state, whether or not the lists know it. Agencies write a town so however small it is, and however
 * much its name is also an everyday word or a given name, which the gazetteer leaves out for that reason.
 */
final class TownOfStateFinder implements MentionFinder {

    /** A town's name has at most this many words ("Last Chance", "Rancho Santa Margarita"). */
    private static final int LONGEST_TOWN = 3;

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (FoundMention state : taken) {
            if (!abbreviatedState(text, state) || !text.startsWith(", ", state.start() - 2)) {
                continue;
            }
            int end = state.start() - 2;
            int start = townStart(text, end, Tokens.of(text).shouting());
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            FoundMention town = new FoundMention(field, start, end, name,
                new GazetteerEntry(EntityType.PLACE, Tokens.singleSpaced(name), null, state.entity().country()));
            if (!town.overlapsAny(taken)) {
                found.add(town);
            }
        }
        return found;
    }

    /** A state or province the lists know, written as its abbreviation with a full stop ("Ore.", "N.C."). */
    private static boolean abbreviatedState(String text, FoundMention mention) {
        String id = mention.entity().id();
        boolean state = mention.entity().type() == EntityType.PLACE && id != null
            && (id.startsWith("iso3166-2:US-") || id.startsWith("iso3166-2:CA-"));
        boolean abbreviated = mention.text().indexOf('.') > 0
            || mention.end() < text.length() && text.charAt(mention.end()) == '.' && mention.text().length() <= 5;
        return state && abbreviated && mention.start() >= 2;
    }

    /**
     * Where the town's capitalised words before {@code end} start, after any article or preposition and across one
     * line break; or -1, also when the word before the comma is an abbreviation or a company's legal form ("Fedders
     * Corp., N.J." names no town), when a title's abbreviation comes before it, or when it is a kind of place alone.
     * In a field in capitals, where nothing tells a name from the words around it, one word.
     */
    private static int townStart(String text, int end, boolean shouting) {
        int start = -1;
        int at = end;
        for (int words = 0; words < (shouting ? 1 : LONGEST_TOWN); words++) {
            int wordStart = at;
            while (wordStart > 0 && townNameChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, at);
            if (noTown(word, start < 0)) {
                return -1;
            }
            if (!townWord(word)) {
                break;
            }
            start = wordStart;
            at = blankBefore(text, wordStart);
            if (at == wordStart) {
                break;
            }
        }
        return start >= 0 && mayNameTown(text.substring(start, end)) ? start : -1;
    }

    /**
     * Whether the word shows there is no town: an abbreviation or a legal form before the comma ("Fedders Corp.,
     * N.J."), or a title's abbreviation before the name ("Reps. AuCoin, Ore." names a congressman).
     */
    private static boolean noTown(String word, boolean beforeComma) {
        return beforeComma ? word.endsWith(".") || CompanyForms.isSuffix(word)
            : word.endsWith(".") && !PLACE_ABBREVIATIONS.contains(word);
    }

    /** Not a kind of place alone ("County" of "Clinton, County, Pa.") nor a day or month. */
    private static boolean mayNameTown(String town) {
        boolean kindOfPlace = town.indexOf(' ') < 0 && NameVocabulary.PLACE_HEADS.stream().anyMatch(town::equalsIgnoreCase);
        return !kindOfPlace && !NameVocabulary.isCalendarWord(town);
    }

    /** A capitalised word of a town's name: not a function word ("near", "The"), in either case. */
    private static boolean townWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !NOT_OF_A_TOWN.contains(word);
    }

    /** The abbreviations that open a town's name ("St. Louis", "Mt. Pleasant", "Ft. Myers"). */
    private static final Set<String> PLACE_ABBREVIATIONS = WordSet.of("St.", "Ste.", "Mt.", "Ft.");

    /** Where the spaces and at most one line break before {@code at} start; {@code at} when there are none. */
    private static int blankBefore(String text, int at) {
        int gap = at;
        int breaks = 0;
        while (gap > 0 && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '\n' && breaks++ == 0)) {
            gap--;
        }
        return gap;
    }

    /**
     * The function words that open no town's name, in title case and capitals ("Near", "NEAR", "After"); "Last"
     * opens one ("Last Chance, Colo.").
     */
    private static final Set<String> NOT_OF_A_TOWN = notOfATown();

    private static Set<String> notOfATown() {
        Set<String> words = new HashSet<>(NameVocabulary.FUNCTION_WORDS);
        words.addAll(List.of("Near", "Outside", "To", "Of"));
        words.remove("Last");
        Set<String> both = new HashSet<>(words);
        words.forEach(word -> both.add(word.toUpperCase(Locale.ROOT)));
        return WordSet.of(both);
    }

    /** A letter, or a hyphen, full stop or apostrophe inside a name ("Winston-Salem", "St. Louis", "Coeur d'Alene"). */
    private static boolean townNameChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '.' || Tokens.isApostrophe(c);
    }
}
