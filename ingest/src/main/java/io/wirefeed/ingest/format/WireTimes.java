package io.wirefeed.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** The timestamps wire formats carry, read into instants. */
public final class WireTimes {

    /** North American zone names that RFC 822 allows and RSS feeds use. */
    private static final Map<String, String> RFC822_ZONES = Map.ofEntries(
        Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
        Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
        Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    private WireTimes() {
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
