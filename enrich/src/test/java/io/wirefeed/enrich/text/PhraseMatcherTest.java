package io.wirefeed.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher(String... phrases) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String phrase : phrases) {
            map.put(phrase, phrase);
        }
        return PhraseMatcher.of(map);
    }

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        return matcher.find(text).stream().map(match -> match.value() + "=" + match.text()).toList();
    }

    @Test
    void findsWholeWordsOnly() {
        PhraseMatcher<String> matcher = matcher("bomb", "car bomb");
        assertThat(found(matcher, "a car bomb and bombs, a bomb.")).containsExactly("car bomb=car bomb", "bomb=bomb");
    }

    @Test
    void prefixPhraseMatchesAnyEnding() {
        assertThat(found(matcher("bomb*"), "the bombers bombed; abomb"))
            .containsExactly("bomb*=bombers", "bomb*=bombed");
    }

    @Test
    void keepsTheLeftmostLongestWhereMatchesOverlap() {
        PhraseMatcher<String> matcher = matcher("suicide", "suicide bomber", "bomber jacket");
        assertThat(found(matcher, "a suicide bomber jacket")).containsExactly("suicide bomber=suicide bomber");
        assertThat(matcher.findAll("a suicide bomber jacket")).extracting(PhraseMatcher.Match::value)
            .containsExactly("suicide", "suicide bomber", "bomber jacket");
    }

    @Test
    void findsAPhraseThatEndsInsideALongerOne() {
        // reading "he said", the automaton is inside "he saidx"; "said" ends there only through the suffix link
        PhraseMatcher<String> matcher = matcher("he saidx", "said");
        assertThat(found(matcher, "he said so")).containsExactly("said=said");
    }

    @Test
    void takesEveryApostropheAndDashAsOne() {
        PhraseMatcher<String> matcher = matcher("al-Shabaab", "Hamas's");
        assertThat(found(matcher, "al\u2013Shabaab and Hamas\u2019s wing")).containsExactly(
            "al-Shabaab=al\u2013Shabaab", "Hamas's=Hamas\u2019s");
    }

    @Test
    void isCaseSensitiveAndReadsLettersOutsideAscii() {
        PhraseMatcher<String> matcher = matcher("Kraków", "ISIS");
        assertThat(found(matcher, "isis in Kraków, ISIS in krakow")).containsExactly("Kraków=Kraków", "ISIS=ISIS");
    }

    @Test
    void aWordAndThePrefixOfItsEndingsAreTwoPhrases() {
        // "attack*" and "attack" end in the same state: reading "attack", both match, whichever came first
        for (PhraseMatcher<String> matcher : List.of(matcher("attack*", "attack"), matcher("attack", "attack*"))) {
            assertThat(matcher.findAll("they attack, attacked").stream().map(match -> match.value() + "=" + match.text()))
                .containsExactlyInAnyOrder("attack*=attack", "attack=attack", "attack*=attacked");
        }
    }

    @Test
    void matchesNothingInTextWithoutItsLetters() {
        assertThat(matcher("bomb").findAll("")).isEmpty();
        assertThat(matcher("bomb").findAll("§§ 12 €")).isEmpty();
    }
}
