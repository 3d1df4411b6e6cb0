package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import io.wirefeed.enrich.dedupe.DedupeStore;
import io.wirefeed.enrich.dedupe.SeenCodec;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RetentionSweepTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant CUTOFF = T0.plusSeconds(1);
    private static final TextFingerprint TEXT = TextFingerprint.of("Talks resume",
        "TASHKENT, July 7 (Xinhua) -- Talks on water sharing resume next week, officials said.", "TASHKENT, July 7");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, byte[]> versions = store(StoreBackedDedupeStore.VERSIONS);
    private final KeyValueStore<String, byte[]> exact = store(StoreBackedDedupeStore.EXACT);
    private final KeyValueStore<String, byte[]> bands = store(StoreBackedDedupeStore.BANDS);
    private final KeyValueStore<String, byte[]> texts = store(StoreBackedDedupeStore.TEXTS);
    private final StoreBackedDedupeStore dedupe = new StoreBackedDedupeStore(versions, exact, bands, texts);

    private KeyValueStore<String, byte[]> store(String name) {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
            Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private void versionsSeenAt(Instant at, String... ids) {
        for (String id : ids) {
            dedupe.putVersion(id, new DedupeStore.SeenVersion(1, id, at));
        }
    }

    private static DedupeStore.SeenText seen(String id, Instant at) {
        return new DedupeStore.SeenText(id, 1, id, TEXT.signature(), TEXT.shingles(), at);
    }

    @Test
    void aStepLooksAtNoMoreEntriesThanItsBoundAndTheNextResumesAfterTheLastItLookedAt() {
        versionsSeenAt(T0, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        RetentionSweep sweep = dedupe.sweep(4);

        sweep.start(CUTOFF);

        assertThat(sweep.step()).isEqualTo(4);
        assertThat(versions.get("d")).isNull();
        assertThat(versions.get("e")).isNotNull();
        assertThat(sweep.step()).isEqualTo(4);
        assertThat(versions.approximateNumEntries()).isEqualTo(2);
        assertThat(sweep.inProgress()).isTrue();
        assertThat(sweep.step()).as("the last two, then the empty stores").isEqualTo(2);
        assertThat(versions.approximateNumEntries()).isZero();
        assertThat(sweep.inProgress()).isFalse();
    }

    @Test
    void aBoundCountsTheEntriesLookedAtKeptOrNot() {
        versionsSeenAt(T0, "a", "c", "e");
        versionsSeenAt(CUTOFF, "b", "d", "f");
        RetentionSweep sweep = dedupe.sweep(2);

        sweep.start(CUTOFF);

        assertThat(sweep.step()).as("a deleted, b kept").isEqualTo(1);
        assertThat(sweep.step()).as("c deleted, d kept").isEqualTo(1);
        assertThat(versions.get("e")).isNotNull();
        assertThat(sweep.step()).isEqualTo(1);
        assertThat(versions.approximateNumEntries()).isEqualTo(3);
    }

    @Test
    void aPassGoesThroughEveryStoreKeepingWhatIsLiveAndDroppingWhatIsNotFromMemory() {
        String key = TEXT.bandKeys().get(0);
        dedupe.putBand(key, List.of(new DedupeStore.BandMember("old", T0), new DedupeStore.BandMember("new", CUTOFF)));
        dedupe.putText("old", seen("old", T0));
        dedupe.putText("new", seen("new", CUTOFF));
        dedupe.putExact("hash-old", seen("old", T0));
        versionsSeenAt(T0, "old");
        RetentionSweep sweep = dedupe.sweep(1);

        sweep.start(CUTOFF);
        int deleted = 0;
        int steps = 0;
        while (sweep.inProgress()) {
            deleted += sweep.step();
            steps++;
        }

        assertThat(deleted).as("the old version, exact text and text").isEqualTo(3);
        assertThat(steps).as("one entry a step").isEqualTo(5);
        assertThat(dedupe.text("old")).as("not served from memory").isNull();
        assertThat(dedupe.text("new")).isNotNull();
        assertThat(dedupe.band(key)).extracting(DedupeStore.BandMember::id).containsExactly("new");
        assertThat(SeenCodec.members(bands.get(key))).extracting(DedupeStore.BandMember::id).containsExactly("new");
    }

    @Test
    void withNoPassUnderWayAStepDoesNothing() {
        versionsSeenAt(T0, "a");
        RetentionSweep sweep = dedupe.sweep(10);

        assertThat(sweep.step()).isZero();
        assertThat(versions.get("a")).isNotNull();
    }

    @Test
    void aPassStartedAgainGoesOnFromWhereItIsWithTheLaterCutoff() {
        versionsSeenAt(T0, "a", "b", "c");
        versionsSeenAt(CUTOFF, "d");
        RetentionSweep sweep = dedupe.sweep(2);
        sweep.start(CUTOFF);
        assertThat(sweep.step()).isEqualTo(2);

        sweep.start(CUTOFF.plusSeconds(1));
        assertThat(sweep.step()).as("c, and d under the later cutoff").isEqualTo(2);
        assertThat(versions.approximateNumEntries()).isZero();
    }

    @Test
    void aStepLooksAtOneEntryAtLeast() {
        assertThatIllegalArgumentException().isThrownBy(() -> dedupe.sweep(0));
    }
}
