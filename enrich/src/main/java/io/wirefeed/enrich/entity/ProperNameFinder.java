package io.wirefeed.enrich.entity;

import static io.wirefeed.enrich.entity.NameVocabulary.COMPANY_WORDS;
import static io.wirefeed.enrich.entity.NameVocabulary.FUNCTION_WORDS;
import static io.wirefeed.enrich.entity.NameVocabulary.HEADLINE_BREAKS;
import static io.wirefeed.enrich.entity.NameVocabulary.JOINERS;
import static io.wirefeed.enrich.entity.NameVocabulary.LEADING_HEADS;
import static io.wirefeed.enrich.entity.NameVocabulary.NOT_ACRONYMS;
import static io.wirefeed.enrich.entity.NameVocabulary.ORGANISATION_AFTER;
import static io.wirefeed.enrich.entity.NameVocabulary.ORGANISATION_DESCRIPTORS;
import static io.wirefeed.enrich.entity.NameVocabulary.ORGANISATION_HEADS;
import static io.wirefeed.enrich.entity.NameVocabulary.endsCompanyName;
import static io.wirefeed.enrich.entity.NameVocabulary.PARTICLES;
import static io.wirefeed.enrich.entity.NameVocabulary.PERSON_ROLES_AFTER;
import static io.wirefeed.enrich.entity.NameVocabulary.PLACE_HEADS;
import static io.wirefeed.enrich.entity.NameVocabulary.ROLES;
import static io.wirefeed.enrich.entity.NameVocabulary.SAID;
import static io.wirefeed.enrich.entity.NameVocabulary.SPEECH_BEFORE;
import static io.wirefeed.enrich.entity.NameVocabulary.SPLITTING_JOINERS;
import static io.wirefeed.enrich.entity.NameVocabulary.TITLES;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Names no list knows, found by their shape and the words around them. A name is a run of capitalised words
 * ("Ohio Mattress Co", "Frank Guarini", "Securities and Exchange Commission": "of", "and", "de", "van"... may join
 * two of them); the run is then typed by what agencies write with names:
 * <ul>
 *   <li>an organisation: a company suffix ("Inc", "Corp", "Ltd", "AG", "NV"...) or a ticker after it ("Chrysler Corp
 *       &lt;C&gt;", "Siemens (SIEGn.DE)"), or an organisation's head word ("Ministry", "Bank", "Commission",
 *       "Airlines"...);</li>
 *   <li>a person: a title or role before it ("Finance Minister Gerhard Stoltenberg", "Mr Baker"), a given name
 *       opening it ("Frank Guarini"), or "said" next to it;</li>
 *   <li>an organisation again: an acronym of capitals ("CACEX", "TWA") that is not a common abbreviation.</li>
 * </ul>
 * A run that opens a sentence loses its first word when that is an ordinary English word ("Showers continued");
 * a run that fits none of these is left alone: a name's type is not guessed. Fields in capitals (a headline) are
 * not read: there, capitals say nothing; the recognizer links the names found elsewhere into them.
 */
public final class ProperNameFinder implements MentionFinder {

    private static final int LONGEST_NAME = 12;
    /** What ties a title to its portfolio: "Minister of Finance", and in Commonwealth copy "Minister for Finance". */
    private static final Set<String> TITLE_TIES = WordSet.of("of", "for");
    /** "Bank" and "savings bank" in the Slavic languages, written in lower case after a bank's name. */
    private static final Set<String> SLAVIC_BANKS = WordSet.of("banka", "spořitelna", "sporitelna");

    /** Countries whose names are common surnames too. */
    private static final Set<String> COUNTRIES_AS_SURNAMES = WordSet.of("Holland", "Ireland", "England", "Wales",
        "Scotland", "France", "Brazil", "Canada", "Israel", "Jordan", "Chad", "Georgia", "Montenegro");

    private final Lexicon lexicon;

    public ProperNameFinder() {
        this.lexicon = Lexicon.shipped();
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        Tokens words = Tokens.of(text);
        if (words.shouting()) {
            companiesInCapitals(field, words, taken, found);
            return found;
        }
        int i = 0;
        List<int[]> untyped = new ArrayList<>();
        while (i < words.size()) {
            if (!words.capitalised(i) || insideTicker(words, i) || NameVocabulary.calendar(words, i)
                    || words.engineersTitle(i)) {
                i++;
                continue;
            }
            int club = clubEnd(words, i);
            if (club > 0) {
                add(found, field, words, i, club, EntityType.ORGANIZATION);
                i = club + 1;
                continue;
            }
            int end = runEnd(words, i, taken);
            int listedStart = listedStartAcrossComma(words, i, end, taken);
            if (listedStart >= 0) {
                name(field, words, listedStart, end, taken, found);
                i = end + 1;
                continue;
            }
            int qualified = bracketedQualifier(words, end);
            if (qualified > 0) {
                name(field, words, i, qualified, taken, found);
                i = qualified + 1;
                continue;
            }
            int partners = partnersAfterComma(words, i, end, taken);
            if (partners > 0) {
                add(found, field, words, i, partners, EntityType.ORGANIZATION);
                i = partners + 1;
                continue;
            }
            // "The Housing, Communities and Local Government Committee": the article opens the sentence, not the name
            int fields = NameVocabulary.FUNCTION_WORDS.contains(words.word(i)) && words.joinedToNext(i) ? i + 1 : i;
            int listed = fieldsBeforeHead(words, fields, fields > i, taken);
            if (listed > 0) {
                add(found, field, words, fields, listed, EntityType.ORGANIZATION);
                i = listed + 1;
                continue;
            }
            int last = fieldsAfterComma(words, i, end, taken);
            int named = beforePostNominals(words, i, last);
            name(field, words, i, named, taken, found);
            addParts(words, i, named, untyped);
            i = last + 1;
        }
        typeByCoordination(field, words, untyped, taken, found);
        return found;
    }

    /**
     * "Donaldson, Lufkin and Jenrette Securities Corp": where a listed name written with its comma runs into the
     * run of words {@code first} to {@code last} and the run goes on past it, the run starts where the listed name
     * does, as it would with no comma. That word, or -1.
     */
    private static int listedStartAcrossComma(Tokens words, int first, int last, List<FoundMention> taken) {
        if (first == 0 || words.next(first - 1) != ',') {
            return -1;
        }
        int start = words.start(first);
        for (FoundMention known : taken) {
            if (known.start() < start && start < known.end() && known.end() < words.end(last)) {
                int listed = first - 1;
                while (listed > 0 && words.start(listed) > known.start()) {
                    listed--;
                }
                return words.start(listed) == known.start() ? listed : -1;
            }
        }
        return -1;
    }

    /**
     * "KK Partizan", "HC Kometa Brno", "NK Maribor": in a match report, a club's prefix and up to three capitalised
     * words after it are the club's name, whatever the words are. The name's last word, or -1.
     */
    private static int clubEnd(Tokens words, int i) {
        if (!SportsTeams.opensClubName(words.word(i)) || i + 1 >= words.size() || !words.joinedToNext(i)
                || !words.capitalised(i + 1) || !words.reportsMatches()) {
            return -1;
        }
        if (NameVocabulary.calendar(words, i + 1) || Lexicon.shipped().isGivenName(words.name(i + 1))) {
            return -1;  // "CF Julio Rodriguez homered": a player's position
        }
        int end = i + 1;
        while (end - i < 3 && !words.possessive(end) && words.joinedToNext(end) && words.capitalised(end + 1)
                && !NameVocabulary.calendar(words, end + 1)) {
            end++;  // "AC Milan Wednesday": not the day
        }
        return end;
    }

    /**
     * "Lake Victoria", "Gulf of Maine", "Upper Midwest": a place's head before a name (known, but for lakes and
     * waters named of something: "the Gulf of Bothnia", "the Strait of Otranto"); not a list ("Lake
     * Superior and the Gulf of Mexico").
     */
    private static boolean openedByPlaceHead(Tokens words, int from, int last, List<FoundMention> taken) {
        boolean localAuthority = last - from == 2 && LOCAL_AUTHORITIES.contains(words.name(from))
            && words.word(from + 1).equals("of");  // "the City of Wanneroo", "the Shire of Gingin"
        boolean watersOf = last - from >= 2 && last - from <= 3 && WATERS.contains(words.name(from))
            && words.word(from + 1).equals("of");
        return from < last && (NameVocabulary.LEADING_PLACE_HEADS.contains(words.name(from)) || localAuthority
                || watersOf || namedAfterAnything(words, from, last))
            && !listsNames(words, from, last) && (localAuthority || watersOf || knownAt(taken, -1, words.nameEnd(last))
                || namedAfterAnything(words, from, last));
    }

    private static boolean namedAfterAnything(Tokens words, int from, int last) {
        if (last - from > 2 || !LAKES.contains(words.name(from))
                || NameVocabulary.ORGANISATION_HEADS.contains(words.name(last))) {
            return false;
        }
        for (int j = from + 1; j <= last; j++) {
            if (!words.capitalised(j)) {
                return false;  // "Port of Dakar", "Port Autonome de Dakar": a port's operator
            }
        }
        return true;
    }

    private static final Set<String> WATERS = WordSet.of("Gulf", "Bay", "Strait", "Straits", "Sea");

    private static final Set<String> LOCAL_AUTHORITIES = WordSet.of("City", "Shire", "Town", "Municipality", "Borough");

    private static boolean listsNames(Tokens words, int from, int last) {
        for (int j = from + 1; j < last; j++) {
            if (LIST_JOINERS.contains(words.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** The words that list names: "Britain and France", "Paris or Lyon" ("&" joins one firm's: "Abercrombie & Fitch"). */
    private static final Set<String> LIST_JOINERS = WordSet.of("and", "or");

    /**
     * "Ministry of Agriculture, Fisheries and Food", "Ministry of Trade, Industry and Energy": after a head word and
     * "of", a comma may list the body's fields up to an "and" and a last one. The run's new last word.
     */
    private static int fieldsAfterComma(Tokens words, int first, int last, List<FoundMention> taken) {
        if (words.after(last) != ',' || !ofAfterHead(words, first, last)) {
            return last;
        }
        int j = last + 1;
        for (int fields = 0; fields < 3 && j + 1 < words.size() && words.capitalised(j); fields++) {
            if (words.joinedToNext(j) && words.word(j + 1).equals("and") && j + 2 < words.size()
                    && words.capitalised(j + 2) && words.joinedToNext(j + 1)) {
                int field = lastField(words, j + 2);
                int start = words.start(last);
                int end = words.end(field);
                // "Bank of Japan, Mitsubishi and Sony": names a list knows are a list, not a body's fields
                return overlapsKnown(taken, start, end) ? last : field;
            }
            if (words.after(j) != ',') {
                return last;
            }
            j++;
        }
        return last;
    }

    /**
     * "Prosecutor Rebecca Thorneycroft-Mills KC", "Sir Keir Starmer MP": the honours and offices British copy writes
     * after a name are no part of it. The name's last word.
     */
    private static int beforePostNominals(Tokens words, int first, int last) {
        int named = last;
        while (named > first + 1 && POST_NOMINALS.contains(words.word(named))) {
            named--;
        }
        return named;
    }

    private static final Set<String> POST_NOMINALS = WordSet.of("KC", "QC", "MP", "MSP", "MEP", "OBE", "CBE", "MBE",
        "KBE", "DBE", "VC");

    /** Whether a name a list knows overlaps the characters from {@code start} to {@code end}. */
    private static boolean overlapsKnown(List<FoundMention> taken, int start, int end) {
        return taken.stream().anyMatch(known -> known.start() < end && start < known.end());
    }

    /** The head words of bodies whose fields their names list: "Health, Labor and Welfare Ministry". */
    private static final Set<String> FIELDS_HEADS = WordSet.of("Ministry", "Department", "Commission", "Committee",
        "Subcommittee", "Council", "Board", "Agency", "Bureau", "Office", "Authority", "Directorate", "Exchange",
        "Division", "Institute", "Secretariat", "Service", "Administration");
    /** How many fields, commas between them, a body's name may list before its "and". */
    private static final int LISTED_FIELDS = 4;

    /**
     * "Health, Labor and Welfare Ministry", "Coffee, Sugar and Cocoa Exchange Inc", "Posts and Telecommunications
     * Ministry": ordinary words listed with commas up to an "and", a last field and a body's head word are the body's
     * name, with what closes it as any name's ("Inc", "of India"); not names of places ("Paris, Lyon and Marseille
     * Council") or bodies listed ("the Foreign Ministry, Defence Ministry and Interior Ministry"). The name's last
     * word, or -1. {@code afterArticle}: an article before word {@code first} opens the sentence.
     */
    private int fieldsBeforeHead(Tokens words, int first, boolean afterArticle, List<FoundMention> taken) {
        int beforeAnd = fieldsListedUpToAnd(words, first, afterArticle);
        int head = beforeAnd < 0 ? -1 : headAfterLastField(words, beforeAnd + 2);
        if (head < 0) {
            return -1;
        }
        int start = words.start(first);
        int end = words.end(head);
        // "Bank of Japan, Mitsubishi and Sony": names a list knows are a list, not a body's fields
        if (overlapsKnown(taken, start, end)) {
            return -1;
        }
        int closed = runEnd(words, beforeAnd, taken);
        return closed > head && closesName(words, head, closed) ? closed : head;
    }

    /**
     * Whether words after {@code head} up to {@code last} close the body's name as a legal form or an "of" does ("Inc",
     * "of India"), not another name listed after it ("and the Japan Development Bank").
     */
    private static boolean closesName(Tokens words, int head, int last) {
        String next = words.word(head + 1);
        if (!next.equals("of") && !CompanyForms.isSuffix(words.name(head + 1))) {
            return false;
        }
        for (int j = head + 1; j <= last; j++) {
            if (LIST_JOINERS.contains(words.word(j)) || words.word(j).equals("the") || words.after(j) == ',' && j < last) {
                return false;
            }
        }
        return true;
    }

    /** The last field before the "and" of fields listed with commas from word {@code first}, or -1. */
    private int fieldsListedUpToAnd(Tokens words, int first, boolean afterArticle) {
        int j = first;
        int commas = 0;
        while (j + 1 < words.size() && fieldWord(words, j)) {
            if (words.after(j) == ',' && words.capitalised(j + 1)) {
                if (++commas > LISTED_FIELDS) {
                    return -1;
                }
            } else if (!words.joinedToNext(j) || words.word(j + 1).equals("and")) {
                break;
            }
            j++;
        }
        if (!fieldWord(words, j)) {
            return -1;  // "Finance, Keizai and Trade Ministry teams", "the Foreign Ministry, Defence Ministry and"
        }
        boolean listed = commas > 0 || j == first && pluralFieldAlone(words, first, afterArticle);
        return listed && andJoinsAfter(words, j) ? j : -1;
    }

    /** Whether "and" and two words more follow word {@code j}, joined to it. */
    private static boolean andJoinsAfter(Tokens words, int j) {
        return j + 3 < words.size() && words.joinedToNext(j) && words.word(j + 1).equals("and")
            && words.joinedToNext(j + 1);
    }

    /**
     * Without a comma, a field in the plural ("Posts and Telecommunications Ministry": the singular's are typedName's),
     * but not "Analysts and Finance Ministry officials said".
     */
    private static boolean pluralFieldAlone(Tokens words, int first, boolean afterArticle) {
        return words.name(first).endsWith("s") && (afterArticle || !words.opensSentence(first));
    }

    /** The head word closing the last field, which starts at word {@code from}, or -1. */
    private int headAfterLastField(Tokens words, int from) {
        for (int k = from; k < words.size() && k - from <= 2 && words.capitalised(k); k++) {
            if (FIELDS_HEADS.contains(words.name(k)) && k > from && !foreignExchange(words, k)) {
                while (k + 1 < words.size() && !words.possessive(k) && words.joinedToNext(k)
                        && FIELDS_HEADS.contains(words.name(k + 1))) {
                    k++;  // "Price Support Division Office"
                }
                return k;
            }
            if (!fieldWord(words, k) || !words.joinedToNext(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** "Gold and Foreign Exchange holdings": the currency market, no body's head. */
    private static boolean foreignExchange(Tokens words, int k) {
        return words.name(k).equals("Exchange") && words.name(k - 1).equals("Foreign");
    }

    /**
     * A word a body's field is named by: a portfolio's, or an ordinary word capitalised ("Communities", "Cocoa"); not
     * a body's head ("Ministry").
     */
    private boolean fieldWord(Tokens words, int i) {
        return words.capitalised(i) && !NameVocabulary.FUNCTION_WORDS.contains(words.word(i))
            && !FIELDS_HEADS.contains(words.name(i))
            && (PORTFOLIOS.contains(words.name(i)) || lexicon.isCommonWord(words.word(i)));
    }

    /**
     * "Cheung Kong (Holdings) Ltd", "Toshiba Information Systems (U.K.) Ltd", "Kumba Iron Ore (Pty) Ltd": a qualifier
     * in brackets between a company's name and its legal form belongs to the name, also with a word or two of the
     * name after it ("GMAC (Australia) Finance Ltd"). The legal form's last word, or -1.
     */
    private static int bracketedQualifier(Tokens words, int last) {
        int open = last + 1;
        if (open >= words.size() || words.after(last) != '(' || words.before(open) != '('
                || words.start(open) - words.end(last) > 2 || !words.capitalised(open)) {
            return -1;
        }
        int close = bracketClose(words, open);
        int suffix = close + 1;
        if (words.next(close) != ')' || suffix >= words.size() || words.start(suffix) - words.end(close) > 2
                || acronymOfRun(words, last, open, close)) {
            return -1;
        }
        int form = formAfterNameWords(words, suffix);
        return form == suffix || form > suffix && qualifiesACompany(words, open, close) ? withLegalForms(words, form)
            : -1;
    }

    /** The word closing the qualifier in brackets opening at {@code open}: one to three capitalised words. */
    private static int bracketClose(Tokens words, int open) {
        int close = open;
        while (close - open < 2 && words.next(close) != ')' && words.joinedToNext(close) && words.capitalised(close + 1)) {
            close++;
        }
        return close;
    }

    /**
     * Whether words in brackets with a company's name after them qualify it ("GMAC (Australia) Finance Ltd"): not a
     * ticker, a news agency or an agency's code after a dateline's place ("KUALA LUMPUR (Bernama) Petronas Dagangan
     * Bhd", "Amcor (AMC) Pacific Dunlop Ltd").
     */
    private static boolean qualifiesACompany(Tokens words, int open, int close) {
        String inBrackets = words.text().substring(words.start(open), words.end(close));
        return !(open == close && words.allCaps(open) && inBrackets.length() > 2)
            && !Gazetteer.shipped().knowsAs(NameKeys.of(inBrackets), KnownName.Kind.ORGANIZATION);
    }

    /** The legal form at word {@code i} or after a word or two of a name there ("Finance Ltd"), or -1. */
    private static int formAfterNameWords(Tokens words, int i) {
        int form = i;
        while (form - i < 2 && !CompanyForms.isSuffix(words.name(form)) && words.capitalised(form)
                && words.joinedToNext(form)) {
            form++;
        }
        return CompanyForms.isSuffix(words.name(form)) ? form : -1;
    }

    /** "Overseas Trust Bank (OTB) Ltd": capitals in brackets that the run's initials spell define an acronym. */
    private static boolean acronymOfRun(Tokens words, int last, int open, int close) {
        if (open != close || !words.allCaps(open)) {
            return false;
        }
        int first = last;
        while (first > 0 && last - first < LONGEST_NAME && words.joinedToNext(first - 1) && words.capitalised(first - 1)) {
            first--;
        }
        return EntityRecognizer.initialsSpell(words.text().substring(words.start(first), words.end(last)),
            words.word(open));
    }

    /**
     * "Dillon, Read and Co Inc", "Alex, Brown and Sons Inc", "Merrill Lynch, Pierce, Fenner and Smith Inc": partners'
     * names listed up to "and" and a last one with a legal form, or up to a last one and a legal form, are one firm.
     * The firm's last word, or -1.
     */
    private int partnersAfterComma(Tokens words, int first, int last, List<FoundMention> taken) {
        if (!opensPartners(words, first, last)) {
            return -1;
        }
        int j = last + 1;
        for (int partners = 0; partners < 3 && j < words.size() && words.capitalised(j); partners++) {
            int end = runEnd(words, j, taken);
            if (end - j > 4) {
                return -1;
            }
            if (lastPartner(words, j, end, surnameOnly(words, first, last))) {
                int start = words.end(last);
                int stop = words.end(end);
                // "Paris, Texaco and Shell Oil Co": a name a list knows is no partner, but for the firm's first and a
                // town's before "and Co" ("Kidder, Peabody and Co Inc"; "Parsons, Houston and Weller Co" are three)
                boolean townsMayPartner = onlyFormsAfterAnd(words, j, end);
                return CompanyForms.isSuffix(words.name(end)) && !placeKnownAt(taken, words, first, last)
                    && taken.stream().noneMatch(known -> known.start() < stop && start < known.end()
                        && !(townsMayPartner && isTown(known))) ? end : -1;
            }
            if (end - j > 1 || words.after(end) != ',') {
                return -1;
            }
            j = end + 1;
        }
        return -1;
    }

    /**
     * A firm's first partner: a word or two before a comma, no abbreviation, no person followed by the firm that
     * bears their name ("said Martin Keogh, Keogh and Co chairman"), and no body complete in itself ("Dukhan Bank,
     * Baladna and Mannai Corporation" lists three companies).
     */
    private static boolean opensPartners(Tokens words, int first, int last) {
        boolean namesOwnFirm = last > first && last + 1 < words.size() && words.name(last + 1).equals(words.name(last));
        boolean wholeBody = last > first && (NameVocabulary.endsCompanyName(words.name(last))
            || ORGANISATION_HEADS.contains(words.name(last)));
        return last - first <= 1 && words.after(last) == ',' && !words.word(last).contains(".") && !namesOwnFirm
            && !wholeBody;
    }

    /** Whether only legal forms follow the "and" of words {@code from} to {@code last} ("and Co Inc"). */
    private static boolean onlyFormsAfterAnd(Tokens words, int from, int last) {
        for (int j = last; j > from; j--) {
            if (words.word(j).equals("and") || words.word(j).equals("&")) {
                return j < last;
            }
            if (!CompanyForms.isSuffix(words.name(j))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTown(FoundMention known) {
        return known.entity().type() == EntityType.PLACE && known.entity().id() != null
            && known.entity().id().startsWith("geonames:");
    }

    /** Whether a place a list knows opens at word {@code i}. */
    private static boolean knownPlaceAt(List<FoundMention> taken, Tokens words, int i) {
        return knownAt(taken, words, i, EntityType.PLACE);
    }

    /** Whether a body a list knows opens at word {@code i}. */
    private static boolean knownBodyAt(List<FoundMention> taken, Tokens words, int i) {
        return knownAt(taken, words, i, EntityType.ORGANIZATION);
    }

    private static boolean knownAt(List<FoundMention> taken, Tokens words, int i, EntityType type) {
        int start = words.start(i);
        for (FoundMention known : taken) {
            if (known.start() == start && known.entity().type() == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeKnownAt(List<FoundMention> taken, Tokens words, int first, int last) {
        int start = words.start(first);
        int end = words.end(last);
        for (FoundMention known : taken) {
            if (known.start() < end && start < known.end() && known.entity().type() != EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words {@code j} to {@code end} close a firm's partners: "and" and a last partner ("Read and Co Inc"), or,
     * after a first partner that is a surname alone, a last partner and a legal form ("Kleinwort, Benson Ltd").
     */
    private static boolean lastPartner(Tokens words, int j, int end, boolean surnameFirst) {
        return hasAnd(words, j, end) && !companyAfterAnd(words, j, end)
            || surnameFirst && end == j + 1 && CompanyForms.isLegalForm(words.name(end));
    }

    /**
     * One word before the comma that can only be a partner's surname: no everyday or function word, no given name
     * ("Meanwhile, Sorbex Inc said", "Peter Jones, Norvell Ltd chairman" are no firm's partners).
     */
    private static boolean surnameOnly(Tokens words, int first, int last) {
        String word = words.name(first);
        return first == last && !FUNCTION_WORDS.contains(word) && !Lexicon.shipped().isCommonWord(word)
            && !Lexicon.shipped().isGivenName(word);
    }

    /** "Sonora, Goldenbell, United and Inca Resources Inc": a company's word after the "and" makes it a list. */
    private static boolean companyAfterAnd(Tokens words, int from, int last) {
        boolean afterAnd = false;
        for (int j = from + 1; j <= last; j++) {
            if (afterAnd && NameVocabulary.COMPANY_WORDS.contains(words.name(j))) {
                return true;
            }
            afterAnd = afterAnd || words.word(j).equals("and") || words.word(j).equals("&");
        }
        return false;
    }

    private static boolean hasAnd(Tokens words, int from, int last) {
        for (int j = from + 1; j < last; j++) {
            if (words.word(j).equals("and") || words.word(j).equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** The last word of a body's last field from word {@code i}: "and Light Industry", not "and Energy Minister". */
    private static int lastField(Tokens words, int i) {
        int field = i;
        while (field + 1 < words.size() && field - i < 2 && words.joinedToNext(field) && words.capitalised(field + 1)
                && !TITLES.contains(words.word(field + 1))) {
            field++;
        }
        return field;
    }

    private static boolean ofAfterHead(Tokens words, int first, int last) {
        for (int j = first + 1; j <= last; j++) {
            if ((words.word(j).equals("of") || words.word(j).equals("for") || words.word(j).equals("on"))
                    && headBefore(words, first, j)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a run between its listing joiners ("Bunge and Sucafina": "Bunge", "Sucafina"). */
    private static void addParts(Tokens words, int first, int last, List<int[]> parts) {
        int from = first;
        for (int j = first; j <= last; j++) {
            String word = words.word(j);
            if (LIST_JOINERS.contains(word)) {
                if (j > from) {
                    parts.add(new int[] {from, j - 1});
                }
                from = j + 1;
            }
        }
        if (from <= last) {
            parts.add(new int[] {from, last});
        }
    }

    /**
     * "Cargill, Bunge and Olam Agri", "champions Kenenisa Bekele and Tirunesh Dibaba": a name listed among
     * organisations is one too, and a full name listed among people a person. A run (or part of one) no rule typed
     * takes the type of the names it is listed with, when they all agree.
     */
    private void typeByCoordination(String field, Tokens words, List<int[]> untyped, List<FoundMention> taken,
                                    List<FoundMention> found) {
        if (untyped.isEmpty()) {
            return;
        }
        TreeMap<Integer, FoundMention> byStart = new TreeMap<>();
        TreeMap<Integer, FoundMention> byEnd = new TreeMap<>();
        for (List<FoundMention> mentions : List.of(taken, found)) {
            for (FoundMention mention : mentions) {
                byStart.put(mention.start(), mention);
                byEnd.put(mention.end(), mention);
            }
        }
        for (int[] run : untyped) {
            if (!nextToSeparator(words.text(), words.start(run[0]), words.nameEnd(run[1]))) {
                continue;
            }
            int from = trimmedStart(field, words, run[0], run[1]);
            if (!listable(words, from, run[1], byEnd)) {
                continue;
            }
            int start = words.start(from);
            int end = words.nameEnd(run[1]);
            if (from == run[1] && lexicon.isCommonWord(words.name(from))
                    && listedBefore(words.text(), start, byEnd).size() < 2) {
                continue;  // an English word needs a list of names before it, not one ("Oil and Natural Gas")
            }
            EntityType type = listedWith(words.text(), start, end, byStart, byEnd);
            if (takesListedType(type, words, from, run[1]) && !(type == EntityType.PLACE
                    && someoneInATown(words, from, run[1], byEnd))) {
                int before = found.size();
                add(found, field, words, from, run[1], type);
                if (found.size() > before) {  // the next name of the list is listed with this one
                    FoundMention typed = found.get(before);
                    byStart.put(typed.start(), typed);
                    byEnd.put(typed.end(), typed);
                }
            }
        }
    }

    /**
     * Whether a name takes the type of those it is listed with: any name among organisations; among people a full
     * name, and among places a name of up to three words that no dictionary has ("Shivanga, Likuyani and Butere").
     */
    private boolean takesListedType(EntityType type, Tokens words, int from, int last) {
        if (type == EntityType.ORGANIZATION) {
            return true;
        }
        boolean unknownWords = last - from <= 2 && noEnglishWord(words, from, last);
        return type == EntityType.PERSON && last > from && unknownWords
            || type == EntityType.PLACE && unknownWords && !lexicon.isGivenName(words.name(from));
    }

    /**
     * "Tiemoko Diallo-Kone in Bamako and Ngouda Dione-Sarr in Dakar": after a person, "in", a place and "and", a name
     * followed by "in" and a name is someone somewhere too, not a place listed with the place ("in Gao and Tessit in
     * Mali" lists places).
     */
    private static boolean someoneInATown(Tokens words, int from, int last, NavigableMap<Integer, FoundMention> byEnd) {
        String text = words.text();
        int start = words.start(from);
        boolean inAfter = last + 2 < words.size() && words.word(last + 1).equals("in") && words.joinedToNext(last)
            && words.joinedToNext(last + 1) && words.capitalised(last + 2);
        FoundMention place = text.startsWith(" and ", start - 5) ? byEnd.get(start - 5) : null;
        FoundMention someone = place != null && text.startsWith(" in ", place.start() - 4)
            ? byEnd.get(place.start() - 4) : null;
        return inAfter && someone != null && someone.entity().type() == EntityType.PERSON;
    }

    /**
     * Whether words {@code from} to {@code last} may be a name in a list: a name's shape, no English word alone,
     * not "Mercedes-Benz and the Swedish" (a list itself) and no name already found there.
     */
    private boolean listable(Tokens words, int from, int last, NavigableMap<Integer, FoundMention> byEnd) {
        // "Bosch and Continental": among companies, a capitalised English word is one too (a person needs two)
        if (from > last || from == last && !capitalisedName(words, from)
                || !personShaped(words, from, last) && !isAcronym(words, from)) {
            return false;
        }
        Map.Entry<Integer, FoundMention> overlapping = byEnd.higherEntry(words.start(from));
        return overlapping == null || overlapping.getValue().start() >= words.nameEnd(last);
    }

    /** The one type of the names a span is listed with (up to ten each side), or null when none or several. */
    private static EntityType listedWith(String text, int start, int end,
                                         NavigableMap<Integer, FoundMention> byStart,
                                         NavigableMap<Integer, FoundMention> byEnd) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        listedBefore(text, start, byEnd).forEach(previous -> types.add(previous.entity().type()));
        int right = end;
        for (int step = 0; step < LIST_REACH; step++) {
            Map.Entry<Integer, FoundMention> next = byStart.ceilingEntry(right);
            if (next == null || !listSeparator(text, right, next.getKey())
                    || possessiveBeforeName(text, next.getValue().end())) {
                break;  // "Sydney's X and Adelaide's Y": a possessive before a name is no name of the list
            }
            types.add(next.getValue().entity().type());
            right = next.getValue().end();
        }
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** Whether the text at {@code at} is a possessive and a capitalised word: "'s Li Tu". */
    private static boolean possessiveBeforeName(String text, int at) {
        return at + 3 < text.length() && Tokens.isApostrophe(text.charAt(at)) && text.charAt(at + 1) == 's'
            && text.charAt(at + 2) == ' ' && Character.isUpperCase(text.charAt(at + 3));
    }

    /** The names listed right before a span, nearest first ("ZF, Bosch and" before "Continental"). */
    private static List<FoundMention> listedBefore(String text, int start, NavigableMap<Integer, FoundMention> byEnd) {
        List<FoundMention> listed = new ArrayList<>();
        int left = start;
        for (int step = 0; step < LIST_REACH; step++) {
            Map.Entry<Integer, FoundMention> previous = byEnd.floorEntry(left);
            if (previous == null || !listSeparator(text, previous.getKey(), left)) {
                break;
            }
            listed.add(previous.getValue());
            left = previous.getValue().start();
        }
        return listed;
    }

    /**
     * A compass point opening a name no list knew opens a place's, unless the rest is a people ("South Korean") or
     * a country ("Northern Vietnam" is Vietnam's north).
     */
    private static boolean compassPlace(Tokens words, int from, int end) {
        if (!NameVocabulary.COMPASS_POINTS.contains(words.name(from)) || adjective(words.name(end)) || people(words, from, end)) {
            return false;
        }
        return from + 1 < end
            || !NameVocabulary.compassPointOfCountry(words.name(from), words.key(end, true), Gazetteer.shipped());
    }

    private static final int LIST_REACH = 10;
    private static final Set<String> LAWS = WordSet.of("Act", "Law", "Bill", "Code", "Statute", "Decree", "Charter");

    /** Words that open places' names in many languages, never a person's: "Monte Rio", "Sungai Kolok". */
    private static final Set<String> PLACE_WORDS_OPENING = WordSet.of("San", "Santa", "Santo", "São", "Sao", "Monte",
        "Valle", "Rio", "Río", "Puerto", "Porto", "Villa", "Ciudad", "Sungai", "Kampung", "Bahía", "Cerro", "Nueva",
        "Nuevo", "Bandar", "Kota", "Tanjung", "Pulau", "Wadi", "Jebel", "Jabal", "Ras", "Bir", "Tel");

    /** The Philippines' village, written before the village's name ("Barangay Tuayan", "Brgy. Kalabugao"). */
    private static final Set<String> VILLAGE_UNITS = WordSet.of("Barangay", "Brgy");

    /**
     * "Lake Victoria", "Mount Kenya", "Port Botany": a lake, mountain, port or fort is named after anyone and anything
     * (not "Port Authority").
     */
    private static final Set<String> LAKES = WordSet.of("Lake", "Mount", "Port", "Fort");

    /** "the Thuringian town of", "a Calabrian village": a region's adjective, no place's name. */
    private static boolean adjective(String word) {
        return word.endsWith("ian") || word.endsWith("ean") || word.endsWith("ese") || word.endsWith("ish");
    }

    /** Whether one word may be a name of its own: no English word, given name, legal form or people ("Canadian"). */
    private boolean standsAlone(Tokens words, int i) {
        return !lexicon.isCommonWord(words.name(i)) && capitalisedName(words, i);
    }

    /** One capitalised word written as a name, English word or not: no given name, sentence opener, legal form or people. */
    private boolean capitalisedName(Tokens words, int i) {
        String word = words.name(i);
        if (lexicon.isGivenName(word) || words.opensSentence(i) || word.length() < 3 || CompanyForms.isSuffix(word)) {
            return false;
        }
        return !demonymKey(words.key(i, true));
    }

    private static boolean demonymKey(String key) {
        return Gazetteer.shipped().knowsAs(key, KnownName.Kind.DEMONYM) || NameVocabulary.PEOPLES_OF_NO_COUNTRY.contains(key);
    }

    /** Whether a list separator stands right before {@code start} or right after {@code end}: a cheap first test. */
    private static boolean nextToSeparator(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && (text.charAt(before) == ',' || text.charAt(before) == '&'
            || text.startsWith("and", before - 2) || text.startsWith("or", before - 1))
            || after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '&'
            || text.startsWith("and ", after) || text.startsWith("or ", after));
    }

    /** ", ", " and ", ", and ", " or " between two names. */
    private static boolean listSeparator(String text, int from, int to) {
        if (to - from > 7 || to <= from) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("or")
            || between.equals(", or") || between.equals("&");
    }

    /**
     * "SOUTHLIFE HOLDING CO &lt;SLHC&gt; 4TH QTR NET", "HARRIS CUTS CYCLOPS &lt;CYL&gt; STAKE": in a headline in capitals
     * a company shows by its suffix or its ticker; its name runs back to the headline's verb or preposition.
     */
    private static void companiesInCapitals(String field, Tokens words, List<FoundMention> taken,
                                            List<FoundMention> found) {
        for (int i = 0; i < words.size(); i++) {
            boolean suffix = i > 0 && CompanyForms.isSuffix(capitalisedForm(words.name(i))) && !breaksName(words, i - 1);
            boolean ticker = words.next(i) == ' ' && tickerAfter(words, i) && !insideTicker(words, i);
            if (!suffix && !ticker || HEADLINE_BREAKS.contains(words.name(i))) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 5 && !breaksName(words, first - 1)
                    && words.joinedToNext(first - 1) && !insideTicker(words, first - 1)
                    && Character.isLetter(words.text().charAt(words.start(first - 1)))) {
                first--;
            }
            int last = withLegalForms(words, i);
            add(found, field, words, openingOfTheHeadline(words, first, last, taken), last, EntityType.ORGANIZATION);
            i = last;
        }
    }

    /**
     * Everyday words that open companies' names before "OF" in headlines in capitals ("BANK OF BOSTON CORP", "LIFE OF
     * INDIANA CORP", "HOUSE OF FABRICS INC").
     */
    private static final Set<String> OF_OPENERS = WordSet.of("BANK", "BANKS", "LIFE", "HOUSE", "FIRST", "EMPIRE",
        "MUTUAL", "EQUITABLE", "INSTITUTE", "COMMONWEALTH", "CITIZENS", "PEOPLES", "SAVINGS", "CENTURY");

    /**
     * "BANK OF BOSTON CORP &lt;BKB&gt;", "INSITUFORM OF NORTH AMERICA INC": a company's name that reaches back to a
     * headline's second word after its "OF" opens at the first when that word opens such names or is no everyday word
     * and no title ("SUBSIDIARY OF GENCORP INC", "DEBT OF TEXAS AIR CORP", "CEO OF SHEARSON" are not); not where a
     * list's name opens the headline ("BANK OF TOKYO"). After an "AND" it opens at the first word whatever that is
     * where its ticker closes it ("STOP AND SHOP COS INC &lt;SHP&gt;", "WILLCOX AND GIBBS INC &lt;WG&gt;": Reuters
     * gives two companies a ticker each), but for a list's name, a title or people ("HANSON AND KIDDE INC &lt;KDE&gt;",
     * "PILOTS AND EASTERN AIRLINES INC &lt;EAL&gt;"). Where the name opens.
     */
    private static int openingOfTheHeadline(Tokens words, int first, int last, List<FoundMention> taken) {
        boolean of = words.size() > 1 && words.name(1).equals("OF");
        if (first != 2 || !of && !words.name(1).equals("AND") || !words.joinedToNext(0) || !words.joinedToNext(1)
                || !Character.isLetter(words.name(0).charAt(0)) || listedOpening(words, of, taken)) {
            return first;
        }
        String opening = words.name(0);
        if (!of) {
            return opensBeforeAnd(words, opening, last) ? 0 : first;
        }
        boolean noName = headlinesTitle(opening) || Lexicon.shipped().isCommonWord(opening.toLowerCase(Locale.ROOT));
        return OF_OPENERS.contains(opening) || !noName ? 0 : first;
    }

    /** Whether a headline's first word and "AND" open the company its ticker closes: no title, no people before. */
    private static boolean opensBeforeAnd(Tokens words, String opening, int last) {
        return !headlinesTitle(opening) && tickerAfter(words, last) && !peopleNoun(opening.toLowerCase(Locale.ROOT));
    }

    /** A title or an officer's as a headline in capitals writes it ("PRESIDENT", "CEO"), or a word a headline breaks at. */
    private static boolean headlinesTitle(String word) {
        String titled = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return HEADLINE_BREAKS.contains(word) || NameVocabulary.TITLES.contains(titled) || OFFICERS.contains(word);
    }

    /**
     * Whether a list's name opens the headline: before "AND" any ("HANSON AND KIDDE INC" are two), before "OF" one
     * longer than the first word ("BANK OF TOKYO").
     */
    private static boolean listedOpening(Tokens words, boolean of, List<FoundMention> taken) {
        for (FoundMention known : taken) {
            if (known.start() == words.start(0) && (!of || known.text().length() > words.name(0).length())) {
                return true;
            }
        }
        return false;
    }

    /** Officers' titles as headlines abbreviate them: "CEO OF SHEARSON LEHMAN BROTHERS INC RESIGNS". */
    private static final Set<String> OFFICERS = WordSet.of("CEO", "CFO", "COO", "CTO", "EX-CEO", "EX-CHAIRMAN");

    /**
     * Whether a headline's verb, preposition or marker ends a company's name there; the headline's first word opens one
     * ("MORE GROUP PLC", "TOPS APPLIANCE CITY INC"), but for an article.
     */
    private static boolean breaksName(Tokens words, int j) {
        String word = words.name(j);
        return HEADLINE_BREAKS.contains(word) && (j > 0 || word.equals("THE") || word.equals("A") || word.equals("AN"));
    }

    /** "BROWN GROUP INC", "SOUTHLIFE HOLDING CO": the legal forms after a company's suffix in capitals. */
    private static int withLegalForms(Tokens words, int suffix) {
        int last = suffix;
        while (last + 1 < words.size() && words.joinedToNext(last)
                && CompanyForms.isSuffix(capitalisedForm(words.name(last + 1)))) {
            last++;
        }
        return last;
    }

    /** "CORP" as "Corp", so that suffixes in capitals are found too. */
    private static String capitalisedForm(String word) {
        if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        String form = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return CompanyForms.isSuffix(form) ? form : word;
    }

    /** A ticker's letters: "&lt;C&gt;", "&lt;skbs.St.&gt;", or "(KO)" right after a name: no name of their own. */
    private static boolean insideTicker(Tokens words, int i) {
        int open = openingBracket(words.text(), words.start(i));
        if (open < 0) {
            return false;
        }
        char close = words.text().charAt(open) == '<' ? '>' : ')';
        int closing = closingBracket(words.text(), words.end(i), close);
        return closing >= 0 && (close == '>' || words.allCaps(i) && words.start(i) == open + 1 && closing - open <= 12);
    }

    /** The '&lt;' or '(' a few characters before {@code from} with no space between, or -1. */
    private static int openingBracket(String text, int from) {
        for (int at = from - 1; at >= 0 && at >= from - 12; at--) {
            char c = text.charAt(at);
            if (c == '<' || c == '(') {
                return at;
            }
            if (c == '>' || c == ')' || c == ' ' && text.charAt(at + 1) != '<') {
                return -1;
            }
        }
        return -1;
    }

    private static int closingBracket(String text, int from, char close) {
        for (int at = from; at < text.length() && at < from + 10; at++) {
            char c = text.charAt(at);
            if (c == close) {
                return at;
            }
            if (c == ' ' || c == '<' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    /** The last word of the run of name words starting at {@code first}. */
    private int runEnd(Tokens words, int first, List<FoundMention> taken) {
        int last = first;
        while (last + 1 < words.size() && last - first < LONGEST_NAME
                && (!words.possessive(last) || possessiveInName(words, first, last, taken))
                && (words.joinedToNext(last) || (pluralPossessiveOfHead(words, last)
                    && !placeKnownAt(taken, words, last, last)))  // "the United Arab Emirates' Ministry"
                && !endsWithStop(words, last) && !endsCompany(words, last)
                && !playerPosition(words, last + 1)) {
            int next = nextNameWord(words, last);
            if (next < 0 || notice(words, next) || repeatedOnNextLine(words, first, last, next)
                    || personBeforePlacesPossessive(words, last, next, taken)) {
                break;
            }
            last = next;
        }
        return last;
    }

    /**
     * "told Secretary of State George Shultz China's recent troubles were over": a listed person's name ends where a
     * listed place's possessive follows it.
     */
    private static boolean personBeforePlacesPossessive(Tokens words, int last, int next, List<FoundMention> taken) {
        if (!words.possessive(next) || !knownAt(taken, words, next, EntityType.PLACE)) {
            return false;
        }
        int end = words.end(last);
        return taken.stream().anyMatch(known -> known.end() == end && known.entity().type() == EntityType.PERSON);
    }

    /**
     * "About Cheniere Energy Partners" on a line of its own, then "Cheniere Energy Partners, L.P. owns...": a press
     * release's heading, whose next line opens with its company again (a wrapped name may repeat a word: "Hussein Abdi
     * Hussein").
     */
    private static boolean repeatedOnNextLine(Tokens words, int first, int last, int next) {
        return first < last && words.word(first).equals("About") && (first == 0 || words.before(first) == '\n')
            && words.name(next).equals(words.name(first + 1))
            && words.text().substring(words.end(last), words.start(next)).indexOf('\n') >= 0;
    }

    /**
     * A copyright notice after a credit line ("Editor: Anton Santoso Copyright © ANTARA 2027"): its first word is no
     * name's, though "Copyright" is a body's ("the Japan Copyright Office").
     */
    private static boolean notice(Tokens words, int i) {
        return words.name(i).equalsIgnoreCase("Copyright")
            && NOTICE_AFTER.matcher(words.text()).region(words.end(i), words.text().length()).lookingAt();
    }

    /** What follows "Copyright" in a notice: the sign, a year or an agency in capitals. */
    private static final Pattern NOTICE_AFTER = Pattern.compile("\\s*(?:©|\\([cC]\\)|\\d|\\p{Lu}\\p{Lu})");

    /**
     * "Ombudsman's Office", "Boston Children's Hospital", "Maine Lobstermen's Association": a possessive English
     * noun inside a name whose head word follows ("Obama's Justice Department" and "Britain's Foreign Office" are
     * two names: their possessives are no English nouns; nor is a place's, though "china" and "japan" are nouns; nor
     * a body's, "the Army's Third Division", "the Ministry of Public Security's Department of Cybersecurity").
     */
    private boolean possessiveInName(Tokens words, int first, int i, List<FoundMention> taken) {
        return possessiveOfCompany(words, i, taken) || englishPossessiveInName(words, first, i, taken);
    }

    /**
     * "Heck's Inc", "Wendy's International Inc": a legal form of three letters or more closing the capitalised words
     * after the possessive of a name no list knows makes it a company's name ("Trump's AG pick" is no company;
     * "Peugeot's SA unit" and "Chrysler's American Motors Corp" name Peugeot and Chrysler). A parent's possessive
     * before its unit's name is no part of it: an acronym ("GHR's Good Hope Refineries Inc") or a name the text
     * also writes without it ("Purolator's Stant Inc" where Purolator is a company of its own).
     */
    private static boolean possessiveOfCompany(Tokens words, int i, List<FoundMention> taken) {
        return legalFormCloses(words, i) && !withinKnownName(taken, words, i) && !knownAt(taken, words.start(i), -1)
            && !words.nameInCapitals(i) && !writtenWithoutPossessive(words, i);
    }

    /** Whether a legal form of three letters or more closes the capitalised words after word {@code i}. */
    private static boolean legalFormCloses(Tokens words, int i) {
        for (int j = i + 1; j < words.size() && j <= i + 4 && words.joinedToNext(j - 1) && words.capitalised(j); j++) {
            if (CompanyForms.isUnmistakableLegalForm(words.name(j))) {
                return true;
            }
            if (words.possessive(j)) {
                break;
            }
        }
        return false;
    }

    /** Whether the text also writes word {@code i}, a possessive, as a name of its own (no "'s" after it). */
    private static boolean writtenWithoutPossessive(Tokens words, int i) {
        String name = words.name(i);
        for (int j = 0; j < words.size(); j++) {
            if (j != i && !words.possessive(j) && words.word(j).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean englishPossessiveInName(Tokens words, int first, int i, List<FoundMention> taken) {
        String word = words.name(i);
        boolean noun = lexicon.isCommonWord(word) || word.endsWith("men") || word.endsWith("ers");
        boolean ofABody = headWordIn(words, first, i) && !ORGANISATION_HEADS.contains(words.word(i));  // "Prosecutor's Office"
        // "the European Community's Executive Commission": a listed body's possessive ends its name
        boolean listedBody = knownAt(taken, -1, words.nameEnd(i));
        if (!noun || lexicon.isGivenName(word) || placeKnownAt(taken, words, i, i) || ofABody || listedBody) {
            return false;
        }
        for (int j = i + 1; j < words.size() && j <= i + 3 && words.capitalised(j); j++) {
            if (ORGANISATION_HEADS.contains(words.name(j))) {
                return true;
            }
            if (!words.joinedToNext(j) || words.possessive(j)) {
                break;
            }
        }
        return false;
    }

    /** "the 103rd Infantry Brigade", "the 40th Judicial District Court": a unit's or court's number is its name's. */
    private static boolean numbered(Tokens words, int from, int last) {
        return from > 0 && words.joinedToNext(from - 1) && ORDINAL.matcher(words.word(from - 1)).matches()
            && closesOrganisation(words, from, last);
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** "Westminster Magistrates' Court", "the Workers' Party": a plural's possessive before a body's head word. */
    private static boolean pluralPossessiveOfHead(Tokens words, int i) {
        return words.pluralPossessiveBeforeNext(i) && words.capitalised(i) && words.capitalised(i + 1)
            && ORGANISATION_HEADS.contains(words.name(i + 1)) && !people(words, i, i)
            && !PARTY_MEMBERS.contains(words.name(i));  // "The Democrats' Senate majority", "the Saudis' Council"
    }

    private static final Set<String> PARTY_MEMBERS = WordSet.of("Democrats", "Republicans", "Conservatives", "Liberals",
        "Socialists", "Greens", "Tories", "Communists", "Nationalists", "Islamists");

    /** The word that continues a name after word {@code last}, or -1: a capital, or joiners and a capital. */
    private static int nextNameWord(Tokens words, int last) {
        int next = last + 1;
        if (calendarAfter(words, last, next)) {
            return -1;
        }
        if (words.capitalised(next) && !insideTicker(words, next)) {
            return acronymAfterHead(words, last, next) || modelCode(words, next) ? -1 : next;
        }
        if (lowerCaseInName(words.word(next))) {
            return next;
        }
        int after = afterJoiners(words, next);
        return after > next && after < words.size() && words.capitalised(after)
            && !NameVocabulary.calendar(words, after) && !adjectiveBeforeLowerCase(words, after) ? after : -1;
    }

    /** The word after up to two joiners from word {@code next} ("of the"), or {@code next} when it is none. */
    private static int afterJoiners(Tokens words, int next) {
        int after = next;
        while (after < words.size() && after - next < 2 && JOINERS.contains(words.word(after))
                && words.joinedToNext(after)) {
            after++;
        }
        return after;
    }

    /** "the Paris Club of Western creditor nations": an adjective after "of" that a noun in lower case follows. */
    private static boolean adjectiveBeforeLowerCase(Tokens words, int i) {
        String word = words.name(i);
        return (COMPASS_ADJECTIVES.contains(word) || adjective(word)) && i + 1 < words.size() && words.joinedToNext(i)
            && !words.capitalised(i + 1) && Character.isLowerCase(words.word(i + 1).charAt(0))
            && !JOINERS.contains(words.word(i + 1));    // "for European and International Affairs" goes on
    }

    private static final Set<String> COMPASS_ADJECTIVES = WordSet.of("Western", "Eastern", "Northern", "Southern");

    /** "Cie Generale d'Electricite", "Komercni banka": a word in lower case that continues a name. */
    private static boolean lowerCaseInName(String word) {
        return elided(word) || SLAVIC_BANKS.contains(word);  // the Slavic languages write "bank" in lower case
    }

    /** A day or month after the name, which ends it, unless it is the given name after an honorific. */
    private static boolean calendarAfter(Tokens words, int last, int next) {
        return NameVocabulary.calendar(words, next) && !givenNameAfterHonorific(words, last, next);
    }

    /** "Mr Friday Ebelo", "Mrs June Okoro": after an honorific, a day or month opening a full name is a given name. */
    private static boolean givenNameAfterHonorific(Tokens words, int honorific, int next) {
        return HONORIFICS.contains(words.name(honorific)) && next + 1 < words.size() && words.joinedToNext(next)
            && words.capitalised(next + 1) && !NameVocabulary.calendar(words, next + 1)
            && !Character.isDigit(words.word(next + 1).charAt(0));
    }

    private static final Set<String> HONORIFICS = WordSet.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor");

    /** "Iraqi Air Force F-16 jets", "an MD-11": a model's letters and number are no part of a name. */
    private static boolean modelCode(Tokens words, int i) {
        String text = words.text();
        int end = words.end(i);
        return end - words.start(i) <= 2 && end + 1 < text.length() && text.charAt(end) == '-'
            && Character.isDigit(text.charAt(end + 1));
    }

    /** "Saudi Press Agency SPA": an acronym after a head word is its definition, not part of the name. */
    private static boolean acronymAfterHead(Tokens words, int last, int next) {
        return words.allCaps(next) && !words.allCaps(last) && !CompanyForms.isSuffix(words.name(next))
            && (endsCompanyName(words.name(last)) || ORGANISATION_HEADS.contains(words.name(last)));
    }

    /** "d'Electricite", "l'Industrie": an elided article and a capital. */
    private static boolean elided(String word) {
        return word.length() > 2 && (word.startsWith("d'") || word.startsWith("l'"))
            && Character.isUpperCase(word.charAt(2));
    }

    /** "Walter Reade Organization Inc New York": a legal form ends the name, unless another follows ("Co Ltd"). */
    private static boolean endsCompany(Tokens words, int i) {
        return CompanyForms.isLegalForm(words.name(i)) && !CompanyForms.isSuffix(words.name(i + 1));
    }

    /** A full stop after the word that is not an abbreviation's or an initial's ends the name. */
    private static boolean endsWithStop(Tokens words, int i) {
        if (words.next(i) != '.') {
            return false;
        }
        return !(words.abbreviated(i) || words.end(i) - words.start(i) == 1);
    }

    /**
     * "Leader of Opposition in the Gujarat Assembly Amit Chavda": a body's head word after its name, then a given name
     * no dictionary has and another name word, where copy names a body's member after it; the head's word, or -1.
     * Not a head opening the run ("Bank Julius Baer").
     */
    private int headBeforeAPerson(Tokens words, int from, int last) {
        for (int j = from + 1; j + 2 <= last; j++) {
            if (TITLES.contains(words.name(j - 1))) {
                return -1;  // "Minister of the Interior and Administration Marek Wierzbicki-Lot": a title and its holder
            }
            if (ORGANISATION_HEADS.contains(words.name(j)) && !words.possessive(j) && words.joinedToNext(j)
                    && lexicon.isGivenName(words.name(j + 1)) && !lexicon.isCommonWord(words.word(j + 1))
                    && !ORGANISATION_HEADS.contains(words.name(j + 2)) && !JOINERS.contains(words.word(j + 2))
                    && !headClosesWithoutJoiner(words, j + 1, last)) {
                return j;
            }
        }
        return -1;
    }

    /** "Columbia University Irving Medical Center": a body's name after the given name, no member's. */
    private static boolean headClosesWithoutJoiner(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (JOINERS.contains(words.word(j))) {
                return false;  // "Amit Chavda of the Congress"
            }
        }
        return ORGANISATION_HEADS.contains(words.name(last));
    }

    /** Types the run of words {@code first} to {@code last}, trimmed and split as names are written. */
    private void name(String field, Tokens words, int first, int last, List<FoundMention> taken,
                      List<FoundMention> found) {
        int trimmed = trimmedStart(field, words, first, last);
        int from = trimmed + honorificTitle(words, trimmed, last);
        if (from > last) {
            return;
        }
        int head = headBeforeAPerson(words, from, last);
        if (head > 0) {
            name(field, words, from, head, taken, found);  // "the Gujarat Assembly Amit Chavda of the Congress"
            name(field, words, head + 1, last, taken, found);
            return;
        }
        if (readAroundPeople(field, words, from, last, taken, found)
                || partyInLowerCase(field, words, from, last, taken, found)
                || localGovernmentArea(field, words, from, last, taken, found)) {
            return;
        }
        if (organisationLike(words, from, last) || from < last && PLACE_HEADS.contains(words.name(last))) {
            typed(field, words, from, last, taken, found);
            return;
        }
        if (openedByPlaceHead(words, from, last, taken)) {
            add(found, field, words, from, last, EntityType.PLACE);  // "Lake Chad", "Gulf of Maine"
            return;
        }
        // "defender Milan Skriniar": after a person's role, a town opening a full name is the given name
        String before = wordBefore(words, from, 1);
        boolean nameAfterRole = from < last && last - from <= 2 && ROLES.contains(before)
            && !SPEECH_BEFORE.contains(before);
        typed(field, words, nameAfterRole ? from : afterKnownName(words, from, last, taken), last, taken, found);
    }

    /**
     * The number of words of an honorific title opening a run before at least two words of a name: Malaysia's
     * ("Tan Sri Zulkifli Mohd Hashim", "Datuk Seri Anwar Ibrahim") and the Philippines' "Datu"; agencies write them
     * before the name, and they are no part of it.
     */
    private static int honorificTitle(Tokens words, int from, int last) {
        for (int length = 2; length >= 1; length--) {
            if (last - from >= length + 1 && words.joinedToNext(from)
                    && HONORIFIC_TITLES.contains(length == 2 ? words.name(from) + " " + words.name(from + 1)
                        : words.name(from))) {
                return length;
            }
        }
        return 0;
    }

    private static final Set<String> HONORIFIC_TITLES = Set.of("Tan Sri", "Puan Sri", "Datuk Seri", "Dato Sri",
        "Dato' Sri", "Toh Puan", "Datuk", "Dato", "Dato'", "Datin", "Tun", "Datu");

    /**
     * "Ibaji Local Government Area of Kogi State", "Ikeja LGA": Nigeria's districts, which agencies name with their
     * kind, the place before it and the state after its "of". Whether the run was read so.
     */
    private boolean localGovernmentArea(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                        List<FoundMention> found) {
        for (int k = from + 1; k <= last; k++) {
            int kindEnd = words.word(k).equals("LGA") ? k
                : k + 2 <= last && words.word(k).equals("Local") && words.word(k + 1).equals("Government")
                    && LOCAL_GOVERNMENT_KINDS.contains(words.word(k + 2)) ? k + 2 : -1;
            if (kindEnd < 0 || words.allCaps(k - 1)) {
                continue;  // "the APC LGA chairman": a party's initials
            }
            add(found, field, words, from, k - 1, EntityType.PLACE);
            if (kindEnd + 2 <= last && words.word(kindEnd + 1).equals("of")) {
                name(field, words, kindEnd + 2, last, taken, found);
            }
            return true;
        }
        return false;
    }

    private static final Set<String> LOCAL_GOVERNMENT_KINDS = WordSet.of("Area", "Council");

    /**
     * A person and the title, body or name a list knows around them, or a known body and the name after its head:
     * whether the run was read so.
     */
    private boolean readAroundPeople(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                     List<FoundMention> found) {
        return afterTitleOf(field, words, from, last, taken, found) || afterTitle(field, words, from, last, taken, found)
            || personOfOrganisation(field, words, from, last, taken, found)
            || bodyThenPerson(field, words, from, last, taken, found)
            || knownNameThenAnother(field, words, from, last, taken, found);
    }

    /**
     * After a title's "of", where the name after the portfolio opens: "Finance" and "Industry and Mineral Resources"
     * are portfolios, and two to four words must follow. The first word of the name, or -1.
     */
    private static int afterPortfolio(Tokens words, int from, int last) {
        int j = from;
        while (j <= last && (PORTFOLIOS.contains(words.name(j))
                || j > from && JOINERS.contains(words.word(j)) && j + 1 <= last && PORTFOLIOS.contains(words.name(j + 1)))) {
            j++;
        }
        return j > from && last - j >= 1 && last - j <= 3 ? j : -1;
    }

    /** What ministers are ministers of. */
    private static final Set<String> PORTFOLIOS = WordSet.of("Finance", "Economy", "Economic", "Defence", "Defense",
        "Interior", "Justice", "Health", "Education", "Agriculture", "Energy", "Industry", "Trade", "Commerce",
        "Transport", "Labour", "Labor", "Environment", "Culture", "Tourism", "Mining", "Mines", "Fisheries",
        "Foreign", "Affairs", "Home", "Planning", "Development", "Communications", "Information", "Water", "Works",
        "Housing", "Science", "Technology", "Youth", "Sports", "Sport", "Women", "Family", "Social", "Welfare",
        "Security", "Mineral", "Resources", "Natural", "Petroleum", "Oil", "Gas", "Investment", "Budget", "Treasury",
        "Infrastructure", "Roads", "Railways", "Aviation", "Telecommunications", "Digital", "Innovation", "Research",
        "Higher", "Public", "Administration", "Immigration", "Migration", "Religious", "Heritage", "Arts",
        "Forestry", "Forests", "Land", "Lands", "Food", "Irrigation", "Power", "Electricity", "Climate", "Care", "Aged",
        "Indigenous", "Veterans", "Disability", "Children", "Employment", "Skills", "Regional", "Rural", "Urban",
        "Local", "Government", "Relations", "Workplace", "Equality");

    /**
     * The first word of the person a title's "of" and its portfolio lead to ("Minister of Finance Bold Javkhlan"),
     * or -1: after the portfolio, a given name, or the first word no dictionary has ("Minister of Transport Nurlan
     * Sauranbayev").
     */
    private int personAfterTitleOf(Tokens words, int t, int last, List<FoundMention> taken) {
        if (PORTFOLIOS.contains(words.name(last))) {
            return -1;  // "Minister for Fisheries and Marine Resources Development": a portfolio ends no person
        }
        int person = afterPortfolio(words, t + 2, last);
        boolean named = person > 0 && (lexicon.isGivenName(words.name(person))
            || !lexicon.isCommonWord(words.name(person)))  // not "Minister of Energy Transition Agnes..."
            && !people(words, person, person);  // nor "Minister for Indigenous Australians Malarndirri McCarthy"
        if (named && mayBePerson(words, person, last, taken)) {
            return person;
        }
        int opening = nameOpeningNearTheEnd(words, t, last, taken);
        return opening > 0 ? opening : twoWordsAfterPortfolio(words, t, last, taken);
    }

    /**
     * Among the last four words after a title's complement, the first that opens a person's name to the end: a given
     * name, or a word no dictionary has. The word, or -1.
     */
    private int nameOpeningNearTheEnd(Tokens words, int t, int last, List<FoundMention> taken) {
        for (int k = Math.max(t + 3, last - 3); k < last; k++) {
            // "Minister for Health and Aged Care Mark Butler": a portfolio's word or a people opens no name
            boolean opensName = words.capitalised(k) && (lexicon.isGivenName(words.name(k))
                || !lexicon.isCommonWord(words.name(k)) && !JOINERS.contains(words.word(k - 1)))
                && !PORTFOLIOS.contains(words.name(k)) && !people(words, k, k)
                && !knownPlaceAt(taken, words, k);  // "Member for Sydney Tanya Plibersek"
            if (opensName && mayBePerson(words, k, last, taken)) {
                return afterHonorific(words, t + 2, withGivenNamesBefore(words, t + 2, k));
            }
        }
        return -1;
    }

    /**
     * "Chief Officer for Agriculture Ms. Purity Wanjiku Mwangi": a word between an honorific and the name's first word
     * opens the name, whatever a dictionary makes of it.
     */
    private static int afterHonorific(Tokens words, int from, int start) {
        return start - 2 >= from && HONORIFICS.contains(words.name(start - 2)) && words.capitalised(start - 1)
            ? start - 1 : start;
    }

    /**
     * "Minister for Mining Khalid bin Saleh Al-Mudaifer": a given name and "bin" before the name's opening word are
     * the name's too. Its first word, after word {@code after}.
     */
    private int withGivenNamesBefore(Tokens words, int after, int opening) {
        int first = opening;
        while (first - 2 > after && ARABIC_CONNECTORS.contains(words.word(first - 1))
                && Character.isLowerCase(words.word(first - 1).charAt(0)) && nameWord(words, first - 2)) {
            first -= 2;
        }
        return first;
    }

    /** A given name, or a capitalised word no dictionary has and no portfolio's ("Noura bint Mohammed"). */
    private boolean nameWord(Tokens words, int i) {
        String word = words.name(i);
        return words.capitalised(i) && (lexicon.isGivenName(word) || !lexicon.isCommonWord(word))
            && !PORTFOLIOS.contains(word);
    }

    /** Whether words {@code from} to {@code last} may be a person: their shape, no body's, not inside a known name. */
    private static boolean mayBePerson(Tokens words, int from, int last, List<FoundMention> taken) {
        return personShaped(words, from, last) && !organisationLike(words, from, last)
            && !withinKnownName(taken, words, from);
    }

    /**
     * "Minister of National Defense Wellington Koo": after a portfolio's word, two words ending in one no dictionary
     * has, though the first is one ("wellington"). The first, or -1.
     */
    private int twoWordsAfterPortfolio(Tokens words, int t, int last, List<FoundMention> taken) {
        int given = last - 1;
        boolean twoAfterPortfolio = given >= t + 3 && PORTFOLIOS.contains(words.name(given - 1))
            && !PORTFOLIOS.contains(words.name(given)) && !lexicon.isCommonWord(words.name(last));
        return twoAfterPortfolio && mayBePerson(words, given, last, taken) ? given : -1;
    }

    /**
     * "Chief of Staff Howard Baker", "Chancellor of the Exchequer Nigel Lawson", "Cabinet Secretary for Health Susan
     * Nakhumicha": a title, "of" or "for" and its complement, then a person opened by a given name; without a person,
     * the body the title names. Whether the run was read so.
     */
    private boolean afterTitleOf(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                 List<FoundMention> found) {
        // the last title's person, and the names listed before it and after it read on their own: "Officer for
        // Finance John Mwangi and Malava MP Seth Panyako"
        for (int t = last - 4; t >= from; t--) {
            if (!tiedTitle(words, t)) {
                continue;
            }
            int joiner = listJoinerAfter(words, t + 2, last);
            int listed = joiner > 0 ? personAfterTitleOf(words, t, joiner - 1, taken) : -1;
            int end = listed > 0 ? joiner - 1 : last;
            int person = afterRanks(words, listed > 0 ? listed : personAfterTitleOf(words, t, last, taken), end);
            if (person > 0) {
                add(found, field, words, person, end, EntityType.PERSON);
                listedBeforeTitle(field, words, from, t, taken, found);
                if (end < last) {
                    name(field, words, end + 2, last, taken, found);
                }
                return true;
            }
        }
        if (titleForPortfolioToTheEnd(words, from, last)) {
            return true;
        }
        // "Chairman of the Federal Reserve", "Inspector-General of Police", "Chief Financial Officer of Zenith Bank":
        // without a person, the body
        for (int t = from; t <= from + TITLE_WORDS && t + 1 < last; t++) {
            if (t > from + 1 && !titleWord(words, t - 1)) {
                return false;
            }
            if (TITLES.contains(words.word(t)) && words.word(t + 1).equals("of")) {
                typed(field, words, t + 2, last, taken, found);
                return true;
            }
        }
        return false;
    }

    /** "Chief of Defence Lt. Gen. Mindaugas Jakstas": the ranks after a title's complement are titles too. */
    private static int afterRanks(Tokens words, int person, int end) {
        int first = person;
        while (first > 0 && first < end && isTitle(words, first)) {
            first++;
        }
        return first;
    }

    /** How many words a title may have before its "of": "Group Chief Branding and Communications Officer of". */
    private static final int TITLE_WORDS = 6;

    /** A word of a long title: a title's own word, an ordinary word capitalised ("Branding") or "and". */
    private boolean titleWord(Tokens words, int i) {
        String word = words.word(i);
        return TITLES.contains(word) || word.equals("and") || word.equals("&") || lexicon.isCommonWord(word);
    }

    /** A title and its tie: "Minister of", "Cabinet Secretary for", "Member of". */
    private static boolean tiedTitle(Tokens words, int t) {
        return TITLES.contains(words.word(t)) && TITLE_TIES.contains(words.word(t + 1));
    }

    /** "County Executive Committee Member for Agriculture": a title and its portfolio to the end, which name nobody. */
    private static boolean titleForPortfolioToTheEnd(Tokens words, int from, int last) {
        for (int t = from; t + 2 <= last; t++) {
            if (TITLES.contains(words.word(t)) && words.word(t + 1).equals("for") && onlyPortfolio(words, t + 2, last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether words {@code from} to {@code last} are a portfolio's and their joiners: "Trade, Tourism and Industry". */
    private static boolean onlyPortfolio(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (!PORTFOLIOS.contains(words.name(j)) && !JOINERS.contains(words.word(j))) {
                return false;
            }
        }
        return true;
    }

    /** The first "and" or "or" of words {@code from} to {@code last}, or -1. */
    private static int listJoinerAfter(Tokens words, int from, int last) {
        for (int j = from; j < last; j++) {
            if (LIST_JOINERS.contains(words.word(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "West German Finance Minister Gerhard Stoltenberg", "Treasury Secretary James Baker": the person follows the
     * last title, unless what follows it is an organisation ("Chief Executive Office Inc"). Whether the run was read
     * so.
     */
    private boolean afterTitle(String field, Tokens words, int from, int last, List<FoundMention> taken,
                               List<FoundMention> found) {
        if (companySuffix(words, from, last) && personShaped(words, from, last)) {
            return false;  // "American President Lines", "General Motors": a company's name holds titles too
        }
        for (int t = last; t >= from; t--) {
            if (!isTitle(words, t)) {
                continue;
            }
            if (t == last) {
                // "Imran Sheikh", "John Major": after a given name, a title's word is a family name
                if (t > from && lexicon.isGivenName(words.name(from)) && !organisationLike(words, from, last)) {
                    person(field, words, from, last, found);
                }
                return true;
            }
            if (titledBody(field, words, from, t, last, found)) {
                return true;
            }
            if (personOfOrganisation(field, words, t + 1, last, taken, found)) {
                beforeTitle(field, words, from, t, taken, found);
                return true;
            }
            if (!organisationLike(words, t + 1, last)) {
                int first = placeOfTheTitle(words, t + 1, last, taken) + 1;
                // "Major Japanese automakers": a title that is also an adjective, before a people's word, names no one
                if (first < last || !ADJECTIVAL_TITLES.contains(words.word(t)) || !demonymKey(words.key(first, true))) {
                    person(field, words, first, last, found);
                }
                beforeTitle(field, words, from, t, taken, found);
                return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "Justice Ministry": a body's head right after a title that is also a portfolio names the body, not a person
     * ("Senator Church" is one). Whether it did.
     */
    private static boolean titledBody(String field, Tokens words, int from, int t, int last, List<FoundMention> found) {
        if (t + 1 != last || !PORTFOLIOS.contains(words.name(t))
                || !NameVocabulary.ORGANISATION_HEADS.contains(words.name(last)) || FAMILY_HEADS.contains(words.name(last))) {
            return false;
        }
        add(found, field, words, from, last, EntityType.ORGANIZATION);
        return true;
    }

    /** Titles that are also adjectives ("Major Japanese automakers", "General American interests"). */
    private static final Set<String> ADJECTIVAL_TITLES = WordSet.of("Major", "General", "Chief", "Senior");

    /**
     * "Chief Minister Balochistan Naseer Ahmed Jamali", "Governor Sindh Kamran Tessori": a place a list knows right
     * after a title, before a name of two words or more, is the title's; its last word, or the word before
     * {@code first} when there is none.
     */
    private static int placeOfTheTitle(Tokens words, int first, int last, List<FoundMention> taken) {
        for (FoundMention known : taken) {
            if (known.entity().type() == EntityType.PLACE && known.start() == words.start(first)) {
                for (int p = first; p + 2 <= last; p++) {
                    if (words.end(p) == known.end()) {
                        return p;
                    }
                }
            }
        }
        return first - 1;
    }

    /** "Manager of Credit Suisse Peter Brunner": word {@code i} is inside a name a list knows, past its first word. */
    private static boolean withinKnownName(List<FoundMention> taken, Tokens words, int i) {
        return taken.stream().anyMatch(known -> known.start() < words.start(i) && words.start(i) < known.end());
    }

    /**
     * The names before the title of the person at word {@code title}: those listed before it, or else the body whose
     * title it is ("Foreign Ministry Spokesperson Mao Ning", "Agriculture Ministry Permanent Secretary Robbie
     * Mupawose").
     */
    private void beforeTitle(String field, Tokens words, int from, int title, List<FoundMention> taken,
                             List<FoundMention> found) {
        if (listedBeforeTitle(field, words, from, title, taken, found)) {
            return;
        }
        int start = title;
        while (start > from && (isTitle(words, start - 1) || TITLE_QUALIFIERS.contains(words.name(start - 1)))) {
            start--;
        }
        // "Greenfield Police Chief Jay Johnson": "Police Chief" is one title, as copy writes it, not a body's
        if (start > from && ORGANISATION_HEADS.contains(words.name(start - 1)) && !words.name(start - 1).equals("Police")
                && !withinKnownName(taken, words, from)) {
            name(field, words, from, start - 1, taken, found);
        }
    }

    /** "President Joseph Aoun and Prime Minister Nawaf Salam": the names listed before the last title's, if any. */
    private boolean listedBeforeTitle(String field, Tokens words, int from, int title, List<FoundMention> taken,
                                      List<FoundMention> found) {
        for (int j = title - 1; j > from; j--) {
            if (LIST_JOINERS.contains(words.word(j))) {
                name(field, words, from, j - 1, taken, found);
                return true;
            }
        }
        return false;
    }

    /** Words that qualify a title after a body's name: "Permanent Secretary", "Press Secretary", "Cabinet Secretary". */
    private static final Set<String> TITLE_QUALIFIERS = WordSet.of("Permanent", "Senior", "Principal", "Assistant",
        "Acting", "Press", "Parliamentary", "Special", "First", "Cabinet", "State");

    /**
     * "James Voytko of PaineWebber Group Inc", "Zhang Wei at Sinopec Corp": a person by their given name, then
     * "of", "at" or "from" and an organisation, are two names. Whether the run was read so.
     */
    private boolean personOfOrganisation(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                         List<FoundMention> found) {
        // "Kazue Shiraishi of the National Institute": two words no dictionary has, then "of", read as a name too
        boolean unknownName = from + 2 < last && words.word(from + 2).equals("of")
            && noEnglishWord(words, from, from + 1);
        if (!lexicon.isGivenName(words.name(from)) && !ROLES.contains(wordBefore(words, from, 1)) && !unknownName) {
            return false;
        }
        for (int j = from + 2; j < last && j <= from + 3; j++) {
            String joiner = words.word(j);
            if ((joiner.equals("of") || joiner.equals("at") || joiner.equals("from"))
                    && !organisationLike(words, from, j - 1) && organisationLike(words, j + 1, last)) {
                add(found, field, words, from, j - 1, EntityType.PERSON);
                typed(field, words, j + 1, last, taken, found);
                return true;
            }
        }
        return false;
    }

    /**
     * "the Odesa Regional Military Administration Oleh Kiper said": a body's head word, then a person by a given
     * name, are two names. Whether the run was read so.
     */
    private boolean bodyThenPerson(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                   List<FoundMention> found) {
        if (bodyOfPortfolioThenPerson(field, words, from, last, taken, found)) {
            return true;
        }
        for (int head = Math.max(from + 1, last - 3); head < last - 1; head++) {
            if (ORGANISATION_HEADS.contains(words.name(head)) && lexicon.isGivenName(words.name(head + 1))
                    && personShaped(words, head + 1, last) && !organisationLike(words, head + 1, last)) {
                typed(field, words, from, head, taken, found);
                add(found, field, words, head + 1, last, EntityType.PERSON);
                return true;
            }
        }
        return false;
    }

    /**
     * "the Ministry of Health Mary Muthoni said": a body's head, "of" or "for" and a portfolio, then a person opened by
     * a given name, are two names. Whether the run was read so.
     */
    private boolean bodyOfPortfolioThenPerson(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                              List<FoundMention> found) {
        for (int head = from; head + 3 < last; head++) {
            if (!ORGANISATION_HEADS.contains(words.name(head)) || !TITLE_TIES.contains(words.word(head + 1))) {
                continue;
            }
            int person = afterPortfolio(words, head + 2, last);
            // a surname no dictionary has, or one that speaks: not "the Ministry of Defence Abbey Wood site"
            boolean surname = !lexicon.isCommonWord(words.name(last)) || saidAfter(words, last);
            if (person > 0 && lexicon.isGivenName(words.name(person)) && surname
                    && mayBePerson(words, person, last, taken)) {
                typed(field, words, from, person - 1, taken, found);
                add(found, field, words, person, last, EntityType.PERSON);
                return true;
            }
        }
        return false;
    }

    /**
     * "manager of Credit Suisse Peter Brunner told", "a filing with the Securities and Exchange Commission Bilzerian
     * said": a name a list knows, then a person opened by a given name, or anything after the known body's head word,
     * are two names. Whether the run was read so.
     */
    private boolean knownNameThenAnother(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                         List<FoundMention> found) {
        int rest = afterKnownName(words, from, last, taken);
        if (rest == from || rest > last || !words.capitalised(rest) || organisationLike(words, rest, last)) {
            return false;
        }
        if (rest < last && last - rest <= 2 && lexicon.isGivenName(words.name(rest)) && personShaped(words, rest, last)) {
            add(found, field, words, rest, last, EntityType.PERSON);
            return true;
        }
        if (ORGANISATION_HEADS.contains(words.name(rest - 1)) && knownBodyAt(taken, words, from)) {
            name(field, words, rest, last, taken, found);
            return true;
        }
        return false;
    }

    /**
     * "the ruling Conservative party", "the Democratic party's nominee": a party named by its politics, "party" in
     * lower case as much copy writes it (but not "an Islamist party", nor a party a list knows). Whether the run was
     * read so.
     */
    private static boolean partyInLowerCase(String field, Tokens words, int from, int last, List<FoundMention> taken,
                                            List<FoundMention> found) {
        if (from != last || last + 1 >= words.size() || !words.name(last + 1).equals("party")
                || !words.joinedToNext(last) || !PARTY_POLITICS.contains(words.name(last))
                || wordBefore(words, from, 1).equals("a") || wordBefore(words, from, 1).equals("an")
                || taken.stream().anyMatch(known -> known.start() <= words.start(from) && words.start(from) < known.end()
                    && known.entity().type() == EntityType.ORGANIZATION)) {
            return false;  // a party a list knows keeps its name and id (a town named Liberal is no party)
        }
        add(found, field, words, from, last + 1, EntityType.ORGANIZATION);
        return true;
    }

    /** The politics parties are named for, when copy writes "party" in lower case after them. */
    private static final Set<String> PARTY_POLITICS = WordSet.of("Conservative", "Labour", "Labor", "Liberal",
        "Democratic", "Republican", "Communist", "Socialist", "Radical", "Nationalist", "Progressive", "Green",
        "Unionist", "Peronist", "Justicialist");

    /**
     * The first word of the name in the run: "Showers continued", "The Bank of Japan": a sentence's first word is
     * often no part of a name (but "Brown Group Inc" keeps its "Brown").
     */
    private int trimmedStart(String field, Tokens words, int first, int last) {
        boolean organisation = organisationLike(words, first, last);
        int from = first;
        while (from <= last && !initialOfAGivenName(words, from, last) && (FUNCTION_WORDS.contains(words.name(from))
                || JOINERS.contains(words.word(from))
                || !organisation && (words.opensSentence(from) || from == first && field.equals("headline"))
                && isOrdinaryWord(words, from, last) && !TITLES.contains(words.word(from))
                || ordinaryBeforeJoiner(words, from, last) || notOfTheName(words, from, last)
                || from == first && roleOpeningASentence(words, from, last))) {
            from++;
        }
        return from + twoWordDemonym(words, from, last);
    }

    /**
     * "A. William Reynolds": "A" with a full stop before a given name and a surname, opening a sentence or after a verb
     * of speech, a role or a preposition, is an initial, not the article (nor a sentence's end: "influenza A. Nguyen,
     * 34, died").
     */
    private static boolean initialOfAGivenName(Tokens words, int i, int last) {
        return i + 1 < last && words.initial(i) && words.next(i) == '.' && Lexicon.shipped().isGivenName(words.name(i + 1))
            && (i == 0 || words.opensSentence(i) || INITIAL_AFTER.contains(words.word(i - 1))
            || NameVocabulary.SAID.contains(words.word(i - 1)) || ROLES.contains(words.word(i - 1)));
    }

    /**
     * Words after which "A." opens a name; after others it ends a sentence ("Moody's rated the bonds A. David Smith
     * said", "influenza A. Mary Jones").
     */
    private static final Set<String> INITIAL_AFTER = WordSet.of("by", "and", "with", "from", "of", "for");

    /**
     * 2 when a people's name of two words opens the run before a given name ("New Zealander David Whitcombe", as
     * "Australian Tom Smith"), else 0.
     */
    private int twoWordDemonym(Tokens words, int first, int last) {
        if (first + 2 > last || !words.joinedToNext(first) || !lexicon.isGivenName(words.name(first + 2))) {
            return 0;
        }
        String key = NameKeys.of(words.text().substring(words.start(first), words.nameEnd(first + 1)));
        return Gazetteer.shipped().knowsAs(key, KnownName.Kind.DEMONYM) ? 2 : 0;
    }

    /** "Historian Thomas Weidinger-Stein of the Documentation Centre...": a role opening a sentence, then a given name. */
    private boolean roleOpeningASentence(Tokens words, int from, int last) {
        return from < last && words.opensSentence(from) && !TITLES.contains(words.word(from))
            && ROLES.contains(words.name(from).toLowerCase(Locale.ROOT)) && lexicon.isGivenName(words.name(from + 1));
    }

    /** A player's position ("S Brandon Jones") or what a company is, opening a sentence ("Rival Samsung..."). */
    private static boolean notOfTheName(Tokens words, int from, int last) {
        return from + 2 <= last && playerPosition(words, from)
            || from < last && words.opensSentence(from) && KINDS_OF_COMPANY.contains(words.name(from));
    }

    /** "Rival Samsung Heavy Industries", "Carmaker Toyota": what a company is, opening a sentence before its name. */
    private static final Set<String> KINDS_OF_COMPANY = WordSet.of("Rival", "Carmaker", "Automaker", "Chipmaker",
        "Drugmaker", "Insurer", "Reinsurer", "Retailer", "Miner", "Shipbuilder", "Refiner",
        "Broadcaster", "Conglomerate", "Regulator", "Watchdog", "Shipper", "Planemaker", "Steelmaker", "Distributor",
        "Lender", "Airline", "Carrier", "Exporter", "Producer", "Developer", "Operator", "Supplier");

    /** "Canadiens F Patrik Laine", "Thunder: G Alex Caruso": a match report's position letter before a name. */
    private static boolean playerPosition(Tokens words, int i) {
        boolean position = words.end(i) - words.start(i) == 1
            ? POSITIONS.indexOf(words.text().charAt(words.start(i))) >= 0 : GAME_NOTE_POSITIONS.contains(words.word(i));
        return i + 2 < words.size() && position && words.next(i) == ' '
            && words.capitalised(i + 1) && words.capitalised(i + 2) && words.reportsMatches();
    }

    /** Forward, defence, goalkeeper or guard, centre; in American football's notes safety, kicker, punter. */
    private static final String POSITIONS = "FDGCSKP";
    /**
     * American football's and baseball's positions as AP's game notes write them before a name ("LT Kolton Miller",
     * "RHP Kenji Sakamoto", "SS Javier Ortega").
     */
    private static final Set<String> GAME_NOTE_POSITIONS = WordSet.of("QB", "RB", "WR", "TE", "FB", "LT", "RT", "LG",
        "RG", "OT", "OL", "DL", "DE", "DT", "NT", "LB", "ILB", "OLB", "CB", "PK", "RHP", "LHP", "SS", "INF", "OF", "DH",
        "CF", "LF", "RF", "IF", "UTL");

    /**
     * "Leaders of the Shanghai Cooperation Organization", "Troops of": an English word, then "of"; but not an English
     * word paired with another in the name of a company or body ("Black and Decker Corp", "Stop and Shop Cos Inc",
     * "Trade and Industry Ministry").
     */
    private boolean ordinaryBeforeJoiner(Tokens words, int i, int last) {
        return i < last && JOINERS.contains(words.word(i + 1)) && lexicon.isCommonWord(words.name(i))
            && !pairedInName(words, i, last)
            && !ORGANISATION_HEADS.contains(words.name(i)) && !TITLES.contains(words.word(i))
            && !LEADING_HEADS.contains(words.name(i)) && !endsCompanyName(words.name(i))
            && !PLACE_HEADS.contains(words.name(i));
    }

    /**
     * "Black and Decker Corp", "Central and South West Corp", "Trade and Industry Ministry": a word, "and", then one
     * capitalised word (two after a word in the singular) and legal forms, or up to three and a body's head; not a
     * noun for people ("Workers and
     * Acme Corp reached a deal"), nor after "both" or "between" ("both Sears and Kellwood Co": two companies).
     */
    private static boolean pairedInName(Tokens words, int i, int last) {
        String joiner = words.word(i + 1);
        if (!(joiner.equals("and") || joiner.equals("&")) || i + 3 > last || !words.capitalised(i + 2)
                || peopleNoun(words.name(i)) || BEFORE_TWO.contains(wordBefore(words, i, 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (PAIRED_BODIES.contains(words.name(last)) && last - (i + 2) <= 3) {
            return true;
        }
        int forms = last;
        while (forms > i + 2 && CompanyForms.isSuffix(words.name(forms))) {
            forms--;
        }
        // two words after the "and" only where no comma or joiner lists names before ("Goldenbell, United and Inca
        // Resources", "Wagner and Brown and AFG Industries")
        return forms < last && (forms == i + 2 || forms == i + 3 && !listedBefore(words, i)
            && !words.name(i).endsWith("s"));  // "Experts and Acme Steel Corp": people or firms before the "and"
    }

    private static boolean listedBefore(Tokens words, int i) {
        return i > 0 && (words.text().lastIndexOf(',', words.start(i)) >= words.end(i - 1)
            || LIST_JOINERS.contains(words.word(i - 1)));
    }

    /** "Workers", "Shareholders", "Doctors", "Economists": a plural noun for people. */
    private static boolean peopleNoun(String word) {
        return word.endsWith("ers") || word.endsWith("ees") || word.endsWith("ors") || word.endsWith("ists")
            || word.endsWith("ians") || word.endsWith("ants") || word.endsWith("ents");
    }

    private static final Set<String> BEFORE_TWO = WordSet.of("both", "between");

    /**
     * The bodies whose names pair two fields: "Trade and Industry Ministry", "Ways and Means Committee", "Land and
     * Environment Court", "Fish and Wildlife Service".
     */
    private static final Set<String> PAIRED_BODIES = WordSet.of("Commission", "Committee", "Ministry", "Department",
        "Authority", "Agency", "Board", "Bureau", "Council", "Community", "Court", "Tribunal", "Service", "Administration",
        "Institute");

    /** "told Reuters Skanska will": a name a list knew opening the run is a name of its own. */
    private static int afterKnownName(Tokens words, int from, int last, List<FoundMention> taken) {
        for (FoundMention known : taken) {
            if (known.start() == words.start(from) && known.end() <= words.start(last)) {
                int rest = from;
                while (rest <= last && words.start(rest) < known.end()) {
                    rest++;
                }
                return rest;
            }
        }
        return from;
    }

    private static boolean organisationLike(Tokens words, int from, int last) {
        return companySuffix(words, from, last) || tickerAfter(words, last) || headWord(words, from, last)
            || from < last && LEADING_HEADS.contains(words.name(from)) || partners(words, from, last);
    }

    /** "Abercrombie & Fitch", "Ernst & Young": capitalised names an ampersand joins are a firm's. */
    private static boolean partners(Tokens words, int from, int last) {
        for (int j = from + 1; j < last; j++) {
            if (words.word(j).equals("&") && words.capitalised(j - 1) && words.capitalised(j + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words after a title: a person, unless they read as an organisation ("Chief Executive Office") or name a
     * facility after a person ("King Khalid International Airport").
     */
    private void person(String field, Tokens words, int from, int last, List<FoundMention> found) {
        if (from == last && noPersonAlone(words, from) || facility(words, from, last)) {
            return;
        }
        if (namesIn(words, from, last) >= 5 || organisationLike(words, from, last)) {
            typed(field, words, from, last, List.of(), found);
            return;
        }
        // particles belong to a person's name ("President Bashar al-Assad"); other joiners and acronyms do not
        if (!personShaped(words, from, last)) {
            return;
        }
        if (from == last && lexicon.isCommonWord(words.name(from)) && !lexicon.isGivenName(words.name(from))
                && (words.opensSentence(from) || pluralNoun(words.name(from)))) {
            return;  // "Showers continued"; "EU Member States", "OPEC Member Countries"
        }
        add(found, field, words, from, last, EntityType.PERSON);
    }

    /** Bodies' heads that are also family names. */
    private static final Set<String> FAMILY_HEADS = WordSet.of("Church", "Court", "Bank", "Temple", "Chambers");

    /**
     * A word after a title that names no one alone: "the Youth Criminal Justice Act", "the Advocate General", "the
     * General Assembly", "the Sepoy Mutiny".
     */
    private static boolean noPersonAlone(Tokens words, int i) {
        String word = words.name(i);
        return LAWS.contains(word) || TITLES.contains(word) || UPRISINGS.contains(word)
            || NameVocabulary.ORGANISATION_HEADS.contains(word) && qualifierBefore(words, i);
    }

    /** What a title's word may name in history, not a person: "the Sepoy Mutiny", "the General Strike". */
    private static final Set<String> UPRISINGS = WordSet.of("Mutiny", "Rebellion", "Uprising", "Revolt", "Strike");

    /**
     * A title that also qualifies a body ("the General Assembly", "the Gendarmerie General Command") or one after
     * "the" ("the Auditor General's Office") or after "and" ("the Constitution and Justice Committee", but "Williams
     * and Senator Church", a head that is also a family name): a body's head after it names a body, not "Senator
     * Church".
     */
    private static boolean qualifierBefore(Tokens words, int from) {
        return from > 0 && (QUALIFYING_TITLES.contains(words.name(from - 1))
            || from > 1 && (words.word(from - 2).equalsIgnoreCase("the")
                || words.word(from - 2).equals("and") && !FAMILY_HEADS.contains(words.name(from))));
    }

    private static final Set<String> QUALIFYING_TITLES = WordSet.of("General", "Chief", "National", "Federal", "Supreme",
        "Grand", "Executive", "Deputy", "Vice");

    /** An English plural noun: "States", "Countries", "Banks" (not "Jones", whose "jone" is no word). */
    private boolean pluralNoun(String word) {
        int length = word.length();
        if (length < 4 || word.charAt(length - 1) != 's') {
            return false;
        }
        String singular = word.endsWith("ies") ? word.substring(0, length - 3) + "y" : word.substring(0, length - 1);
        return lexicon.isCommonWord(singular);
    }

    private void typed(String field, Tokens words, int first, int last, List<FoundMention> taken,
                       List<FoundMention> found) {
        int from = first;
        while (from <= last && opensNoName(words, from, last)) {
            from++;
        }
        if (from > last) {
            return;
        }
        if (from < last && VILLAGE_UNITS.contains(words.name(from)) && words.capitalised(from + 1)) {
            add(found, field, words, from + 1, last, EntityType.PLACE);  // "Barangay Tuayan": the village is Tuayan
            return;
        }
        int split = splittingJoiner(words, from, last, taken);
        if (split > 0) {
            // "Treasury Secretary James Baker and the Office of Management and Budget": each side a name of its own,
            // read as a run is (a title before a person is no body)
            name(field, words, from, split - 1, taken, found);
            name(field, words, split + 1, last, taken, found);
            return;
        }
        int end = last;
        while (end > from && SPLITTING_JOINERS.contains(words.word(end))) {
            end--;
        }
        if (companyOfPlaceIn(words, from, end, taken)) {
            add(found, field, words, from, end, EntityType.ORGANIZATION);
        } else if (from < end || !people(words, from, end)) {  // "Brazilian debt": a people's adjective names nothing
            typedName(field, words, from, end, taken, found);
        }
    }

    /** A joiner, a function word or a day's possessive ("Tonight's American Petroleum Institute report"). */
    private static boolean opensNoName(Tokens words, int i, int last) {
        return JOINERS.contains(words.word(i)) || FUNCTION_WORDS.contains(words.name(i))
            && !initialOfAGivenName(words, i, last)
            || words.possessive(i) && DAYS_OF_SPEECH.contains(words.name(i));
    }

    /** The days speech names by their place in time, whose possessive opens no name ("Today's Federal Reserve"). */
    private static final Set<String> DAYS_OF_SPEECH = WordSet.of("Today", "Tonight", "Yesterday", "Tomorrow");

    /** A parliament's chamber or one of its committees, whatever its words read as alone. */
    private static boolean legislative(Tokens words, int from, int end) {
        return chamber(words, from, end) || chambersCommittee(words, from, end);
    }

    /** "the Lower House", "the Upper Chamber": a parliament's chamber, no place for all "Upper" opens. */
    private static boolean chamber(Tokens words, int from, int end) {
        return end == from + 1 && CHAMBER_SIDES.contains(words.name(from)) && CHAMBERS.contains(words.name(end));
    }

    /**
     * "a House Appropriations subcommittee", "House Ways and Means chairman Dan Rostenkowski": a chamber's committee,
     * its head written in lower case after its name.
     */
    private static boolean chambersCommittee(Tokens words, int from, int end) {
        return end > from && CHAMBERS_OF_COMMITTEES.contains(words.name(from)) && end + 1 < words.size()
            && words.joinedToNext(end) && !words.possessive(end) && COMMITTEE_WORDS.contains(words.word(end + 1))
            && !NameVocabulary.PARTY_ADJECTIVES.contains(words.name(end));  // "a House Republican panel"
    }

    private static final Set<String> CHAMBERS_OF_COMMITTEES = WordSet.of("House", "Senate");
    private static final Set<String> COMMITTEE_WORDS = WordSet.of("committee", "subcommittee", "sub-committee", "panel",
        "chairman", "chairwoman");

    private static final Set<String> CHAMBER_SIDES = WordSet.of("Upper", "Lower");
    private static final Set<String> CHAMBERS = WordSet.of("House", "Chamber");

    /** Types one name, words {@code from} to {@code end}, by what it and the words around it say. */
    private void typedName(String field, Tokens words, int from, int end, List<FoundMention> taken,
                           List<FoundMention> found) {
        if (namesNothing(words, from, end)) {
            return;
        }
        if (SportsTeams.gulfClub(words, from, end)) {
            add(found, field, words, from, end, EntityType.ORGANIZATION);
            return;
        }
        if (organisationLike(words, from, end) || describedAsOrganisation(words, from, end) || legislative(words, from, end)) {
            add(found, field, words, from, end, EntityType.ORGANIZATION);
            return;
        }
        if (readsAsPlace(words, from, end)) {
            add(found, field, words, from, end, EntityType.PLACE);
            return;
        }
        // "Czech Jakub Mensik": a people's adjective before a person is no part of the name
        int person = from < end - 1 && people(words, from, from) && isPerson(words, from + 1, end) ? from + 1
            : isPerson(words, from, end) ? from : -1;
        if (person >= 0) {
            // "AirNav Indonesia said", "Statistics Indonesia said": a name ending in a country is a body's
            add(found, field, words, person, end, personOrBody(words, person, end, taken));
        } else if (from == end && (isAcronym(words, from) || speakingName(words, from))) {
            add(found, field, words, from, end, EntityType.ORGANIZATION);
        }
    }

    /** A person's name as the rules read it, unless a country or a town in it makes it a body's or a club's. */
    private EntityType personOrBody(Tokens words, int from, int end, List<FoundMention> taken) {
        return endsWithCountry(words, from, end, taken) || clubOfATown(words, from, end, taken)
            || namedForItsSeat(words, from, end, taken) ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    /**
     * "Kometa Brno", "Ocelari Trinec": in a match report, a name of several words closed by a town a list knows, and
     * no given name opening it, is a club's.
     */
    private boolean clubOfATown(Tokens words, int from, int end, List<FoundMention> taken) {
        if (end == from || !words.reportsMatches() || lexicon.isGivenName(words.name(from))) {
            return false;
        }
        int stop = words.nameEnd(end);
        return taken.stream().anyMatch(known -> known.end() == stop && known.start() > words.start(from)
            && known.entity().type() != EntityType.PERSON);
    }

    /**
     * Whether the last word of a name of several is a country a list knows ("Ford Australia", "Mercy Malaysia"), and
     * neither a given name ("Michael Jordan") nor a common surname ("Tom Holland", "Alan Brazil").
     */
    private boolean endsWithCountry(Tokens words, int from, int end, List<FoundMention> taken) {
        return end > from && !lexicon.isGivenName(words.name(end)) && !COUNTRIES_AS_SURNAMES.contains(words.name(end))
            && taken.stream().anyMatch(known -> known.start() == words.start(end) && known.entity().isCountry());
    }

    /**
     * "Universidad de Chile", "Port Autonome de Dakar": a known place after a Romance "of" ends a body's name when a
     * body's word or an English word (a given name too, first) comes before it, or its acronym after it; not after a
     * given name that is no English word or an honorific ("Leonardo da Vinci", "Carlos Bravo de Santiago", "Ferraz de
     * Albuquerque", "Don Carlo di Vargas").
     */
    private boolean namedForItsSeat(Tokens words, int from, int end, List<FoundMention> taken) {
        String first = words.name(from);
        if (end - from < 2 || !SEAT_PARTICLES.contains(words.word(end - 1)) || ROMANCE_HONORIFICS.contains(first)
                || lexicon.isGivenName(first) && !lexicon.isCommonWord(first)) {
            return false;    // "Carlos Bravo de Santiago", "Don Carlo di Vargas": a given name or an honorific first
        }
        boolean bodysWord = initialsAfter(words, from, end);
        for (int j = from; j < end - 1 && !bodysWord; j++) {
            String word = words.name(j);
            bodysWord = NameVocabulary.LEADING_HEADS.contains(word) || NameVocabulary.ORGANISATION_HEADS.contains(word)
                || lexicon.isCommonWord(word) && (j == from || !lexicon.isGivenName(word));
        }
        return bodysWord && taken.stream().anyMatch(known -> known.start() == words.start(end)
                && known.entity().type() == EntityType.PLACE);
    }

    /** "Port Autonome de Dakar (PAD)": the name's initials in brackets after it, as a body's acronym is defined. */
    private static boolean initialsAfter(Tokens words, int from, int end) {
        String text = words.text();
        int close = words.nameEnd(end);
        if (!text.startsWith(" (", close)) {
            return false;
        }
        int shut = text.indexOf(')', close + 2);
        return shut > close + 3 && shut - close <= 12
            && EntityRecognizer.initialsSpell(text.substring(words.start(from), close), text.substring(close + 2, shut));
    }

    private static final Set<String> ROMANCE_HONORIFICS = WordSet.of("Don", "Dona", "Doña", "Dom", "Dom.");
    private static final Set<String> SEAT_PARTICLES = WordSet.of("de", "da", "do", "del", "di", "du", "des");

    /**
     * "the High Court in Prague", "the Regional Prosecutor's Office in Brno": a court or prosecutor named, as in
     * Central Europe, by its rank and its seat; the seat is part of the name.
     */
    private static boolean courtOfSeat(Tokens words, int from, int last) {
        int seat = last + 2;
        boolean court = words.name(last).equals("Court")
            || words.name(last).equals("Office") && words.word(last - 1).startsWith("Prosecutor");
        return seat < words.size() && COURT_RANKS.contains(words.name(from)) && last - from <= 2 && court
            && words.word(last + 1).equals("in") && words.joinedToNext(last) && words.joinedToNext(last + 1)
            && words.capitalised(seat) && !(seat + 1 < words.size() && words.joinedToNext(seat)
                && words.capitalised(seat + 1));
    }

    private static final Set<String> COURT_RANKS = WordSet.of("High", "Regional", "Municipal", "Provincial",
        "Superior", "Cantonal");
    /** Articles that open places' and bodies' names; Le, Lo and Les open surnames and given names too (Le Pen). */
    private static final Set<String> ROMANCE_ARTICLES = WordSet.of("La", "Las", "Los");
    /** A facility named by its kind, not a person whose surname is one ("Bruce Arena", "Henk van Dam"). */
    private boolean facility(Tokens words, int from, int end) {
        if (from >= end || !FACILITIES.contains(words.name(end))) {
            return false;
        }
        boolean surname = end == from + 1 && lexicon.isGivenName(words.name(from))
            || PARTICLES.contains(words.word(end - 1)) || ROLES.contains(wordBefore(words, from, 1));
        return !surname;
    }

    private static final Set<String> FACILITIES = WordSet.of("Stadium", "Arena", "Airport", "Stadion", "Ballpark",
        "Velodrome", "Racecourse", "Speedway", "Bridge", "Dam", "Mall", "Hotel", "Street", "Avenue", "Boulevard", "Square");

    /** "Upper Nile Province", "North Waziristan", "Monte Rio", "the Adale district": a place by its words or context. */
    private boolean readsAsPlace(Tokens words, int from, int end) {
        boolean placeWords = from < end && (PLACE_HEADS.contains(words.name(end)) && !surnamedByHead(words, from, end)
            || compassPlace(words, from, end) || PLACE_WORDS_OPENING.contains(words.name(from)) && end - from <= 3);
        // "a plant in Ben Guerir", "near Had Soualem": after "in" a given name opens a place when no given name follows
        boolean givenName = givenNameAt(words, from) && !(from < end && inUnknownPlace(words, from, end)
            && !lexicon.isGivenName(words.name(end)));
        return placeWords || (describedAsPlace(words, from, end) || inUnknownPlace(words, from, end))
            && !givenName && !(from == end && !standsAlone(words, from)) && !adjective(words.name(end));
    }

    /**
     * "David Harbour", "Safe Harbor": a harbour after a given name or an everyday word is a surname's or a pact's, unless
     * the name before it is a city's the lists know ("Sydney Harbour").
     */
    private boolean surnamedByHead(Tokens words, int from, int end) {
        if (!SURNAME_HEADS.contains(words.name(end)) || end - from != 1) {
            return false;
        }
        String first = words.name(from);
        return (lexicon.isGivenName(first) || lexicon.isCommonWord(first)) && !greatCity(words.key(from, true));
    }

    private static final Set<String> SURNAME_HEADS = WordSet.of("Harbour", "Harbor");
    /** A city of this many people whose name is also a given name is the city before its harbour ("Sydney"). */
    private static final long GREAT_CITY = 1_000_000;

    /** Whether the lists know the key as a capital or a city of a million people or more. */
    private static boolean greatCity(String key) {
        for (KnownName name : Gazetteer.shipped().lookup(key)) {
            if (name.kind() == KnownName.Kind.CAPITAL
                    || name.kind() == KnownName.Kind.CITY && name.population() >= GREAT_CITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * "two agents from Anderlecht", "the laboratory in Drumheller": after "in", "near" or "outside", a name of a
     * word or two that no dictionary has, no possessive and no capital after it is a place's.
     */
    private boolean inUnknownPlace(Tokens words, int from, int end) {
        boolean where = PLACE_PREPOSITIONS.contains(wordBefore(words, from, 1)) || residentsOf(words, from);
        return end - from <= 1 && where && words.joinedToNext(from - 1)
            && !NOT_WHERE.contains(wordBefore(words, from, 2)) && noEnglishWord(words, from, end)
            && !words.allCaps(from) && !words.possessive(end) && !NameVocabulary.calendar(words, from)
            && !(end + 1 < words.size() && words.joinedToNext(end) && (words.capitalised(end + 1)
                || Character.isDigit(words.word(end + 1).charAt(0))));
    }

    /**
     * "residents of Onyedega", "Residents of Ragayan said" opening a sentence, "residents of Miangalewa and Nampanha
     * told AIM": people who only a place has before the name.
     */
    private static boolean residentsOf(Tokens words, int from) {
        String before = wordBefore(words, from, 1);
        return before.equals("of") && RESIDENTS.contains(wordBefore(words, from, 2).toLowerCase(Locale.ROOT))
            || before.equals("and") && from >= 3 && words.capitalised(from - 2) && wordBefore(words, from, 3).equals("of")
            && RESIDENTS.contains(wordBefore(words, from, 4).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "near", "outside");
    /** "residents of Onyedega", "the communities of Nova Holanda": what only a place has. */
    private static final Set<String> RESIDENTS = WordSet.of("residents", "villagers", "inhabitants", "townspeople",
        "communities", "population", "villages", "towns", "neighbourhoods", "neighborhoods", "suburbs", "outskirts");
    /**
     * "a stake in Neue Heimat", "faith in Tuchel", "starred in Oppenheimer", "growth in Wegovy": what is held, trusted,
     * played or measured in a company, person, film or product, not where.
     */
    private static final Set<String> NOT_WHERE = WordSet.of("stake", "stakes", "interest", "interests", "investment",
        "investments", "shares", "share", "holding", "holdings", "position", "positions", "invest", "invests",
        "invested", "investing", "investor", "investors", "faith", "confidence", "trust", "belief", "starred",
        "stars", "role", "roles", "growth", "lapse", "rise", "fall", "drop", "increase", "decline", "writedown",
        "available", "fluent", "written", "published", "revelation", "debut", "sales", "cut", "cuts", "exposure");

    /**
     * "carmaker Toyota", "shares of Skanska", "Siemens shares", "Woodside, an oil producer": what agencies write
     * around a company's name. A name that is an English word needs more than that ("rival Apple" is not enough).
     */
    private boolean describedAsOrganisation(Tokens words, int from, int last) {
        if (quotedAsCompany(words, from, last) || publicationOrEmployer(words, from, last)
                || UnitsOfACompany.named(words, from, last)) {
            return true;
        }
        if (from == last && lexicon.isCommonWord(words.name(from)) || lexicon.isGivenName(words.name(from))) {
            return false;
        }
        boolean shown = last + 1 < words.size() && words.joinedToNext(last)
            && ORGANISATION_AFTER.contains(words.word(last + 1)) && !(from == last && words.opensSentence(from));
        return describedBefore(words, from, last) || shown || appositive(words, last, ORGANISATION_DESCRIPTORS)
            || exampleOf(words, from);
    }

    /** "Ford rose 1/8 dlr": a name quoted as a share's price is a company's, a given name too, but no English word. */
    private boolean quotedAsCompany(Tokens words, int from, int last) {
        return quotedAsShare(words, from, last) && !(from == last && lexicon.isCommonWord(words.name(from)));
    }

    /**
     * "the journal Nature", "an economist at Morgan Grenfell", "analyst with Dean Witter": what the words before
     * make an organisation, whether its name is an English word or opens with a given name.
     */
    private static boolean publicationOrEmployer(Tokens words, int from, int last) {
        String before = wordBefore(words, from, 1);
        String role = wordBefore(words, from, 2);
        // "an analyst for John Smith's campaign": a person's possessive after "for" names what they have, not a firm
        boolean employer = (before.equals("at") || before.equals("with")) && MARKET_ROLES.contains(role)
            || before.equals("for") && RESEARCH_ROLES.contains(role) && !words.possessive(last);
        return PUBLICATIONS.contains(before) || employer;
    }

    /** "Allied Signal rose 1/2 dlr to 48-1/2", "Xerox fell 5p": a name whose share price moves is a company's. */
    private boolean quotedAsShare(Tokens words, int from, int last) {
        int at = last + 1;
        if (at + 1 >= words.size() || !words.joinedToNext(last) || !PRICE_MOVES.contains(words.word(at))) {
            return false;
        }
        at++;
        if (words.word(at).equals("up") || words.word(at).equals("down")) {
            at++;
        }
        for (int j = at; j < Math.min(words.size(), at + PRICE_REACH); j++) {
            String word = words.word(j);
            if (priceQuoted(words, j, j > at)) {
                return true;
            }
            if (j > at && PERCENT.contains(word)) {
                return shareInPercent(words, from, last, j);
            }
            if (!Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Word {@code j} is a share price's unit ("dlr", "cts"), pence ("5p", after a number) or, first, a price in fractions
     * of a dollar ("Seagram rose 1-1/2 to 67", "Inco fell 1/4": shares were quoted so).
     */
    private static boolean priceQuoted(Tokens words, int j, boolean afterNumber) {
        String word = words.word(j);
        return PRICE_UNITS.contains(word) || afterNumber && Character.isDigit(word.charAt(0)) && word.endsWith("p")
            || !afterNumber && eighths(words.text(), words.start(j));
    }

    /** Whether a price in fractions opens at {@code at}: "1/2", "1-1/2", "3/8". */
    private static boolean eighths(String text, int at) {
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ',') {
            end++;
        }
        int slash = at;
        while (slash < end && text.charAt(slash) != '/') {
            slash++;
        }
        return slash > at && slash < end - 1 && Character.isDigit(text.charAt(slash - 1))
            && Character.isDigit(text.charAt(slash + 1));
    }

    /**
     * "Kruk gained 1.5 percent" in a market report: a company, unless the name is an index, a currency or a coin,
     * a town ("Sydney added 0.3 percent"), a person ("Isaac Nkwoji gained 41 percent of the vote"), or the text
     * speaks of no shares (a film's takings fall in percent too).
     */
    private boolean shareInPercent(Tokens words, int from, int last, int percent) {
        boolean market = MARKET_WORDS.matcher(words.text()).find();
        boolean ofVote = percent + 3 < words.size() && words.word(percent + 1).equals("of")
            && words.word(percent + 3).startsWith("vote");
        return market && !ofVote && !index(words, from, last) && !lexicon.isGivenName(words.name(from))
            && !(from == last && Gazetteer.shipped().knowsAs(words.key(from, true), KnownName.Kind.CAPITAL,
                KnownName.Kind.CITY, KnownName.Kind.COUNTRY, KnownName.Kind.REGION));
    }

    private static final java.util.regex.Pattern MARKET_WORDS = java.util.regex.Pattern.compile(
        "(?i)\\b(?:shares|stocks|bourse)\\b");

    private static boolean index(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (STOCK_INDICES.contains(words.name(j).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The roles whose holder is "for" a firm ("paper analyst for Prudential Bache"), not a dealer for a man. */
    private static final Set<String> RESEARCH_ROLES = WordSet.of("analyst", "analysts", "economist", "economists",
        "strategist", "strategists");
    /**
     * The roles whose holder works "at" or "with" a firm ("a trader at Kleinwort Benson"); not dealers or bankers,
     * who are also "with" a person ("a banker with Joe Kennedy").
     */
    private static final Set<String> MARKET_ROLES = NameVocabulary.words(RESEARCH_ROLES, "trader", "traders", "broker",
        "brokers");
    private static final int APPOSITION_REACH = 7;
    private static final Set<String> PUBLICATIONS = WordSet.of("journal", "magazine", "newspaper", "tabloid", "weekly");
    private static final Set<String> PRICE_MOVES = WordSet.of("rose", "fell", "gained", "lost", "added", "eased",
        "slipped", "dipped", "climbed", "dropped", "firmed", "jumped", "shed", "advanced", "declined", "slumped",
        "soared", "surged", "edged", "improved", "tumbled", "plunged", "rallied", "weakened", "hardened");
    /** The units a share's price moves in, after its figure ("1/2 dlr", "12 pence", "30 yen"). */
    private static final Set<String> PRICE_UNITS = WordSet.of("dlr", "dlrs", "cent", "cents", "ct", "cts", "pence",
        "penny", "yen", "marks", "pfennigs", "francs", "lire", "guilders", "crowns", "stg");
    private static final int PRICE_REACH = 4;
    private static final Set<String> PERCENT = WordSet.of("percent", "pct", "per", "%");
    /** "the Nikkei fell 1.2 percent": indices, currencies, coins and grades move in percent too (in capitals). */
    private static final Set<String> STOCK_INDICES = WordSet.of(
        "NIKKEI", "TOPIX", "KOSPI", "KOSDAQ", "SENSEX", "NIFTY", "STOXX", "DAX", "CAC", "FTSE", "HANG", "SENG",
        "IBEX", "BOVESPA", "IBOVESPA", "MERVAL", "ASX", "JAKARTA", "STRAITS", "TAIEX", "SHENZHEN", "SHANGHAI",
        "NASDAQ", "DOW", "S&P", "BRENT", "WTI", "GOLD", "SILVER", "COPPER", "BITCOIN", "ETHER", "NYMEX", "COMEX",
        "EURO", "DOLLAR", "YEN", "STERLING", "RUPIAH", "RUPEE", "RINGGIT", "BAHT", "WON", "PESO", "REAL", "RAND",
        "LIRA", "FRANC", "YUAN", "RENMINBI", "ROUBLE", "RUBLE", "HRYVNIA", "NAIRA", "SHILLING", "TADAWUL", "TASI",
        "EGX30", "MOEX", "RTS", "WIG20", "BUX", "PX", "OMX", "OMXS30", "SMI", "AEX", "BEL", "PSI", "ATX", "ISEQ",
        "KSE", "PSEI", "SET", "KLCI", "VN-INDEX", "NZX", "TSX", "INDEX", "COMPOSITE", "AVERAGE", "FUTURES",
        "ETHEREUM", "SOLANA", "CARDANO", "DOGECOIN", "XRP", "TETHER", "KWACHA", "CEDI", "SHEKEL", "ZLOTY", "FORINT",
        "KORUNA", "LEV", "LEU", "DINAR", "DIRHAM", "RIYAL", "RIAL", "TENGE", "SOM", "DRAM", "LARI", "MANAT", "ZIG",
        "ROBUSTA", "ARABICA");

    /** "carmaker Toyota", "shares of Skanska". */
    private static boolean describedBefore(Tokens words, int from, int last) {
        String before = wordBefore(words, from, 1);
        // "its owner Zoltán Ördögh", "project manager Yasuhiro Mori": a noun said of firms and people alike
        // describes a firm only when its name is one word ("asset manager Amundi")
        boolean eitherKind = PERSON_ROLES_AFTER.contains(before) && from < last;
        return ORGANISATION_DESCRIPTORS.contains(before) && !eitherKind
            || (before.equals("of") || before.equals("in")) && wordBefore(words, from, 2).equalsIgnoreCase("shares")
            || descriptorAndComma(words, from);
    }

    /** "Spain's largest agricultural cooperative, Dcoop", "a small construction firm, Teranga Bâtiment". */
    private static boolean descriptorAndComma(Tokens words, int from) {
        if (from < 1 || words.after(from - 1) != ',' || words.capitalised(from - 1)) {
            return false;
        }
        String descriptor = words.word(from - 1);
        return ORGANISATION_DESCRIPTORS.contains(descriptor) && !PERSON_ROLES_AFTER.contains(descriptor);
    }

    /** "operators including Moniepoint", "German suppliers such as Bosch": an example of companies named before. */
    private static boolean exampleOf(Tokens words, int from) {
        String before = wordBefore(words, from, 1);
        int back = before.equals("including") ? 2 : before.equals("as") && wordBefore(words, from, 2).equals("such")
            ? 3 : 0;
        return back > 0 && ORGANISATION_DESCRIPTORS.contains(wordBefore(words, from, back))
            && wordBefore(words, from, back).endsWith("s");
    }

    /** Words that open a clause after a name's comma, where no apposition is ("X, who led a group"). */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("who", "whose", "which", "that", "said", "says", "told");

    /** The word {@code back} words before word {@code i} in the same phrase, or "". */
    private static String wordBefore(Tokens words, int i, int back) {
        for (int j = i - back; j < i; j++) {
            if (j < 0 || !words.joinedToNext(j)) {
                return "";
            }
        }
        return words.word(i - back);
    }

    /** Prepositions after an apposition's head: "a spokesman for the union", "a unit of Chrysler Corp". */
    private static final Set<String> HEAD_ENDS = WordSet.of("for", "of", "at", "with", "in", "from", "to");

    /**
     * "Zhang Wei, a spokesman for", "Woodside, Australia's largest oil producer": a comma, a few words, a noun; the
     * last such noun before a preposition is the head ("the project manager" is a person).
     */
    private static boolean appositive(Tokens words, int last, Set<String> nouns) {
        // "Deoleo, the world's largest olive oil bottler": up to seven words to the noun
        if (words.after(last) != ',' || words.possessive(last)) {
            return false;
        }
        Set<String> head = null;
        for (int j = last + 1; j < words.size() && j <= last + APPOSITION_REACH; j++) {
            if (j > last + 1 && !words.joinedToNext(j - 1) || Character.isDigit(words.word(j).charAt(0))
                    && j > last + 1) {
                break;
            }
            String word = words.word(j);
            if (CLAUSE_OPENERS.contains(word)) {
                break;  // "Tolkunbek Abdygulov, who led a group": a clause, no apposition
            }
            if (words.joined(j)) {
                continue;  // "Tunde Bakare, processes bank-transfer payments": no noun heads a hyphenated word
            }
            if (head != null && HEAD_ENDS.contains(word)) {
                break;  // "Tamika Ross, a spokeswoman for the union": the noun before "for" heads the apposition
            }
            if (PERSON_ROLES_AFTER.contains(word)) {
                head = PERSON_ROLES_AFTER;
            } else if (ORGANISATION_DESCRIPTORS.contains(word)) {
                head = ORGANISATION_DESCRIPTORS;
            }
        }
        return head == nouns;
    }

    /**
     * Where a run holds two names: at "and" or "of" unless an organisation's head word or a company suffix closes
     * the name ("Securities and Exchange Commission" is one, "Britain and France" two), and after a complete
     * company ("PaineWebber Inc and Ladenburg Thalmann and Co Inc" is two). -1 when it holds one.
     */
    private static int splittingJoiner(Tokens words, int from, int last, List<FoundMention> taken) {
        for (int j = from + 1; j < last; j++) {
            if (!SPLITTING_JOINERS.contains(words.word(j))) {
                continue;
            }
            if (articleAfterOf(words, j) || firmsAmpersand(words, j, taken)) {
                continue;  // "Armed Forces of the Philippines": "of the" is one joiner; "Abercrombie & Fitch" one firm
            }
            if (listsKnownNames(words, from, j, last, taken)) {
                return j;  // "First Boston and Morgan Stanley": names a list knows on either side
            }
            boolean oneName = closesOrganisation(words, j + 1, last) || headBefore(words, from, j)
                || fieldsOfHead(words, from, j, last);
            if (!oneName || afterCompany(words, j, taken) || twoNames(words, from, j, last)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean listsKnownNames(Tokens words, int from, int j, int last, List<FoundMention> taken) {
        boolean listing = !words.word(j).equals("of") && !words.word(j).equals("for") && !words.word(j).equals("on");
        return listing && (knownAt(taken, words.start(j + 1), -1) || knownAt(taken, -1, words.end(j - 1)))
            && !townNamedPartner(words, from, j, last, taken);
    }

    /**
     * "Everest and Jennings Inc", "Marion and Acme Inc": one word a list knows only as a town or a landmark, "and",
     * then a name closed by a legal form are one firm's partners, also when a town's name opens the second; after "in"
     * or "near" the word is the town ("plants in Marion and Acme Inc").
     */
    private static boolean townNamedPartner(Tokens words, int from, int and, int last, List<FoundMention> taken) {
        String before = wordBefore(words, from, 1);
        boolean firmShaped = and == from + 1 && words.word(and).equals("and") && last - and <= 3
            && CompanyForms.isLegalForm(words.name(last));
        return firmShaped && !PLACE_PREPOSITIONS.contains(before) && !HEAD_ENDS.contains(before)
            && townAt(taken, words, from) && (townAt(taken, words, and + 1) || !knownAt(taken, words.start(and + 1), -1));
    }

    /** Whether word {@code i} alone is a place a list knows that is no country. */
    private static boolean townAt(List<FoundMention> taken, Tokens words, int i) {
        return taken.stream().anyMatch(known -> known.start() == words.start(i) && known.end() == words.end(i)
            && known.entity().type() == EntityType.PLACE && (known.entity().id() == null
                || !known.entity().id().startsWith("iso3166")));
    }

    /** "PaineWebber Inc and Ladenburg": a joiner after a complete company, but "and Co" and "Co of America". */
    private static boolean afterCompany(Tokens words, int j, List<FoundMention> taken) {
        return endsCompanyName(words.name(j - 1)) && !words.word(j + 1).equals("Co") && !companyOfPlace(words, j, taken)
            && !tradesJoined(words, j);
    }

    /**
     * "Savings and Loan", "Securities and Investments Board", "Gas and Electric Co", "Utilities and Transportation
     * Commission", "Gas and Fuel Associates": two trades an "and" joins in one company's name, where no legal form
     * closed the first; an everyday word after the "and" is a trade too.
     */
    private static boolean tradesJoined(Tokens words, int j) {
        String next = words.name(j + 1);
        return words.word(j).equals("and") && COMPANY_WORDS.contains(words.name(j - 1))
            && (COMPANY_WORDS.contains(next) || TRADES.contains(next)
                || words.capitalised(j + 1) && Lexicon.shipped().isCommonWord(next));
    }

    /** Trades that end no company's name alone but follow another's in one: "Savings and Loan", "Gas and Electric". */
    private static final Set<String> TRADES = WordSet.of("Loan", "Electric", "Light", "Water");

    private static boolean firmsAmpersand(Tokens words, int j, List<FoundMention> taken) {
        return words.word(j).equals("&") && !knownAt(taken, words.start(j + 1), -1);
    }

    private static boolean articleAfterOf(Tokens words, int j) {
        String previous = words.word(j - 1);
        return words.word(j).equals("the") && (previous.equals("of") || previous.equals("for") || previous.equals("on"));
    }

    /**
     * "Morgan Guaranty Trust Co of New York", "Aluminum Co of America", "State Railway of Thailand": a company of the
     * country or state it is named for (but "CNG Development Co of Pittsburgh" says where the company is).
     */
    private static boolean companyOfPlace(Tokens words, int of, List<FoundMention> taken) {
        return words.word(of).equals("of") && (CompanyForms.isSuffix(words.name(of - 1))
                || NATIONAL_COMPANIES.contains(words.name(of - 1)))
            && taken.stream().anyMatch(known -> known.start() == words.start(of + 1)
                && known.entity().id() != null && known.entity().id().startsWith("iso3166"));
    }

    /** Company words a country's own company is named with: "State Railway of Thailand", "Stock Exchange of Mauritius". */
    private static final Set<String> NATIONAL_COMPANIES = WordSet.of("Railway", "Railways", "Airlines", "Airways",
        "Exchange");

    private static boolean companyOfPlaceIn(Tokens words, int from, int end, List<FoundMention> taken) {
        for (int j = from + 1; j < end; j++) {
            if (companyOfPlace(words, j, taken)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words either side of "and" are two bodies or two companies, not one name. */
    private static boolean twoNames(Tokens words, int from, int and, int last) {
        return twoBodies(words, and, last) || twoCompanies(words, from, and, last) || bodyAfterArticle(words, from, and, last);
    }

    /**
     * "Al-Azhar and the Ministry of Awqaf", "the Federal Ministry for European and International Affairs and the
     * Interior Ministry": an article after "and" opens a second name, but for a field of a body named by its head and
     * "of" or "for" ("the Ministry for Digital Transformation and the Civil Service"), unless that name is a ministry or
     * a department of its own, or a body named by its head and "of" or "for" itself ("the Canadian Chamber of Commerce
     * and the Canadian Federation of Independent Business").
     */
    private static boolean bodyAfterArticle(Tokens words, int from, int and, int last) {
        if (!words.word(and).equals("and") || !words.word(and + 1).equals("the") || and + 2 > last) {
            return false;
        }
        return !ofAfterHead(words, from, and - 1) || MINISTRIES.contains(words.name(and + 2))
            || MINISTRIES.contains(words.name(last)) || ofAfterHead(words, and + 2, last);
    }

    private static final Set<String> MINISTRIES = WordSet.of("Ministry", "Department", "Office", "Council", "Agency");

    /**
     * "Ivanhoe Electric and Ajlan & Bros Mining": a company of two words or more ends in a company's word, and a
     * name no dictionary has opens another that closes as a company ("Savings and Loan", "Oil and Natural Gas",
     * "Karachi Water and Sewerage Board" stay one).
     */
    private static boolean twoCompanies(Tokens words, int from, int and, int last) {
        String before = words.name(and - 1);
        String after = words.name(and + 1);
        return words.word(and).equals("and") && and - 1 > from && last > and + 1 && COMPANY_WORDS.contains(before)
            && !Lexicon.shipped().isCommonWord(after) && !ORGANISATION_HEADS.contains(after)
            && closesOrganisation(words, and + 2, last);
    }

    /** "Aichi Bank and Chukyo Bank": a body's head before "and", and another body after it (not "Bank and Trust Co"). */
    private static boolean twoBodies(Tokens words, int and, int last) {
        return words.word(and).equals("and") && ORGANISATION_HEADS.contains(words.name(and - 1)) && last > and + 1
            && !ORGANISATION_HEADS.contains(words.name(and + 1)) && !endsCompanyName(words.name(and + 1))
            && closesOrganisation(words, and + 2, last);
    }

    /**
     * "Colombian Association of Hospitals and Clinics", "Ministry of Agriculture and Rural Development": after a head
     * word and "of" or "for", an "and" joins the fields of one body when a word or two close the name.
     */
    private static boolean fieldsOfHead(Tokens words, int from, int and, int last) {
        return words.word(and).equals("and") && last - and <= 2 && ofAfterHead(words, from, and - 2);
    }

    private static boolean closesOrganisation(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (ORGANISATION_HEADS.contains(words.name(j)) || endsCompanyName(words.name(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a known name starts at {@code start} or ends at {@code end} (-1: either). */
    private static boolean knownAt(List<FoundMention> taken, int start, int end) {
        for (FoundMention known : taken) {
            if (known.start() == start || known.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** "Bank of Japan", "Commission on Dairy Policy": a head word right before "of", "on" or "for". */
    private static boolean headBefore(Tokens words, int from, int joiner) {
        String word = words.word(joiner);
        if (!word.equals("of") && !word.equals("on") && !word.equals("for")) {
            return false;
        }
        for (int j = from; j < joiner; j++) {
            if (ORGANISATION_HEADS.contains(words.name(j)) || endsCompanyName(words.name(j))
                    || LEADING_HEADS.contains(words.name(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean companySuffix(Tokens words, int from, int last) {
        return last > from && endsCompanyName(words.name(last)) && !CompanyForms.personalComputer(words, last - 1);
    }

    /** Whether a body's head word is among words {@code from} to {@code last}, one word alone too. */
    private static boolean headWordIn(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (ORGANISATION_HEADS.contains(words.name(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name of several words holds a body's head word. */
    private static boolean headWord(Tokens words, int from, int last) {
        return last != from && headWordIn(words, from, last);
    }

    /** "Chrysler Corp &lt;C&gt;", "Skanska AB &lt;skbs.St.&gt;", "Siemens AG (SIEGn.DE)", "Apple Inc (AAPL.O)". */
    private static boolean tickerAfter(Tokens words, int last) {
        return tickerCountry(words, last) != null;
    }

    /** The country a ticker right after word {@code last} lists the company in ("" when it says none), or null. */
    private static String tickerCountry(Tokens words, int last) {
        String text = words.text();
        int at = words.end(last);
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '<' && text.charAt(at) != '(') {
            return null;
        }
        boolean angled = text.charAt(at) == '<';
        int end = text.indexOf(angled ? '>' : ')', at);
        if (end < 0 || end - at > 14 || end - at < 2) {
            return null;
        }
        String ticker = text.substring(at + 1, end);
        if (!(angled ? ANGLED_TICKER : RIC).matcher(ticker).matches()) {
            return null;
        }
        String country = ListingCountry.ofTicker(ticker, angled);
        return country == null ? "" : country;
    }

    private static final java.util.regex.Pattern ANGLED_TICKER = java.util.regex.Pattern.compile(
        "[A-Za-z0-9]{1,6}(?:\\.[A-Za-z]{1,3}\\.?)?");
    /** A Reuters instrument code: "SIEGn.DE", "AAPL.O", "7203.T". */
    private static final java.util.regex.Pattern RIC = java.util.regex.Pattern.compile(
        "[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}");

    /** "Wheeler Jr", and "Pat Surtain II" after a given name ("Shah Deniz II" is a gas field, "World War II" a war). */
    private boolean generation(Tokens words, int from, int last) {
        String suffix = words.name(last);
        return GENERATIONS.contains(suffix) && !ordinaryPhrase(words, from, last - 1)
            && (suffix.startsWith("J") || suffix.startsWith("S") || opensWithGivenName(words, from, last - 1));
    }

    /**
     * "La Scala", "La Conner", "Los Pulpos": an article opens a place's or body's name; "El Arish", "Al Mukalla": the
     * Arabic article and a town the lists know by its name alone.
     */
    private static boolean articleOfAPlace(Tokens words, int from, int last, boolean evidence, boolean titled) {
        return ROMANCE_ARTICLES.contains(words.word(from)) && !evidence
            || NameVocabulary.ARABIC_ARTICLES.contains(words.word(from)) && !titled && Gazetteer.shipped()
                .knowsAs(words.key(last, true), KnownName.Kind.CITY, KnownName.Kind.CAPITAL, KnownName.Kind.REGION);
    }

    private boolean isPerson(Tokens words, int from, int last) {
        int count = namesIn(words, from, last);
        if (count > mostNames(words, from, last) || !personShaped(words, from, last) || people(words, from, last)
                || thingAfterName(words, from, last)) {
            return false;
        }
        String before = wordBefore(words, from, 1);
        boolean titled = ROLES.contains(before);
        if (count == 1) {
            return titled && !SPEECH_BEFORE.contains(before) && !lexicon.isCommonWord(words.name(from));
        }
        if (generation(words, from, last)) {
            return true;  // "Wilmot Wheeler Jr", "Pat Surtain II": only a person's name ends so
        }
        boolean evidence = titled || saidAfter(words, last) || personContext(words, from, last);
        if (count == 2 && articleOfAPlace(words, from, last, evidence, titled)) {
            return false;
        }
        return (evidence || opensWithGivenName(words, from, last)) && !ordinaryPhrase(words, from, last);
    }

    /**
     * How many words a person's name may have: four ("Rocío Gómez de la Fuente"), and from a given name four and its
     * particles, as Spanish, Portuguese and Filipino names have two given names and two surnames ("Juan Alberto Álvarez
     * de la Cruz", "Jose Maria delos Santos de Guzman"; "Comisión Nacional de los Derechos Humanos", "Washington Public
     * Power Supply System" are none).
     */
    private int mostNames(Tokens words, int from, int last) {
        int particles = 0;
        for (int j = from + 1; j < last; j++) {
            particles += PARTICLES.contains(words.word(j)) ? 1 : 0;
        }
        // the particles counted as names by namesIn are allowed on top: "Jose Maria delos Santos de Guzman"
        return particles > 0 && lexicon.isGivenName(words.name(from)) ? 4 + particles : 4;
    }

    /**
     * "Geneva Motor Show", "Philippine Investment Notes": two everyday words or more after a given name, and a plural
     * or an event closing them, name a thing, not a person ("Mary Ann Baker" keeps her name).
     */
    private boolean thingAfterName(Tokens words, int from, int last) {
        String before = wordBefore(words, from, 1);
        if (last - from < 2 || ROLES.contains(before) && !SPEECH_BEFORE.contains(before)) {
            return false;  // after a role, a person: "secretary Rose Mary Woods"
        }
        for (int j = from + 1; j <= last; j++) {
            if (!lexicon.isCommonWord(words.name(j)) || lexicon.isGivenName(words.name(j))) {
                return false;
            }
        }
        String closing = words.name(last);
        return closing.endsWith("s") || EVENTS.contains(closing);
    }

    /** What closes the name of an event: "Motor Show", "Book Fair". */
    private static final Set<String> EVENTS = WordSet.of("Show", "Fair", "Expo", "Festival", "Exhibition", "Conference",
        "Congress", "Summit", "Games", "Championship", "Cup", "Open", "Marathon", "Rally", "Week");

    /**
     * The words of a name, particles that follow one another counted as one: "Rocío Gómez de la Fuente" has four,
     * "Comisión Nacional de los Derechos Humanos" five.
     */
    private static int namesIn(Tokens words, int from, int last) {
        int names = 0;
        for (int j = from; j <= last; j++) {
            boolean particleAfterParticle = j > from && PARTICLES.contains(words.word(j))
                && PARTICLES.contains(words.word(j - 1));
            names += particleAfterParticle || j > from && j < last && ARABIC_CONNECTORS.contains(words.word(j)) ? 0 : 1;
        }
        return names;
    }

    /**
     * "Salim bin Nasser Al Aufi", "Talal Fahad Al-Ajmi": the words that join an Arabic or Malay name's parts, which
     * count as no name of their own, so that a full name of five or six words is still a person's.
     */
    private static final Set<String> ARABIC_CONNECTORS = WordSet.of("bin", "ibn", "bint", "binti", "Al", "al", "El", "el");

    /** "according to X Y", "X Y, a spokesman", "the minister, X Y,", "X Y, who": what is written around people. */
    private boolean personContext(Tokens words, int from, int last) {
        boolean accordingTo = wordBefore(words, from, 1).equals("to") && wordBefore(words, from, 2).equals("according");
        // in a match report, a full name no dictionary has is a player's ("Ademola Lookman's penalty")
        boolean player = words.reportsMatches() && last == from + 1 && noEnglishWord(words, from, last)
            && words.end(last) - words.start(last) > 1;  // not "Serie A"
        return accordingTo || player || appositive(words, last, PERSON_ROLES_AFTER) || roleAndComma(words, from)
            || (describedAsPerson(words, last) || actsAsPerson(words, last)) && noEnglishWord(words, from, last);
    }

    /** A given name first, or after an initial ("J. Paul Sticht"). */
    private boolean opensWithGivenName(Tokens words, int from, int last) {
        return givenNameAt(words, from) || words.initial(from) && words.after(from) == '.'
            && last - from >= 2 && lexicon.isGivenName(words.name(from + 1));
    }

    /** A given name at word {@code i}, and not the Arabic article of a place's or family's name ("Al-Wafra"). */
    private boolean givenNameAt(Tokens words, int i) {
        return lexicon.isGivenName(words.name(i)) && !(words.joined(i) && NameVocabulary.ARABIC_ARTICLES.contains(words.word(i)));
    }

    private static final Set<String> GENERATIONS = WordSet.of("Jr", "Sr", "II", "III", "IV");

    /** "Auston Matthews scored twice", "Dušan Vlahović scoring": what only people do, after a full name. */
    private static boolean actsAsPerson(Tokens words, int last) {
        return last + 1 < words.size() && words.joinedToNext(last) && PERSON_VERBS.contains(words.word(last + 1));
    }

    private static final Set<String> PERSON_VERBS = WordSet.of("scored", "scoring", "netted", "kicked", "clocked",
        "resigned", "died", "testified", "pleaded", "smiled", "spent", "wept", "married", "tweeted");

    /** "North Korean troops", "the Colombian delegate": a people's name, no person's. */
    private static boolean people(Tokens words, int from, int last) {
        if (demonymKey(words.key(last, true))) {
            return true;
        }
        StringBuilder key = new StringBuilder(words.key(from, false));
        for (int j = from + 1; j <= last; j++) {
            key.append(' ').append(words.key(j, j == last));
        }
        return from < last && demonymKey(key.toString());
    }

    private boolean noEnglishWord(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            if (lexicon.isCommonWord(words.name(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the nearby North Waziristan district", "the town of Adale", "villages including Mpeketoni": a place by the
     * noun a text gives it.
     */
    private static boolean describedAsPlace(Tokens words, int from, int last) {
        if (NameVocabulary.announcedPlaceList(words, from) || NameVocabulary.listedBeforeKind(words, from, last)) {
            return true;
        }
        return from >= 2 && words.word(from - 1).equals("of") && words.joinedToNext(from - 2)
            && words.joinedToNext(from - 1) && NameVocabulary.PLACE_NOUNS.contains(words.word(from - 2));
    }

    /** "its coordinator, Birahim Seck", "the economy minister, Torsten Haubold": a role, a comma, the name. */
    private static boolean roleAndComma(Tokens words, int from) {
        if (from < 1 || words.after(from - 1) != ',' || words.capitalised(from - 1)) {
            return false;
        }
        String role = words.word(from - 1);
        return ROLES.contains(role) && !SPEECH_BEFORE.contains(role) || PERSON_ROLES_AFTER.contains(role);
    }

    /** "Gul Rahman, whose son", "Kranjc-Novak, 47, replaces": what only a person's name is followed by. */
    private static boolean describedAsPerson(Tokens words, int last) {
        if (words.after(last) != ',' || words.possessive(last) || last + 1 >= words.size()) {
            return false;
        }
        String next = words.word(last + 1);
        if (next.equals("who") || next.equals("whose")) {
            return true;  // the caller asks the run to be no phrase of English words ("the Afghan Taliban, who")
        }
        return next.length() == 2 && Character.isDigit(next.charAt(0)) && Character.isDigit(next.charAt(1))
            && words.after(last + 1) == ',';
    }

    /** "Gazprom said": a one-word name no list knows that speaks is an organisation (people get their full name). */
    private boolean speakingName(Tokens words, int i) {
        String word = words.name(i);
        return saidAfter(words, i) && !words.opensSentence(i) && !lexicon.isCommonWord(word)
            && !lexicon.isGivenName(word) && word.length() > 2;
    }

    /** "Guarini said", "Cappy told reporters". */
    private static boolean saidAfter(Tokens words, int last) {
        return last + 1 < words.size() && SAID.contains(words.word(last + 1)) && words.joinedToNext(last);
    }

    /** Words a person's name may hold: capitals and particles, no acronym. */
    private static boolean personShaped(Tokens words, int from, int last) {
        if (last > from && EVENTS.contains(words.name(last))) {
            return false;  // "the Teamsters Canada Rail Conference said": a body or an event, no one's name
        }
        for (int j = from; j <= last; j++) {
            String word = words.word(j);
            if (JOINERS.contains(word) && !PARTICLES.contains(word)
                    || words.allCaps(j) && words.end(j) - words.start(j) > 1 && !word.contains(".")
                    && !(j == last && j > from && GENERATIONS.contains(word))) {
                return false;
            }
        }
        return true;
    }

    /** "Treasury Department", "Oil Prices": every word an English word, none a given name: not a person. */
    private boolean ordinaryPhrase(Tokens words, int from, int last) {
        for (int j = from; j <= last; j++) {
            String word = words.name(j);
            if (!lexicon.isCommonWord(word) || lexicon.isGivenName(word) && j == from) {
                return false;
            }
        }
        return true;
    }

    /**
     * A facility ("Jassim bin Hamad Stadium", "Burgas Airport"), the things an acronym counts ("CMOs", "NGOs"), a
     * generic word capitalised after a country's initials or a sanctions listing's kind, which name no entity.
     */
    private boolean namesNothing(Tokens words, int from, int end) {
        return facility(words, from, end) || end > from && ENACTMENTS.contains(words.name(end))
            || from == end && pluralOfAcronym(words.name(from))
            || genericAfterCountryInitials(words, from, end)
            || end > from && DESIGNATION_OPENERS.contains(words.name(from))
            && DESIGNATIONS.contains(words.text().substring(words.start(from), words.end(end)))
            || end == from + 1 && WORLDS.contains(words.name(from) + " " + words.name(end))
            || end > from && STORMS.contains(words.name(from)) && !endsCompanyName(words.name(end));
    }

    /** "Hurricane Melissa", "Typhoon Haiyan", "Storm Boris": a storm's name, no person's ("Hurricane Energy Plc" is a firm). */
    private static final Set<String> STORMS = WordSet.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical");

    /** What a law or an agreement is called by ("the Securities and Exchange Act", "the Plaza Accord"): no body. */
    private static final Set<String> ENACTMENTS = WordSet.of("Act", "Acts", "Accord", "Accords");

    /** The worlds of the Cold War's speech ("Third World debt"): groups of countries by their lot, no body or place. */
    private static final Set<String> WORLDS = Set.of("Third World", "First World", "Second World", "Free World");

    private static final Set<String> DESIGNATION_OPENERS = WordSet.of("Foreign", "Specially", "State");

    /** The kinds of sanctions listing a group or person is given ("a Foreign Terrorist Organization"): no body. */
    private static final Set<String> DESIGNATIONS = Set.of("Foreign Terrorist Organization",
        "Foreign Terrorist Organisation", "Specially Designated Global Terrorist", "Specially Designated Global Terrorists",
        "Specially Designated Nationals", "State Sponsor of Terrorism", "State Sponsors of Terrorism");

    /**
     * "A dealer at a U.S. Bank", "demands by U.S. Airlines", "the U.K. Insurance area": older wire copy capitalises
     * the everyday word after a country's initials; the place is the initials alone, and the lists know the real
     * names ("U.S. Steel") and the state's institutions are bodies ("U.S. Treasury", broken over a line or not).
     */
    private boolean genericAfterCountryInitials(Tokens words, int from, int end) {
        return end == from + 1 && COUNTRY_INITIALS.contains(words.word(from)) && lexicon.isCommonWord(words.name(end))
            && !STATE_INSTITUTIONS.contains(words.name(end));
    }

    private static final Set<String> COUNTRY_INITIALS = WordSet.of("U.S.", "U.K.");
    /** The state's institutions, and a bank that took the name ("U.S. Bank" of Minneapolis). */
    private static final Set<String> STATE_INSTITUTIONS = WordSet.of("Treasury", "Army", "Navy", "Congress", "Senate",
        "Embassy", "Parliament", "Marines", "Mint", "Customs", "Bank");

    /** Two capitals or more and a plural's "s": "CMOs", "IPOs". */
    static boolean pluralOfAcronym(String word) {
        int last = word.length() - 1;
        if (last < 2 || word.charAt(last) != 's') {
            return false;
        }
        for (int c = 0; c < last; c++) {
            if (!Character.isUpperCase(word.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private boolean isAcronym(Tokens words, int i) {
        String word = words.name(i);
        int letters = 0;
        for (int c = 0; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letters += Character.isLetter(ch) ? 1 : 0;
        }
        // capitals with figures are codes and sums ("RM3.50", "A321", "WIG20"), which a list knows if they are bodies
        return letters >= 2 && letters <= 7 && letters == word.length() && !NOT_ACRONYMS.contains(word)
            && !lexicon.isCommonWord(word) && !insideTicker(words, i);
    }

    /**
     * A title before a name, but not before "of" ("Minister of Finance") nor inside a surname ("Sheikh-Noor"), where
     * a hyphen joins it to no other title ("Director-General" is one).
     */
    private static boolean isTitle(Tokens words, int i) {
        return (TITLES.contains(words.word(i)) || advocate(words, i) || words.engineersTitle(i))
            && !(i + 1 < words.size() && words.word(i + 1).equals("of"))
            && !(words.joined(i) && !TITLES.contains(words.word(i + 1)))
            && !(i > 0 && words.joined(i - 1) && !TITLES.contains(words.word(i - 1)));
    }

    /** "Senior Advocate Akhil Sibal", "Public Advocate Jumaane Williams"; not "Advocate Aurora Health", a company. */
    private static boolean advocate(Tokens words, int i) {
        return i > 0 && words.word(i).equals("Advocate") && ADVOCATES.contains(words.word(i - 1));
    }

    private static final Set<String> ADVOCATES = WordSet.of("Senior", "Public", "Child", "Children's", "Defence",
        "Defense", "Lord", "Patient", "Victims'", "Consumer");

    private boolean isOrdinaryWord(Tokens words, int i, int last) {
        String word = words.name(i);
        if (lexicon.isGivenName(word) && i < last || words.allCaps(i)) {
            return false;
        }
        return lexicon.isCommonWord(word) && !ORGANISATION_HEADS.contains(word) || FUNCTION_WORDS.contains(word);
    }

    /**
     * "Park Jin-seop", "Chatrachai Bunya-ananta": a surname's syllable in lower case after a hyphen, not
     * "Putin-backed", "Seoul-based" or "Trump-bashing". Syllables of up to five letters are common (Korean
     * names); longer ones must not read as the English word of a compound.
     */
    private static boolean hyphenatedSyllable(Tokens words, int last) {
        if (!words.joined(last) || words.possessive(last) || words.capitalised(last + 1)) {
            return false;
        }
        String syllable = words.word(last + 1);
        boolean compoundWord = syllable.endsWith("ed") || syllable.length() > 5 && syllable.endsWith("ing");
        return syllable.length() <= 7 && !compoundWord && !NOT_SYLLABLES.contains(syllable)
            && syllable.chars().allMatch(Character::isLetter);
    }

    private static final Set<String> NOT_SYLLABLES = WordSet.of("based", "run", "led", "born", "style", "era", "owned",
        "like", "year", "old", "made", "type", "wing", "held", "bound", "free", "wide", "long", "due", "elect",
        "centric", "proof", "wise", "level", "scale", "sized", "friendly", "loyal", "backer", "backers");

    /**
     * Where a person's name ends: after the parts its surname's hyphens join ("Abu Qatal-ul-Hind"), capitalised
     * or {@linkplain #hyphenatedSyllable syllables}.
     */
    private static int personEnd(Tokens words, int last) {
        int end = last;
        while (end + 1 < words.size() && (hyphenatedSyllable(words, end)
            || words.joined(end) && !words.possessive(end) && words.capitalised(end + 1) && end > last)) {
            end++;
        }
        return end == last ? words.nameEnd(last) : words.end(end);
    }

    private static void add(List<FoundMention> found, String field, Tokens words, int first, int last,
                            EntityType type) {
        // "State Minister of Health Dr. Tsehay Woldemichael Abebe": the honorific is no part of the name
        int from = type == EntityType.PERSON && first < last && HONORIFICS.contains(words.name(first)) ? first + 1 : first;
        int start = words.start(type == EntityType.ORGANIZATION && numbered(words, from, last) ? from - 1 : from);
        int end = type == EntityType.PERSON ? personEnd(words, last)
            : words.nameEnd(type == EntityType.ORGANIZATION && courtOfSeat(words, from, last) ? last + 2 : last);
        String name = Tokens.singleSpaced(words.text().substring(start, end));
        if (type == EntityType.PLACE && NameVocabulary.kindWrittenAfter(words, last)) {
            end = words.end(last + 1);  // the mention, not the name, takes the kind ("Abai region")
        }
        String listed = type == EntityType.ORGANIZATION ? tickerCountry(words, last) : null;
        FoundMention mention = new FoundMention(field, start, end, words.text().substring(start, end),
            new GazetteerEntry(type, name, null, listed == null || listed.isEmpty() ? null : listed));
        if (!mention.overlapsAny(found)) {
            found.add(mention);
        }
    }
}
