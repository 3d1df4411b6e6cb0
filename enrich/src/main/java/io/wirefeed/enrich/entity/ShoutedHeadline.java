package io.wirefeed.enrich.entity;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;

/**
 * What a headline written in capitals names only when the rest of the dispatch bears it out: in capitals, a word is
 * as likely a word as an acronym ("BALTIC ICE"), and a description reads as a name ("INVESTOR GROUP CUTS STAKE"). A
 * dispatch with nothing but capitals, or only a headline, is taken as it is.
 */
final class ShoutedHeadline {

    private static final String HEADLINE = "headline";
    /** A word of capitals short enough to be an acronym. */
    private static final Pattern SHOUTED_ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    private ShoutedHeadline() {
    }

    /** Whether the headline is in capitals over other fields that are not empty. */
    static boolean shoutsOverText(Map<String, String> fields) {
        String headline = fields.get(HEADLINE);
        boolean writtenOtherwise = fields.entrySet().stream().anyMatch(field -> !field.getKey().equals(HEADLINE)
            && field.getValue() != null && !field.getValue().isBlank());
        return headline != null && !headline.isBlank() && writtenOtherwise && Capitals.shouting(headline);
    }

    /**
     * Drops the headline's organisation acronyms that are also words unless the rest names them ("FED" over a story of
     * the Federal Reserve). Only the headline: a dateline in capitals names its agency by its acronym ("STOCKHOLM (TT)").
     */
    static void dropAcronymsNothingElseNames(Map<String, String> fields, List<FoundMention> mentions) {
        if (!shoutsOverText(fields)) {
            return;
        }
        List<FoundMention> all = List.copyOf(mentions);
        mentions.removeIf(mention -> mention.field().equals(HEADLINE)
            && mention.entity().type() == EntityType.ORGANIZATION
            && SHOUTED_ACRONYM.matcher(mention.text()).matches() && !mention.text().equals(mention.entity().name())
            && Lexicon.shipped().isCommonWord(mention.text())
            && all.stream().noneMatch(other -> !other.field().equals(HEADLINE)
                && (other.entity().equals(mention.entity()) || firstWord(other.text()).equalsIgnoreCase(mention.text()))));
    }

    /**
     * "KANSAS POWER AND LIGHT &lt;KAN&gt; CHAIRMAN LEAVING" over "Kansas Power and Light Co said": a company the
     * rest names, its name written in the headline in capitals with or without its legal form, is what the headline
     * names there, whatever its words read as alone in capitals (a state, "LIGHT"). Only names of two words or more,
     * counting a legal form ("RCA CORP"): one word in capitals is as likely a word.
     */
    static void nameTheRestsCompanies(Map<String, String> fields, List<FoundMention> mentions) {
        if (!shoutsOverText(fields)) {
            return;
        }
        String headline = fields.get(HEADLINE);
        // the longest names first: "Service Control Corp" takes "SERVICE CONTROL" before its short form can
        List<FoundMention> companies = mentions.stream().filter(mention -> !mention.field().equals(HEADLINE)
                && mention.entity().type() == EntityType.ORGANIZATION)
            .sorted(Comparator.comparingInt((FoundMention mention) -> mention.entity().name().length()).reversed())
            .toList();
        BitSet named = new BitSet();
        for (FoundMention company : companies) {
            for (String name : namesWithAndWithoutForm(company.entity().name())) {
                String shouted = name.toUpperCase(Locale.ROOT);  // "STRASSBURGER" is longer than "Straßburger"
                int at = wordAt(headline, shouted);
                if (at >= 0 && !name.equals(company.entity().name()) && founders(name)
                        && !tickerAfter(headline, at + shouted.length())) {
                    break;  // "GIORGIO ARMANI DIES" over "Giorgio Armani SpA": the founder, as likely
                }
                if (at >= 0) {
                    if (!named.get(at) && nameInHeadline(headline, at, at + shouted.length(), company.entity(), mentions,
                            companies)) {
                        named.set(at);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether the headline's span now names the entity: not where a mention of the headline crosses it, nor where a
     * place or person is written exactly there ("ABU DHABI" over "Abu Dhabi Group", "GIORGIO ARMANI" over "Giorgio
     * Armani SpA": the headline may mean either). A body no list knows that ends with the span is the headline's
     * words before the company taken into its name ("S/P UPGRADE WAINOCO OIL", "REDEEM RCA CORP"), and gives way.
     */
    private static boolean nameInHeadline(String headline, int at, int end, GazetteerEntry entity,
                                          List<FoundMention> mentions, List<FoundMention> companies) {
        for (FoundMention other : mentions) {
            if (other.field().equals(HEADLINE) && other.start() < end && at < other.end()
                    && (other.start() < at || other.end() > end || other.start() == at && other.end() == end
                    && other.entity().type() != EntityType.ORGANIZATION) && !wordsBefore(other, at, end, companies)) {
                return false;
            }
        }
        GazetteerEntry based = withCountryOf(entity, mentions.stream()
            .filter(other -> inHeadline(other, at, end)).toList());
        mentions.removeIf(other -> inHeadline(other, at, end) || wordsBefore(other, at, end, companies));
        mentions.replaceAll(other -> other.entity().equals(entity)
            ? new FoundMention(other.field(), other.start(), other.end(), other.text(), based) : other);
        mentions.add(new FoundMention(HEADLINE, at, end, headline.substring(at, end), based));
        return true;
    }

    /**
     * Whether the mention is a body no list knows made of other words of the headline and the span at its end, and no
     * company the rest names ("GREAT WESTERN FINANCIAL" stays Great Western Financial Corp's over Western Financial's).
     */
    private static boolean wordsBefore(FoundMention mention, int at, int end, List<FoundMention> companies) {
        return mention.field().equals(HEADLINE) && mention.start() < at && mention.end() == end
            && mention.entity().type() == EntityType.ORGANIZATION && mention.entity().id() == null
            && companies.stream().noneMatch(company -> company.entity().equals(mention.entity()));
    }

    private static boolean inHeadline(FoundMention mention, int at, int end) {
        return mention.field().equals(HEADLINE) && mention.start() >= at && mention.end() <= end;
    }

    /**
     * The entity, based where the headline's mentions of it place a company when nothing else does ("GENERAL
     * REFRACTORIES &lt;GRX&gt;": listed where the ticker says).
     */
    private static GazetteerEntry withCountryOf(GazetteerEntry entity, List<FoundMention> headlines) {
        if (entity.country() != null) {
            return entity;
        }
        for (FoundMention headline : headlines) {
            if (headline.entity().type() == EntityType.ORGANIZATION && headline.entity().country() != null) {
                return new GazetteerEntry(entity.type(), entity.name(), entity.id(), headline.entity().country());
            }
        }
        return entity;
    }

    /**
     * Whether a company's name without its legal form is a person's: a given name and a word no dictionary has
     * ("Giorgio Armani", "Charles Schwab"; not "Kaiser Steel", "Morgan Guaranty").
     */
    private static boolean founders(String name) {
        int space = name.indexOf(' ');
        String surname = name.substring(space + 1);
        Lexicon lexicon = Lexicon.shipped();
        return surname.indexOf(' ') < 0 && lexicon.isGivenName(name.substring(0, space)) && !lexicon.isCommonWord(surname);
    }

    /** Whether a ticker follows at {@code at}: "CHARLES SCHWAB &lt;SCHW&gt;", "(SCHW.N)". */
    private static boolean tickerAfter(String headline, int at) {
        return headline.startsWith(" <", at) || headline.startsWith(" (", at);
    }

    /**
     * The name as written, then without its legal forms, when each has two words or more or a legal form ("RCA
     * Corp", not "RCA").
     */
    private static List<String> namesWithAndWithoutForm(String name) {
        String bare = name;
        int space = bare.lastIndexOf(' ');
        while (space > 0 && CompanyForms.isSuffix(bare.substring(space + 1))) {
            bare = bare.substring(0, space);
            space = bare.lastIndexOf(' ');
        }
        if (bare.indexOf(' ') < 0) {
            return bare.equals(name) ? List.of() : List.of(name);    // "RCA CORP": a word and its form, not "RCA"
        }
        return bare.equals(name) ? List.of(name) : List.of(name, bare);
    }

    /** Where the words stand in the text between word boundaries, or -1. */
    private static int wordAt(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Drops the organisations of several words that only the headline names, that no list knows, and that the rest
     * writes as a description, its last word in lower case ("INVESTOR GROUP" over "an investor group", "SAUDI COMPANY"
     * over "a Saudi company"); and the places of one word that only the headline names and the rest writes as an
     * everyday word ("UNION, SHIPPERS AGREE" over "the union and shippers" is no town of Unión), but for a country (a
     * story written all in lower case, as a few are, still names "peru"). A name the rest never
     * writes stays ("BROWN GROUP INC" over an earnings table).
     */
    static void dropDescriptionsTakenForNames(Map<String, String> fields, List<Entity> entities) {
        if (!shoutsOverText(fields)) {
            return;
        }
        entities.removeIf(entity -> entity.getType() == EntityType.ORGANIZATION && entity.getId() == null
            && entity.getMentions().stream().allMatch(mention -> mention.getField().equals(HEADLINE)
                && mention.getText().indexOf(' ') > 0 && writtenInLowerCase(fields, mention.getText(), false))
            || entity.getType() == EntityType.PLACE && !GazetteerEntry.countryId(entity.getId())
            && entity.getMentions().stream().allMatch(mention -> mention.getField().equals(HEADLINE)
                && mention.getText().indexOf(' ') < 0 && writtenInLowerCase(fields, mention.getText(), true)
                && !allInLowerCase(fields)));
    }

    /**
     * Whether the fields other than the headline write the words with the last in lower case, and never with it
     * capitalised; with {@code wholeWord}, only where the words end a word ("the union", not "tyres" for TYRE).
     */
    private static boolean writtenInLowerCase(Map<String, String> fields, String words, boolean wholeWord) {
        int head = words.lastIndexOf(' ') + 1;
        boolean lowerCase = false;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (field.getKey().equals(HEADLINE) || text == null) {
                continue;
            }
            for (int at = 0; at + words.length() <= text.length(); at++) {
                int end = at + words.length();
                if (text.regionMatches(true, at, words, 0, words.length()) && opensAWord(text, at)
                        && (!wholeWord || end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    if (!Character.isLowerCase(text.charAt(at + head))) {
                        return false;
                    }
                    lowerCase = true;
                }
            }
        }
        return lowerCase;
    }

    /** A text with fewer capitals than one letter in this many is written all in lower case (a few stories are). */
    private static final int LOWER_CASE_TEXT = 200;

    /** Whether the fields other than the headline are written all in lower case. */
    private static boolean allInLowerCase(Map<String, String> fields) {
        int capitals = 0;
        int letters = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (field.getKey().equals(HEADLINE) || text == null) {
                continue;
            }
            for (int at = 0; at < text.length(); at++) {
                letters += Character.isLetter(text.charAt(at)) ? 1 : 0;
                capitals += Character.isUpperCase(text.charAt(at)) ? 1 : 0;
            }
        }
        return capitals * LOWER_CASE_TEXT <= letters;
    }

    /** Whether the characters from {@code at} open a word: "union" in "the union" or "unions", not in "reunion". */
    private static boolean opensAWord(String text, int at) {
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }

    /** "Fiat" of "Fiat SpA". */
    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
