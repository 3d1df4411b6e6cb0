package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "Ivan F. Boesky and Co LP", "Raymond James and Associates", "Alex. Brown and Sons Inc", "Jones and Co": a firm
 * named for its founders, their names then "and Co", "and Sons", "and Associates" or "and Partners" and perhaps a
 * legal form, is one organisation, where the names alone would be read as a person or a place (Jones, a town in the
 * Philippines). Runs before the lists, which know many founders' names: a firm the lists know, as written or by its
 * founders' names, is the listed one, its mention in full ("Raymond James and Associates"). A comma before the names
 * leaves the firm to the finders that read lists of partners ("Kidder, Peabody and Co"), an owner's possessive stays
 * out ("Japan's Mitsui & Co"), and so do a sentence's opening words ("On Tuesday Jones and Co said"). No firm: an
 * "and Co" in lower case or before more of a name ("Messi and co", "the Ham Luong and Co Chien rivers", "Belfast and
 * Co. Antrim"), and with no legal form after it, an "and Co" or "and Sons" after a person, any "and Son" ("Putin and
 * Co", "Trump and Son").
 */
final class PartnershipNames implements MentionFinder {

    private static final Set<String> FIRM_WORDS = WordSet.of("Co", "Company", "Sons", "Son", "Associates", "Partners",
        "Brothers", "Bros", "Cie");
    /** Given names as old firms abbreviate them, with a full stop ("Alex. Brown and Sons"). */
    private static final Set<String> ABBREVIATED_GIVEN_NAMES = WordSet.of("Alex", "Wm", "Chas", "Geo", "Thos", "Jas",
        "Jos", "Benj", "Robt");
    /** A partnership's forms, which are no legal forms of companies ("Co LP"). */
    private static final Set<String> PARTNERSHIP_FORMS = WordSet.of("LP", "L.P.");
    private static final Set<String> NO_FOUNDERS = WordSet.of("The", "A", "An", "And", "Or", "But", "Both");
    /** Founders' words before "and", initials included: "Sanford C. Bernstein", "Kohlberg Kravis Roberts". */
    private static final int NAME_WORDS = 4;
    /** Capitalised words between the firm word and a legal form: "McDonald and Co Securities Inc". */
    private static final int WORDS_BEFORE_FORM = 2;

    private final Gazetteer lists;
    private final Lexicon lexicon = Lexicon.shipped();

    PartnershipNames(Gazetteer lists) {
        this.lists = lists;
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>(0);
        if (text.indexOf(" and ") < 0 && text.indexOf(" & ") < 0) {
            return found;
        }
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            return found;  // a headline in capitals has no lower case to tell "AND CO" from anything else
        }
        for (int and = 1; and + 1 < words.size(); and++) {
            int first = firmAt(words, and);
            if (first < 0) {
                continue;
            }
            int last = formEnd(words, and + 1);
            if (nameGoesOn(words, last)) {
                continue;
            }
            GazetteerEntry listed = listed(words, first, and);
            if (listed == null && last == and + 1 && informal(words, first, and)) {
                continue;
            }
            int start = words.start(first);
            int end = words.nameEnd(last);
            FoundMention mention = listed == null ? FoundMention.unlisted(field, text, start, end, EntityType.ORGANIZATION)
                : new FoundMention(field, start, end, text.substring(start, end), listed);
            if (!mention.overlapsAny(taken) && !mention.overlapsAny(found)) {
                found.add(mention);
            }
        }
        return found;
    }

    /**
     * "the Ham Luong and Co Chien rivers", "Belfast and Co. Antrim": more of a name after the firm word, or a county
     * ("Co." before a place the lists know).
     */
    private boolean nameGoesOn(Tokens words, int last) {
        if (last + 1 >= words.size() || !words.capitalised(last + 1)) {
            return false;
        }
        if (words.joinedToNext(last)) {
            return true;
        }
        return words.word(last).equals("Co") && words.text().startsWith(". ", words.end(last))
            && lists.knowsAs(words.key(last + 1, true), KnownName.Kind.CITY, KnownName.Kind.REGION,
                KnownName.Kind.MINOR_REGION, KnownName.Kind.DISTRICT);
    }

    /**
     * Without a legal form, "and Co" or "and Sons" after a person is company in the informal sense, and "and Son" a
     * person named Son as often as a firm ("Putin and Co", "Kane and Son", "Trump and Son").
     */
    private boolean informal(Tokens words, int first, int and) {
        String firmWord = words.word(and + 1);
        if (firmWord.equals("Son")) {
            return true;
        }
        String names = words.text().substring(words.start(first), words.end(and - 1));
        boolean person = lists.knowsAs(NameKeys.of(names), KnownName.Kind.PERSON)
            || and - first >= 2 && lexicon.isGivenName(words.name(first));  // "Boris Johnson and Co", not "Hayes and Co"
        return person && (firmWord.equals("Co") || firmWord.equals("Company") || firmWord.equals("Sons"));
    }

    /** The first of the founders' words when word {@code and} joins them to a firm word, or -1. */
    private static int firmAt(Tokens words, int and) {
        if (!isAnd(words.word(and)) || !FIRM_WORDS.contains(words.word(and + 1)) || !words.joinedToNext(and)
                || !words.joinedToNext(and - 1)) {
            return -1;
        }
        return founders(words, and);
    }

    private static boolean isAnd(String word) {
        return word.equals("and") || word.equals("&");
    }

    /** The first of the founders' words before the "and" at {@code and}, or -1 when they are no firm's. */
    private static int founders(Tokens words, int and) {
        int first = and;
        while (first - 1 >= 0 && and - (first - 1) <= NAME_WORDS && foundersWord(words, first - 1, first == and)) {
            first--;
        }
        while (first < and - 1 && (NO_FOUNDERS.contains(words.word(first)) || opening(words.name(first)))) {
            first++;
        }
        if (first == and || words.possessive(and - 1)) {
            return -1;
        }
        if (first >= 1 && ABBREVIATED_GIVEN_NAMES.contains(words.word(first - 1))
                && words.text().substring(words.end(first - 1), words.start(first)).equals(". ")) {
            first--;
        }
        return listOfPartners(words, first) ? -1 : first;
    }

    /** "On Tuesday Jones and Co said": an everyday or a calendar word opening the sentence, no founder's. */
    private static boolean opening(String word) {
        return Lexicon.shipped().isCommonWord(word) || NameVocabulary.isCalendarWord(word);
    }

    /** Whether word {@code i} may be a founder's, joined to the next unless it is the last, no owner's possessive. */
    private static boolean foundersWord(Tokens words, int i, boolean last) {
        return words.capitalised(i) && (last || words.joinedToNext(i) && !words.possessive(i)) && !isAnd(words.word(i));
    }

    /**
     * Whether a partner's name and a comma stand right before word {@code first}: "Kidder, Peabody and Co", not
     * "Raymond James and Associates, Alex. Brown and Sons".
     */
    private static boolean listOfPartners(Tokens words, int first) {
        if (first == 0 || !words.capitalised(first - 1) || FIRM_WORDS.contains(words.word(first - 1))
                || CompanyForms.isSuffix(words.word(first - 1))) {
            return false;
        }
        String between = words.text().substring(words.end(first - 1), words.start(first)).trim();
        return between.equals(",");
    }

    /** The last word of the firm's name from its firm word on: its legal forms, perhaps after a word or two. */
    private static int formEnd(Tokens words, int firmWord) {
        int last = firmWord;
        for (int j = firmWord + 1; j < words.size() && j - firmWord <= WORDS_BEFORE_FORM + 1
                && words.joinedToNext(j - 1) && words.capitalised(j); j++) {
            if (CompanyForms.isLegalForm(words.word(j)) || PARTNERSHIP_FORMS.contains(words.word(j))) {
                last = j;
            } else if (last != firmWord) {
                break;
            }
        }
        return last;
    }

    /**
     * The organisation the lists know as the firm ("Mitsui and Co" of "Mitsui & Co") or by its founders' names
     * ("Raymond James"), or null.
     */
    private GazetteerEntry listed(Tokens words, int first, int and) {
        String text = words.text();
        GazetteerEntry firm = listedOrganisation(text.substring(words.start(first), words.end(and + 1)));
        return firm != null ? firm : listedOrganisation(text.substring(words.start(first), words.end(and - 1)));
    }

    private GazetteerEntry listedOrganisation(String name) {
        for (KnownName known : lists.lookup(NameKeys.of(name))) {
            if (known.kind() == KnownName.Kind.ORGANIZATION || known.kind() == KnownName.Kind.WATCHED
                    && known.entry().type() == EntityType.ORGANIZATION) {
                return known.entry();
            }
        }
        return null;
    }
}
