package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Alex de Minaur (AUS x9) bt Lorenzo Carboni (ITA)": the code sports results write after a competitor's name is the
 * country the competitor represents (the IOC's codes, {@code sports-country-codes.tsv}). A code is taken after a person's
 * name opened by a given name ("Sam Kerr (AUS)"), or wherever a field writes three or more of them (a list of results);
 * never where the words
 * before it spell it ("Iraqi News Agency (INA)") or after a number or a company's legal form ("March 15 (INA)",
 * "Marriott International Inc. (MAR)"), where it is an acronym, a ticker or an agency's code.
 */
final class SportsCountryCodes implements MentionFinder {

    /** The word before a code, and perhaps the word before it: "de Minaur", "Sam Kerr". */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:(\\p{L}+) )?(\\p{L}[\\p{L}'’.-]*)$");
    /** How far before a code its words are read. */
    private static final int WORDS_BACK = 40;
    /** A list of results writes more codes than this; a story about one competitor, fewer. */
    private static final int RESULTS_LIST = 3;
    /** How far before a code the words whose initials might spell it are read. */
    private static final int LONG_FORM = 60;

    private final Gazetteer lists;
    private final Lexicon lexicon = Lexicon.shipped();
    private final Map<String, String> countryByCode;

    SportsCountryCodes(Gazetteer lists) {
        this.lists = lists;
        Map<String, String> codes = new HashMap<>();
        for (List<String> row : Gazetteer.lines("sports-country-codes.tsv")) {
            codes.put(row.get(0), row.get(1));
        }
        this.countryByCode = Map.copyOf(codes);
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> codes = new ArrayList<>(0);
        List<FoundMention> afterPeople = new ArrayList<>(0);
        // a scan for " (" and three capitals, not a regular expression tried at every character
        for (int open = text.indexOf(" ("); open >= 0; open = text.indexOf(" (", open + 1)) {
            int start = open + 2;
            String code = codeAt(text, start);
            GazetteerEntry country = code == null ? null : lists.country(countryByCode.getOrDefault(code, ""));
            Matcher words = country == null ? null
                : WORDS_BEFORE.matcher(text).region(Math.max(0, open - WORDS_BACK), open);
            if (words == null || !words.find() || !Character.isUpperCase(words.group(2).charAt(0))
                    || acronymOrTicker(text, words, code)) {
                continue;
            }
            FoundMention mention = new FoundMention(field, start, start + code.length(), code, country);
            if (!mention.overlapsAny(taken)) {
                codes.add(mention);
                if (words.group(1) != null && lexicon.isGivenName(words.group(1))) {
                    afterPeople.add(mention);
                }
            }
        }
        return codes.size() >= RESULTS_LIST ? codes : afterPeople;
    }

    /** Three capitals at {@code start} and a bracket, a space or a comma after them, or null. */
    private static String codeAt(String text, int start) {
        int end = start + 3;
        if (end >= text.length() || ") ,".indexOf(text.charAt(end)) < 0) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return null;
            }
        }
        return text.substring(start, end);
    }

    /**
     * Whether the code is an acronym the words before it spell, or comes after a company's legal form (a ticker)
     * or a word that is no name.
     */
    private static boolean acronymOrTicker(String text, Matcher words, String code) {
        String word = words.group(2);
        String before = text.substring(Math.max(0, words.end(2) - LONG_FORM), words.end(2));
        return CompanyForms.isSuffix(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
            || NameVocabulary.isCalendarWord(word) || EntityRecognizer.initialsSpell(before, code);
    }
}
