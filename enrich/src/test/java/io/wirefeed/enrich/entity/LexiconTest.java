package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.shipped();

    @Test
    void aCommonWordIsOneHoweverItIsCapitalised() {
        assertThat(lexicon.isCommonWord("reading")).isTrue();
        assertThat(lexicon.isCommonWord("Reading")).isTrue();
        assertThat(lexicon.isCommonWord("READING")).isTrue();
        assertThat(lexicon.isCommonWord("ReAdInG")).isTrue();
    }

    @Test
    void aNameIsNoCommonWord() {
        assertThat(lexicon.isCommonWord("Mirziyoyev")).isFalse();
        assertThat(lexicon.isCommonWord("Xinhua")).isFalse();
        assertThat(lexicon.isCommonWord("")).isFalse();
    }

    @Test
    void givenNamesAreKnownAsCapitalised() {
        assertThat(lexicon.isGivenName("Frank")).isTrue();
        assertThat(lexicon.isGivenName("FRANK")).isTrue();
        assertThat(lexicon.isGivenName("Mirziyoyev")).isFalse();
    }
}
