package io.wirefeed.enrich.stream;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.SeenCodec;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The dedupe step's decision on one {@link DescribedArrival} (verdict and story), sent back to the partition where
 * its dispatch waits ({@code parking}), whose task publishes the dispatch with it.
 */
record Ruling(String id, Deduplicator.Decision decision, DescribedArrival.Parking parking) {

    static final Serde<Ruling> SERDE = Serdes.serdeFrom(
        (topic, ruling) -> ruling == null ? null : ruling.encoded(),
        (topic, bytes) -> bytes == null ? null : decoded(bytes));

    byte[] encoded() {
        Dedupe dedupe = decision.dedupe();
        return SeenCodec.write(out -> {
            out.writeUTF(id);
            out.writeInt(parking.partition());
            out.writeLong(parking.offset());
            out.writeUTF(dedupe.getVerdict().name());
            out.writeBoolean(dedupe.getOf() != null);
            if (dedupe.getOf() != null) {
                out.writeUTF(dedupe.getOf());
            }
            out.writeBoolean(dedupe.getOfVersion() != null);
            if (dedupe.getOfVersion() != null) {
                out.writeInt(dedupe.getOfVersion());
            }
            out.writeBoolean(dedupe.getSimilarity() != null);
            if (dedupe.getSimilarity() != null) {
                out.writeDouble(dedupe.getSimilarity());
            }
            out.writeUTF(decision.story());
        });
    }

    static Ruling decoded(byte[] bytes) {
        return SeenCodec.read(bytes, in -> {
            String id = in.readUTF();
            DescribedArrival.Parking parking = new DescribedArrival.Parking(in.readInt(), in.readLong());
            Dedupe dedupe = Dedupe.newBuilder()
                .setVerdict(DedupeVerdict.valueOf(in.readUTF()))
                .setOf(in.readBoolean() ? in.readUTF() : null)
                .setOfVersion(in.readBoolean() ? in.readInt() : null)
                .setSimilarity(in.readBoolean() ? in.readDouble() : null)
                .build();
            return new Ruling(id, new Deduplicator.Decision(dedupe, in.readUTF()), parking);
        });
    }
}
