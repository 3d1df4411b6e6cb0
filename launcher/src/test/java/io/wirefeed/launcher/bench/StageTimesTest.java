package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageTimesTest {

    private static final long T0 = 1_780_000_000_000_000L;

    /** Stamps {@code trace} at every point, {@code gapsMicros[i]} after the point before. */
    private static void trace(StageTimes times, String trace, long... gapsMicros) {
        long at = T0;
        times.stamp(trace, TracePoint.SENT, at);
        TracePoint[] points = TracePoint.values();
        for (int i = 1; i < points.length; i++) {
            at += gapsMicros[i - 1];
            times.stamp(trace, points[i], at);
        }
    }

    @Test
    void eachStageIsTheTimeBetweenItsPointsInPipelineOrder() {
        StageTimes times = new StageTimes();
        for (int i = 0; i < 100; i++) {
            trace(times, "t" + i, 2_000, 1_000, 3_000, 40_000 + i * 100, 300, 25_000, 200, 30_000);
        }

        StageTimes.Breakdown breakdown = times.breakdown();

        assertThat(breakdown.stagesMs().keySet()).containsExactly("produce", "toDescribe", "describeAndRepartition",
            "repartitionCommit", "judge", "rulingCommit", "publish", "outputCommit");
        assertThat(breakdown.stagesMs().get("produce").p50()).isEqualTo(2.0);
        assertThat(breakdown.stagesMs().get("outputCommit").p99()).isCloseTo(30.0, within(0.05));
        assertThat(breakdown.stagesMs().get("repartitionCommit").p50()).isCloseTo(44.9, within(0.1));
        assertThat(breakdown.stagesMs().get("repartitionCommit").p99()).isCloseTo(49.8, within(0.1));
        assertThat(breakdown.traced()).isEqualTo(100);
        assertThat(breakdown.incomplete()).isZero();
        assertThat(breakdown.meanSumMs()).isCloseTo(breakdown.wholeMs().mean(), within(0.05));
        assertThat(breakdown.stagesMs().get("rulingCommit").p50()).isCloseTo(25.0, within(0.05));
        assertThat(breakdown.wholeMs().p50()).isCloseTo(106.4, within(0.1));
    }

    @Test
    void aPointSeenBeforeTheOneBeforeItCountsAsReachedThereSoStagesAddUpToTheWhole() {
        StageTimes times = new StageTimes();
        // The enriched record read uncommitted 1 ms "before" the unpark step's stamp: a reader's poll is late.
        trace(times, "t", 2_000, 1_000, 3_000, 40_000, 300, 25_000, -1_000, 30_000);

        StageTimes.Breakdown breakdown = times.breakdown();

        assertThat(breakdown.stagesMs().get("publish").p50()).isZero();
        assertThat(breakdown.stagesMs().get("outputCommit").p50()).isCloseTo(29.0, within(0.05));
        assertThat(breakdown.wholeMs().p50()).isCloseTo(100.3, within(0.1));
        assertThat(breakdown.meanSumMs()).isCloseTo(100.3, within(0.1));
    }

    @Test
    void dispatchesMissedAtAPointAreCountedNotGuessed() {
        StageTimes times = new StageTimes();
        trace(times, "whole", 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000);
        for (TracePoint point : List.of(TracePoint.SENT, TracePoint.APPENDED, TracePoint.VISIBLE)) {
            times.stamp("no-describe-stamp", point, T0 + point.ordinal() * 1_000L);
        }

        StageTimes.Breakdown breakdown = times.breakdown();

        assertThat(breakdown.traced()).isEqualTo(1);
        assertThat(breakdown.incomplete()).isEqualTo(1);
        assertThat(breakdown.wholeMs().p50()).isCloseTo(8.0, within(0.01));
        assertThat(times.stamped("no-describe-stamp", TracePoint.DESCRIBED)).isZero();
        assertThat(times.stamped("no-describe-stamp", TracePoint.VISIBLE)).isEqualTo(T0 + 8_000);
    }

    @Test
    void nothingTracedGivesZerosNotAnError() {
        StageTimes.Breakdown breakdown = new StageTimes().breakdown();

        assertThat(breakdown.traced()).isZero();
        assertThat(breakdown.wholeMs()).isEqualTo(new Distribution(0, 0, 0, 0));
    }
}
