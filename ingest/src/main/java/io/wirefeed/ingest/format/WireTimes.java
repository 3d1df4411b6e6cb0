package io.wirefeed.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The timestamps wire formats carry, read into instants. */
public final class WireTimes {

    /** North American zone names that RFC 822 allows and RSS feeds use. */
    private static final Map<String, String> RFC822_ZONES = Map.ofEntries(
        Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
        Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
        Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    /** European zone names that teleprinter trailers use besides the RFC 822 ones. */
    private static final Map<String, String> TRAILER_ZONES = Map.of(
        "UTC", "+0000", "WET", "+0000", "BST", "+0100", "CET", "+0100", "MEZ", "+0100", "CEST", "+0200",
        "MESZ", "+0200", "EET", "+0200", "EEST", "+0300", "MSK", "+0300");
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
        String value = text.strip().replaceAll("\\s+", " ");
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
        ZoneOffset zone = trailerZone(trailer.group("zone"));
        String year = trailer.group("year");
        if (month == null || zone == null || year == null && reference == null) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(trailer.group("day"));
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

    private static Month trailerMonth(Matcher trailer) {
        String number = groupOrNull(trailer, "monthNumber");
        if (number != null) {
            int value = Integer.parseInt(number);
            return value >= 1 && value <= 12 ? Month.of(value) : null;
        }
        String name = trailer.group("month").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(name)) {
                return month;
            }
        }
        return OTHER_MONTHS.get(name);
    }

    private static ZoneOffset trailerZone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String upper = zone.toUpperCase(Locale.ROOT);
        String offset = RFC822_ZONES.getOrDefault(upper, TRAILER_ZONES.get(upper));
        if (offset == null && upper.matches("[+-]\\d{2}:?\\d{2}")) {
            offset = upper.replace(":", "");
        }
        try {
            return offset == null ? null : ZoneOffset.of(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String groupOrNull(Matcher matcher, String group) {
        try {
            return matcher.group(group);
        } catch (IllegalArgumentException notInThisLayout) {
            return null;
        }
    }

    /**
     * An ISO-8601 date-time (with offset or 'Z'; without one, UTC is assumed) or date. Basic formats such as
     * {@code 20260707T081500Z} are accepted too.
     */
    public static Instant iso(String text) throws InvalidDispatchException {
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return basicIso(value);
                }
            }
        }
    }

    private static Instant basicIso(String value) throws InvalidDispatchException {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDispatchException("Not an ISO-8601 timestamp: '" + abbreviate(value) + "'");
        }
    }

    /** An RFC 822 / RFC 1123 date as RSS uses it ({@code Tue, 07 Jul 2026 08:15:00 GMT}, {@code ... EDT}). */
    public static Instant rfc822(String text) throws InvalidDispatchException {
        String value = text.trim().replaceAll("\\s+", " ");
        int space = value.lastIndexOf(' ');
        if (space > 0) {
            String zone = RFC822_ZONES.get(value.substring(space + 1).toUpperCase(Locale.ROOT));
            if (zone != null) {
                value = value.substring(0, space + 1) + zone;
            }
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDispatchException("Not an RFC 822 date: '" + abbreviate(text) + "'");
        }
    }

    /** The offset of a North American zone name ('EDT' is '-0400'), or null when it is not one. */
    public static String zoneOffset(String name) {
        return RFC822_ZONES.get(name.toUpperCase(Locale.ROOT));
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
