package io.wirefeed.service.reprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaceTest {

    private long now = 1_000;
    private final List<Long> slept = new ArrayList<>();
    private final Pace pace = new Pace(4, () -> now, nanos -> {
        slept.add(nanos);
        now += nanos;
    });

    @Test
    void eachTurnComesAQuarterOfASecondAfterTheOneBeforeAtFourASecond() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            pace.acquire();
        }
        assertThat(slept).containsExactly(250_000_000L, 250_000_000L, 250_000_000L);
    }

    @Test
    void timeSpentBetweenTurnsCountsTowardsTheWaitAndALateTurnDoesNotWait() throws InterruptedException {
        pace.acquire();
        now += 100_000_000L;
        pace.acquire();
        now += 900_000_000L;
        pace.acquire();
        assertThat(slept).containsExactly(150_000_000L);
    }

    @Test
    void aRateMustBeAboveZero() {
        assertThatThrownBy(() -> Pace.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
