package io.wirefeed.config;

import java.util.HashMap;
import java.util.Map;

import io.wirefeed.serde.AvroSerdeConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * What every service's settings share: the Kafka brokers, Kafka client settings passed through with the
 * prefix {@code kafka.}, and the schema registry's keys, which the serdes take as they are.
 */
public abstract class ServiceConfig extends AbstractConfig {

    public static final String KAFKA_PREFIX = "kafka.";
    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";

    protected ServiceConfig(ConfigDef definition, Map<?, ?> props) {
        super(definition, props);
        new AvroSerdeConfig(serdeConfig()).urls();   // the registry is needed as much as the brokers
    }

    /** Settings for the Avro serdes: the registry keys as given. */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> config = new HashMap<>();
        originals().forEach((key, value) -> {
            if (AvroSerdeConfig.CONFIG_DEF.names().contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }

    /** Settings for a Kafka client: the brokers and every {@code kafka.}-prefixed key, prefix removed. */
    public Map<String, Object> kafkaClientConfig() {
        Map<String, Object> config = new HashMap<>(originalsWithPrefix(KAFKA_PREFIX));
        config.put(BOOTSTRAP_SERVERS_CONFIG, getList(BOOTSTRAP_SERVERS_CONFIG));
        return config;
    }
}
