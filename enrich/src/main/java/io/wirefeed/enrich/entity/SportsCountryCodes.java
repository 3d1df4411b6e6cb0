package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * "Alex de Minaur (AUS x9) bt Lorenzo Carboni (ITA)": the code sports results write after a competitor's name is the
 * country the competitor represents (the IOC's codes, {@code sports-country-codes.tsv}). A code is taken after a person's
 * name opened by a given name ("Sam Kerr (AUS)"), or wherever a field writes three, two of them different (a list
 * of results).
 * Brackets hold many other codes of three capitals, so none is taken after a body a list knows (a ticker after
 * "Honeywell"), where the words before spell it ("Iraqi News Agency (INA)"), after a legal form or a date, where it
 * opens a word before it (a driver's "Lando Norris (NOR)", an airport's "Madrid (MAD)", a brand's "Samuel Adams
 * (SAM)"), nor in a field whose brackets also hold codes of three capitals that are no country's (a league's "(LAL)",
 * a party's "(NPC)"); outside a list of results, not after a place either, nor a party's or an agency's code that is
 * also a country's ("(IND)", "(PAN)", "(INA)").
 */
final class SportsCountryCodes implements MentionFinder {

    /** The word before a code, and perhaps the word before it: "de Minaur", "Sam Kerr". */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:(\\p{L}+) )?(\\p{L}[\\p{L}'’.-]*)$");
    /** How far before a code its words are read. */
    private static final int WORDS_BACK = 40;
    /** A list of results writes more different codes than this; a story about one competitor, fewer. */
    private static final int RESULTS_LIST = 3;
    /** How far before a code the words whose initials might spell it are read. */
    private static final int LONG_FORM = 60;
    /** Codes of parties as election results write them that are also countries' (Independent, PAN, the Greens). */
    private static final Set<String> PARTIES = Set.of("IND", "PAN", "GRN");
    /** Three capitals in brackets, perhaps with a number or a seeding after them: "(LAL)", "(NPC)", "(AUS x9)". */
    private static final Pattern BRACKETED_CODE = Pattern.compile("\\((\\p{Lu}{3})[ ,)]");
    /** What results write in brackets besides countries: after extra time, did not finish or start, disqualified. */
    private static final Set<String> RESULT_NOTES = Set.of("AET", "DNF", "DNS", "DSQ", "PEN", "ALT");

    private final Lexicon lexicon = Lexicon.shipped();
    private final NewsAgencies agencies = NewsAgencies.shipped();
    /** Every code the list holds, those of no country the lists know among them ("ENG", "KOS"). */
    private final Set<String> knownCodes;
    /** Each code's country as the lists know it. */
    private final Map<String, GazetteerEntry> countryByCode;

    SportsCountryCodes(Gazetteer lists) {
        Set<String> all = new HashSet<>();
        Map<String, GazetteerEntry> countries = new HashMap<>();
        for (List<String> row : Gazetteer.lines("sports-country-codes.tsv")) {
            all.add(row.get(0));
            GazetteerEntry country = lists.country(row.get(1));
            if (country != null) {
                countries.put(row.get(0), country);
            }
        }
        this.knownCodes = Set.copyOf(all);
        this.countryByCode = Map.copyOf(countries);
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> codes = new ArrayList<>(0);
        List<FoundMention> afterPeople = new ArrayList<>(0);
        // a scan for " (" and three capitals, not a regular expression tried at every character
        for (int open = text.indexOf(" ("); open >= 0; open = text.indexOf(" (", open + 1)) {
            int start = open + 2;
            String code = codeAt(text, start);
            GazetteerEntry country = code == null ? null : countryByCode.get(code);
            Matcher words = country == null ? null
                : WORDS_BEFORE.matcher(text).region(Math.max(0, open - WORDS_BACK), open);
            if (words == null || !words.find() || !Character.isUpperCase(words.group(2).charAt(0))
                    || noCompetitor(text, words, code, taken, open)) {
                continue;
            }
            FoundMention mention = new FoundMention(field, start, start + code.length(), code, country);
            if (!mention.overlapsAny(taken)) {
                codes.add(mention);
                if (afterPerson(words, code, taken, open)) {
                    afterPeople.add(mention);
                }
            }
        }
        if (codes.isEmpty() || otherCodes(text)) {
            return List.of();
        }
        return resultsList(codes) ? codes : afterPeople;
    }

    /** After a name opened by a given name, no place's, and neither a party's nor an agency's code. */
    private boolean afterPerson(Matcher words, String code, List<FoundMention> taken, int open) {
        return words.group(1) != null && lexicon.isGivenName(words.group(1)) && !PARTIES.contains(code)
            && !placeOrAgency(code, taken, open);
    }

    /**
     * Three codes or more, two of them different: a list of results ("(IND)" three times is an election's; elections'
     * lists also hold parties' codes that are no country's, "(BJP)", "(NPC)", "(LIB)", which keep them out).
     */
    private static boolean resultsList(List<FoundMention> codes) {
        return codes.size() >= RESULTS_LIST && codes.stream().map(FoundMention::text).distinct().count() > 1;
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
     * Whether what is before the code says it is no competitor's country: a body a list knows (a ticker's company), an
     * acronym's long form, a legal form, a date, or a word the code opens (a driver's, an airport's, a brand's).
     */
    private boolean noCompetitor(String text, Matcher words, String code, List<FoundMention> taken, int open) {
        if (countryBefore(taken, open, countryByCode.get(code).country())) {
            return false;  // "1. Norway (NOR)": the country and its code
        }
        String word = words.group(2);
        String before = text.substring(Math.max(0, words.end(2) - LONG_FORM), words.end(2));
        return CompanyForms.isSuffix(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
            || NameVocabulary.isCalendarWord(word) || EntityRecognizer.initialsSpell(before, code)
            || opens(code, word) || words.group(1) != null && opens(code, words.group(1))
            || before(taken, open, EntityType.ORGANIZATION);
    }

    /**
     * Whether a place is found right before the bracket or the code is an agency's ("Ahmad Rashid (INA) reported"):
     * no competitor's country outside a list of results (where "Dominik Paris (ITA)" and "Zohri (INA)" are).
     */
    private boolean placeOrAgency(String code, List<FoundMention> taken, int open) {
        return agencies.called(code) != null || before(taken, open, EntityType.PLACE);
    }

    /** "NOR" of "Norris", "SAM" of "Samuel". */
    private static boolean opens(String code, String word) {
        return word.regionMatches(true, 0, code, 0, code.length());
    }

    /** A mention of this type found right before the bracket. */
    private static boolean before(List<FoundMention> taken, int open, EntityType type) {
        for (FoundMention known : taken) {
            if (known.end() == open && known.entity().type() == type) {
                return true;
            }
        }
        return false;
    }

    /** The code's own country found right before the bracket. */
    private static boolean countryBefore(List<FoundMention> taken, int open, String country) {
        for (FoundMention known : taken) {
            if (known.end() == open && known.entity().isCountry() && country.equals(known.entity().country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the field's brackets also hold a code of capitals that is no country's: a league's, a party's. */
    private boolean otherCodes(String text) {
        Matcher bracketed = BRACKETED_CODE.matcher(text);
        while (bracketed.find()) {
            String code = bracketed.group(1);
            if (!knownCodes.contains(code) && agencies.called(code) == null && !RESULT_NOTES.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
