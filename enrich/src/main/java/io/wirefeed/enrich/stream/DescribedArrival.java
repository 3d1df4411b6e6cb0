package io.wirefeed.enrich.stream;

import java.time.Instant;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.SeenCodec;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the describe step tells the dedupe step of a described dispatch: what its verdict depends on (id, version,
 * receipt, kill or correction, the text's fingerprint) and where the dispatch waits meanwhile (its input partition
 * and offset, {@link ParkedDispatches}). A few hundred bytes: the one dedupe partition reads and writes no
 * dispatch whole.
 */
record DescribedArrival(Deduplicator.Arrival arrival, TextFingerprint text, Parking parking) {

    /** Where a described dispatch waits for its verdict: the partition and offset of its dispatch record. */
    record Parking(int partition, long offset) {
    }

    static final Serde<DescribedArrival> SERDE = Serdes.serdeFrom(
        (topic, arrival) -> arrival == null ? null : arrival.encoded(),
        (topic, bytes) -> bytes == null ? null : decoded(bytes));

    /** The most bytes of modified UTF-8 an id may take: it travels, and is kept, as {@code DataOutput.writeUTF} writes it. */
    static final int MAX_ID_BYTES = 65_535;

    /**
     * Refuses, where it comes in, an id too long to travel to the dedupe step and back: refused at the sink's
     * serializer instead, it would fail the stream thread, and the next, on every try.
     */
    static void requireTravels(String id) {
        // A char takes at most three bytes: only a long id needs counting.
        if (id.length() > MAX_ID_BYTES / 3 && utfBytes(id) > MAX_ID_BYTES) {
            throw new IllegalArgumentException("The dispatch id is " + utfBytes(id) + " bytes long; enrichment keeps "
                + "ids of at most " + MAX_ID_BYTES);
        }
    }

    private static long utfBytes(String id) {
        long bytes = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            bytes += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return bytes;
    }

    byte[] encoded() {
        return SeenCodec.write(out -> {
            out.writeUTF(arrival.id());
            out.writeInt(arrival.version());
            out.writeLong(arrival.receivedAt().toEpochMilli());
            out.writeBoolean(arrival.kill());
            out.writeBoolean(arrival.correction());
            SeenCodec.writeFingerprint(out, text);
            out.writeInt(parking.partition());
            out.writeLong(parking.offset());
        });
    }

    static DescribedArrival decoded(byte[] bytes) {
        return SeenCodec.read(bytes, in -> {
            Deduplicator.Arrival arrival = new Deduplicator.Arrival(in.readUTF(), in.readInt(),
                Instant.ofEpochMilli(in.readLong()), in.readBoolean(), in.readBoolean());
            return new DescribedArrival(arrival, SeenCodec.readFingerprint(in), new Parking(in.readInt(), in.readLong()));
        });
    }
}
