package io.wirefeed.enrich.entity;

import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * An office named by its place and title ("Kyrgyz President's spokesman", "Manitoba Premier's office", "the Indian
 * Prime Minister"): a person's title, no organisation, whatever the possessive after it suggests; the place in it stays
 * a place.
 */
final class OfficeHolders {

    /** The titles of those who hold an office alone. */
    private static final Set<String> TITLES = WordSet.of("President", "Premier", "Prime Minister", "Chancellor",
        "Governor", "Mayor", "Emir", "King", "Queen", "Sultan", "Prince", "Crown Prince", "Vice President");

    private OfficeHolders() {
    }

    /** Whether the word is the title of one who holds an office alone ("Premier", "Mayor"). */
    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /**
     * Whether the organisation mentioned is one word, a country's, a region's, a capital's or a people's, and a title
     * ("Burger King" and "Kyrgyz President" differ in their first word).
     */
    static boolean namesAnOffice(FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        String text = Tokens.singleSpaced(mention.text());
        int space = text.indexOf(' ');
        return space > 0 && TITLES.contains(text.substring(space + 1))
            && Gazetteer.shipped().knowsAs(NameKeys.of(text.substring(0, space)), KnownName.Kind.COUNTRY,
                KnownName.Kind.DEMONYM, KnownName.Kind.REGION, KnownName.Kind.CAPITAL);
    }

    /** Words that qualify a title without naming anything ("Prime Minister", "Acting Director"). */
    private static final Set<String> TITLE_QUALIFIERS = WordSet.of("Prime", "Acting", "Managing", "Associate", "Joint",
        "Assistant", "Senior", "Permanent", "Principal", "Special", "and");

    /**
     * "Deputy Prime Minister", "The Acting Director, Army Public Relations", "Executive Director": titles alone, of two
     * words or more, read as a body that no list knows.
     */
    static boolean titlesAlone(FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION || mention.entity().id() != null) {
            return false;
        }
        String[] words = Tokens.singleSpaced(mention.text()).split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!NameVocabulary.TITLES.contains(word) && !TITLE_QUALIFIERS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
