package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's listing written after its name as press releases and business wires write it: "(TSX: ATD)", "(NYSE:
 * ERJ; B3: EMBR3)", "(TSX: CNR, NYSE: CNI)". The exchange's code and the ticker name no organisation there (the
 * company before the bracket is the one meant), so nothing found inside the bracket is an entity; the exchange named
 * elsewhere in the text still is. Only exchanges' codes open such a bracket: "(Source: IMF)" is no listing.
 */
final class TickerNotations {

    private static final String EXCHANGE = "(?:NYSE(?: American| Arca| MKT)?|NASDAQ|Nasdaq|AMEX|TSX(?:-?V)?|TSXV|CSE|NEO"
        + "|OTC(?:QX|QB)?|LSE|AIM|ASX|NZX|JSE|SGX|HKEX|HKSE|SEHK|TSE|TYO|KRX|KOSDAQ|KOSPI|BSE|NSE|IDX|SET|HOSE|HNX|PSE"
        + "|BMV|BVL|BCBA|B3|BOVESPA|SIX|XETRA|Xetra|FWB|FRA|ETR|EPA|Euronext(?: [A-Z][a-z]+)?|BIT|BME|OMX|STO|CPH|HEL"
        + "|OSE|OSL|WSE|GPW|BVB|ATHEX|BELEX|BIST|MOEX|KASE|AIX|TASE|DFM|ADX|ADSM|Tadawul|QSE|BHB|MSM|EGX|NGX|GSE|SEM"
        + "|ZSE|BVC|PSX|DSE|BRVM)";
    private static final String TICKER = "[A-Z0-9][A-Za-z0-9.\\-]{0,11}";
    private static final Pattern NOTATION = Pattern.compile("\\(" + EXCHANGE + "\\s?:\\s?" + TICKER
        + "(?:\\s?[,;/]\\s?(?:" + EXCHANGE + "\\s?:\\s?)?" + TICKER + ")*\\)");

    private TickerNotations() {
    }

    /** The spans of the text's listing brackets, each as {start, end}; none for most texts. */
    static List<int[]> in(String text) {
        if (text.indexOf(':') < 0 || text.indexOf('(') < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>(1);
        Matcher notation = NOTATION.matcher(text);
        while (notation.find()) {
            spans.add(new int[] {notation.start(), notation.end()});
        }
        return spans;
    }
}
