package io.wirefeed.launcher.bench;

/**
 * The loads the bench measures latency at, as fractions of the end-to-end maximum the same run measured, so that
 * the figure says how the design queues rather than how fast the machine is.
 */
public enum LoadLevel {

    HALF(0.5, "AtHalf", "50%"),
    EIGHTY(0.8, "At80", "80%");

    private final double fraction;
    private final String key;
    private final String label;

    LoadLevel(double fraction, String key, String label) {
        this.fraction = fraction;
        this.key = key;
        this.label = label;
    }

    /** Dispatches per second at this fraction of {@code maximum}: rounded, at least one. */
    public int rate(double maximum) {
        if (!(maximum > 0) || Double.isInfinite(maximum)) {
            throw new IllegalArgumentException("a maximum rate must be positive and finite: " + maximum);
        }
        return (int) Math.max(1, Math.round(maximum * fraction));
    }

    public double fraction() {
        return fraction;
    }

    /** What the report's keys for this load carry: {@code latencyAtHalfMs}, {@code at80} and so on. */
    public String key() {
        return key;
    }

    /** For people: "50%". */
    public String label() {
        return label;
    }
}
