package io.wirefeed.sink.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Writes enriched dispatches (Avro {@code EnrichedDispatch} in the Confluent wire format, read with
 * {@code value.converter=org.apache.kafka.connect.converters.ByteArrayConverter}) into PostgreSQL: every
 * version kept, kills applied, writes idempotent under redelivery.
 */
public final class PostgresSinkConnector extends SinkConnector {

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        new PostgresSinkConfig(props);     // refuses a bad configuration before any task starts
        this.settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return PostgresSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(settings);
        }
        return configs;
    }

    @Override
    public void stop() {
        // no resources of its own: the tasks hold the connections
    }

    @Override
    public ConfigDef config() {
        return PostgresSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        String version = PostgresSinkConnector.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
