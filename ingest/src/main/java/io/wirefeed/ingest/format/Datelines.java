package io.wirefeed.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.Dateline;

/**
 * Recognises the dateline at the start of a dispatch's text: {@code TASHKENT, July 7 (Xinhua) --},
 * {@code ULAANBAATAR, May 2 --}, {@code ULAANBAATAR, Mongolia (AP) _}, {@code Berlin (dpa) -}. The place
 * starts with a capital and a date or an agency must follow it. A date without a year is put in the year
 * closest to the reference time.
 */
public final class Datelines {

    /** A dateline found, the agency it names (if any) and the text after it. */
    public record Found(Dateline dateline, String agency, String rest) {
    }

    private static final String MONTH = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
        + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final Pattern DATELINE = Pattern.compile(
        "^(?<place>\\p{Lu}[\\p{L} .'’\\-]{1,40}?)"
            + "(?:, (?<region>\\p{Lu}[\\p{L} .]{1,30}?))??"
            + "(?:,? (?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:,? (?<year>\\d{4}))?)?"
            + "(?: \\((?<agency>[\\p{L}][\\p{L} .&-]{0,30})\\))?"
            + "\\s*(?:--|—|–|_|-)\\s+");

    private Datelines() {
    }

    public static Optional<Found> find(String text, Instant reference) {
        Matcher matcher = DATELINE.matcher(text);
        if (!matcher.find() || matcher.group("month") == null && matcher.group("agency") == null) {
            return Optional.empty();
        }
        String place = matcher.group("place").trim();
        String date = matcher.group("month") == null ? null
            : resolve(matcher.group("month"), Integer.parseInt(matcher.group("day")), matcher.group("year"), reference);
        String written = withoutDash(text.substring(0, matcher.end()).stripTrailing()).trim();
        return Optional.of(new Found(Dateline.newBuilder().setText(written).setPlace(place).setDate(date).build(),
            matcher.group("agency"), text.substring(matcher.end())));
    }

    /** The written dateline without the dash that ends it (in linear time: the text may end in a long run). */
    private static String withoutDash(String text) {
        if (text.endsWith("--")) {
            return text.substring(0, text.length() - 2);
        }
        boolean dash = !text.isEmpty() && "—–_-".indexOf(text.charAt(text.length() - 1)) >= 0;
        return dash ? text.substring(0, text.length() - 1) : text;
    }

    private static String resolve(String monthName, int day, String year, Instant reference) {
        Month month = monthOf(monthName);
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day).toString();
            }
            LocalDate around = reference.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate best = null;
            for (int candidateYear = around.getYear() - 1; candidateYear <= around.getYear() + 1; candidateYear++) {
                LocalDate candidate = LocalDate.of(candidateYear, month, Math.min(day, month.length(true)));
                if (best == null || Math.abs(candidate.toEpochDay() - around.toEpochDay())
                        < Math.abs(best.toEpochDay() - around.toEpochDay())) {
                    best = candidate;
                }
            }
            return best.getDayOfMonth() == day ? best.toString() : null;
        } catch (DateTimeException e) {
            return null;   // "Feb 31": a dateline, but no date
        }
    }

    private static Month monthOf(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
