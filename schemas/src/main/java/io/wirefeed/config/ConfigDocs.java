package io.wirefeed.config;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/** Reference documentation of a {@link ConfigDef} as a Markdown table, for docs/configuration.md (tests keep it). */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    /** A service's keys, with the environment variable that overrides each. */
    public static String markdownTable(ConfigDef definition) {
        return table(definition, true);
    }

    /** A connector's keys: set in the connector's configuration only, so no environment variables. */
    public static String connectorMarkdownTable(ConfigDef definition) {
        return table(definition, false);
    }

    private static String table(ConfigDef definition, boolean withEnvironment) {
        StringBuilder table = new StringBuilder()
            .append(withEnvironment ? "| Key | Environment variable | Type | Default | Description |\n"
                : "| Key | Type | Default | Description |\n")
            .append(withEnvironment ? "|---|---|---|---|---|\n" : "|---|---|---|---|\n");
        for (ConfigKey key : definition.configKeys().values()) {
            table.append("| `").append(key.name).append("` | ");
            if (withEnvironment) {
                table.append('`').append(EnvironmentOverrides.variableOf(key.name)).append("` | ");
            }
            table.append(key.type.name().toLowerCase(Locale.ROOT))
                .append(" | ").append(defaultOf(key))
                .append(" | ").append(markdownCell(key.documentation))
                .append(key.validator == null ? "" : " Valid values: " + markdownCell(key.validator.toString()) + ".")
                .append(" |\n");
        }
        return table.toString();
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault()) {
            return "required";
        }
        if (key.type == ConfigDef.Type.PASSWORD) {
            return key.defaultValue == null || ((Password) key.defaultValue).value().isEmpty() ? "(none)" : "(hidden)";
        }
        Object value = key.defaultValue;
        if (value instanceof List<?> list) {
            value = list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? "(none)" : "`" + text + "`";
    }

    /** Text made safe for a Markdown table cell: no column breaks, no line breaks, no stray HTML tags. */
    public static String markdownCell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
