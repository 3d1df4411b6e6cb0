package io.wirefeed.enrich.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Abbreviations of the commodity and financial wires that name no organisation, though written in capitals like
 * one: "FCOJ" (frozen concentrated orange juice), "LIFO inventories", "EBITDA" (also "Adjusted EBITDA"); and, where
 * the words around them say so, those that are also companies' or bodies' names: "PIK certificates" (payment in
 * kind, "PIK-and-roll"; PIK is also a Russian builder), "80 dlrs per CWT" (hundredweight; CWT is also a travel company), and the
 * classes of wheat before "wheat" or a price ("HRW wheat bids", "HRW 2.90", hard red winter; "HRW said" is Human
 * Rights Watch).
 */
final class TradeTerms {

    private static final Set<String> ABBREVIATIONS = WordSet.of("FCOJ", "HFCS", "LIFO", "FIFO", "EBITDA", "EBIT");
    private static final Set<String> WHEAT_CLASSES = WordSet.of("HRW", "SRW", "HRS", "SWW", "CWRS", "CWAD");
    /** "PIK certificates", "PIK program": payment in kind, before what is paid or how. */
    private static final Pattern PAYMENT_IN_KIND = Pattern.compile("(?:\\s+|-)(?i:certificates?|certs?|programs?|"
        + "programmes?|payments?|grain|bonds?|notes|toggle|interest|dividends?|and[- ]roll)\\b");
    /** "per CWT", "a cwt", "dlrs/CWT", "80 cts CWT": a hundredweight after a price. */
    private static final Pattern PER = Pattern.compile("(?:\\b(?i:per|a|dlrs?|cts|cents)|/|\\d)\\s*$");
    /** "HRW wheat", "SRW 2.90", "HRW ord protein", "HRW  HRS  SRW": a class of wheat before the grain, a price, a class. */
    private static final Pattern WHEAT_AFTER = Pattern.compile("\\s+(?i:wheat|ord|ordinary|protein|\\d|hrw|hrs|srw|"
        + "sww|durum|white)");

    private TradeTerms() {
    }

    /** Whether the mention, in its field's text, is a trade's abbreviation that names no organisation. */
    static boolean namedBy(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        String written = mention.text();
        if (ABBREVIATIONS.contains(EntityRecognizer.lastWord(written))) {
            return true;
        }
        if (written.equals("CWT")) {
            return PER.matcher(text).region(Math.max(0, mention.start() - 8), mention.start()).find();
        }
        Pattern after = written.equals("PIK") ? PAYMENT_IN_KIND : WHEAT_CLASSES.contains(written) ? WHEAT_AFTER : null;
        return after != null && after.matcher(text).region(mention.end(), text.length()).lookingAt();
    }
}
