package io.wirefeed.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void holdsItsWordsAndNothingElseAndCannotBeChanged() {
        Set<String> words = WordSet.of("of", "for", "of");

        assertThat(words).containsExactlyInAnyOrder("of", "for");
        assertThat(words.contains("Of")).isFalse();
        assertThat(words.contains(null)).isFalse();
        assertThat(WordSet.of(List.of("and", "or"))).containsExactlyInAnyOrder("and", "or");
        assertThatThrownBy(() -> words.add("and")).isInstanceOf(UnsupportedOperationException.class);
    }
}
