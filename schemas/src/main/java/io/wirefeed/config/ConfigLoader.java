package io.wirefeed.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A service's settings: its properties file (optional), then the environment on top. Besides the variables
 * of the definition's keys ({@link EnvironmentOverrides}), variables under a pass-through prefix set keys the
 * definition does not know: with prefix {@code kafka.}, {@code WIREFEED_KAFKA_SASL_JAAS_CONFIG} sets
 * {@code kafka.sasl.jaas.config}.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static Map<String, Object> load(ConfigDef definition, Path file, Map<String, String> env,
                                           String... passThroughPrefixes) {
        Map<String, Object> settings = new HashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
            }
            properties.forEach((key, value) -> settings.put(key.toString(), value.toString().trim()));
        }
        Map<String, Object> merged = EnvironmentOverrides.apply(definition, settings, env);
        for (String prefix : passThroughPrefixes) {
            String variablePrefix = EnvironmentOverrides.variableOf(prefix);
            env.forEach((name, value) -> {
                if (name.startsWith(variablePrefix) && name.length() > variablePrefix.length()) {
                    merged.put(prefix + name.substring(variablePrefix.length()).toLowerCase(Locale.ROOT)
                        .replace('_', '.'), value);
                }
            });
        }
        return merged;
    }
}
