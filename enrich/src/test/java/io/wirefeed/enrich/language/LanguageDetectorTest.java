package io.wirefeed.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void tellsTheLanguageOfTheTextNotOfTheLabel() {
        assertThat(DETECTOR.detect("Security chiefs of five Central Asian states agreed on Tuesday to hold joint "
            + "counter-terrorism drills next spring, the Security Council said.", "fr")).isEqualTo("en");
        assertThat(DETECTOR.detect("Les chefs de la sécurité de cinq pays d'Asie centrale ont convenu mardi "
            + "d'organiser des exercices conjoints au printemps prochain.", null)).isEqualTo("fr");
        assertThat(DETECTOR.detect("Die Bundesregierung will Usbekistan bei der Sicherung seiner Grenze zu "
            + "Afghanistan helfen, teilte das Innenministerium am Dienstag mit.", "en")).isEqualTo("de");
        assertThat(DETECTOR.detect("Руководители служб безопасности пяти стран Центральной Азии договорились во "
            + "вторник провести совместные антитеррористические учения.", null)).isEqualTo("ru");
    }

    @Test
    void fallsBackToTheDeclaredLanguageForShortText() {
        assertThat(DETECTOR.detect("Blast in Tashkent", "en-GB")).isEqualTo("en");
        assertThat(DETECTOR.detect("Blast", null)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void englishCopyIsToldByItsFrequentWordsInAnyCase() {
        String shouted = "THE MINISTRY SAID THAT TALKS WITH THE UNIONS WERE TO RESUME AND THAT THE STRIKE BY THE "
            + "DOCKERS WAS OVER, FROM MONDAY.";
        assertThat(LanguageDetector.isPlainlyEnglish(shouted)).isTrue();
        assertThat(LanguageDetector.isPlainlyEnglish(shouted.toLowerCase(Locale.ROOT))).isTrue();
        // the same count of words, none of them English's frequent ones: "thé", "sáid" and "ôf" are not "the"...
        assertThat(LanguageDetector.isPlainlyEnglish("Thé sáid ôf thee saidx offf tó wáś wíth thát frôm wére häs "
            + "hâve whích bý át íś wíll.")).isFalse();
        // a dotted capital I lowers to "i" and a combining dot: "\u0130S" is not "is", as lowering the whole word read it
        assertThat(LanguageDetector.isPlainlyEnglish("\u0130S ".repeat(14))).isFalse();
        assertThat(LanguageDetector.isPlainlyEnglish("IS ".repeat(14))).isTrue();
    }
}
