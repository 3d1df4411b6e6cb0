package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1_000));
        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoff(1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(policy.backoff(3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(policy.backoff(40)).isBetween(Duration.ZERO, Duration.ofMillis(1_000));
        }
    }

    @Test
    void aZeroWaitRetriesAtOnce() {
        assertThat(new RetryPolicy(3, Duration.ZERO, Duration.ofMillis(50)).backoff(2)).isZero();
    }
}
