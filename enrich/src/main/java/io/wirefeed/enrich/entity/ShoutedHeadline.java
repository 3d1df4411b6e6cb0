package io.wirefeed.enrich.entity;

import java.util.List;
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
     * Drops the organisations of several words that only the headline names, that no list knows, and that the rest
     * writes as a description, its last word in lower case ("INVESTOR GROUP" over "an investor group", "SAUDI COMPANY"
     * over "a Saudi company"). A name the rest never writes stays ("BROWN GROUP INC" over an earnings table).
     */
    static void dropDescriptionsTakenForNames(Map<String, String> fields, List<Entity> entities) {
        if (!shoutsOverText(fields)) {
            return;
        }
        entities.removeIf(entity -> entity.getType() == EntityType.ORGANIZATION && entity.getId() == null
            && entity.getMentions().stream().allMatch(mention -> mention.getField().equals(HEADLINE)
                && mention.getText().indexOf(' ') > 0 && writtenAsDescription(fields, mention.getText())));
    }

    /**
     * Whether the fields other than the headline write the words with the last in lower case, and never with it
     * capitalised.
     */
    private static boolean writtenAsDescription(Map<String, String> fields, String words) {
        int head = words.lastIndexOf(' ') + 1;
        boolean description = false;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (field.getKey().equals(HEADLINE) || text == null) {
                continue;
            }
            for (int at = 0; at + words.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, words, 0, words.length())) {
                    if (!Character.isLowerCase(text.charAt(at + head))) {
                        return false;
                    }
                    description = true;
                }
            }
        }
        return description;
    }

    /** "Fiat" of "Fiat SpA". */
    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
