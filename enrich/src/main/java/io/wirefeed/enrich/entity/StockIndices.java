package io.wirefeed.enrich.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Stock indices named after the company or exchange that keeps them ("S&P 500", "Nasdaq Composite", "Nikkei 225",
 * "the Dow Jones industrial average", "the Hang Seng index"): an index is no organisation, and the name at its head
 * must not read as one there ("Nasdaq said", "Dow Jones & Co" still do).
 */
final class StockIndices {

    /** The names indices are written after. */
    private static final Set<String> HEADS = WordSet.of("S&P", "Standard & Poor's", "Standard and Poor's", "Nasdaq",
        "NASDAQ", "Nikkei", "FTSE", "Stoxx", "STOXX", "MSCI", "Hang Seng", "Dow Jones", "Topix", "TOPIX", "Kospi",
        "KOSPI", "Sensex", "Nifty", "NYSE");
    /** What follows an index's head: its number of shares, or the word for an index. */
    private static final Pattern INDEX_AFTER = Pattern.compile("[ \\t]+(?:\\d{2,4}\\b|[Cc]omposite\\b|[Ii]ndex\\b"
        + "|[Ii]ndustrial [Aa]verage\\b|[Ii]ndustrials\\b|[Tt]ransportation [Aa]verage\\b)");

    private StockIndices() {
    }

    /** Whether the organisation mentioned heads an index's name in the text. */
    static boolean headsIndex(String text, FoundMention mention) {
        return mention.entity().type() == EntityType.ORGANIZATION && HEADS.contains(mention.text())
            && INDEX_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt();
    }
}
