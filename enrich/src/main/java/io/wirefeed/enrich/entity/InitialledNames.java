package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "District Collector V P Jeyaseelan", "A R Rahman performed", "K Annamalai said", "P. Karuppasamy (35)": a person's
 * initials written as South Asian copy writes them, capitals with or without full stops, before a surname no
 * dictionary has. Not a capital after
 * a capitalised word ("Group A Rahman"), nor before an everyday word ("A Day", "B Shares") or a legal form ("C
 * Czarnikow Ltd"), nor an article alone ("A Kalashnikov rifle"), nor a place's or a body's name the lists know
 * ("S Korea", "A Coruna"), or a name another finder read. And the initials Mongolian copy glues to a name
 * ({@link GluedInitials}: "D.Batbayar").
 */
final class InitialledNames implements MentionFinder {

    /** An article or a pronoun, not an initial, when it stands alone: "A Kalashnikov rifle", "I Made it". */
    private static final Set<String> ARTICLE_LIKE = WordSet.of("A", "I");
    private static final int MOST_INITIALS = 3;
    private static final int MOST_SURNAMES = 2;

    private final Gazetteer lists;
    private final Lexicon lexicon = Lexicon.shipped();

    InitialledNames(Gazetteer lists) {
        this.lists = lists;
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>(0);
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            return found;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!opensName(words, i)) {
                continue;
            }
            int surname = i;
            while (surname < words.size() && surname - i < MOST_INITIALS && bareInitial(words, surname)) {
                surname++;
            }
            int last = surnameEnd(words, surname);
            if (last < 0 || noPerson(words, i, surname, last)) {
                i = surname;
                continue;
            }
            int start = words.start(i);
            int end = words.nameEnd(last);
            FoundMention mention = FoundMention.unlisted(field, text, start, end, EntityType.PERSON);
            if (!mention.overlapsAny(taken) && !listed(text.substring(start, end))) {
                found.add(mention);
            }
            i = last;
        }
        found.addAll(GluedInitials.people(field, text, taken, lists));
        return found;
    }

    /**
     * An initial that no capitalised word but a title comes right before ("Collector V P Jeyaseelan"), nor another
     * initial and "and" ("S and W Berisford", a company).
     */
    private static boolean opensName(Tokens words, int i) {
        return bareInitial(words, i) && (words.next(i) != '.' || !endsASentence(words, i))
            && !(i > 0 && words.joinedToNext(i - 1) && words.capitalised(i - 1)
            && !NameVocabulary.TITLES.contains(words.word(i - 1)))
            && !(i > 1 && (words.word(i - 1).equals("and") || words.word(i - 1).equals("&")) && words.initial(i - 2));
    }

    /** Words in lower case a letter names a kind of ("vitamin D", "hepatitis B", "type A", "terminal C"). */
    private static final Set<String> LETTER_NOUNS = WordSet.of("vitamin", "vitamins", "hepatitis", "type", "class",
        "grade", "phase", "section", "article", "stage", "pool", "block", "zone", "category", "level", "plan", "group",
        "wing", "gate", "terminal", "platform", "annex", "schedule", "tier", "series", "model", "division", "league",
        "route", "runway", "line", "unit", "ward", "sector", "part", "item", "exhibit", "final", "heat", "influenza",
        "appendix", "option", "box", "room", "floor", "hall", "lot");

    /** Whether a capital with a full stop may end a sentence after a word it names a kind of ("vitamin D. Researchers"). */
    private static boolean endsASentence(Tokens words, int i) {
        return i > 0 && words.joinedToNext(i - 1) && LETTER_NOUNS.contains(words.word(i - 1));
    }

    /**
     * One capital alone before a capitalised word: a single space between ("V" of "V P Jeyaseelan"), a full stop and
     * a space or a line's end ("P." of "P. Karuppasamy"), or a full stop before another initial ("M." of "M.K.
     * Stalin").
     */
    private static boolean bareInitial(Tokens words, int i) {
        if (!words.initial(i) || i + 1 >= words.size() || !words.capitalised(i + 1)) {
            return false;
        }
        String text = words.text();
        int end = words.end(i);
        int next = words.start(i + 1);
        if (next == end + 1) {
            return text.charAt(end) == ' ' || text.charAt(end) == '.' && words.initial(i + 1);
        }
        return next == end + 2 && text.charAt(end) == '.' && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\n');
    }

    /** The last word of the surname at word {@code first}, a name of its own and no everyday word, or -1. */
    private int surnameEnd(Tokens words, int first) {
        if (first >= words.size() || !surnameWord(words, first)) {
            return -1;
        }
        int last = first;
        while (last + 1 < words.size() && last + 1 - first < MOST_SURNAMES && words.next(last) == ' '
                && words.start(last + 1) == words.end(last) + 1 && !words.possessive(last)
                && surnameWord(words, last + 1)) {
            last++;
        }
        return last;
    }

    private boolean surnameWord(Tokens words, int i) {
        String word = words.name(i);
        return words.capitalised(i) && !words.allCaps(i) && word.length() >= 3 && !lexicon.isCommonWord(word)
            && !CompanyForms.isSuffix(word) && !NameVocabulary.isCalendarWord(word);
    }

    /**
     * Whether initials from word {@code first} and a surname from {@code surname} to {@code last} name no person: an
     * article alone ("A Kalashnikov"), a company's name ("C Czarnikow Ltd"), or after initials with full stops, words
     * the lists know.
     */
    private boolean noPerson(Tokens words, int first, int surname, int last) {
        return surname - first == 1 && words.next(first) == ' ' && ARTICLE_LIKE.contains(words.word(first))
            || companyAfter(words, last) || words.next(first) == '.' && anyListed(words, surname, last);
    }

    /** "C Czarnikow Ltd": a legal form after the name makes it a company's. */
    private static boolean companyAfter(Tokens words, int last) {
        return last + 1 < words.size() && words.joinedToNext(last) && CompanyForms.isSuffix(words.word(last + 1));
    }

    /**
     * Whether the lists know any of the words as anything: after initials with full stops, a known word is more often
     * a people's ("S. Korean"), a place's or a longer name's ("T. Boone Pickens") than a surname; and whether they are
     * a species after its genus ("E. Coli", "T. Rex").
     */
    private boolean anyListed(Tokens words, int first, int last) {
        if (GluedInitials.abbreviation(words.word(first - 1), words.name(first), lists)) {
            return true;    // "S. Korean", "N. Ireland", "E. Coli", "T. Rex"
        }
        for (int j = first; j <= last; j++) {
            if (lists.lookup(NameKeys.of(words.name(j))).length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lists know the name, or its surname alone, as a place or a body ("S Korea"). */
    private boolean listed(String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return lists.lookup(NameKeys.of(name)).length > 0 || lists.knowsAs(NameKeys.of(surname),
            KnownName.Kind.COUNTRY, KnownName.Kind.REGION, KnownName.Kind.CAPITAL, KnownName.Kind.ORGANIZATION,
            KnownName.Kind.DEMONYM);
    }
}
