package io.wirefeed.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Signal;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint counter-terrorism drills near the Afghan border next spring, the "
        + "Security Council of Uzbekistan said in a statement.\n\nThe exercise, code-named Shield-2027, will "
        + "involve about 3,000 troops and special forces units from Kazakhstan, Kyrgyzstan, Tajikistan, "
        + "Turkmenistan and Uzbekistan, the statement said.";
    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");

    private final Deduplicator deduplicator = new Deduplicator(new InMemoryDedupeStore(), Duration.ofDays(7));

    private Deduplicator.Decision decide(String id, int version, String body, Instant at, Signal... signals) {
        return decide(dispatch(id, version, body, at, signals));
    }

    private Deduplicator.Decision decide(Dispatch dispatch) {
        return deduplicator.decide(new Deduplicator.Arrival(dispatch.getId(), dispatch.getVersion(),
                dispatch.getReceivedAt(), dispatch.getPubStatus() == PubStatus.CANCELED,
                dispatch.getSignals().contains(Signal.CORRECTION)),
            TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(), dispatch.getDateline().getText()));
    }

    private static Dispatch dispatch(String id, int version, String body, Instant at, Signal... signals) {
        return Dispatch.newBuilder(SampleDispatches.dispatch(id, version)).setHeadline("").setBody(body)
            .setReceivedAt(at).setSignals(List.of(signals)).build();
    }

    @Test
    void versionsOfOneIdAreUpdatesAndLateOnesDuplicates() {
        assertThat(decide("x", 1, STORY, T0).dedupe().getVerdict()).isEqualTo(DedupeVerdict.UNIQUE);
        Deduplicator.Decision v3 = decide("x", 3, STORY + "\n\nMore.", T0.plusSeconds(60), Signal.UPDATE);
        Deduplicator.Decision late = decide("x", 2, STORY, T0.plusSeconds(90));

        assertThat(v3.dedupe()).isEqualTo(Dedupe.newBuilder().setVerdict(DedupeVerdict.UPDATE).setOf("x")
            .setOfVersion(1).build());
        assertThat(v3.story()).isEqualTo("x");
        assertThat(late.dedupe().getVerdict()).isEqualTo(DedupeVerdict.DUPLICATE);
        assertThat(late.dedupe().getOfVersion()).isEqualTo(3);
    }

    @Test
    void correctionsAndKillsOfAVersionAreNamed() {
        decide("x", 1, STORY, T0);
        assertThat(decide("x", 2, STORY, T0.plusSeconds(5), Signal.CORRECTION).dedupe().getVerdict())
            .isEqualTo(DedupeVerdict.CORRECTION);
        Dispatch kill = Dispatch.newBuilder(dispatch("x", 3, "Withdrawn.", T0.plusSeconds(9)))
            .setPubStatus(PubStatus.CANCELED).build();
        assertThat(decide(kill).dedupe().getVerdict()).isEqualTo(DedupeVerdict.KILL);
    }

    @Test
    void theSameTextUnderAnotherIdIsADuplicateOfTheFirst() {
        decide("first", 1, STORY, T0);
        Deduplicator.Decision resend = decide("second", 1, STORY, T0.plusSeconds(30));

        assertThat(resend.dedupe().getVerdict()).isEqualTo(DedupeVerdict.DUPLICATE);
        assertThat(resend.dedupe().getOf()).isEqualTo("first");
        assertThat(resend.dedupe().getSimilarity()).isEqualTo(1.0);
        assertThat(resend.story()).isEqualTo("first");
    }

    @Test
    void aRewriteWithAnAddedParagraphIsANearDuplicateOfTheSameStory() {
        decide("xinhua-1", 1, STORY, T0);
        Deduplicator.Decision rewrite = decide("reuters-9", 1, STORY.replace("TASHKENT, July 7 (Xinhua) --",
            "TASHKENT, July 7 (Reuters) -") + "\n\nThe drills follow an attack on a border post in May that "
            + "killed four guards.", T0.plusSeconds(600));

        assertThat(rewrite.dedupe().getVerdict()).isEqualTo(DedupeVerdict.NEAR_DUPLICATE);
        assertThat(rewrite.dedupe().getOf()).isEqualTo("xinhua-1");
        assertThat(rewrite.dedupe().getSimilarity()).isGreaterThanOrEqualTo(Deduplicator.NEAR);
        assertThat(rewrite.story()).isEqualTo("xinhua-1");
    }

    @Test
    void unrelatedStoriesWithTheSameDatelineStayUnique() {
        decide("a", 1, STORY, T0);
        Deduplicator.Decision other = decide("b", 1, "TASHKENT, July 7 (Xinhua) -- Uzbekistan and Kazakhstan signed "
            + "an agreement on Tuesday to build a new railway link between Tashkent and Shymkent, the Uzbek "
            + "transport ministry said in a statement.\n\nThe 300-km line is expected to open in 2029.", T0);

        assertThat(other.dedupe().getVerdict()).isEqualTo(DedupeVerdict.UNIQUE);
        assertThat(other.story()).isEqualTo("b");
    }

    @Test
    void whatIsOlderThanTheRetentionIsForgotten() {
        decide("old", 1, STORY, T0);
        Deduplicator.Decision muchLater = decide("new", 1, STORY, T0.plus(Duration.ofDays(8)));

        assertThat(muchLater.dedupe().getVerdict()).isEqualTo(DedupeVerdict.UNIQUE);
    }

    @Test
    void theSweepDeletesWhatIsPastTheRetention() {
        InMemoryDedupeStore store = new InMemoryDedupeStore();
        Deduplicator swept = new Deduplicator(store, Duration.ofDays(7));
        Dispatch old = dispatch("old", 1, STORY, T0);
        swept.decide(new Deduplicator.Arrival("old", 1, T0, false, false),
            TextFingerprint.of(old.getHeadline(), old.getBody(), old.getDateline().getText()));

        assertThat(swept.forget(T0.plus(Duration.ofDays(6)))).isZero();
        // Its version, its exact text, its text by id and its membership of each band.
        assertThat(swept.forget(T0.plus(Duration.ofDays(8)))).isEqualTo(3 + TextFingerprint.BANDS);
        assertThat(store.version("old")).isNull();
    }
}
