package io.wirefeed.enrich.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;

/**
 * Currencies as financial wires abbreviate them ("50 MLN STG", "DMK 26.1288" in a table of rates): a currency's code
 * beside an amount is no acronym of an organisation (the Dravida Munnetra Kazhagam is "DMK" too, but not before a
 * number). Codes that also name a place ("CAN", "AUS", "HK") are left to the place finders.
 */
final class CurrencyCodes {

    /** Reuters' and ISO 4217's codes of the currencies wires quote most, in capitals. */
    private static final Set<String> CODES = WordSet.of("STG", "DLR", "DLRS", "DMK", "DM", "SFR", "SFRS", "FFR",
        "FFRS", "BFR", "BFRS", "DFL", "DFLS", "NKR", "NKRS", "SKR", "SKRS", "DKR", "DKRS", "LIT", "LIRE", "ECU",
        "ECUS", "YEN", "SDR", "SDRS", "RAND", "PTA", "PTAS", "ESC", "FMK", "SCH", "RPS", "USD", "GBP", "EUR", "JPY",
        "CHF", "CNY", "HKD", "AUD", "CAD", "NZD", "SEK", "NOK", "DKK", "INR", "KRW", "SGD", "ZAR", "BRL", "MXN", "RUB",
        "TRY",
        // the rest of ISO 4217 that agencies of Asia, Africa, Eastern Europe and Latin America quote in their copy, but
        // for codes that are also bodies' and companies' names before amounts (AMD, BD, PLN, NPR, COP)
        "PKR", "BDT", "LKR", "IDR", "MYR", "THB", "VND", "TWD", "KZT", "UZS", "KGS", "TJS", "MNT", "AZN", "GEL", "UAH",
        "BYN", "CZK", "HUF", "RON", "BGN", "RSD", "ILS", "EGP", "SAR", "AED", "QAR", "KWD", "OMR", "BHD", "JOD", "IQD",
        "IRR", "MAD", "TND", "DZD", "NGN", "GHS", "KES", "UGX", "TZS", "ETB", "ZMW", "XOF", "XAF", "ARS", "CLP", "PEN",
        "UYU", "BOB", "PYG",
        // and the Gulf's own abbreviations: Kuwaiti dinars, Qatari and Saudi riyals
        "KD", "QR", "SR");
    /**
     * An amount's magnitude just before the code ("1.5 billion DMK", "50 MLN STG", also across a line's end); a number
     * alone is not one ("In 1967 DMK came to power").
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
        "\\b(?:mln|bln|million|billion|trillion|MLN|BLN|MILLION|BILLION|TRILLION)\\s+$");
    /**
     * A rate or an amount just after it: "STG 77.1971", "DMK 1.82", "MNT 12 billion" (not "SFR 5G", "ESC 2023", "KD 5
     * said").
     */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("\\s+\\(?\\d+(?:[.,]\\d|\\s+(?:mln|bln|million|billion|"
        + "trillion|MLN|BLN|MILLION|BILLION|TRILLION)\\b)");

    private CurrencyCodes() {
    }

    /** Signs a currency's letters stand before: "GH¢18.6 million", "GH₵", "HK$", "NZ$". */
    private static final String SIGNS = "$¢₵£€¥";

    /** Whether the mention is a currency's code beside an amount in the text, or its letters before a sign. */
    static boolean namesAnAmount(String text, FoundMention mention) {
        if (mention.end() < text.length() && SIGNS.indexOf(text.charAt(mention.end())) >= 0 || namesACurrency(mention)) {
            return true;
        }
        if (!CODES.contains(mention.text())) {
            return false;
        }
        int from = Math.max(0, mention.start() - 20);
        return AMOUNT_BEFORE.matcher(text).region(from, mention.start()).find()
            || AMOUNT_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** The currencies' names, capitalised as a table of rates writes them after their country's people. */
    private static final Set<String> CURRENCIES = WordSet.of("Dollar", "Dollars", "Pound", "Pounds", "Mark", "Marks",
        "Franc", "Francs", "Lira", "Lire", "Peseta", "Pesetas", "Escudo", "Escudos", "Drachma", "Drachmas", "Schilling",
        "Schillings", "Guilder", "Guilders", "Krona", "Kronor", "Krone", "Kroner", "Markka", "Punt", "Yen", "Yuan",
        "Renminbi", "Won", "Rupee", "Rupees", "Rupiah", "Ringgit", "Baht", "Peso", "Pesos", "Real", "Reais", "Rand",
        "Riyal", "Riyals", "Rial", "Rials", "Dinar", "Dinars", "Dirham", "Dirhams", "Shilling", "Shillings", "Naira",
        "Cedi", "Kwacha", "Birr", "Taka", "Kyat", "Dong", "Forint", "Zloty", "Koruna", "Ruble", "Rubles", "Rouble",
        "Roubles", "Leu", "Lev", "Tenge", "Hryvnia", "Lari", "Manat", "Som", "Sucre", "Bolivar", "Colon", "Quetzal",
        "Lempira", "Cordoba", "Guarani", "Sol", "Soles", "Austral", "Cruzado");

    /**
     * "Saudi Riyal", "Indonesian Rupiah", "Deutsche Mark" in a table of rates: a currency's name after its country's
     * people (or the country), which a finder may read as a person or a body.
     */
    private static boolean namesACurrency(FoundMention mention) {
        String text = mention.text();
        int space = text.lastIndexOf(' ');
        if (space < 0 || mention.entity().id() != null || !CURRENCIES.contains(text.substring(space + 1))) {
            return false;
        }
        String people = text.substring(0, space).strip();
        return people.equals("Deutsche") || Gazetteer.shipped().knowsAs(NameKeys.of(people), KnownName.Kind.DEMONYM,
            KnownName.Kind.COUNTRY);
    }
}
