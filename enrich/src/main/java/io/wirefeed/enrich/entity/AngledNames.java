package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Companies named between angle brackets, as Reuters' financial wire writes the companies it has no ticker for
 * ("&lt;Welsh, Carson, Anderson and Stowe IV&gt;", "&lt;Drexel Burnham Lambert Inc&gt;"): the whole bracket is one
 * name, whatever its commas, "and"s, people's and places' names say, so it replaces what the finders made of its
 * words. Not markup ("&lt;Strong&gt;Breaking"), a ticker ("&lt;C&gt;", "&lt;SIEGn.DE&gt;") or a terminal's key ("SPX
 * &lt;Index&gt;"); and a name of one word only in copy that also brackets a ticker or where it ends as a company's
 * does, so that a title in brackets ("the film &lt;Parasite&gt;") is none. (A title of several words in brackets
 * would be taken for a company: agencies' English copy writes titles in quotation marks.) A bracket a finder
 * already named an organisation in full keeps that name, and a listed company its id.
 */
final class AngledNames {

    /** The longest name taken for one: a bracket that runs on past it is no name in brackets. */
    private static final int LONGEST = 80;
    /** A ticker or instrument code as agencies bracket it: "C", "ABSB", "CKGH.HKG", "SIEGn.DE", "ERIC ST". */
    private static final Pattern TICKER = Pattern.compile("<[.]?[A-Z0-9]{1,8}(?:[a-z]?[.0-9][A-Za-z0-9.]{0,6})?"
        + "(?: [A-Z]{1,2})?>");
    /** The keys of a market terminal's codes ("AAPL US &lt;Equity&gt;"), which are no companies. */
    private static final Set<String> TERMINAL_KEYS = WordSet.of("Equity", "Index", "Comdty", "Curncy", "Govt", "Corp",
        "Mtge", "Muni", "Pfd", "Go");

    private AngledNames() {
    }

    /** The finders' mentions of a field, with each name in angle brackets one organisation. */
    static List<FoundMention> named(String field, String text, List<FoundMention> found) {
        if (text.indexOf('<') < 0) {
            return found;
        }
        boolean tickers = TICKER.matcher(text).find();
        List<FoundMention> named = new ArrayList<>(found);
        int open = text.indexOf('<');
        while (open >= 0) {
            int close = closing(text, open);
            if (close >= 0) {
                FoundMention company = company(field, text, open, close, tickers, found);
                if (company != null) {
                    named.removeIf(company::overlaps);
                    named.add(company);
                }
            }
            open = text.indexOf('<', close >= 0 ? close + 1 : open + 1);
        }
        return named;
    }

    /** The company the bracket from {@code open} to {@code close} names, or null. */
    private static FoundMention company(String field, String text, int open, int close, boolean tickers,
                                       List<FoundMention> found) {
        if (!standsApart(text, open, close)) {
            return null;
        }
        int start = open + 1;
        if (text.startsWith("The ", start)) {
            start += 4;     // "<The Ceco Corp>": the article is no part of the name
        }
        int end = withoutTail(text, start, close);
        if (end <= start) {
            return null;
        }
        String written = text.substring(start, end);
        boolean oneWord = lastSpace(written) < 0;
        if (!isName(written) || oneWord && !(tickers || endsLikeACompany(written))
                || namedInFull(found, text, start, end)) {
            return null;
        }
        return new FoundMention(field, start, end, written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, null));
    }

    /**
     * Mentions elsewhere written as a company named in brackets, which a finder read as something else ("Petro
     * Chemie" a person where "&lt;Petro Chemie&gt;" names the company), become the company's: one name, one entity.
     */
    static void relinkWrittenAs(Map<String, String> fields, List<FoundMention> mentions) {
        Map<String, GazetteerEntry> companies = new HashMap<>();
        for (FoundMention mention : mentions) {
            String text = fields.get(mention.field());
            if (mention.start() > 0 && text.charAt(mention.start() - 1) == '<'
                    && mention.entity().type() == EntityType.ORGANIZATION && mention.entity().id() == null) {
                companies.putIfAbsent(mention.entity().name(), mention.entity());
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        mentions.replaceAll(mention -> {
            GazetteerEntry company = companies.get(Tokens.singleSpaced(mention.text()));
            return company != null && mention.entity().id() == null
                && mention.entity().type() != EntityType.ORGANIZATION
                ? new FoundMention(mention.field(), mention.start(), mention.end(), mention.text(), company) : mention;
        });
    }

    /**
     * Where the bracket opened at {@code open} closes, or -1: within {@value #LONGEST} characters and on its line or
     * the next (a name wrapped once), with no other bracket opened in between.
     */
    private static int closing(String text, int open) {
        int lines = 0;
        for (int i = open + 1; i < text.length() && i - open <= LONGEST; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<' || c == '\n' && ++lines > 1) {
                return -1;
            }
        }
        return -1;
    }

    /** Not markup, a comparison or a quotation's marks: "A&lt;B and C&gt;D", "&lt;&lt;We Will Win&gt;&gt;". */
    private static boolean standsApart(String text, int open, int close) {
        boolean before = open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)) && text.charAt(open - 1) != '<';
        boolean after = close + 1 == text.length()
            || !Character.isLetterOrDigit(text.charAt(close + 1)) && text.charAt(close + 1) != '>';
        return before && after;
    }

    /**
     * Where the name ends: before blanks, a full stop that ends no abbreviation, and the possessive of a name of
     * several words ("&lt;Sanwa Bank Ltd's&gt;", "&lt;Information Builders'&gt;", but "&lt;Macy's&gt;" is the name).
     */
    private static int withoutTail(String text, int start, int end) {
        int cut = end;
        while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        boolean severalWords = lastSpace(text.substring(start, cut)) > 0;
        if (severalWords && possessiveEnds(text, start, cut)) {
            cut -= 2;
        } else if (severalWords && cut - start > 2 && Tokens.isApostrophe(text.charAt(cut - 1))
                && text.charAt(cut - 2) == 's') {
            cut -= 1;
        }
        while (cut > start && text.charAt(cut - 1) == '.' && !abbreviationEnds(text, start, cut)) {
            cut--;
        }
        return cut;
    }

    /** Whether the text from {@code start} to {@code end} ends in a possessive "'s" after at least a letter. */
    private static boolean possessiveEnds(String text, int start, int end) {
        return end - start > 2 && text.charAt(end - 1) == 's' && Tokens.isApostrophe(text.charAt(end - 2));
    }

    /** "&lt;Walt Disney Co.&gt;" keeps its last stop: after a word of one or two letters. */
    private static boolean abbreviationEnds(String text, int start, int stop) {
        int word = stop - 1;
        while (word > start && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return stop - 1 - word <= 2 && stop - 1 > word;
    }

    /**
     * Whether the bracket's words read as a name, not a ticker: several words with lower case letters or more than
     * two letters in the last ("I P Sharp Associates Ltd", "OKUMA MACHINERY WORKS", not "ERIC ST" or "MD N"), or one
     * capitalised word of letters that is no English word, perhaps a possessive ("Efibanca", "Ina-Naftaplin", "Macy's",
     * not "C", "DOW", "skbs.St." or "Table").
     */
    private static boolean isName(String words) {
        if (!Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        int lastSpace = lastSpace(words);
        if (lastSpace < 0) {
            String word = possessiveEnds(words, 0, words.length())
                ? words.substring(0, words.length() - 2) : words;    // "Macy's"
            return capitalisedWord(word) && !Lexicon.shipped().isCommonWord(word) && !TERMINAL_KEYS.contains(word);
        }
        boolean lowerCase = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            lowerCase |= Character.isLowerCase(c);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && ",.&'’-/".indexOf(c) < 0) {
                return false;
            }
        }
        return lowerCase || words.length() - lastSpace - 1 > 2;
    }

    /** Whether the name ends as a company's or a body's does: "Ltd", "INC", "Bank", "Association". */
    private static boolean endsLikeACompany(String words) {
        String last = words.substring(lastSpace(words) + 1);
        String stripped = last.endsWith(".") ? last.substring(0, last.length() - 1) : last;
        return CompanyForms.isSuffix(last) || CompanyForms.isSuffix(stripped) || CompanyForms.isFormsAlone(stripped)
            || NameVocabulary.ORGANISATION_HEADS.contains(stripped);
    }

    private static int lastSpace(String words) {
        for (int i = words.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(words.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A capital, then lower case letters, perhaps in parts joined by hyphens: "Eni", "Ina-Naftaplin". */
    private static boolean capitalisedWord(String word) {
        boolean lowerCase = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' && i + 1 < word.length() && word.charAt(i - 1) != '-') {
                continue;
            }
            if (!Character.isLowerCase(c) && !(word.charAt(i - 1) == '-' && Character.isUpperCase(c))) {
                return false;
            }
            lowerCase = true;
        }
        return lowerCase && word.length() > 2;
    }

    /**
     * Whether an earlier finder named an organisation over the whole of {@code start} to {@code end}, a full stop
     * after it aside ("&lt;Walt Disney Co.&gt;" named "Walt Disney Co").
     */
    private static boolean namedInFull(List<FoundMention> found, String text, int start, int end) {
        int named = text.charAt(end - 1) == '.' ? end - 1 : end;
        for (FoundMention mention : found) {
            if (mention.start() <= start && mention.end() >= named
                    && mention.entity().type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }
}
