package io.wirefeed.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.rules.Watchlists;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.OriginalRef;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SourceFormat;
import org.junit.jupiter.api.Test;

/** A re-tag takes the tags the steps in force give now and keeps everything the dedupe step decided. */
class RetaggerTest {

    private static final Instant RECEIVED = Instant.parse("2027-06-07T08:00:00Z");
    private static final Instant NOW = Instant.parse("2027-06-09T10:00:00Z");
    private static final MediaTopics VOCABULARY = MediaTopics.shipped();
    private static final LanguageDetector LANGUAGE = new LanguageDetector();

    @Test
    void aWatchlistEntryAddedSinceTagsThePublishedVersionAndTheVerdictAndStoryStay() {
        EnrichedDispatch published = published();
        RuleSet watched = new RuleSet(List.of(), Watchlists.parse("""
            entity ORGANIZATION Qarluq Minerals
            id wikidata:Q999000111
            alias Qarluq
            """, "test"));

        EnrichedDispatch retagged = new Retagger(watched.describer(LANGUAGE, VOCABULARY, List.of()))
            .retag(published, NOW);

        assertThat(published.getEntities()).extracting(Entity::getId).doesNotContain("wikidata:Q999000111");
        assertThat(retagged.getEntities()).extracting(Entity::getId).contains("wikidata:Q999000111");
        assertThat(retagged.getRetag()).isTrue();
        assertThat(retagged.getEnrichedAt()).isEqualTo(NOW);
        assertThat(retagged.getDedupe()).isEqualTo(published.getDedupe());
        assertThat(retagged.getStory()).isEqualTo("urn:story:first");
        assertThat(List.of(retagged.getId(), retagged.getVersion(), retagged.getHeadline(), retagged.getBody(),
                retagged.getReceivedAt(), retagged.getDeclaredLanguage()))
            .isEqualTo(List.of(published.getId(), published.getVersion(), published.getHeadline(),
                published.getBody(), published.getReceivedAt(), published.getDeclaredLanguage()));
        assertThat(Retagger.changesTags(published, retagged)).isTrue();
    }

    @Test
    void aRetagKeepsWhatIngestCouldNotRead() {
        EnrichedDispatch published = published();
        published.setWarnings(List.of("dateline-missing: none at the start of the body"));

        EnrichedDispatch retagged = new Retagger(RuleSet.NONE.describer(LANGUAGE, VOCABULARY, List.of()))
            .retag(published, NOW);

        assertThat(retagged.getWarnings()).containsExactly("dateline-missing: none at the start of the body");
    }

    @Test
    void theSameStepsGiveTheSameTags() {
        EnrichedDispatch published = published();

        EnrichedDispatch retagged = new Retagger(RuleSet.NONE.describer(LANGUAGE, VOCABULARY, List.of()))
            .retag(published, NOW);

        assertThat(Retagger.changesTags(published, retagged)).isFalse();
        assertThat(retagged.getRetag()).isTrue();
    }

    /** As the enrichment published it, with no rules: an update, in the story of another dispatch. */
    private static EnrichedDispatch published() {
        Dispatch dispatch = Dispatch.newBuilder()
            .setId("urn:retag:1").setVersion(2).setAgency("Kabar").setFormat(SourceFormat.NINJS)
            .setReceivedAt(RECEIVED).setPubStatus(PubStatus.USABLE).setLanguage("en")
            .setHeadline("Qarluq Minerals opens a gold mine in Kyrgyzstan")
            .setBody("BISHKEK, June 7 (Kabar) -- Qarluq Minerals opened a gold mine near Talas on Monday, "
                + "President Sadyr Japarov said. Qarluq expects to employ 900 people.")
            .setSubjects(List.of()).setSignals(List.of())
            .setOriginal(OriginalRef.newBuilder().setSource("test").setSha256("0".repeat(64)).setSize(0).build())
            .build();
        EnrichedDispatch described = RuleSet.NONE.describer(LANGUAGE, VOCABULARY, List.of()).describe(dispatch,
            RECEIVED);
        described.setDedupe(Dedupe.newBuilder().setVerdict(DedupeVerdict.UPDATE).setOf("urn:retag:1")
            .setOfVersion(1).build());
        described.setStory("urn:story:first");
        return described;
    }
}
