package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * The runs of capitalised words in a field that the earlier finders did not judge ("Karimama", "Erdenes Tavantolgoi
 * JSC", "Kingdom of Commagene"): what is left for the {@link LearnedNameFinder} to judge. A run may hold one
 * lower-case joiner ("of", "de", "bin") between capitalised words; it stays within a line and drops a possessive and
 * trailing full stops. A run may hold an earlier finder's shorter mentions ("Kuwait Anti-Corruption Authority"
 * around the place "Kuwait"), not be one or lie inside one; each run carries its {@link RunParts parts}.
 */
final class CapitalisedRuns {

    /** Units of amounts, which agencies abbreviate so that no name ends with them. */
    private static final Set<String> UNITS = WordSet.of("Dlr", "Dlrs", "Cts", "Stg", "Pct", "Mln", "Bln", "Cwt");
    /** The abbreviations that open the lines of an earnings table ("Qtly div 12 cts vs 12 cts prior"). */
    private static final Set<String> ACCOUNTS = WordSet.of("Qtly", "Qtrly", "Shr", "Shrs", "Revs", "Div", "Divs", "Oper",
        "Avg", "Mths");

    /** The lower-case words a run may hold between two capitalised ones. */
    private static final Set<String> JOINERS = WordSet.of("of", "de", "del", "della", "dello", "delle", "degli", "dei", "da",
        "do", "dos", "der", "van", "von", "la", "al", "el", "bin", "bint", "binti", "ibn", "the", "and", "y", "e", "dela",
        "delos");

    /**
     * A run's span in its field; how it was cut from a longer run (or {@link RunParts.Cut#WHOLE}); the types of the
     * earlier mentions it holds (none for a free run); and its parts, to judge when the whole is no name.
     */
    record Run(int start, int end, RunParts.Cut cut, Set<EntityType> holds, List<Run> parts) {

        Run {
            // in the enum's order, so that the model's features and their sum come in the same order every time
            holds = holds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(holds));
            parts = List.copyOf(parts);
        }
    }

    private CapitalisedRuns() {
    }

    static List<Run> in(String text, List<FoundMention> earlier, String field) {
        FieldMentions taken = FieldMentions.of(earlier, field);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        int length = text.length();
        while (at < length) {
            if (!Character.isUpperCase(text.charAt(at)) || at > 0 && insideWord(text, at)) {
                at++;
                continue;
            }
            int wordStart = at;
            int end = wordEnd(text, at);
            int next = nextCapitalised(text, wordStart, end);
            while (next >= 0) {
                wordStart = next;
                end = wordEnd(text, next);
                next = nextCapitalised(text, wordStart, end);
            }
            split(text, at, end, runs, taken);
            at = end;
        }
        return runs;
    }

    /** A capital inside a word ("iPhone"), not one after an opening quote ("'Toronto played well'"). */
    private static boolean insideWord(String text, int at) {
        char before = text.charAt(at - 1);
        if (Tokens.isApostrophe(before)) {
            return at >= 2 && Character.isLetter(text.charAt(at - 2));
        }
        return isWordChar(before);
    }

    /**
     * Where the capitalised word continuing a run after the word at [{@code wordStart}, {@code end}) starts, past
     * one joiner at most; or -1, also when a full stop ends that word's sentence ("Karimama. Police said").
     */
    private static int nextCapitalised(String text, int wordStart, int end) {
        if (endsSentence(text, wordStart, end)) {
            return -1;
        }
        int at = spaces(text, end);
        if (at == end || at >= text.length()) {
            return -1;
        }
        if (Character.isUpperCase(text.charAt(at))) {
            return at;
        }
        int joinerEnd = at;
        while (joinerEnd < text.length() && Character.isLowerCase(text.charAt(joinerEnd))) {
            joinerEnd++;
        }
        int after = spaces(text, joinerEnd);
        boolean joined = after > joinerEnd && after < text.length() && Character.isUpperCase(text.charAt(after))
            && JOINERS.contains(text.substring(at, joinerEnd));
        return joined ? after : -1;
    }

    /** A full stop after a word that is neither an initial ("J."), dotted ("U.S.") nor an abbreviation ("Corp."). */
    private static boolean endsSentence(String text, int wordStart, int end) {
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        String word = text.substring(wordStart, end - 1);
        return word.length() > 1 && word.indexOf('.') < 0 && !Tokens.isAbbreviation(word);
    }

    private static int spaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static int wordEnd(String text, int from) {
        int at = from + 1;
        while (at < text.length() && isWordChar(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A character of a word as runs and their context read it: letters, digits, marks, "." "&" "-" and apostrophes. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '.' || c == '&'
            || c == '-' || Tokens.isApostrophe(c);
    }

    /**
     * The run without a function word opening it ("In Karimama") and parted at a day or month ("On Tuesday the
     * Central Bank"), each piece kept when it may be a name and no earlier finder judged it.
     */
    private static void split(String text, int from, int to, List<Run> runs, FieldMentions taken) {
        int start = from;
        int lastEnd = from;
        int at = from;
        while (at < to) {
            int wordEnd = at;
            while (wordEnd < to && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            String word = text.substring(at, text.charAt(wordEnd - 1) == '.' ? wordEnd - 1 : wordEnd);
            if (at == start && gerundBeforeThe(text, word, wordEnd, to)) {
                // "Using the Congressional Budget Office figures": a verb opening a sentence opens no name
                start = spaces(text, wordEnd + BEFORE_THE.length());
                lastEnd = start;
                at = start;
                continue;
            }
            if (partsBefore(text, start, at, wordEnd, word, lastEnd, taken)) {
                add(text, start, lastEnd, runs, taken);
                start = spaces(text, wordEnd);
            } else if (possessiveOfABody(text, start, at, word) || possessiveOfAPlace(at, word, taken)) {
                // "the Ministry of Public Security's Department of Cybersecurity": a body's possessive ends its name;
                // "Tamil Nadu's Virudhunagar district": a place's ends it
                add(text, start, wordEnd, runs, taken);
                start = spaces(text, wordEnd);
            }
            lastEnd = wordEnd;
            at = spaces(text, wordEnd);
        }
        add(text, start, to, runs, taken);
    }

    /**
     * Whether the run parts before {@code word}, at {@code at}: a function word opening a sentence ("the U.K. Although
     * the market": also after "U.K."), a day or a month, or "the" after a place ("In Chennai the DMK said": it opens
     * the clause's subject, not a name's next word).
     */
    private static boolean partsBefore(String text, int start, int at, int wordEnd, String word, int lastEnd,
                                       FieldMentions taken) {
        boolean opening = (at == start || text.charAt(at - 2) == '.') && NameVocabulary.FUNCTION_WORDS.contains(word);
        boolean date = NameVocabulary.isCalendarWord(word)
            || NameVocabulary.isMonthBeforeNumber(word) && NameVocabulary.isDayAt(text, spaces(text, wordEnd));
        return opening || date || word.equals("the") && taken.placeEndsAt(lastEnd);
    }

    private static final String BEFORE_THE = " the";

    /** An everyday word in -ing ("Using", "Citing", "Following") and "the" after it, inside the run. */
    private static boolean gerundBeforeThe(String text, String word, int wordEnd, int to) {
        return word.endsWith("ing") && wordEnd + BEFORE_THE.length() + 1 < to && text.startsWith(BEFORE_THE + " ", wordEnd)
            && Lexicon.shipped().isCommonWord(word);
    }

    /** Whether {@code word}, at {@code at}, is the possessive of a place an earlier finder found there. */
    private static boolean possessiveOfAPlace(int at, String word, FieldMentions taken) {
        return Tokens.endsPossessive(word) && taken.placeEndsAt(at + word.length() - 2);
    }

    /**
     * Whether {@code word}, at {@code at}, is a possessive closing a body's name begun at {@code start}: a body's head
     * among the words up to it, and no head's own possessive ("the Prosecutor's Office").
     */
    private static boolean possessiveOfABody(String text, int start, int at, String word) {
        if (!Tokens.endsPossessive(word) || NameVocabulary.ORGANISATION_HEADS.contains(word)) {
            return false;
        }
        if (NameVocabulary.ORGANISATION_HEADS.contains(word.substring(0, word.length() - 2))) {
            return true;
        }
        for (String before : text.substring(start, at).split(" ")) {
            if (NameVocabulary.ORGANISATION_HEADS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int from, int to, List<Run> runs, FieldMentions taken) {
        Run span = candidate(text, from, to, RunParts.Cut.WHOLE);
        if (span == null) {
            return;
        }
        int start = span.start();
        int end = span.end();
        List<FoundMention> inside = taken.overlapping(start, end);
        for (FoundMention mention : inside) {
            if (mention.start() < start || mention.end() > end || mention.start() == start && mention.end() == end) {
                return;    // the earlier finders judged this run, or a longer one around it
            }
        }
        if (inside.isEmpty()) {
            runs.add(new Run(start, end, RunParts.Cut.WHOLE, Set.of(), RunParts.ofFreeRun(text, start, end)));
            return;
        }
        if (listsKnownNames(text, start, end, inside)) {
            return;
        }
        Set<EntityType> holds = EnumSet.noneOf(EntityType.class);
        inside.forEach(mention -> holds.add(mention.entity().type()));
        runs.add(new Run(start, end, RunParts.Cut.WHOLE, holds, RunParts.besideMentions(text, start, end, inside)));
    }

    /** What lists names: "the Group of Five and Canada", "Mali, Niger or Chad" ("&" joins one firm's names). */
    private static final Set<String> LISTING = Set.of(",", "and", "or", ", and", ", or");

    /**
     * Whether the run is only the earlier finders' names, listed, a place among them: no name of its own around them
     * (but "Fire Service and Civil Defence" may be one body's name).
     */
    private static boolean listsKnownNames(String text, int start, int end, List<FoundMention> inside) {
        if (inside.size() < 2 || inside.stream().noneMatch(name -> name.entity().type() == EntityType.PLACE)) {
            return false;
        }
        List<FoundMention> names = new ArrayList<>(inside);
        names.sort(Comparator.comparingInt(FoundMention::start));
        int at = start;
        for (FoundMention name : names) {
            if (name.start() < at || at == start && name.start() != start
                    || at > start && !LISTING.contains(text.substring(at, name.start()).strip())) {
                return false;
            }
            at = name.end();
        }
        return at == end;
    }

    /** The span of [from, to) without a joiner or a possessive at its ends; null when that is no possible name. */
    static Run candidate(String text, int from, int to, RunParts.Cut cut) {
        int start = from;
        while (start < to && !Character.isUpperCase(text.charAt(start))) {
            start++;    // a joiner left opening the part ("the" after a day)
        }
        int end = withoutTail(text, start, to);
        int lastSpace = lastSpace(text, start, end);
        if (lastSpace > start && Character.isLowerCase(text.charAt(lastSpace + 1))) {
            end = lastSpace;    // a joiner left closing it ("Bank of" before "May 5")
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end > start && mayName(text, start, end) && !tabular(text, start, end)
            ? new Run(start, end, cut, Set.of(), List.of()) : null;
    }

    /**
     * What ends the name of a rate, a unit of account or a security: "London Interbank Offered Rate", "Special Drawing
     * Rights", "Philippine Investment Notes".
     */
    private static final List<String> INSTRUMENT_ENDINGS = List.of("Offered Rate", "Offered Rates", "Currency Unit",
        "Currency Units", "Drawing Right", "Drawing Rights", "Investment Notes", "Treasury Notes", "Treasury Bills",
        "Treasury Bonds");

    private static boolean instrument(String text, int start, int end) {
        for (String ending : INSTRUMENT_ENDINGS) {
            if (end - start >= ending.length() && text.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that alone names nothing: a day or month, "I'd", an earnings table's "Qtly", an everyday word, the
     * things an acronym counts ("CMOs").
     */
    private static boolean noNameAlone(String word) {
        return NameVocabulary.isCalendarWord(word) || word.startsWith("I") && word.length() > 1
            && Tokens.isApostrophe(word.charAt(1)) || Lexicon.shipped().isCommonWord(word) || ACCOUNTS.contains(word)
            || ProperNameFinder.pluralOfAcronym(word) || INTERBANK_RATES.contains(word);
    }

    /** The interbank rates loans are priced over ("1/4 point over Libor"), which copy writes like names. */
    private static final Set<String> INTERBANK_RATES = WordSet.of("Libor", "LIBOR", "Euribor", "EURIBOR", "Sibor",
        "SIBOR", "Hibor", "HIBOR", "Pibor", "PIBOR", "Fibor", "FIBOR", "Tibor", "TIBOR");

    /** The last space in [start, end), or -1. */
    static int lastSpace(String text, int start, int end) {
        for (int at = end - 1; at >= start; at--) {
            if (text.charAt(at) == ' ') {
                return at;
            }
        }
        return -1;
    }

    /**
     * Not a day or month, "I'd", an earnings table's abbreviation ("Qtly"), a shouted word ("POLYSAR SAYS": the rules
     * read shouting), a code with digits ("MD-11", "M-3"), a stock index or, alone, an everyday word ("Consolidated",
     * "Central"): the model saw too few of these in agency copy to judge them.
     */
    private static boolean mayName(String text, int start, int end) {
        int space = start;
        while (space < end && text.charAt(space) != ' ') {
            space++;
        }
        boolean single = space == end;
        String first = text.substring(start, space);
        if (single && (noNameAlone(first) || NameVocabulary.inMonthRange(text, start, end))) {
            return false;
        }
        if (text.startsWith("Index", end - 5) || instrument(text, start, end)) {
            return false;    // a stock index ("Hang Seng Index") or a rate or unit of account, which are no entity
        }
        int lastWord = lastSpace(text, start, end) + 1;
        if (UNITS.contains(text.substring(Math.max(lastWord, start), end))) {
            return false;    // an amount in a title-cased line ("235 mln H.K. Dlrs")
        }
        int capitals = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            capitals = Character.isUpperCase(c) ? capitals + 1 : 0;
            if (capitals >= 5 || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** A ticker ("&lt;TRI&gt;") or a table's row label ("Shr 12 cts vs 10 cts"): a line that opens with it and a number. */
    private static boolean tabular(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '<') {
            return true;
        }
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) == ' ') {
            lineStart--;
        }
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && Character.isDigit(text.charAt(next));
    }

    private static int withoutTail(String text, int start, int end) {
        int cut = end;
        if (cut - start > 2 && text.charAt(cut - 1) == 's' && Tokens.isApostrophe(text.charAt(cut - 2))) {
            cut -= 2;
        }
        while (cut > start && (text.charAt(cut - 1) == '.' || text.charAt(cut - 1) == '-'
                || Tokens.isApostrophe(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut;
    }
}
