package io.wirefeed.sink.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Indexes enriched dispatches (Avro {@code EnrichedDispatch}, read with the ByteArrayConverter) into OpenSearch:
 * one document per dispatch id holding its latest version (external versioning: a lower version never replaces a
 * higher one), kills applied, written with the bulk API.
 */
public final class OpenSearchSinkConnector extends SinkConnector {

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        new OpenSearchSinkConfig(props);
        this.settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return OpenSearchSinkTask.class;
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
        // no resources of its own: the tasks hold the clients
    }

    @Override
    public ConfigDef config() {
        return OpenSearchSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        String version = OpenSearchSinkConnector.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
