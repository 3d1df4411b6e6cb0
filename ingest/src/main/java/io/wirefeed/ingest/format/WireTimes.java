package io.wirefeed.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.Dispatch;

/** The timestamps wire formats carry, read into instants. */
public final class WireTimes {

    /** North American zone names that RFC 822 allows and RSS feeds use. */
    private static final Map<String, String> RFC822_ZONES = Map.ofEntries(
        Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
        Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
        Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    /**
     * Zone names that teleprinter trailers and feeds use besides the RFC 822 ones: Europe's, and those of the
     * agencies' home zones in Africa, Asia, the Pacific, South America, Australia's centre, Hawaii, Alaska and Canada's
     * Atlantic provinces (IST is India's, as Indian feeds write it).
     */
    private static final Map<String, String> OTHER_ZONES = Map.ofEntries(
        Map.entry("UTC", "+0000"), Map.entry("WET", "+0000"), Map.entry("BST", "+0100"), Map.entry("CET", "+0100"),
        Map.entry("MEZ", "+0100"), Map.entry("CEST", "+0200"), Map.entry("MESZ", "+0200"), Map.entry("EET", "+0200"),
        Map.entry("EEST", "+0300"), Map.entry("MSK", "+0300"), Map.entry("TRT", "+0300"), Map.entry("PKT", "+0500"),
        Map.entry("IST", "+0530"), Map.entry("ICT", "+0700"), Map.entry("WIB", "+0700"), Map.entry("HKT", "+0800"),
        Map.entry("SGT", "+0800"), Map.entry("MYT", "+0800"), Map.entry("PHT", "+0800"), Map.entry("AWST", "+0800"),
        Map.entry("JST", "+0900"), Map.entry("KST", "+0900"), Map.entry("AEST", "+1000"), Map.entry("AEDT", "+1100"),
        Map.entry("NZST", "+1200"), Map.entry("NZDT", "+1300"), Map.entry("WAT", "+0100"), Map.entry("CAT", "+0200"),
        Map.entry("SAST", "+0200"), Map.entry("EAT", "+0300"), Map.entry("GST", "+0400"), Map.entry("IRST", "+0330"),
        Map.entry("AFT", "+0430"), Map.entry("NPT", "+0545"), Map.entry("WITA", "+0800"), Map.entry("WIT", "+0900"),
        Map.entry("ART", "-0300"), Map.entry("BRT", "-0300"), Map.entry("COT", "-0500"), Map.entry("PET", "-0500"),
        Map.entry("ACST", "+0930"), Map.entry("ACDT", "+1030"), Map.entry("HST", "-1000"), Map.entry("AKST", "-0900"),
        Map.entry("AKDT", "-0800"), Map.entry("ADT", "-0300"), Map.entry("NST", "-0330"), Map.entry("NDT", "-0230"));
    /** An offset in hours (and minutes), alone or after GMT or UTC: {@code +0530}, {@code +05:30}, {@code GMT+9}. */
    private static final Pattern NUMERIC_ZONE =
        Pattern.compile("(?:GMT|UTC?)?(?<sign>[+-])(?<hours>\\d{1,2}?)(?::?(?<minutes>\\d{2}))?");
    private static final String CLOCK =
        "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<fraction>\\d{1,9})\\d*)?)?";
    /** ISO 8601 in its extended form, a space allowed for the {@code T}, and any zone {@link #offset} reads. */
    private static final Pattern ISO = Pattern.compile(
        "(?<date>\\d{4}-\\d{2}-\\d{2})(?:[T ]" + CLOCK + " ?(?<zone>Z|[+-][\\d:]{2,5}|\\p{L}{1,5}(?:[+-][\\d:]{1,5})?)?)?");
    /**
     * RFC 822's date (the weekday optional and not checked; the day before the month, or after it as JavaScript
     * writes it), a clock and any zone {@link #offset} reads.
     */
    private static final Pattern RFC822 = Pattern.compile("(?:\\p{L}+\\.?,? )?(?:(?<day>\\d{1,2}) (?<month>"
        + MonthNames.PATTERN + ")|(?<monthFirst>" + MonthNames.PATTERN + ") (?<dayAfter>\\d{1,2}))\\.?,? "
        + "(?<year>\\d{4}|\\d{2}),? " + CLOCK + "(?: ?(?<zone>[+-][\\d:]{2,5}|\\p{L}{1,5}(?:[+-][\\d:]{1,5})?))?");
    /** Month abbreviations that are not English ones (dpa's German copy). */
    private static final Map<String, Month> OTHER_MONTHS = Map.of(
        "MAI", Month.MAY, "OKT", Month.OCTOBER, "DEZ", Month.DECEMBER, "MRZ", Month.MARCH, "MÄR", Month.MARCH);
    private static final String TIME = "(?<hour>\\d{1,2}):?(?<minute>\\d{2})";
    private static final String NAMED_MONTH = "(?<month>\\p{L}{3,9})\\.?";
    /**
     * The layouts of IPTC 7901 trailers: {@code 071530 Jul 26} (the standard's), {@code 07.07.2026 15:30},
     * {@code 07-07-26 1530}, {@code Jul 07 15:30}, {@code 07 Jul 2026 15:30}; each may have an agency code before it
     * ({@code dpa 071530 Jul 26}) and a zone after it ({@code GMT}, {@code CEST}, {@code +0200}; UTC without one).
     */
    private static final List<Pattern> TRAILER_LAYOUTS = List.of(
        "(?<day>\\d{2})(?<hour>\\d{2})(?<minute>\\d{2}) ?" + NAMED_MONTH + " (?<year>\\d{4}|\\d{2})",
        "(?<day>\\d{1,2})[./-](?<monthNumber>\\d{1,2})[./-](?<year>\\d{4}|\\d{2}),? " + TIME,
        NAMED_MONTH + " (?<day>\\d{1,2}),?(?: (?<year>\\d{4}))?,? " + TIME,
        "(?<day>\\d{1,2}) " + NAMED_MONTH + "(?: (?<year>\\d{4}|\\d{2}))?,? " + TIME).stream()
        .map(layout -> Pattern.compile("^(?:(?<agency>\\p{L}{2,10}) )??" + layout
            + "(?: ?(?<zone>\\p{L}{1,5}|[+-]\\d{2}:?\\d{2}))?(?: NNNN)?$"))
        .toList();

    /**
     * Zone names that mean different offsets to the agencies that write them before the month: China's, the
     * Philippines', Malaysia's, Australia's or the Americas' (CST, PST, MST, EST...), Bangladesh's or Britain's (BST),
     * India's, Ireland's or Israel's (IST); such a trailer is left unread rather than read at a guessed offset.
     */
    private static final Set<String> AMBIGUOUS_ZONES = Set.of("CST", "CDT", "PST", "PDT", "MST", "MDT", "EST", "EDT",
        "BST", "IST", "AST", "GST", "SST");

    /** A trailer's day and time ({@code 041432}), the zone, then the month and year. */
    private static final Pattern ZONE_BEFORE_MONTH = Pattern.compile(
        "^((?:\\p{L}{2,10} )?\\d{6}) (\\p{Lu}{2,5}) (\\p{L}{3,9}\\.? \\d{2,4})( NNNN)?$");

    private WireTimes() {
    }

    /**
     * The instant of an IPTC 7901 trailer in any of the layouts agencies use (see {@link #TRAILER_LAYOUTS}), or
     * empty when it is in none or names no real time. A date without a year is put in the year closest to
     * {@code reference}.
     */
    public static Optional<Instant> trailer(String text, Instant reference) {
        return trailerLayout(text).flatMap(matcher -> trailerInstant(matcher, reference));
    }

    /** The agency code written before a trailer's time ({@code dpa} of {@code dpa 071530 Jul 26}), if any. */
    public static Optional<String> trailerAgency(String text) {
        return trailerLayout(text).map(matcher -> matcher.group("agency"));
    }

    /** The trailer read in the first of the {@link #TRAILER_LAYOUTS} it is written in, if any. */
    private static Optional<Matcher> trailerLayout(String text) {
        // "041432 GMT DEC 26": the zone written before the month, as after it
        String folded = text.strip().replaceAll("\\s+", " ");
        Matcher zoneFirst = ZONE_BEFORE_MONTH.matcher(folded);
        String value = zoneFirst.matches() && !AMBIGUOUS_ZONES.contains(zoneFirst.group(2))
            ? zoneFirst.replaceFirst("$1 $3 $2$4") : folded;
        for (Pattern layout : TRAILER_LAYOUTS) {
            Matcher matcher = layout.matcher(value);
            if (matcher.matches()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> trailerInstant(Matcher trailer, Instant reference) {
        Month month = trailerMonth(trailer);
        ZoneOffset zone = offset(trailer.group("zone"));
        String year = trailer.group("year");
        if (month == null || zone == null || year == null && reference == null) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(trailer.group("day"));
            if (dayWrittenAgain(year, day, reference)) {
                year = null;
            }
            LocalDate date;
            if (year != null) {
                date = LocalDate.of(year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year),
                    month, day);
            } else {
                LocalDate around = reference.atOffset(ZoneOffset.UTC).toLocalDate();
                date = LocalDate.of(around.getYear(), month, day);
                if (date.isAfter(around.plusMonths(6))) {
                    date = date.minusYears(1);
                } else if (date.isBefore(around.minusMonths(6))) {
                    date = date.plusYears(1);
                }
            }
            return Optional.of(date.atTime(Integer.parseInt(trailer.group("hour")),
                Integer.parseInt(trailer.group("minute"))).toInstant(zone));
        } catch (DateTimeException e) {
            return Optional.empty();   // "31.02.2026 25:70": a trailer's shape, but no time
        }
    }

    /**
     * "251842 Jan 25": some agencies write the day again after the month where IPTC 7901 has the year's two digits.
     * Read as a year, such a number that is the day and puts the date more than a year from when it came is the day.
     */
    private static boolean dayWrittenAgain(String year, int day, Instant reference) {
        return year != null && year.length() == 2 && Integer.parseInt(year) == day && reference != null
            && Math.abs(2000 + day - reference.atOffset(ZoneOffset.UTC).getYear()) > 1;
    }

    private static Month trailerMonth(Matcher trailer) {
        String number = groupOrNull(trailer, "monthNumber");
        if (number != null) {
            int value = Integer.parseInt(number);
            return value >= 1 && value <= 12 ? Month.of(value) : null;
        }
        String written = trailer.group("month");
        String name = written.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(name)) {
                return month;
            }
        }
        // ANSA's "LUG", EFE's "dic", AFP's "juil": the months datelines are written with
        return MonthNames.find(written).orElse(OTHER_MONTHS.get(name));
    }

    private static String groupOrNull(Matcher matcher, String group) {
        try {
            return matcher.group(group);
        } catch (IllegalArgumentException notInThisLayout) {
            return null;
        }
    }

    /**
     * The instant a feed's or an item's timestamp names, in the forms agencies write: ISO 8601 (also with a space for
     * the {@code T}, an offset without its colon, a zone name after it; UTC without a zone; a date alone is its
     * midnight in UTC; the basic {@code 20260707T081500Z}), or RFC 822 (also with a whole weekday or month name, a
     * two-digit year, no seconds, a zone such as {@code IST}, {@code JST}, {@code GMT+9} or {@code +05:30}, and
     * JavaScript's {@code Fri Dec 04 2026 09:30:00 GMT+0900 (Japan Standard Time)}). Empty when it is in none of
     * these or names no real time.
     */
    public static Optional<Instant> stamp(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return instant(LocalDate.parse(iso.group("date")), iso);
            }
            Matcher rfc822 = RFC822.matcher(value.replaceFirst(" ?\\([^)]*\\)$", ""));
            if (rfc822.matches()) {
                return instant(rfc822Date(rfc822), rfc822);
            }
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")).toInstant());
        } catch (DateTimeException noTime) {
            return Optional.empty();   // "2026-13-45", "31 Feb", "25:70": a timestamp's shape, but no time
        }
    }

    /**
     * The time a dispatch's field holds, or null: when the field is absent, or when its text names no time, which
     * is recorded as a {@link ParseWarning#TIME_UNREADABLE} naming the field and the text (one field that cannot
     * be read is no reason to refuse the dispatch).
     */
    public static Instant field(Dispatch.Builder dispatch, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Instant> instant = stamp(text);
        if (instant.isEmpty()) {
            ParseWarning.TIME_UNREADABLE.record(dispatch, field + " '" + text.strip() + "'");
        }
        return instant.orElse(null);
    }

    private static LocalDate rfc822Date(Matcher date) {
        String year = date.group("year");
        int fullYear = Integer.parseInt(year);
        if (year.length() == 2) {
            fullYear += fullYear < 50 ? 2000 : 1900;   // RFC 2822 4.3: a two-digit year under 50 is in the 2000s
        }
        String day = date.group("day") != null ? date.group("day") : date.group("dayAfter");
        String month = date.group("month") != null ? date.group("month") : date.group("monthFirst");
        return LocalDate.of(fullYear, MonthNames.of(month), Integer.parseInt(day));
    }

    /** The instant of a day at the time of a stamp's groups ({@code hour}, {@code minute}... {@code zone}). */
    private static Optional<Instant> instant(LocalDate day, Matcher stamp) {
        ZoneOffset offset = offset(stamp.group("zone"));
        if (offset == null) {
            return Optional.empty();
        }
        if (stamp.group("hour") == null) {
            return Optional.of(day.atStartOfDay().toInstant(offset));
        }
        String fraction = stamp.group("fraction") == null ? "0" : stamp.group("fraction");
        return Optional.of(day.atTime(Integer.parseInt(stamp.group("hour")), Integer.parseInt(stamp.group("minute")),
                stamp.group("second") == null ? 0 : Integer.parseInt(stamp.group("second")),
                Integer.parseInt((fraction + "00000000").substring(0, 9)))
            .toInstant(offset));
    }

    /**
     * The offset a zone names: none (UTC), {@code Z}, a name ({@link #RFC822_ZONES}, {@link #OTHER_ZONES}), or
     * hours and minutes with or without a colon, alone or after {@code GMT}/{@code UTC} ({@code +0530},
     * {@code +05:30}, {@code +09}, {@code GMT+9}); null when it is none of these.
     */
    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        String upper = zone.strip().toUpperCase(Locale.ROOT);
        String named = RFC822_ZONES.getOrDefault(upper, OTHER_ZONES.get(upper));
        Matcher numeric = NUMERIC_ZONE.matcher(named != null ? named : upper);
        if (!numeric.matches()) {
            return null;
        }
        try {
            int sign = numeric.group("sign").equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(numeric.group("hours")),
                numeric.group("minutes") == null ? 0 : sign * Integer.parseInt(numeric.group("minutes")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The offset of a zone's name as a trailer writes it ("EDT" is -04:00, "AEDT" +11:00), of any the lists know
     * ({@link #RFC822_ZONES}, {@link #OTHER_ZONES}) or written as an offset; null when it is none of these.
     */
    public static ZoneOffset zoneOffset(String name) {
        return offset(name);
    }
}
