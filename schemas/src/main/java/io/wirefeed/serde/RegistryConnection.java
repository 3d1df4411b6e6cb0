package io.wirefeed.serde;

import java.util.Map;

import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryClient;

/**
 * The registry client of one serializer or deserializer: the one it was given (shared, not closed by it),
 * or one built from its configuration (its own, closed with it).
 */
record RegistryConnection(SchemaRegistryClient client, boolean owned) {

    static RegistryConnection of(SchemaRegistryClient given, Map<String, ?> configs) {
        return given != null ? new RegistryConnection(given, false)
            : new RegistryConnection(RestSchemaRegistryClient.create(configs), true);
    }

    void close() {
        if (owned) {
            client.close();
        }
    }
}
