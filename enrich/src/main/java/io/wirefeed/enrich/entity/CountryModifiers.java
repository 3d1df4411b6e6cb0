package io.wirefeed.enrich.entity;

import java.util.List;

import io.wirefeed.schema.EntityType;

/**
 * A country's name written before what it qualifies, read as one name with it: Reuters capitalises the words after it
 * ("the number three U.S. Automaker", "futures on U.S. Exchanges") and puts it before a company it locates ("talks
 * with U.S. McDonnell Douglas Corp"). The country is a place there and the company a company; the words are none. A
 * body's name keeps its country ("U.S. Embassy", "U.S. Treasury"), and so does a place ("U.S. Gulf").
 */
final class CountryModifiers {

    private CountryModifiers() {
    }

    /**
     * Whether the mention, which no list knows, is a listed country's mention among {@code taken} followed by
     * everyday words (read as a place or a person) or by a company another finder took, with its legal form, perhaps
     * after everyday words and "of" ("a U.S. Subsidiary of Sandoz AG").
     */
    static boolean spanned(FoundMention mention, List<FoundMention> taken) {
        if (mention.entity().id() != null) {
            return false;
        }
        FoundMention country = countryOpening(mention, taken);
        if (country == null) {
            return false;
        }
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return everyday(mention.text().substring(country.end() - mention.start()), false);
        }
        FoundMention company = companyClosing(mention, country, taken);
        return company != null && everyday(mention.text().substring(country.end() - mention.start(),
            company.start() - mention.start()), true);
    }

    private static FoundMention countryOpening(FoundMention mention, List<FoundMention> taken) {
        for (FoundMention other : taken) {
            if (other.field().equals(mention.field()) && other.start() == mention.start() && other.end() < mention.end()
                    && other.entity().isCountry()) {
                return other;
            }
        }
        return null;
    }

    private static FoundMention companyClosing(FoundMention mention, FoundMention country,
                                                     List<FoundMention> taken) {
        for (FoundMention other : taken) {
            if (other.field().equals(mention.field()) && other.end() == mention.end() && other.start() > country.end()
                    && other.entity().type() == EntityType.ORGANIZATION
                    && CompanyForms.isLegalForm(EntityRecognizer.lastWord(other.text()))) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether the words are capitalised everyday words and no place's head ("Automaker", "Exchanges", not "Gulf"), and
     * "of" where {@code ofAllowed}; no words at all are everyday only there.
     */
    private static boolean everyday(String words, boolean ofAllowed) {
        String[] split = words.trim().split("\\s+");
        if (split.length == 1 && split[0].isEmpty()) {
            return ofAllowed;
        }
        for (String word : split) {
            boolean of = ofAllowed && word.equals("of");
            if (!of && (!Character.isUpperCase(word.charAt(0)) || !Lexicon.shipped().isCommonWord(word)
                    || NameVocabulary.PLACE_HEADS.contains(word))) {
                return false;
            }
        }
        return true;
    }
}
