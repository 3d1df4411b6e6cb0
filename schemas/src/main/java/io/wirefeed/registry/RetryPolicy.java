package io.wirefeed.registry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before retrying a registry request that failed for a transient reason:
 * exponential backoff capped at {@code maxWait}, with full jitter so that many clients do not retry in step.
 */
record RetryPolicy(int maxRetries, Duration initialWait, Duration maxWait) {

    /** The wait before retry number {@code retry} (1 for the first): random in [0, min(maxWait, initialWait * 2^(retry-1))]. */
    Duration backoff(int retry) {
        long ceiling = initialWait.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(maxWait.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        return Duration.ofMillis(capped == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped + 1));
    }
}
