package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.enrich.dedupe.DedupeStore;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class StoreBackedDedupeStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final TextFingerprint TEXT = TextFingerprint.of("Talks resume",
        "TASHKENT, July 7 (Xinhua) -- Talks on water sharing resume next week, officials said.", "TASHKENT, July 7");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, byte[]> texts = store(StoreBackedDedupeStore.TEXTS);
    private final KeyValueStore<String, byte[]> bands = store(StoreBackedDedupeStore.BANDS);
    private final DedupeStore dedupe = new StoreBackedDedupeStore(store(StoreBackedDedupeStore.VERSIONS),
        store(StoreBackedDedupeStore.EXACT), bands, texts);

    private KeyValueStore<String, byte[]> store(String name) {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
            Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static DedupeStore.SeenText seen(String id, int version, Instant at) {
        return new DedupeStore.SeenText(id, version, id, TEXT.signature(), TEXT.shingles(), at);
    }

    @Test
    void aTextIsReadBackFromMemoryOrTheStoreAsItWasLastWritten() {
        dedupe.putText("xinhua-1", seen("xinhua-1", 1, T0));
        dedupe.putText("xinhua-1", seen("xinhua-1", 2, T0.plusSeconds(60)));
        assertThat(dedupe.text("xinhua-1").version()).isEqualTo(2);

        DedupeStore restarted = new StoreBackedDedupeStore(store("v"), store("e"), store("b"), texts);
        assertThat(restarted.text("xinhua-1").version()).as("read from the store").isEqualTo(2);
        assertThat(restarted.text("afp-7")).isNull();
    }

    @Test
    void aTextSweptFromTheStoreIsNotServedFromMemory() {
        dedupe.putText("xinhua-1", seen("xinhua-1", 1, T0));
        assertThat(dedupe.text("xinhua-1")).isNotNull();

        dedupe.forgetBefore(T0.plusSeconds(1));

        assertThat(texts.get("xinhua-1")).isNull();
        assertThat(dedupe.text("xinhua-1")).isNull();
    }

    @Test
    void bandMembersAreReadBackAsLastWrittenAndSweptOnesAreGone() {
        String key = TEXT.bandKeys().get(0);
        assertThat(dedupe.band(key)).isEmpty();
        dedupe.putBand(key, List.of(new DedupeStore.BandMember("xinhua-1", T0)));
        List<DedupeStore.BandMember> both = new ArrayList<>(List.of(new DedupeStore.BandMember("xinhua-1", T0),
            new DedupeStore.BandMember("afp-2", T0.plusSeconds(60))));
        dedupe.putBand(key, both);
        both.clear();
        assertThat(dedupe.band(key)).extracting(DedupeStore.BandMember::id).containsExactly("xinhua-1", "afp-2");

        DedupeStore restarted = new StoreBackedDedupeStore(store("v"), store("e"), bands, store("t"));
        assertThat(restarted.band(key)).as("read from the store").extracting(DedupeStore.BandMember::id)
            .containsExactly("xinhua-1", "afp-2");

        dedupe.forgetBefore(T0.plusSeconds(1));
        assertThat(dedupe.band(key)).extracting(DedupeStore.BandMember::id).containsExactly("afp-2");
    }
}
