package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * Names no list knows, found by the words around them: people by their titles and roles ("Prime Minister
 * Gombojav Zandanshatar", "Zhang Wei, a spokesman for"), organisations by their heads ("Interior Ministry",
 * "State Committee for National Security", "Ministry of Foreign Affairs").
 */
public final class NameRuleFinder implements MentionFinder {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
    private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}";
    private static final String TITLE = "(?:Vice President|President|Deputy Prime Minister|Prime Minister"
        + "|(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Justice|Energy|Transport) Minister|Minister"
        + "|Chancellor|Secretary-General|Secretary General|Secretary of State|Senator|Governor|Mayor|Ambassador"
        + "|Lieutenant General|Major General|General|Gen\\.|Colonel|Col\\.|Commander|Chairman|Chairwoman"
        + "|Speaker|King|Queen|Prince|Sheikh|Emir|Pope|Judge|Prosecutor|Director|Chief|spokesman|spokeswoman"
        + "|spokesperson|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|coach|striker|midfielder|defender|goalkeeper|forward|captain"
        + "|manager)";
    private static final Pattern TITLED = Pattern.compile("\\b" + TITLE + "\\s+(" + NAME + ")");
    private static final Pattern ROLE_AFTER = Pattern.compile("\\b(" + NAME + "),\\s+(?:the\\s+|a\\s+|an\\s+)?"
        + "(?:[\\p{L}'’]+\\s+){0,2}(?:president|prime minister|minister|spokesman|spokeswoman|spokesperson"
        + "|director|head|chief|chairman|leader|commander|ambassador|governor|mayor|secretary|official|adviser)\\b");
    private static final String ORG_HEAD = "(?:Ministry|Committee|Agency|Office|Council|Army|Front|Bank|Party"
        + "|Movement|Service|Court|Parliament|Police|Guard|Brigade|Organization|Organisation|Institute|Commission"
        + "|Authority|Forces|Federation|Assembly|Association|University|Directorate|Department|Bureau|Corps"
        + "|Alliance|Coalition|Centre|Center)";
    /** Capitalised words ending in a head, optionally followed by "of/for the X Y": "Ministry of Foreign Affairs". */
    static final Pattern ORGANISATION = Pattern.compile("\\b((?:" + NAME_WORD + "\\s+){0,4}" + ORG_HEAD
        + "(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?" + NAME_WORD + "(?:\\s+(?:and\\s+)?" + NAME_WORD + "){0,3})?)\\b");
    /** Words that open a sentence or a phrase but are no part of a name. */
    private static final Set<String> LEADING = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With",
        "And", "But", "Its", "His", "Her", "Their", "This", "That", "When", "After", "Before", "While", "Under");
    private static final Set<String> NOT_PEOPLE = Set.of("Ministry", "Committee", "Council", "Assembly", "Office",
        "Agency", "Bank", "Party", "Army", "Police", "Court", "Service", "Group", "Union", "Front", "House",
        "Security", "National", "Republic", "State", "Forces", "Guard", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December");

    /** Cheap first looks: most paragraphs hold no title, role or organisation head at all. */
    private static final Pattern ANY_TITLE = Pattern.compile("\\b" + TITLE + "\\s+\\p{Lu}");
    private static final Pattern ANY_ROLE = Pattern.compile(",\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’]+\\s+){0,2}"
        + "(?:president|prime minister|minister|spokesman|spokeswoman|spokesperson|director|head|chief|chairman"
        + "|leader|commander|ambassador|governor|mayor|secretary|official|adviser)\\b");
    private static final Pattern ANY_HEAD = Pattern.compile("\\b" + ORG_HEAD + "\\b");
    private static final int ORG_REACH = 100;

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        if (ANY_TITLE.matcher(text).find()) {
            people(field, text, TITLED.matcher(text), taken, found);
        }
        if (ANY_ROLE.matcher(text).find()) {
            people(field, text, ROLE_AFTER.matcher(text), taken, found);
        }
        Matcher head = ANY_HEAD.matcher(text);
        while (head.find()) {
            // Only the words just around each head can belong to its name.
            Matcher organisation = ORGANISATION.matcher(text).region(Math.max(0, head.start() - ORG_REACH),
                Math.min(text.length(), head.end() + ORG_REACH));
            while (organisation.find()) {
                if (organisation.start() <= head.start() && organisation.end() >= head.end()) {
                    organisation(field, organisation, taken, found);
                }
            }
        }
        return found;
    }

    private static void organisation(String field, Matcher organisation, List<FoundMention> taken,
                                     List<FoundMention> found) {
        int start = organisation.start(1);
        String name = organisation.group(1);
        while (true) {
            int space = name.indexOf(' ');
            if (space < 0 || !LEADING.contains(name.substring(0, space))) {
                break;
            }
            start += space + 1;
            name = name.substring(space + 1);
        }
        if (name.indexOf(' ') > 0) {
            add(found, taken, new FoundMention(field, start, start + name.length(), name,
                new GazetteerEntry(EntityType.ORGANIZATION, name, null, null)));
        }
    }

    private static void people(String field, String text, Matcher matcher, List<FoundMention> taken,
                               List<FoundMention> found) {
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean plausible = true;
            for (String word : name.split("\\s+")) {
                plausible &= !NOT_PEOPLE.contains(word) && !LEADING.contains(word);
            }
            if (plausible) {
                add(found, taken, new FoundMention(field, matcher.start(1), matcher.end(1), text.substring(
                    matcher.start(1), matcher.end(1)), new GazetteerEntry(EntityType.PERSON, name, null, null)));
            }
        }
    }

    /** Overlaps with other finders' mentions are settled by the recognizer (the longest wins). */
    private static void add(List<FoundMention> found, List<FoundMention> taken, FoundMention mention) {
        if (found.stream().noneMatch(mention::overlaps)) {
            found.add(mention);
        }
    }
}
