package io.wirefeed.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeenCodecTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");
    private static final TextFingerprint TEXT = TextFingerprint.of("Talks resume",
        "TASHKENT, July 7 (Xinhua) -- Talks on water sharing resume next week, officials said.", "TASHKENT, July 7");

    @Test
    void everyValueReadsBackAsWritten() {
        TextFingerprint fingerprint = SeenCodec.read(SeenCodec.write(out -> SeenCodec.writeFingerprint(out, TEXT)),
            SeenCodec::readFingerprint);
        assertThat(fingerprint.exactHash()).isEqualTo(TEXT.exactHash());
        assertThat(fingerprint.signature()).isEqualTo(TEXT.signature());
        assertThat(fingerprint.shingles()).isEqualTo(TEXT.shingles());

        assertThat(SeenCodec.version(SeenCodec.version(new DedupeStore.SeenVersion(3, "xinhua-1", AT))))
            .isEqualTo(new DedupeStore.SeenVersion(3, "xinhua-1", AT));
        List<DedupeStore.BandMember> members = List.of(new DedupeStore.BandMember("xinhua-1", AT),
            new DedupeStore.BandMember("afp-\u00e9t\u00e9-2", AT.plusSeconds(1)));
        assertThat(SeenCodec.members(SeenCodec.members(members))).isEqualTo(members);
        DedupeStore.SeenText text = SeenCodec.texts(SeenCodec.texts(List.of(new DedupeStore.SeenText("xinhua-1", 2,
            "xinhua-1", TEXT.signature(), TEXT.shingles(), AT)))).get(0);
        assertThat(text.signature()).isEqualTo(TEXT.signature());
        assertThat(text).extracting(DedupeStore.SeenText::id, DedupeStore.SeenText::version,
            DedupeStore.SeenText::shingles, DedupeStore.SeenText::at).containsExactly("xinhua-1", 2, TEXT.shingles(), AT);
    }

    @Test
    void aValueOfAnotherFormatIsRefusedWithItsFormat() {
        byte[] bytes = SeenCodec.version(new DedupeStore.SeenVersion(1, "s", AT));
        bytes[0] = 1;
        assertThatThrownBy(() -> SeenCodec.version(bytes)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("format 1");
    }
}
