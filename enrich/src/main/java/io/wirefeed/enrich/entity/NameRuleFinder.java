package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.wirefeed.schema.EntityType;

/**
 * Names no list knows, found by the words around them: people by their titles and roles ("Prime Minister
 * Gombojav Zandanshatar", "striker Dostonbek Khamdamov", "Zhang Wei, a spokesman for"), organisations by
 * their heads ("Kyrgyz Emergencies Ministry", "State Committee for National Security"). The anchors (titles,
 * roles, heads) are found in one pass; names are then read word by word around each, without backtracking.
 */
public final class NameRuleFinder implements MentionFinder {

    private static final List<String> TITLES = List.of("Vice President", "President", "Deputy Prime Minister",
        "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "Finance Minister", "Economy Minister", "Justice Minister", "Energy Minister", "Transport Minister", "Minister",
        "Chancellor", "Secretary-General", "Secretary General", "Secretary of State", "Senator", "Governor", "Mayor",
        "Ambassador", "Lieutenant General", "Major General", "General", "Gen.", "Colonel", "Col.", "Commander",
        "Chairman", "Chairwoman", "Speaker", "King", "Queen", "Prince", "Sheikh", "Emir", "Pope", "Judge",
        "Prosecutor", "Director", "Chief", "spokesman", "spokeswoman", "spokesperson", "Mr.", "Mrs.", "Ms.", "Dr.",
        "coach", "striker", "midfielder", "defender", "goalkeeper", "forward", "captain", "manager");
    private static final List<String> ROLES = List.of("president", "prime minister", "minister", "spokesman",
        "spokeswoman", "spokesperson", "director", "head", "chief", "chairman", "leader", "commander", "ambassador",
        "governor", "mayor", "secretary", "official", "adviser");
    private static final List<String> HEADS = List.of("Ministry", "Committee", "Agency", "Office", "Council", "Army",
        "Front", "Bank", "Party", "Movement", "Service", "Court", "Parliament", "Police", "Guard", "Brigade",
        "Organization", "Organisation", "Institute", "Commission", "Authority", "Forces", "Federation", "Assembly",
        "Association", "University", "Directorate", "Department", "Bureau", "Corps", "Alliance", "Coalition",
        "Centre", "Center");
    /** Words that open a sentence or a phrase but are no part of a name. */
    private static final Set<String> LEADING = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With",
        "And", "But", "Its", "His", "Her", "Their", "This", "That", "When", "After", "Before", "While", "Under");
    private static final Set<String> NOT_PEOPLE = Set.of("Ministry", "Committee", "Council", "Assembly", "Office",
        "Agency", "Bank", "Party", "Army", "Police", "Court", "Service", "Group", "Union", "Front", "House",
        "Security", "National", "Republic", "State", "Forces", "Guard", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December");
    private static final Set<String> JOINERS = Set.of("of", "for", "on");

    private enum Anchor { TITLE, ROLE, HEAD }

    /** Each anchor word with what it anchors ("spokesman" is a title and a role). */
    private static final PhraseMatcher<Set<Anchor>> ANCHORS = PhraseMatcher.of(Stream.of(
            TITLES.stream().map(t -> Map.entry(t, EnumSet.of(Anchor.TITLE))),
            ROLES.stream().map(r -> Map.entry(r, EnumSet.of(Anchor.ROLE))),
            HEADS.stream().map(h -> Map.entry(h, EnumSet.of(Anchor.HEAD))))
        .flatMap(Function.identity())
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> (Set<Anchor>) entry.getValue(), (a, b) -> {
            Set<Anchor> both = EnumSet.copyOf(a);
            both.addAll(b);
            return both;
        })));

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (PhraseMatcher.Match<Set<Anchor>> anchor : ANCHORS.findAll(text)) {
            for (Anchor kind : anchor.value()) {
                switch (kind) {
                    case TITLE -> titled(field, text, anchor.end(), found);
                    case ROLE -> roleAfterName(field, text, anchor.start(), found);
                    case HEAD -> organisation(field, text, anchor.start(), anchor.end(), found);
                    default -> throw new IllegalStateException("Unknown anchor " + kind);
                }
            }
        }
        return found;
    }

    /** "President Shavkat Mirziyoyev": two or three capitalised words after the title. */
    private static void titled(String field, String text, int titleEnd, List<FoundMention> found) {
        int start = skipSpaces(text, titleEnd);
        if (start == titleEnd) {
            return;
        }
        int end = wordsAfter(text, start, 3);
        if (wordCount(text, start, end) >= 2) {
            person(field, text, start, end, found);
        }
    }

    /** "Zhang Wei, a spokesman for": a name, a comma, at most an article and two words, then the role. */
    private static void roleAfterName(String field, String text, int roleStart, List<FoundMention> found) {
        int comma = text.lastIndexOf(',', roleStart);
        if (comma < 0 || roleStart - comma > 30) {
            return;
        }
        String between = text.substring(comma + 1, roleStart).trim();
        String[] words = between.isEmpty() ? new String[0] : between.split("\\s+");
        if (words.length > 3 || words.length > 0 && words[words.length - 1].isEmpty()) {
            return;
        }
        int end = comma;
        int start = wordsBefore(text, end, 3);
        if (wordCount(text, start, end) >= 2) {
            person(field, text, start, end, found);
        }
    }

    /** "Kyrgyz Emergencies Ministry", "Ministry of Foreign Affairs", "State Committee for National Security". */
    private static void organisation(String field, String text, int headStart, int headEnd, List<FoundMention> found) {
        int start = wordsBefore(text, headStart, 4);
        while (start < headStart) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= headStart || !LEADING.contains(text.substring(start, space))) {
                break;
            }
            start = space + 1;
        }
        int end = headEnd;
        int joiner = skipSpaces(text, headEnd);
        int joinerEnd = wordEnd(text, joiner);
        if (joiner > headEnd && JOINERS.contains(text.substring(joiner, joinerEnd))) {
            int next = skipSpaces(text, joinerEnd);
            if (text.startsWith("the ", next)) {
                next = skipSpaces(text, next + 3);
            }
            int tail = wordsAfter(text, next, 3);
            if (tail > next) {
                end = tail;
            }
        }
        if (wordCount(text, start, end) >= 2) {
            String name = text.substring(start, end);
            add(found, new FoundMention(field, start, end, name,
                new GazetteerEntry(EntityType.ORGANIZATION, name, null, null)));
        }
    }

    private static void person(String field, String text, int start, int end, List<FoundMention> found) {
        String name = text.substring(start, end);
        for (String word : name.split("\\s+")) {
            if (NOT_PEOPLE.contains(word) || LEADING.contains(word)) {
                return;
            }
        }
        add(found, new FoundMention(field, start, end, name, new GazetteerEntry(EntityType.PERSON, name, null, null)));
    }

    /** Overlaps with other finders' mentions are settled by the recognizer (the longest wins). */
    private static void add(List<FoundMention> found, FoundMention mention) {
        if (found.stream().noneMatch(mention::overlaps)) {
            found.add(mention);
        }
    }

    /** The end of up to {@code max} capitalised words starting at {@code from}, separated by single spaces. */
    private static int wordsAfter(String text, int from, int max) {
        int end = from;
        int at = from;
        for (int words = 0; words < max && isNameWord(text, at); words++) {
            end = wordEnd(text, at);
            if (end >= text.length() || text.charAt(end) != ' ') {
                break;
            }
            at = end + 1;
        }
        return end;
    }

    /** The start of up to {@code max} capitalised words ending right before {@code before} (a space between). */
    private static int wordsBefore(String text, int before, int max) {
        int start = before;
        int at = before;
        for (int words = 0; words < max; words++) {
            int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
            if (end == at && words > 0) {
                break;
            }
            int wordStart = end;
            while (wordStart > 0 && isNamePart(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == end || !isNameWord(text, wordStart)) {
                break;
            }
            start = wordStart;
            at = wordStart;
        }
        return start;
    }

    private static boolean isNameWord(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at)) && wordEnd(text, at) - at >= 2;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isNamePart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static int wordCount(String text, int start, int end) {
        return end <= start ? 0 : text.substring(start, end).trim().split("\\s+").length;
    }
}
