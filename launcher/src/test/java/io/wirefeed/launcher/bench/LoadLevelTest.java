package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadLevelTest {

    @Test
    void ratesAreTheLevelsFractionsOfTheMaximumRounded() {
        assertThat(LoadLevel.HALF.rate(2_437.4)).isEqualTo(1_219);
        assertThat(LoadLevel.EIGHTY.rate(2_437.4)).isEqualTo(1_950);
        assertThat(LoadLevel.HALF.rate(1_009)).isEqualTo(505);
        assertThat(LoadLevel.EIGHTY.rate(1_009)).isEqualTo(807);
    }

    @Test
    void aTinyMaximumStillGivesOneDispatchASecond() {
        assertThat(LoadLevel.HALF.rate(0.4)).isEqualTo(1);
        assertThat(LoadLevel.EIGHTY.rate(1.2)).isEqualTo(1);
    }

    @Test
    void aMaximumThatIsNoRateIsRefused() {
        assertThatThrownBy(() -> LoadLevel.HALF.rate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLevel.HALF.rate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLevel.EIGHTY.rate(Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
