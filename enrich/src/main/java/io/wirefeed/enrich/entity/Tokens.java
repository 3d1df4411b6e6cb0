package io.wirefeed.enrich.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;

/**
 * The words of a text with their offsets, as names are written in agency copy: a word is letters and digits
 * with the apostrophes inside it ("O'Neill", "France's"), abbreviations keep their full stops ("U.S.", "N.J."),
 * and hyphens and dashes separate words ("al-Nusra" is "al" and "Nusra"; {@link #joined} says so). A possessive
 * "'s" is part of its word but not of the {@link #nameEnd name}. One pass, no regular expressions.
 */
final class Tokens {

    private static final Set<String> ARTICLES = WordSet.of("The", "A", "An");
    /**
     * Abbreviated titles, saints and a Philippine village, whose full stop is inside a name ("Gov. Babagana Zulum",
     * "St. Louis", "Brgy. Kalabugao").
     */
    private static final Set<String> TITLE_ABBREVIATIONS = WordSet.of("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen",
        "Col", "Lt", "Sgt", "Cpl", "Pvt", "Capt", "Cmdr", "Adm", "Maj", "Sen", "Sens", "Rep", "Reps", "Gov", "Prof", "Rev",
        "Brig", "Brgy", "Insp", "Const");
    /** Words after which a full stop does not end the sentence: the titles and these. */
    private static final Set<String> ABBREVIATIONS = withTitles("Jr", "Sr", "Corp", "Co", "Inc", "Ltd", "Bros", "No",
        "Nos", "Ave", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala",
        "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "vs", "approx");

    private static Set<String> withTitles(String... others) {
        Set<String> all = new HashSet<>(TITLE_ABBREVIATIONS);
        all.addAll(Arrays.asList(others));
        return WordSet.of(all);
    }

    /**
     * The words of the texts read last on this thread: the finders read each field of a dispatch in turn, and the
     * country resolver reads them all again after them.
     */
    private static final int RECENT_TEXTS = 4;
    private static final ThreadLocal<Tokens[]> RECENT = ThreadLocal.withInitial(() -> new Tokens[RECENT_TEXTS]);

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    /** Each word, its name and its keys, made when first asked for: most are never asked for. */
    private final String[] words;
    private final String[] names;
    private final String[] nameKeys;
    private final String[] wordKeys;
    /** {@link #joinedToNext} of each word once asked: 0 not yet, 1 no, 2 yes; the finders ask it of most words often. */
    private final byte[] joinedToNext;
    private Boolean shouting;
    private Boolean reportsMatches;

    private Tokens(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.words = new String[size];
        this.names = new String[size];
        this.nameKeys = new String[size];
        this.wordKeys = new String[size];
        this.joinedToNext = new byte[size];
    }

    static Tokens of(String text) {
        Tokens[] recent = RECENT.get();
        for (Tokens tokens : recent) {
            if (tokens != null && tokens.text == text) {
                return tokens;
            }
        }
        Tokens read = read(text);
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = read;
        return read;
    }

    private static Tokens read(String text) {
        int[] starts = new int[Math.max(8, text.length() / 5)];
        int[] ends = new int[starts.length];
        int size = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            char c = text.charAt(at);
            if (!Character.isLetterOrDigit(c) && c != '&') {
                at++;
                continue;
            }
            int start = at;
            if (c == '&') {
                at++;
            } else {
                at = wordEnd(text, at);
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = at;
            size++;
        }
        return new Tokens(text, starts, ends, size);
    }

    /** The end of the word at {@code from}: letters, digits, inner apostrophes, and the stops of "U.S.". */
    private static int wordEnd(String text, int from) {
        if (slashedForm(text, from)) {
            return from + 3;  // "Evergas Jensen A/S": a Danish or Norwegian company's legal form is one word
        }
        int at = from;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || innerApostrophe(text, from, at))) {
            at++;
        }
        return at - from == 1 && Character.isLetter(text.charAt(from)) ? initialsEnd(text, at) : at;
    }

    /** "A/S", "I/S", "K/S": a capital, a slash and a capital, standing alone. */
    private static boolean slashedForm(String text, int from) {
        return from + 2 < text.length() && Character.isUpperCase(text.charAt(from)) && text.charAt(from + 1) == '/'
            && Character.isUpperCase(text.charAt(from + 2))
            && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
            && (from + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(from + 3)));
    }

    private static boolean innerApostrophe(String text, int from, int at) {
        return at > from && isApostrophe(text.charAt(at)) && at + 1 < text.length()
            && (Character.isLetter(text.charAt(at + 1)) || velarNasalBeforeName(text, from, at));
    }

    /**
     * "Anyang' Nyong'o", "Farida Achieng' Oduor": East African names write the velar nasal "ng'", at a word's end
     * too; there the apostrophe is the word's when another name follows.
     */
    private static boolean velarNasalBeforeName(String text, int from, int at) {
        return at - from >= 3 && (text.charAt(at - 1) == 'g' || text.charAt(at - 1) == 'G')
            && (text.charAt(at - 2) == 'n' || text.charAt(at - 2) == 'N') && at + 2 < text.length()
            && text.charAt(at + 1) == ' ' && Character.isUpperCase(text.charAt(at + 2)) && !quoteOpenedBefore(text, from);
    }

    /**
     * "'Hong Kong' Street": a single quote opened earlier on the line and not closed, which the apostrophe closes
     * ("the plan 'outrageous' and Governor Anyang' Nyong'o" has one opened and closed before).
     */
    private static boolean quoteOpenedBefore(String text, int from) {
        int open = 0;
        for (int at = text.lastIndexOf('\n', from - 1) + 1; at < from; at++) {
            if (!isApostrophe(text.charAt(at))) {
                continue;
            }
            boolean letterBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
            boolean letterAfter = at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
            if (!letterBefore && letterAfter) {
                open++;
            } else if (letterBefore && !letterAfter && open > 0) {
                open--;  // a closing quote; one with no quote open is a name's ("Achieng'") or a plural's
            }
        }
        return open > 0;
    }

    /** After one letter: the end of "U.S." or "N.J." if the letter opens such initials, else where it is. */
    private static int initialsEnd(String text, int afterLetter) {
        int length = text.length();
        int stops = afterLetter;
        while (stops + 1 < length && text.charAt(stops) == '.' && Character.isLetter(text.charAt(stops + 1))
                && (stops + 2 == length || !Character.isLetterOrDigit(text.charAt(stops + 2)))) {
            stops += 2;
        }
        if (stops == afterLetter) {
            return afterLetter;
        }
        return stops < length && text.charAt(stops) == '.' ? stops + 1 : stops;
    }

    /** Whether the word, without its full stop, is an abbreviation that takes one ("Mr", "Corp", "No"). */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }

    /** "Mr", "Dr", "Sen": a title written abbreviated, whose full stop is inside a name, not a sentence's end. */
    static boolean isTitleAbbreviation(String word) {
        return TITLE_ABBREVIATIONS.contains(word);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    /** Whether a word ends in a possessive's apostrophe and s after at least one letter ("Nadu's", not "'s"). */
    static boolean endsPossessive(String word) {
        int length = word.length();
        return length > 2 && word.charAt(length - 1) == 's' && isApostrophe(word.charAt(length - 2));
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text() {
        return text;
    }

    String word(int i) {
        String word = words[i];
        if (word == null) {
            word = text.substring(starts[i], ends[i]);
            words[i] = word;
        }
        return word;
    }

    /** A name as text with every run of white space, a line break included, as one space. */
    static String singleSpaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < name.length()
                    && Character.isWhitespace(name.charAt(i + 1)))) {
                return WHITE_SPACE.matcher(name).replaceAll(" ");
            }
        }
        return name;
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Whether the text is written in capitals ({@link Capitals#shouting}). */
    boolean shouting() {
        if (shouting == null) {
            shouting = Capitals.shouting(text);
        }
        return shouting;
    }

    /** Whether the text reports matches ({@link SportsTeams#reportsMatches}). */
    boolean reportsMatches() {
        if (reportsMatches == null) {
            reportsMatches = SportsTeams.reportsMatches(text);
        }
        return reportsMatches;
    }

    /** The words of a short text such as a name, read once: not kept among the recent texts. */
    static Tokens ofName(String name) {
        return read(name);
    }

    /** The {@link NameKeys key} of the word, with or without its possessive. */
    String key(int i, boolean withoutPossessive) {
        String[] keys = withoutPossessive ? nameKeys : wordKeys;
        String key = keys[i];
        if (key == null) {
            key = NameKeys.of(withoutPossessive ? name(i) : word(i));
            keys[i] = key;
        }
        return key;
    }

    /** The end of the word without a possessive "'s": "France" of "France's". */
    int nameEnd(int i) {
        int end = ends[i];
        if (end - starts[i] > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && isApostrophe(text.charAt(end - 2))) {
            return end - 2;
        }
        return end;
    }

    /** The word without a possessive "'s". */
    String name(int i) {
        String name = names[i];
        if (name == null) {
            name = nameEnd(i) == ends[i] ? word(i) : text.substring(starts[i], nameEnd(i));
            names[i] = name;
        }
        return name;
    }

    /** The character right before word {@code i}, or 0 at the start. */
    char before(int i) {
        return starts[i] == 0 ? 0 : text.charAt(starts[i] - 1);
    }

    /** The character right after word {@code i}, or 0 at the end. */
    char next(int i) {
        return ends[i] >= text.length() ? 0 : text.charAt(ends[i]);
    }

    boolean possessive(int i) {
        return nameEnd(i) != ends[i];
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Two or more letters, all capitals ("OPEC", "U.S."). */
    boolean allCaps(int i) {
        return allCaps(starts[i], ends[i]);
    }

    /** Whether the word without its possessive is in capitals ("GHR's"). */
    boolean nameInCapitals(int i) {
        return allCaps(starts[i], nameEnd(i));
    }

    private boolean allCaps(int start, int end) {
        int letters = 0;
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** Whether only spaces, one line break or a hyphen stand between word {@code i} and the next. */
    boolean joinedToNext(int i) {
        if (i + 1 >= size) {
            return false;
        }
        if (joinedToNext[i] == 0) {
            joinedToNext[i] = readJoinedToNext(i) ? (byte) 2 : (byte) 1;
        }
        return joinedToNext[i] == 2;
    }

    private boolean readJoinedToNext(int i) {
        if (nicknameAt(i + 1) || nicknameAt(i)) {
            return true;  // Richard A. "Rick" Dunbar
        }
        int breaks = 0;
        for (int at = ends[i]; at < starts[i + 1]; at++) {
            char c = text.charAt(at);
            if (hyphen(c) && at + 1 < starts[i + 1] && hyphen(text.charAt(at + 1))) {
                return false;  // "airports--Dallas", "Philadelphia--Dole said": two hyphens are a dash
            }
            if (c == '\n') {
                breaks++;
                if (indented(at + 1)) {
                    return false;  // a new paragraph: "Year\n    Shr 2.16 dlrs" is no name
                }
            } else if (abbreviationStop(i, at)) {
                continue;  // "Martin T. Sosnoff", "Maj. Gen. Sani": an initial's or a title's full stop
            } else if (!blank(c) && !(hyphen(c) && !spacedDashBeforeArticle(i) && !datelinesDash(i, at))) {
                // "Accra, Dec. 16, GNA - The Bank of Ghana": a dateline's dash before the story's words parts them
                return false;
            }
        }
        return breaks <= 1;
    }

    /**
     * Whether word {@code i} is a nickname in quotes between a name's words: one capitalised word, a space and an
     * opening quote before it, a closing quote and a space after it; a given name or an initial before it and a word
     * no dictionary has after it ("Richard A. "Rick" Dunbar", not "Harris "Dangerous" Radical").
     */
    private boolean nicknameAt(int i) {
        if (i == 0 || i + 1 >= size) {
            return false;
        }
        int open = starts[i] - 1;
        int close = ends[i];
        boolean quoted = open == ends[i - 1] + 1 + (text.charAt(ends[i - 1]) == '.' ? 1 : 0) && quote(text.charAt(open))
            && text.charAt(open - 1) == ' ' && close + 2 == starts[i + 1] && quote(text.charAt(close))
            && text.charAt(close + 1) == ' ';
        // the quotes first: this is asked of every pair of words a name may join
        return quoted && capitalised(i - 1) && capitalised(i) && capitalised(i + 1)
            && (initial(i - 1) || Lexicon.shipped().isGivenName(name(i - 1)))
            && !Lexicon.shipped().isCommonWord(name(i + 1));
    }

    private static boolean quote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private boolean abbreviationStop(int i, int at) {
        return text.charAt(at) == '.' && at == ends[i] && (initial(i) || TITLE_ABBREVIATIONS.contains(name(i))
            || engineersTitle(i) || givenNameAbbreviated(i));
    }

    /** Given names South Asian, Malaysian and older English copy abbreviate: "Md. Abdul Mannan", "Wm. Randolph". */
    private static final Set<String> ABBREVIATED_GIVEN_NAMES = WordSet.of("Md", "Mohd", "Muhd", "Wm", "Jas", "Thos",
        "Chas");

    /**
     * "Chairman Md. Abdul Mannan Patwary": an abbreviated given name with its stop before another given name, after a
     * title or opening the text ("in Baltimore Md. John Smith said" ends a sentence in Maryland).
     */
    boolean givenNameAbbreviated(int i) {
        return ABBREVIATED_GIVEN_NAMES.contains(word(i)) && i + 1 < size && capitalised(i + 1)
            && (i == 0 || NameVocabulary.TITLES.contains(name(i - 1))) && Lexicon.shipped().isGivenName(name(i + 1));
    }

    /**
     * "Minister of Water Eng. Raed Abu Al-Saud": an engineer's title as Gulf and East African agencies write it, before
     * a name (a given name or a word no dictionary has); without its full stop, or before "The", Eng is a syllable of
     * Hokkien and Teochew names ("Ng Eng Hen", "Lim Guan Eng. The party said").
     */
    boolean engineersTitle(int i) {
        if (!word(i).equals("Eng") || ends[i] >= text.length() || text.charAt(ends[i]) != '.' || i + 1 >= size
                || !capitalised(i + 1)) {
            return false;
        }
        Lexicon lexicon = Lexicon.shipped();
        return lexicon.isGivenName(name(i + 1)) || !lexicon.isCommonWord(name(i + 1));
    }

    private static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * "GNA - The Bank", "ZAMBOANGA CITY - Police": a dateline's dash, after capitals or before an article; and a dash
     * before a body's part of something ("the Lebanese Army Command - Directorate of Orientation": two bodies), where
     * a name of one body may have one ("A.P. Moller - Maersk", "Informal Anarchist Federation - International
     * Revolutionary Front").
     */
    private boolean spacedDashBeforeArticle(int i) {
        return starts[i + 1] - ends[i] > 1 && (ARTICLES.contains(word(i + 1)) || allCaps(i) && !allCaps(i + 1)
            || blank(text.charAt(ends[i])) && blank(text.charAt(starts[i + 1] - 1)) && i + 2 < size
                && SUBORDINATE_BODIES.contains(word(i + 1)) && word(i + 2).equals("of"));
    }

    /** How long a dateline before its dash may be: "TOKYO, Sept. 6 Kyodo", "RIO DE JANEIRO, Dec. 16, 2026 AP". */
    private static final int DATELINE_LIMIT = 60;
    /** A town, a comma, a date (month and day either way, perhaps a year) and an agency's word, opening the text. */
    private static final Pattern DATELINE_BEFORE_DASH = Pattern.compile("\\p{Lu}[\\p{L} .'’-]{1,40}, "
        + "(?:\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{L}{2,8}\\.?)(?:,? \\d{4})?,? \\p{Lu}[\\p{L}-]{1,20}\\s+");

    /**
     * "TOKYO, Sept. 6 Kyodo - Nippon Steel Corp.": a spaced dash at {@code at} after a town, a comma, a date and an
     * agency opening the text: the dateline's, which parts the agency from the story (but "A.P. Moller - Maersk", also
     * in a sentence's dates, keeps a name's words together).
     */
    private boolean datelinesDash(int i, int at) {
        return at <= DATELINE_LIMIT && starts[i + 1] - ends[i] >= 2 && blank(text.charAt(at - 1))
            && DATELINE_BEFORE_DASH.matcher(text).region(0, at).matches();
    }

    /** Heads of a body's parts, named "of" what they do: "Directorate of Orientation", "Department of Customs". */
    private static final Set<String> SUBORDINATE_BODIES = WordSet.of("Directorate", "Department", "Office", "Bureau",
        "Division", "Secretariat", "Directorate-General", "Administration", "Service");

    /** Whether the line starting at {@code at} opens with an indent (a tab or three spaces): a paragraph's. */
    private boolean indented(int at) {
        if (at < text.length() && text.charAt(at) == '\t') {
            return true;
        }
        return at + 2 < text.length() && text.charAt(at) == ' ' && text.charAt(at + 1) == ' '
            && text.charAt(at + 2) == ' ';
    }

    /** A single capital letter: an initial ("T" of "Martin T. Sosnoff"). */
    boolean initial(int i) {
        return ends[i] - starts[i] == 1 && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether word {@code i} and the next are written as one with a hyphen ("Hamas-run", "al-Nusra"). */
    boolean joined(int i) {
        return i + 1 < size && starts[i + 1] == ends[i] + 1 && (text.charAt(ends[i]) == '-'
            || text.charAt(ends[i]) == '\u2010' || text.charAt(ends[i]) == '\u2011');
    }

    /** "Magistrates' Court": word {@code i} ends in "s", an apostrophe and one space lead to the next word. */
    boolean pluralPossessiveBeforeNext(int i) {
        int end = ends[i];
        return i + 1 < size && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end))
            && starts[i + 1] == end + 2 && text.charAt(end + 1) == ' ';
    }

    /** The first non-space character after word {@code i}, or 0 at the end. */
    char after(int i) {
        for (int at = ends[i]; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** Whether word {@code i} opens a sentence, a paragraph or the text. */
    boolean opensSentence(int i) {
        for (int at = starts[i] - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '\n' && (at > 0 && (text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r')
                    || indented(at + 1))) {
                return true;
            }
            if (Character.isWhitespace(c) || "\"\u201C'(".indexOf(c) >= 0) {
                continue;
            }
            if (c == '.' && i > 0 && (ends[i - 1] > at || ends[i - 1] == at && abbreviated(i - 1))) {
                return false;  // "U.S." and "Corp." end a word, not necessarily a sentence
            }
            return ".!?:;-_\u2013\u2014".indexOf(c) >= 0;
        }
        return true;
    }

    /** Whether a full stop right after word {@code i} belongs to an abbreviation ("Corp.", "Gen."). */
    boolean abbreviated(int i) {
        return ABBREVIATIONS.contains(name(i));
    }
}
