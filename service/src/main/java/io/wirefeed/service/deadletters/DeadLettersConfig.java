package io.wirefeed.service.deadletters;

import java.util.Map;

import io.wirefeed.config.ServiceConfig;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.kafka.PublicationLedger;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Settings of {@code wirefeed dead-letters}. The keys it shares with ingest are ingest's own definitions (so ingest's
 * properties file serves as it is, and a replay reads documents under the limits ingest applies); Kafka client
 * settings pass through with the prefix {@code kafka.}, the registry's keys are the serdes' own.
 */
public final class DeadLettersConfig extends ServiceConfig {

    public static final String TRANSACTIONAL_ID_CONFIG = "dead.letters.transactional.id";
    public static final String BATCH_LETTERS_CONFIG = "dead.letters.replay.batch";

    private static final String REPLAY = "Replay";

    /** The command's keys (the table in docs/configuration.md); {@link #CONFIG_DEF} adds the registry's. */
    public static final ConfigDef SERVICE_DEF = shared(IngestConfig.BOOTSTRAP_SERVERS_CONFIG,
        IngestConfig.DISPATCHES_TOPIC_CONFIG, IngestConfig.DEAD_LETTER_TOPIC_CONFIG, IngestConfig.STATE_TOPIC_CONFIG,
        IngestConfig.HTTP_MAX_REQUEST_BYTES_CONFIG, IngestConfig.MAX_VERSION_JUMP_CONFIG)
        .define(TRANSACTIONAL_ID_CONFIG, Type.STRING, "wirefeed-dead-letters-replay", Importance.LOW,
            "Transactional id of the replay's producer (each letter's dispatches or new dead letter, and the record "
                + "that it was replayed, in one transaction). Not ingest's own: a replay must not fence ingest.",
            REPLAY, 1, ConfigDef.Width.MEDIUM, "Replay transactional id")
        .define(BATCH_LETTERS_CONFIG, Type.INT, 50, Range.between(1, 10_000), Importance.LOW,
            "Dead letters replayed in one Kafka transaction.", REPLAY, 2, ConfigDef.Width.SHORT, "Letters per batch");

    public static final ConfigDef CONFIG_DEF = withRegistry(SERVICE_DEF);

    public DeadLettersConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef shared(String... ingestKeys) {
        ConfigDef definition = new ConfigDef();
        for (String key : ingestKeys) {
            definition.define(IngestConfig.SERVICE_DEF.configKeys().get(key));
        }
        return definition;
    }

    /** What a replayed document may be, as ingest would take it now. */
    public InputLimits limits() {
        return new InputLimits(Math.min(getInt(IngestConfig.HTTP_MAX_REQUEST_BYTES_CONFIG),
            PublicationLedger.maxRecordBytes(kafkaClientConfig())), 1 + getInt(IngestConfig.MAX_VERSION_JUMP_CONFIG));
    }

    public PublicationLedger.Topics topics() {
        return new PublicationLedger.Topics(getString(IngestConfig.DISPATCHES_TOPIC_CONFIG),
            getString(IngestConfig.DEAD_LETTER_TOPIC_CONFIG), getString(IngestConfig.STATE_TOPIC_CONFIG));
    }
}
