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

    /**
     * A word, perhaps a word before it, then the code in brackets, perhaps with a seeding after it ("(AUS x9)",
     * "(ESP 4)").
     */
    private static final Pattern CODE =
        Pattern.compile("(?:(\\p{L}+) )?(\\p{L}[\\p{L}'’.-]*) \\(([A-Z]{3})(?=[) ,])");
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
        if (text.indexOf(" (") < 0) {
            return List.of();
        }
        List<FoundMention> codes = new ArrayList<>();
        List<FoundMention> afterPeople = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            GazetteerEntry country = countryByCode.containsKey(code.group(3))
                ? lists.country(countryByCode.get(code.group(3))) : null;
            if (country == null || !Character.isUpperCase(code.group(2).charAt(0)) || acronymOrTicker(text, code)) {
                continue;
            }
            FoundMention mention = new FoundMention(field, code.start(3), code.end(3), code.group(3), country);
            if (mention.overlapsAny(taken)) {
                continue;
            }
            codes.add(mention);
            if (code.group(1) != null && lexicon.isGivenName(code.group(1))) {
                afterPeople.add(mention);
            }
        }
        return codes.size() >= RESULTS_LIST ? codes : afterPeople;
    }

    /**
     * Whether the code is an acronym the words before it spell, or comes after a company's legal form (a ticker)
     * or a word that is no name.
     */
    private static boolean acronymOrTicker(String text, Matcher code) {
        String word = code.group(2);
        String before = text.substring(Math.max(0, code.end(2) - LONG_FORM), code.end(2));
        return CompanyForms.isSuffix(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
            || NameVocabulary.isCalendarWord(word) || EntityRecognizer.initialsSpell(before, code.group(3));
    }
}
