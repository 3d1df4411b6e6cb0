package io.wirefeed.config;

import java.util.HashMap;
import java.util.Map;

import io.wirefeed.serde.AvroSerdeConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * What every service's settings share: the Kafka brokers, Kafka client settings passed through with the
 * prefix {@code kafka.}, and the schema registry's keys, which the serdes take as they are, but for one default:
 * a service does not register the schemas of the topics it publishes ({@code auto.register.schemas=false}); a
 * release registers them ahead ({@code wirefeed register-schemas}), so that what subscribers read is what was
 * reviewed. The local stack and the tests turn registration on.
 */
public abstract class ServiceConfig extends AbstractConfig {

    public static final String KAFKA_PREFIX = "kafka.";
    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";

    /** {@code service}'s own keys, with the registry client's and the serdes' (auto-registration off). */
    protected static ConfigDef withRegistry(ConfigDef service) {
        return AvroSerdeConfig.define(new ConfigDef(service), false);
    }

    protected ServiceConfig(ConfigDef definition, Map<?, ?> props) {
        super(definition, props);
        new AvroSerdeConfig(serdeConfig()).urls();   // the registry is needed as much as the brokers
    }

    /** Settings for the Avro serdes: the registry keys as given, and whether to register as this service says. */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> config = new HashMap<>();
        originals().forEach((key, value) -> {
            if (AvroSerdeConfig.CONFIG_DEF.names().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, getBoolean(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG));
        return config;
    }

    /** Settings for a Kafka client: the brokers and every {@code kafka.}-prefixed key, prefix removed. */
    public Map<String, Object> kafkaClientConfig() {
        Map<String, Object> config = new HashMap<>(originalsWithPrefix(KAFKA_PREFIX));
        config.put(BOOTSTRAP_SERVERS_CONFIG, getList(BOOTSTRAP_SERVERS_CONFIG));
        return config;
    }
}
