package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalsTest {

    @Test
    void aHeadlineInCapitalsIsShouting() {
        assertThat(Capitals.shouting("PEABODY HOLDING COMPLETES ACQUISITION")).isTrue();
        assertThat(Capitals.shouting("U.S. FED SEEN HOLDING RATES STEADY IN MARCH - poll")).isTrue();
    }

    @Test
    void ordinaryCopyIsNot() {
        assertThat(Capitals.shouting("Peabody Holding Co said it completed the acquisition of Eastern Associated Coal."))
            .isFalse();
        assertThat(Capitals.shouting("UN")).isFalse();  // too few letters to tell
    }

    @Test
    void capitalsAtTheEndStillCount() {
        assertThat(Capitals.shouting("ok then " + "THE REST OF THIS TEXT IS WRITTEN IN CAPITALS")).isTrue();
        assertThat(Capitals.shouting("ordinary words first, then " + "A FEW CAPITALS")).isFalse();
    }
}
