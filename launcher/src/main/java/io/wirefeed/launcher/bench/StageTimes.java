package io.wirefeed.launcher.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

/**
 * When each traced dispatch of a latency run reached each {@link TracePoint}, in microseconds since the epoch, as
 * the threads that see them (the producer's, the bench's readers) stamp them; and the stages they give. Points are
 * seen by different clocks' readers (the broker's log-append time has milliseconds only, a reader sees a record a
 * poll after it was written), so a point stamped before the one before it counts as reached at that one: a stage
 * is never negative and the stages of a dispatch add up to its whole latency.
 */
public final class StageTimes {

    private static final long LONGEST = Duration.ofMinutes(5).toNanos() / 1000;
    private static final TracePoint[] POINTS = TracePoint.values();

    private final Map<String, long[]> stamps = new ConcurrentHashMap<>();

    /** Records that the traced dispatch {@code trace} reached {@code point} at {@code micros}. */
    void stamp(String trace, TracePoint point, long micros) {
        stamps.compute(trace, (id, points) -> {
            long[] all = points == null ? new long[POINTS.length] : points;
            all[point.ordinal()] = micros;
            return all;
        });
    }

    /** When {@code trace} reached {@code point}, or 0 if it has not (yet). */
    long stamped(String trace, TracePoint point) {
        long[] points = stamps.get(trace);
        return points == null ? 0 : points[point.ordinal()];
    }

    /** The stages of the dispatches seen at every point; the others are counted, not guessed. */
    Breakdown breakdown() {
        Map<TracePoint, Histogram> stages = new EnumMap<>(TracePoint.class);
        for (TracePoint point : POINTS) {
            if (point.stage() != null) {
                stages.put(point, new Histogram(LONGEST, 3));
            }
        }
        Histogram whole = new Histogram(LONGEST, 3);
        int incomplete = 0;
        for (long[] points : stamps.values()) {
            if (Arrays.stream(points).anyMatch(micros -> micros == 0)) {
                incomplete++;
                continue;
            }
            long reached = points[0];
            for (int i = 1; i < points.length; i++) {
                long next = Math.max(reached, points[i]);
                stages.get(POINTS[i]).recordValue(Math.min(LONGEST, next - reached));
                reached = next;
            }
            whole.recordValue(Math.min(LONGEST, reached - points[0]));
        }
        Map<String, Distribution> figures = new LinkedHashMap<>();
        stages.forEach((point, histogram) -> figures.put(point.stage(), Distribution.ofMicros(histogram)));
        return new Breakdown(figures, Distribution.ofMicros(whole), (int) whole.getTotalCount(), incomplete);
    }

    /**
     * Per stage (in pipeline order) and for the whole of the {@code traced} dispatches seen at every point;
     * {@code incomplete} were missed at one point or more.
     */
    public record Breakdown(Map<String, Distribution> stagesMs, Distribution wholeMs, int traced, int incomplete) {

        /** The sum of the stages' means, which is the whole's mean. */
        double meanSumMs() {
            return stagesMs.values().stream().mapToDouble(Distribution::mean).sum();
        }
    }
}
