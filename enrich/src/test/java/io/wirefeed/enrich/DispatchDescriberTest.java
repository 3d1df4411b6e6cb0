package io.wirefeed.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.MediaTopic;
import io.wirefeed.schema.SampleDispatches;
import org.junit.jupiter.api.Test;

/**
 * The text of a dispatch is analysed up to a cap (entity recognition is not linear in the length of the text): a
 * longer one is analysed as far as the cap, the record says how far, and its body is kept whole.
 */
class DispatchDescriberTest {

    private static final DispatchDescriber DESCRIBER = DispatchDescriber.standard();
    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint drills near the Afghan border, the Security Council of Uzbekistan said.";
    private static final String FILLER = "\n\nThe talks went on through the afternoon and into the evening.";

    private static EnrichedDispatch describe(DispatchDescriber describer, String headline, String body) {
        return describer.describe(Dispatch.newBuilder(SampleDispatches.dispatch("long-1", 1)).setHeadline(headline)
            .setBody(body).build(), Instant.EPOCH);
    }

    @Test
    void aTextLongerThanTheCapIsAnalysedUpToItAndTheRecordSaysHowFar() {
        String body = STORY + FILLER.repeat(DispatchDescriber.DEFAULT_MAX_ANALYSED_CHARS / FILLER.length())
            + "\n\nMongolia sent observers.";

        EnrichedDispatch described = describe(DESCRIBER, "Drills agreed", body);

        assertThat(described.getEntities()).extracting(Entity::getName)
            .contains("Tashkent", "Security Council of Uzbekistan").doesNotContain("Mongolia");
        assertThat(described.getAnalysedChars()).isNotNull()
            .isBetween(DispatchDescriber.DEFAULT_MAX_ANALYSED_CHARS - 100, DispatchDescriber.DEFAULT_MAX_ANALYSED_CHARS);
        assertThat(described.getBody()).isEqualTo(body);
    }

    @Test
    void aTextWithinTheCapIsAnalysedWholeAndTheRecordSaysNothing() {
        EnrichedDispatch described = describe(DESCRIBER, "Drills agreed", STORY + "\n\nMongolia sent observers.");

        assertThat(described.getEntities()).extracting(Entity::getName).contains("Tashkent", "Mongolia");
        assertThat(described.getAnalysedChars()).isNull();
    }

    @Test
    void aHeadlineLongerThanTheCapIsCutAtAWordAndNothingElseIsAnalysed() {
        DispatchDescriber small = DESCRIBER.analysing(1_000);
        String headline = "Tashkent talks ".repeat(100);

        EnrichedDispatch described = describe(small, headline, STORY + "\n\nMongolia sent observers.");

        assertThat(described.getAnalysedChars()).isEqualTo(999);
        assertThat(described.getEntities()).extracting(Entity::getName).containsExactly("Tashkent");
        assertThat(described.getEntities().get(0).getMentions()).allSatisfy(m -> assertThat(m.getField())
            .isEqualTo("headline"));
        assertThat(described.getHeadline()).isEqualTo(headline);
    }

    @Test
    void aCutFallsAfterWhiteSpaceNearTheCapAndNeverInsideACharacter() {
        assertThat(DispatchDescriber.prefix("Tashkent and Samarkand", 15)).isEqualTo("Tashkent and ");
        assertThat(DispatchDescriber.prefix("x".repeat(300), 200)).hasSize(200);
        assertThat(DispatchDescriber.prefix("x".repeat(199) + "\uD83D\uDE00", 200)).hasSize(199);
        assertThat(DispatchDescriber.prefix("short", 200)).isEqualTo("short");
        assertThat(DispatchDescriber.prefix(null, 200)).isNull();
    }

    /** Acronyms by the thousand once took the entity linking minutes (quadratic in the mentions). */
    @Test
    void aMegabyteOfHostileTextIsAnalysedInBoundedTime() {
        String hostile = "(SCO) (UN) (NATO) (CSTO) Tashkent and Samarkand. ".repeat(20_000);

        EnrichedDispatch described = assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> describe(DESCRIBER, "Acronyms", hostile));

        assertThat(described.getAnalysedChars()).isLessThanOrEqualTo(DispatchDescriber.DEFAULT_MAX_ANALYSED_CHARS);
    }

    @Test
    void anArmedGroupUnderTheSpellingItsOwnCountryWritesIsThatGroup() {
        EnrichedDispatch described = describe(DESCRIBER, "Seven JAD suspects held in Poso", "Palu (ANTARA) - Police "
            + "arrested seven suspected members of the Jamaah Ansharut Daulah (JAD) network in Poso on Friday.");

        assertThat(described.getEntities()).extracting(Entity::getName).contains("Jemaah Ansharut Daulah");
        assertThat(described.getTopics()).extracting(MediaTopic::getCode).contains("medtop:20000103");
    }

    @Test
    void whatIngestCouldNotReadTravelsWithTheEnrichedRecord() {
        Dispatch dispatch = Dispatch.newBuilder(SampleDispatches.dispatch("warned-1", 1)).setHeadline("Drills agreed")
            .setBody(STORY).setWarnings(java.util.List.of("time-unreadable: pubDate 'early on Friday'")).build();

        EnrichedDispatch described = DESCRIBER.describe(dispatch, Instant.EPOCH);

        assertThat(described.getWarnings()).containsExactly("time-unreadable: pubDate 'early on Friday'");
    }
}
