package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.wirefeed.schema.EntityType;

/**
 * Institutions a story names by one word once it is clear which ones it is about: "the House" in a story on the
 * Senate or Congress is the House of Representatives ("House Speaker Jim Wright", "the full House may vote"), "the
 * Commission" in a story on the European Community or Union is the European Commission. The word alone is no name
 * anywhere else ("White House", "Random House", "the Commission on Human Rights"), so it takes the story's cue, a
 * capital letter and nothing capitalised around it but the chamber's own words.
 */
final class BareInstitutionFinder implements MentionFinder {

    /**
     * One word for an institution, the words in the same field that say which one, the capitalised words that may
     * follow it, and which other names make the word the story's own institution instead.
     */
    private record Institution(String word, GazetteerEntry entity, List<String> cues, Set<String> capitalisedAfter,
                               Predicate<String> rival) {
    }

    private final List<Institution> institutions;

    BareInstitutionFinder(Gazetteer lists) {
        this.institutions = List.of(
            new Institution("House", organisation(lists, "House of Representatives"),
                List.of("Senate", "Congress", "congressional", "Representatives"),
                Set.of("Speaker", "Democrats", "Republicans", "Democratic", "Republican", "Majority", "Minority"),
                name -> name.startsWith("House of ")),     // "House of Commons", but not "White House"
            new Institution("Commission", organisation(lists, "European Commission"),
                List.of("European Community", "European Communities", "European Union", "EC", "EEC", "EU", "Brussels"),
                Set.of(), name -> name.contains("Commission")));
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

    /** After the word, the lower-case words that would make it part of a longer name ("Commission on Human Rights"). */
    private static final Set<String> NAME_CONTINUES = Set.of("of", "on", "for");

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (Institution institution : institutions) {
            if (institution.cues().stream().noneMatch(cue -> written(text, cue))) {
                continue;
            }
            String word = institution.word();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                FoundMention mention = new FoundMention(field, at, end, word, institution.entity());
                if (standsAlone(text, at, end, institution) && taken.stream().noneMatch(mention::overlaps)
                        && !namesRival(institution, taken)) {
                    found.add(mention);
                }
            }
        }
        return found;
    }

    /** Whether the text has the words as words of their own ("EC", not the end of "SEC"). */
    private static boolean written(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written alone: no capitalised word before it, none after it but the chamber's own. */
    private static boolean standsAlone(String text, int at, int end, Institution institution) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                || end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            return false;
        }
        String before = wordBefore(text, at);
        if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !before.endsWith(".")
                && !before.endsWith(",")) {
            return false;  // "White House", "Random House", "Election Commission"
        }
        String after = wordAfter(text, end);
        if (after.isEmpty()) {
            return true;
        }
        if (Character.isUpperCase(after.charAt(0))) {
            return institution.capitalisedAfter().contains(after);
        }
        return !NAME_CONTINUES.contains(after);
    }

    /**
     * "The Securities and Exchange Commission ... the Commission said": the story names its own, unless that name is
     * written where the institution's own name is ("EC Commission", which the rules also read as a name).
     */
    private static boolean namesRival(Institution institution, List<FoundMention> taken) {
        List<FoundMention> own = taken.stream().filter(mention -> mention.entity().equals(institution.entity())).toList();
        return taken.stream().anyMatch(mention -> mention.entity().type() == EntityType.ORGANIZATION
            && !mention.entity().equals(institution.entity()) && institution.rival().test(mention.entity().name())
            && own.stream().noneMatch(mention::overlaps));
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == at) {
            return "";  // a line break, a quote or a bracket before it: nothing joined
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String wordAfter(String text, int end) {
        int start = end;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start == end) {
            return "";
        }
        int stop = start;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(start, stop);
    }
}
