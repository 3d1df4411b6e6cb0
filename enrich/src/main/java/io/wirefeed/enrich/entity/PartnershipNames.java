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
 * out ("Japan's Mitsui & Co"), and an "and Co" in lower case or before more of a name is no firm ("Messi and co", "the
 * Ham Luong and Co Chien rivers").
 */
final class PartnershipNames implements MentionFinder {

    private static final Set<String> FIRM_WORDS = WordSet.of("Co", "Company", "Sons", "Son", "Associates", "Partners",
        "Brothers", "Bros", "Cie");
    /** Given names as old firms abbreviate them, with a full stop ("Alex. Brown and Sons"). */
    private static final Set<String> ABBREVIATED_GIVEN_NAMES = WordSet.of("Alex", "Wm", "Chas", "Geo", "Thos", "Jas",
        "Jos", "Benj", "Robt");
    private static final Set<String> NO_FOUNDERS = WordSet.of("The", "A", "An", "And", "Or", "But", "Both");
    /** Founders' words before "and", initials included: "Sanford C. Bernstein", "Kohlberg Kravis Roberts". */
    private static final int NAME_WORDS = 4;
    /** Capitalised words between the firm word and a legal form: "McDonald and Co Securities Inc". */
    private static final int WORDS_BEFORE_FORM = 2;

    private final Gazetteer lists;

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
            if (last + 1 < words.size() && words.joinedToNext(last) && words.capitalised(last + 1)) {
                continue;  // "the Ham Luong and Co Chien rivers": a name goes on
            }
            int start = words.start(first);
            int end = words.nameEnd(last);
            GazetteerEntry listed = listed(words, first, and);
            FoundMention mention = new FoundMention(field, start, end, text.substring(start, end), listed != null ? listed
                : new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(text.substring(start, end)), null, null));
            if (!mention.overlapsAny(taken) && !mention.overlapsAny(found)) {
                found.add(mention);
            }
        }
        return found;
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
        while (first < and && NO_FOUNDERS.contains(words.word(first))) {
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
            if (CompanyForms.isSuffix(words.word(j))) {
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
