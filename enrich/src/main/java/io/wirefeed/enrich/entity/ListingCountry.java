package io.wirefeed.enrich.entity;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The country a company's ticker or legal form places it in, when its name names none: agencies write the listing
 * after the name ("Chrysler Corp &lt;C&gt;" in Reuters' 1980s style for a US listing, "Siemens AG (SIEGn.DE)" with
 * the exchange), and a legal form such as "Inc", "Plc" or "GmbH" belongs to one country's company law. Forms that
 * several countries use ("Ltd", "AG", "SA", "Co") give nothing.
 */
final class ListingCountry {

    /** Reuters instrument code suffixes by exchange. */
    private static final Map<String, String> EXCHANGES = Map.ofEntries(Map.entry("N", "US"), Map.entry("O", "US"),
        Map.entry("A", "US"), Map.entry("OQ", "US"), Map.entry("K", "US"), Map.entry("P", "US"), Map.entry("L", "GB"),
        Map.entry("T", "JP"), Map.entry("OS", "JP"), Map.entry("TO", "CA"), Map.entry("V", "CA"), Map.entry("PA", "FR"),
        Map.entry("DE", "DE"), Map.entry("F", "DE"), Map.entry("AS", "NL"), Map.entry("BR", "BE"), Map.entry("MI", "IT"),
        Map.entry("MC", "ES"), Map.entry("S", "CH"), Map.entry("SW", "CH"), Map.entry("VX", "CH"),
        Map.entry("ST", "SE"), Map.entry("OL", "NO"), Map.entry("CO", "DK"), Map.entry("HE", "FI"), Map.entry("LS", "PT"),
        Map.entry("VI", "AT"), Map.entry("AT", "GR"), Map.entry("I", "IE"), Map.entry("WA", "PL"), Map.entry("PR", "CZ"),
        Map.entry("BU", "HU"), Map.entry("IS", "TR"), Map.entry("TA", "IL"), Map.entry("SE", "SA"), Map.entry("QA", "QA"),
        Map.entry("AX", "AU"), Map.entry("NZ", "NZ"), Map.entry("HK", "HK"), Map.entry("SS", "CN"), Map.entry("SZ", "CN"),
        Map.entry("KS", "KR"), Map.entry("KQ", "KR"), Map.entry("TW", "TW"), Map.entry("TWO", "TW"),
        Map.entry("SI", "SG"), Map.entry("KL", "MY"), Map.entry("JK", "ID"), Map.entry("BK", "TH"), Map.entry("PS", "PH"),
        Map.entry("NS", "IN"), Map.entry("BO", "IN"), Map.entry("SA", "BR"), Map.entry("MX", "MX"), Map.entry("BA", "AR"),
        Map.entry("SN", "CL"), Map.entry("LM", "PE"), Map.entry("CN", "CO"), Map.entry("J", "ZA"), Map.entry("JO", "ZA"),
        Map.entry("CA", "EG"), Map.entry("LG", "NG"), Map.entry("MM", "RU"));

    /** Legal forms of one country's company law; "Ltd", "AG" and "SA" are several countries'. */
    private static final Map<String, String> LEGAL_FORMS = Map.ofEntries(Map.entry("inc", "US"),
        Map.entry("incorporated", "US"), Map.entry("llc", "US"), Map.entry("corp", "US"), Map.entry("corporation", "US"),
        Map.entry("bancorp", "US"), Map.entry("bancorporation", "US"), Map.entry("bancshares", "US"),
        Map.entry("plc", "GB"), Map.entry("gmbh", "DE"), Map.entry("kgaa", "DE"), Map.entry("spa", "IT"),
        Map.entry("s.p.a", "IT"), Map.entry("nv", "NL"), Map.entry("n.v", "NL"), Map.entry("bv", "NL"),
        Map.entry("b.v", "NL"), Map.entry("ab", "SE"), Map.entry("publ", "SE"), Map.entry("asa", "NO"),
        Map.entry("oyj", "FI"), Map.entry("oy", "FI"), Map.entry("a/s", "DK"), Map.entry("kk", "JP"),
        Map.entry("k.k", "JP"), Map.entry("bhd", "MY"), Map.entry("berhad", "MY"), Map.entry("pty", "AU"),
        Map.entry("pte", "SG"), Map.entry("tbk", "ID"), Map.entry("kft", "HU"), Map.entry("zrt", "HU"),
        Map.entry("nyrt", "HU"), Map.entry("sarl", "FR"), Map.entry("sas", "FR"), Map.entry("ltda", "BR"),
        Map.entry("sab", "MX"));

    private ListingCountry() {
    }

    /** The country of a ticker as written between its brackets ("C", "skbs.St.", "SIEGn.DE"), or null. */
    static String ofTicker(String ticker, boolean angled) {
        String code = ticker.endsWith(".") ? ticker.substring(0, ticker.length() - 1) : ticker;
        int dot = code.lastIndexOf('.');
        if (dot < 0) {
            return angled ? "US" : null;  // a bare ticker is a US listing in agency style
        }
        return EXCHANGES.get(code.substring(dot + 1).toUpperCase(java.util.Locale.ROOT));
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.()]+$");

    /** The country of the legal form ending a company's name ("Cobanco Inc", "VARTA AG"), or null. */
    static String ofLegalForm(String name) {
        String[] words = SEPARATORS.split(name);
        for (int i = words.length - 1; i >= Math.max(1, words.length - 2); i--) {
            String form = words[i].toLowerCase(java.util.Locale.ROOT);
            String country = LEGAL_FORMS.get(TRAILING_STOPS.matcher(form).replaceAll(""));
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
