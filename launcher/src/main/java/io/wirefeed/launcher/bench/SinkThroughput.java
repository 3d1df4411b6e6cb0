package io.wirefeed.launcher.bench;

import java.time.Duration;

/** How fast one sink connector wrote a preloaded topic: from the connector's creation to its last record. */
public record SinkThroughput(String sink, String unit, int records, Duration took) {

    public double perSecond() {
        return records / (took.toNanos() / 1e9);
    }
}
