package io.wirefeed.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

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
}
