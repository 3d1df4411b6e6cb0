package io.wirefeed.service.deadletters;

import java.time.Clock;
import java.util.Map;

import io.wirefeed.ingest.Intake;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.AvroDeserializer;

/**
 * The clients the dead-letter commands use, built from their settings: the dead-letter topic, today's ingest as
 * the replay judges by it, and ingest's publication ledger (read alone, or opened for writing).
 */
public final class DeadLetterAccess implements AutoCloseable {

    private final DeadLettersConfig config;
    private final AvroDeserializer<Dispatch> dispatches;

    public DeadLetterAccess(DeadLettersConfig config) {
        this.config = config;
        this.dispatches = AvroDeserializer.specific(null, Dispatch.class);
        dispatches.configure(config.serdeConfig(), false);
    }

    public DeadLettersConfig config() {
        return config;
    }

    public DeadLetterTopic topic() {
        return new DeadLetterTopic(config.kafkaClientConfig(), config.serdeConfig(), config.topics().deadLetters());
    }

    /** Today's ingest: its parsers and the limits the settings give. */
    public Replays replays(Clock clock) {
        String topic = config.topics().dispatches();
        return new Replays(new Intake(new WireFormats(), config.limits()), value -> dispatches.deserialize(topic, value),
            clock);
    }

    /** The ledger's entries as they are now, read without a producer: what a dry run or a listing consults. */
    public Map<String, String> ledgerEntries() {
        return PublicationLedger.entries(config.kafkaClientConfig(), config.topics().state());
    }

    /** The ledger with its transactional producer (fencing an earlier replay still running under the same id). */
    public PublicationLedger openLedger() {
        return PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(), config.topics(),
            config.getString(DeadLettersConfig.TRANSACTIONAL_ID_CONFIG));
    }

    @Override
    public void close() {
        dispatches.close();
    }
}
