package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Institutions a story names by one word once it is clear which ones it is about: "the House" in a story on the
 * Senate or on Congress is the House of Representatives ("House Speaker Jim Wright", "the full House may vote"),
 * "the Commission" in one on the European Community or Union is the European Commission; "the Army" in a story of
 * soldiers and militants is the country's army (the one the story names in full, "the Indian Army", when it does).
 * The cue is another of the field's mentions, not its words (the Trades Union Congress is no cue). The word alone
 * is no name anywhere else ("White House", "Random House", "House prices rose", "the Commission on Human Rights"), so
 * it needs a capital, nothing capitalised around it but the chamber's own words, and a determiner or such a word when
 * it opens a sentence; and a story that names a house or commission of its own ("the Canadian House of Commons", "the
 * Securities and Exchange Commission") means that one.
 */
final class BareInstitutionFinder implements MentionFinder {

    /**
     * One word for an institution and its entity; the names of the mentions, and the lower-case words, that say the
     * story is about it; the capitalised words that may follow it, and the lower-case ones that make it an everyday
     * word ("Treasury bills"); which mentions name it in full (that entity is then meant: "the U.S. House of
     * Representatives ... the House") and which name another of its kind.
     */
    private record Institution(String word, GazetteerEntry entity, Set<String> cueNames, Set<String> cueWords,
                               Set<String> capitalisedAfter, Set<String> everydayAfter, Predicate<String> namesItself,
                               Predicate<String> rival) {
    }

    private final List<Institution> institutions;

    BareInstitutionFinder(Gazetteer lists) {
        this.institutions = List.of(
            new Institution("House", organisation(lists, "House of Representatives"),
                Set.of("Senate", "United States Senate", "Congress", "United States Congress"),
                Set.of("congressional", "congressman", "congresswoman", "Congressman", "Congresswoman",
                    "House subcommittee", "House Speaker", "House Majority Leader", "House Minority Leader",
                    "House Ways and Means", "House Appropriations", "House Banking", "House Foreign Affairs",
                    "House Judiciary", "House Armed Services", "House Energy and Commerce", "House Budget"),
                Set.of("Speaker", "Democrats", "Republicans", "Democratic", "Republican", "Majority", "Minority", "Ways",
                    "Appropriations", "Banking", "Judiciary", "Armed", "Budget"),
                Set.of(), name -> name.contains("House of Representatives"), name -> name.contains("House of")),
            new Institution("Commission", organisation(lists, "European Commission"),
                Set.of("European Community", "European Union", "Council of the European Union", "European Parliament",
                    "Brussels", "EC"),
                Set.of(), Set.of(), Set.of(), name -> name.equals("European Commission"),
                name -> name.contains("Commission")),
            new Institution("Army", new GazetteerEntry(EntityType.ORGANIZATION, "Army", null, null), Set.of(),
                Set.of("soldiers", "soldier", "troops", "military", "militants", "rebels", "insurgents", "brigade",
                    "battalion", "infantry", "encounter", "gunfight"),
                Set.of(), Set.of(), name -> nationalArmy(lists, name), name -> false),
            // "the Treasury said" in a story of money is the finance ministry the story names in full, if it does
            new Institution("Treasury", new GazetteerEntry(EntityType.ORGANIZATION, "Treasury", null, null), Set.of(),
                WordSet.of("dlrs", "dollars", "dollar", "billion", "million", "budget", "deficit", "tax", "taxes",
                    "debt", "borrowing", "fiscal", "revenue", "spending", "bills", "bonds", "notes", "securities"),
                Set.of("Secretary", "Department", "Minister", "Undersecretary", "Under"), TREASURY_ISSUES,
                name -> name.contains("Treasury"), name -> false));
    }

    /** "Indian Army", "Pakistan Army": a country's army, not an armed group's ("New People's Army", "Arakan Army"). */
    private static boolean nationalArmy(Gazetteer lists, String name) {
        return name.endsWith(" Army") && lists.knowsAs(NameKeys.of(name.substring(0, name.length() - " Army".length())),
            KnownName.Kind.COUNTRY, KnownName.Kind.DEMONYM);
    }

    /** The curated list's organisation of that name (the bare "House of Representatives" is of no one country). */
    private static GazetteerEntry organisation(Gazetteer lists, String name) {
        for (KnownName known : lists.lookup(NameKeys.of(name))) {
            if (known.kind() == KnownName.Kind.ORGANIZATION && known.entry().name().equals(name)) {
                return known.entry();
            }
        }
        throw new IllegalStateException("organizations.tsv lists no " + name);
    }

    /** What the Treasury issues and the markets in them: "Treasury bills", "the Treasury bond market". */
    static final Set<String> TREASURY_ISSUES = WordSet.of("bill", "bills", "bond", "bonds", "note", "notes",
        "securities", "paper", "issue", "issues", "yield", "yields", "market", "markets", "rate", "rates", "debt",
        "auction", "auctions", "coupon", "coupons", "futures", "prices", "price", "refunding", "strips", "zero",
        "zeros", "curve", "maturities", "obligations", "stock", "stocks", "certificates", "benchmark", "benchmarks",
        "sale", "sales", "offering", "offerings", "inflation-protected", "inflation-indexed", "instruments");

    /** After the word, the lower-case words that would make it part of a longer name ("Commission on Human Rights"). */
    private static final Set<String> NAME_CONTINUES = WordSet.of("of", "on", "for");

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (Institution institution : institutions) {
            if (text.indexOf(institution.word()) < 0) {
                continue;  // most fields name neither: no cue to look for
            }
            GazetteerEntry meant = cued(institution, text, taken) ? meant(institution, taken) : null;
            if (meant == null) {
                continue;
            }
            String word = institution.word();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                if (standsAlone(text, at, end, institution)) {
                    FoundMention mention = new FoundMention(field, at, end, word, meant);
                    if (!mention.overlapsAny(taken)) {
                        found.add(mention);
                    }
                }
            }
        }
        return found;
    }

    private static boolean cued(Institution institution, String text, List<FoundMention> taken) {
        return taken.stream().anyMatch(mention -> institution.cueNames().contains(mention.entity().name())
                || institution.namesItself().test(mention.entity().name()))
            || institution.cueWords().stream().anyMatch(cue -> written(text, cue));
    }

    /**
     * The entity the word stands for: the one a mention names in full, the institution's own, or none when the story
     * names another of its kind (but where the rules read the institution's own name: "EC Commission").
     */
    private static GazetteerEntry meant(Institution institution, List<FoundMention> taken) {
        List<FoundMention> own = taken.stream().filter(mention -> mention.entity().type() == EntityType.ORGANIZATION
            && institution.namesItself().test(mention.entity().name())).toList();
        for (FoundMention mention : taken) {
            String name = mention.entity().name();
            if (mention.entity().type() == EntityType.ORGANIZATION && !institution.namesItself().test(name)
                    && institution.rival().test(name) && !mention.overlapsAny(own)) {
                return null;
            }
        }
        return own.isEmpty() ? institution.entity() : own.get(0).entity();
    }

    /** Whether the text has the word as a word of its own ("congressional", not inside another). */
    private static boolean written(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is written alone: no capitalised word before it but "The", none after it but the chamber's
     * own, and when it opens a sentence, one of those after it ("House Speaker Jim Wright", not "House prices").
     */
    private static boolean standsAlone(String text, int at, int end, Institution institution) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        String before = wordBefore(text, at);
        boolean opensSentence = before.isEmpty() || SENTENCE_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0;
        if (!opensSentence && namePartBefore(before)) {
            return false;  // "White House", "Random House", "Election Commission"
        }
        boolean hyphenated = end < text.length() && text.charAt(end) == '-';  // "the House-passed bill"
        String after = hyphenated ? "" : wordAfter(text, end);
        if (after.isEmpty()) {
            return !opensSentence || hyphenated;
        }
        if (Character.isUpperCase(after.charAt(0))) {
            return institution.capitalisedAfter().contains(after);
        }
        if (institution.everydayAfter().contains(after)) {
            return false;
        }
        return opensSentence ? OPENING_FOLLOWERS.contains(after) : !NAME_CONTINUES.contains(after);
    }

    /**
     * Lower-case words after the word opening a sentence that make it the chamber ("House leaders", "Commission
     * sources"), where others make it an everyday word ("House prices", "Commission income").
     */
    private static final Set<String> OPENING_FOLLOWERS = WordSet.of("and", "leaders", "members", "sources", "officials",
        "negotiators", "lawmakers", "aides", "staff", "spokesman", "spokeswoman", "president", "vice-president",
        "passed", "approved", "voted", "rejected", "adopted");

    /** A capitalised word joined to the one after it, but the article or a word before a comma. */
    private static boolean namePartBefore(String before) {
        return !before.equals("The") && Character.isUpperCase(before.charAt(0)) && !before.endsWith(",");
    }

    private static final String SENTENCE_ENDS = ".!?:;\"\u201d";

    /** The word before {@code at}, across blanks and one line break; "" when none is joined to it. */
    private static String wordBefore(String text, int at) {
        int end = at;
        int breaks = 0;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && (text.charAt(end - 1) != '\n' || ++breaks < 2)) {
            end--;
        }
        if (end == at || breaks > 1) {
            return "";  // a quote or a bracket before it, or a new paragraph: nothing joined
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The letters of the word after {@code end}, across blanks and one line break; "" when none is joined to it. */
    private static String wordAfter(String text, int end) {
        int start = end;
        int breaks = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))
                && (text.charAt(start) != '\n' || ++breaks < 2)) {
            start++;
        }
        if (start == end || breaks > 1) {
            return "";
        }
        int stop = start;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(start, stop);
    }
}
