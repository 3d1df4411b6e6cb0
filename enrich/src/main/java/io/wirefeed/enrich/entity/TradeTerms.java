package io.wirefeed.enrich.entity;

import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Abbreviations of the commodity and financial wires that name no organisation, though written in capitals like
 * one: "PIK certificates" (payment in kind), "per CWT" (hundredweight), "FCOJ" (frozen concentrated orange juice),
 * "LIFO inventories", "EBITDA" (also "Adjusted EBITDA"); and the classes of wheat in a story about wheat ("HRW wheat
 * bids", hard red winter), where elsewhere "HRW" is Human Rights Watch.
 */
final class TradeTerms {

    private static final Set<String> ABBREVIATIONS = WordSet.of("PIK", "CWT", "FCOJ", "HFCS", "LIFO", "FIFO", "EBITDA",
        "EBIT");
    private static final Set<String> WHEAT_CLASSES = WordSet.of("HRW", "SRW", "HRS", "SWW", "CWRS", "CWAD");

    private TradeTerms() {
    }

    /** Whether the mention, in its field's text, is a trade's abbreviation that names no organisation. */
    static boolean namedBy(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        String written = mention.text();
        int lastSpace = written.lastIndexOf(' ');
        return ABBREVIATIONS.contains(lastSpace < 0 ? written : written.substring(lastSpace + 1))
            || WHEAT_CLASSES.contains(written) && (text.contains("wheat") || text.contains("WHEAT"));
    }
}
