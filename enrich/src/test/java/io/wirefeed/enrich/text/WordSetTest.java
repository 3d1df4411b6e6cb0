package io.wirefeed.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void holdsItsWordsOnceAndNothingElse() {
        Set<String> words = WordSet.of("Inc", "Corp", "Ltd", "Corp");

        assertThat(words).hasSize(3).contains("Inc", "Corp", "Ltd");
        assertThat(words.contains("inc")).isFalse();
        assertThat(words.contains("")).isFalse();
        assertThat(words.contains(null)).isFalse();
        assertThat(words.contains(42)).isFalse();
        assertThat(WordSet.of()).isEmpty();
        assertThat(WordSet.of().contains("Inc")).isFalse();
    }

    @Test
    void findsEveryWordOfALargeListAndNoneOfAnother() {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            listed.add("word" + i);
        }
        Set<String> words = WordSet.of(listed);

        assertThat(listed).allMatch(words::contains);
        for (int i = 70_000; i < 140_000; i++) {
            assertThat(words.contains("word" + i)).isFalse();
        }
        // new strings of the same words, whose hashes are not cached yet
        assertThat(words.contains(new String("word69999"))).isTrue();
    }

    @Test
    void equalsTheHashSetOfItsWordsAndIteratesInItsOrder() {
        List<String> listed = List.of("Mr", "Mrs", "Dr", "Prof", "Sen", "Rep", "Gov");
        Set<String> words = WordSet.of(listed);

        assertThat(words).isEqualTo(new HashSet<>(listed)).hasSameHashCodeAs(new HashSet<>(listed));
        assertThat(new ArrayList<>(words)).containsExactlyElementsOf(new HashSet<>(listed));
    }

    @Test
    void cannotBeChanged() {
        Set<String> words = WordSet.of("Inc");

        assertThatThrownBy(() -> words.add("Corp")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> words.remove("Inc")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(words::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
