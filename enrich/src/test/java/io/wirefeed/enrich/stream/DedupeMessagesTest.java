package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import org.junit.jupiter.api.Test;

/** The dedupe step's messages read back as they were written, absent fields included. */
class DedupeMessagesTest {

    private static final Instant RECEIVED = Instant.parse("2026-07-07T08:00:00.123Z");

    @Test
    void anArrivalReadsBackWithItsFingerprintAndParking() {
        TextFingerprint text = TextFingerprint.of("Drills agreed", "TASHKENT, July 7 (Xinhua) -- Security chiefs of five "
            + "Central Asian states agreed on Tuesday to hold joint drills.", "TASHKENT, July 7");
        DescribedArrival arrival = new DescribedArrival(new Deduplicator.Arrival("xinhua-1", 3, RECEIVED, true, false),
            text, new DescribedArrival.Parking(5, 1L << 40));

        DescribedArrival read = DescribedArrival.SERDE.deserializer().deserialize("t",
            DescribedArrival.SERDE.serializer().serialize("t", arrival));

        assertThat(read.arrival()).isEqualTo(arrival.arrival());
        assertThat(read.parking()).isEqualTo(arrival.parking());
        assertThat(read.text().exactHash()).isEqualTo(text.exactHash());
        assertThat(read.text().shingles()).isEqualTo(text.shingles());
        assertThat(read.text().signature()).containsExactly(text.signature());
        assertThat(read.text().containment(text)).isEqualTo(1.0);
    }

    @Test
    void aRulingReadsBackWithOrWithoutWhatItRelatesTo() {
        Ruling near = new Ruling("afp-7", new Deduplicator.Decision(Dedupe.newBuilder()
            .setVerdict(DedupeVerdict.NEAR_DUPLICATE).setOf("xinhua-1").setOfVersion(2).setSimilarity(0.813).build(),
            "xinhua-1"), new DescribedArrival.Parking(0, 42));
        Ruling unique = new Ruling("xinhua-9", new Deduplicator.Decision(Dedupe.newBuilder()
            .setVerdict(DedupeVerdict.UNIQUE).build(), "xinhua-9"), new DescribedArrival.Parking(11, 0));

        for (Ruling ruling : new Ruling[] {near, unique}) {
            assertThat(Ruling.SERDE.deserializer().deserialize("t", Ruling.SERDE.serializer().serialize("t", ruling)))
                .isEqualTo(ruling);
        }
        assertThat(Ruling.SERDE.serializer().serialize("t", null)).isNull();
        assertThat(Ruling.SERDE.deserializer().deserialize("t", null)).isNull();
    }
}
