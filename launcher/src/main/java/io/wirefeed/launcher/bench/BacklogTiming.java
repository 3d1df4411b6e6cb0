package io.wirefeed.launcher.bench;

import java.util.function.Consumer;

/**
 * How the end-to-end and pass-through runs are timed: the warm-up's records read first, untimed, then the measured
 * dispatches published and timed from their publication to the last of their records read. Published together with
 * the warm-up, the measured dispatches were partly through the first steps of a pipeline of several (described
 * while the one dedupe task still judged the warm-up) before the clock started, which made the end-to-end maximum
 * more than the pipeline carries (2026-12-06, docs/performance.md).
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
    private final long deadlineNanos;

    BacklogTiming(Output output, Progress progress, long deadlineNanos) {
        this.output = output;
        this.progress = progress;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Records per second of the measured part: {@code warmUp} records read, then {@code atStart} and
     * {@code publishMeasured} run with the clock started, then {@code measured} records read, each to
     * {@code onMeasured}.
     */
    double time(String label, int warmUp, int measured, Runnable atStart, Runnable publishMeasured,
                Consumer<byte[]> onMeasured) {
        read(label + " (warm-up)", warmUp, record -> { });
        atStart.run();
        long started = System.nanoTime();
        publishMeasured.run();
        read(label, measured, onMeasured);
        return measured / ((System.nanoTime() - started) / 1e9);
    }

    private void read(String label, int count, Consumer<byte[]> onRecord) {
        int read = 0;
        while (read < count) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException(label + ": " + read + " of " + count + " records");
            }
            for (byte[] record : output.poll()) {
                if (read++ < count) {
                    onRecord.accept(record);
                }
            }
            progress.show(label, Math.min(read, count), count);
        }
    }
}
