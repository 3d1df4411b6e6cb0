package io.wirefeed.service.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A progress bar for long runs, one line at most every interval (so that it reads as well in a log as on a
 * terminal), and always once at the end.
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final long total;
    private final Clock clock;
    private final Duration every;
    private final String unit;
    private Instant last;
    private long done;

    /** A bar counting {@code unit} (letters, dispatches...) up to {@code total}. */
    public Progress(PrintWriter out, long total, String unit, Clock clock, Duration every) {
        this.unit = unit;
        this.out = out;
        this.total = total;
        this.clock = clock;
        this.every = every;
        this.last = clock.instant();
    }

    /** Counts {@code more} done; prints the bar when the interval has passed. */
    public void advance(long more) {
        done += more;
        Instant now = clock.instant();
        if (!now.isBefore(last.plus(every))) {
            last = now;
            out.println(bar(done, total, unit));
            out.flush();
        }
    }

    public void finish() {
        out.println(bar(done, total, unit));
        out.flush();
    }

    /** {@code [#########.....................]   30/100 letters (30%)}. */
    static String bar(long done, long total, String unit) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        long percent = total == 0 ? 100 : 100 * Math.min(done, total) / total;
        int digits = String.valueOf(total).length();
        return String.format(Locale.ROOT, "[%s%s] %" + digits + "d/%d %s (%d%%)", "#".repeat(filled),
            ".".repeat(WIDTH - filled), done, total, unit, percent);
    }
}
