package io.wirefeed.launcher.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** Percentiles and mean of a set of durations, in milliseconds. */
public record Distribution(double p50, double p99, double p999, double mean) {

    /** Of durations recorded in microseconds; all zero when nothing was recorded. */
    static Distribution ofMicros(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Distribution(0, 0, 0, 0);
        }
        return new Distribution(micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
            micros.getValueAtPercentile(99.9) / 1000.0, micros.getMean() / 1000.0);
    }

    /** {@code p50}, {@code p99}, {@code p999}, {@code mean}, to the hundredth of a millisecond. */
    Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("p50", round(p50));
        map.put("p99", round(p99));
        map.put("p999", round(p999));
        map.put("mean", round(mean));
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
