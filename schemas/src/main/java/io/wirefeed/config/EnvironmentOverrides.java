package io.wirefeed.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;

/**
 * Layers configuration the way operators expect of a container: a key's environment variable wins over the
 * configuration file, which wins over the default. The variable of {@code schema.registry.url} is
 * {@code WIREFEED_SCHEMA_REGISTRY_URL}: the prefix, then the key upper-cased with dots and dashes as underscores.
 */
public final class EnvironmentOverrides {

    public static final String PREFIX = "WIREFEED_";

    private EnvironmentOverrides() {
    }

    /** The environment variable that sets {@code key}. */
    public static String variableOf(String key) {
        return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The file's settings with the variables of the definition's keys applied on top. */
    public static Map<String, Object> apply(ConfigDef definition, Map<String, ?> file, Map<String, String> env) {
        Map<String, Object> merged = new HashMap<>(file);
        for (String key : definition.names()) {
            String value = env.get(variableOf(key));
            if (value != null) {
                merged.put(key, value);
            }
        }
        return merged;
    }
}
