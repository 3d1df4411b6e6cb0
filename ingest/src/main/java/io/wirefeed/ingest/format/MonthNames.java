package io.wirefeed.ingest.format;

import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The month names datelines are written with, whole and abbreviated, in the languages of the agencies' services
 * we read: English ("Dec.", "December"), French ("déc.", "décembre": AFP, Xinhua), Spanish ("dic": EFE, Prensa
 * Latina, Xinhua), Portuguese ("dez": Lusa, Agência Brasil) and Italian ("DIC": ANSA). Case is not significant
 * ("DEC", "DIC").
 */
final class MonthNames {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
        names(Month.JANUARY, "jan", "january", "janv", "janvier", "ene", "enero", "janeiro", "gen", "gennaio"),
        names(Month.FEBRUARY, "feb", "february", "fév", "févr", "février", "febrero", "fev", "fevereiro", "febbraio"),
        names(Month.MARCH, "mar", "march", "mars", "marzo", "março"),
        names(Month.APRIL, "apr", "april", "avr", "avril", "abr", "abril", "aprile"),
        names(Month.MAY, "may", "mai", "mayo", "maio", "mag", "maggio"),
        names(Month.JUNE, "jun", "june", "juin", "junio", "junho", "giu", "giugno"),
        names(Month.JULY, "jul", "july", "juil", "juillet", "julio", "julho", "lug", "luglio"),
        names(Month.AUGUST, "aug", "august", "août", "ago", "agosto"),
        names(Month.SEPTEMBER, "sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "setembro",
            "settembre"),
        names(Month.OCTOBER, "oct", "october", "octobre", "octubre", "out", "outubro", "ott", "ottobre"),
        names(Month.NOVEMBER, "nov", "november", "novembre", "noviembre", "novembro"),
        names(Month.DECEMBER, "dec", "december", "déc", "décembre", "dic", "diciembre", "dez", "dezembro", "dicembre"))
        .entrySet().stream().flatMap(entry -> entry.getValue().stream().map(name -> Map.entry(name, entry.getKey())))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** A month's name as a regular expression, case-insensitive; longer names first ("diciembre" before "dic"). */
    static final String PATTERN = MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|", "(?iu:", ")"));

    private MonthNames() {
    }

    /** The month a name read by {@link #PATTERN} names. */
    static Month of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Not a month: " + name));
    }

    /** The month a name in any of these languages names, if it is one. */
    static Optional<Month> find(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map.Entry<Month, List<String>> names(Month month, String... names) {
        return Map.entry(month, List.of(names));
    }
}
