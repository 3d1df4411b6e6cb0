package io.wirefeed.service.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A time given on the command line: an instant ({@code 2026-12-01T10:00:00Z}) or a day ({@code 2026-12-01}, UTC). */
public final class TimeArgument {

    private TimeArgument() {
    }

    /** The instant, or the day's start; an {@link IllegalArgumentException} saying what is expected otherwise. */
    public static Instant parse(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is neither an instant (2026-12-01T10:00:00Z) nor a "
                    + "day (2026-12-01)", e);
            }
        }
    }
}
