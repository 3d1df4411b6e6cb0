package io.wirefeed.launcher.bench;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * How the end-to-end and pass-through runs are timed: the warm-up's records read first, untimed, then the measured
 * dispatches published and timed from their publication to the last of their records read. Published with the
 * warm-up, they would be partly through the first steps of a pipeline of several steps (described while its one
 * dedupe task still judges the warm-up) before the clock started, and the run would time only what is left.
 */
final class BacklogTiming {

    /** The run's output: the records one poll brings (none when nothing came within the poll's wait). */
    interface Output {
        Iterable<byte[]> poll();
    }

    /** Where progress is shown. */
    interface Progress {
        void show(String label, long done, long total);
    }

    private final Output output;
    private final Progress progress;
    private final LongSupplier nanoTime;
    private final long deadlineNanos;

    BacklogTiming(Output output, Progress progress, LongSupplier nanoTime, long deadlineNanos) {
        this.output = output;
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Records per second of the measured part: {@code warmUp} records read; {@code atStart} run; the clock started
     * and {@code publishMeasured} run; then {@code measured} records read, each to {@code onMeasured}. More records
     * than dispatches is an error: each dispatch gives one.
     */
    double time(String label, int warmUp, int measured, Runnable atStart, Runnable publishMeasured,
                Consumer<byte[]> onMeasured) {
        read(label + " (warm-up)", warmUp, record -> { });
        atStart.run();
        long started = nanoTime.getAsLong();
        publishMeasured.run();
        read(label, measured, onMeasured);
        return measured / ((nanoTime.getAsLong() - started) / 1e9);
    }

    private void read(String label, int count, Consumer<byte[]> onRecord) {
        int done = 0;
        while (done < count) {
            if (nanoTime.getAsLong() > deadlineNanos) {
                throw new IllegalStateException(label + ": " + done + " of " + count + " records");
            }
            for (byte[] record : output.poll()) {
                if (++done > count) {
                    throw new IllegalStateException(label + ": more records than the " + count + " dispatches sent");
                }
                onRecord.accept(record);
            }
            progress.show(label, done, count);
        }
    }
}
