package io.wirefeed.service.reprocess;

import java.util.function.LongSupplier;

/** Holds a loop to a rate: each {@link #acquire} returns no sooner than its turn, counted from the first. */
final class Pace {

    /** Waits the nanoseconds given. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long started;
    private long acquired;

    Pace(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("A rate must be above zero, not " + perSecond);
        }
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    static Pace of(double perSecond) {
        return new Pace(perSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    void acquire() throws InterruptedException {
        long now = nanoTime.getAsLong();
        if (acquired == 0) {
            started = now;
        }
        long due = started + (long) (acquired * NANOS_PER_SECOND / perSecond);
        acquired++;
        if (due > now) {
            sleeper.sleep(due - now);
        }
    }
}
