package io.wirefeed.sink.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wirefeed.registry.SchemaRegistryClientConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/** Settings of the OpenSearch sink connector, besides Connect's own and the schema registry client's. */
public final class OpenSearchSinkConfig extends AbstractConfig {

    /** What a KILL does to the story's document. */
    public enum OnKill { DELETE, MARK }

    /** What happens to dispatches judged DUPLICATE. */
    public enum Duplicates { INDEX, SKIP }

    public static final String CONNECTION_URL_CONFIG = "connection.url";
    public static final String CONNECTION_USERNAME_CONFIG = "connection.username";
    public static final String CONNECTION_PASSWORD_CONFIG = "connection.password";
    public static final String INDEX_CONFIG = "index";
    public static final String ON_KILL_CONFIG = "behavior.on.kill";
    public static final String DUPLICATES_CONFIG = "behavior.on.duplicate";

    private static final String CONNECTION = "Connection";
    private static final String BEHAVIOUR = "Behaviour";

    public static final ConfigDef CONNECTOR_DEF = new ConfigDef()
        .define(CONNECTION_URL_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
            "OpenSearch HTTP URLs (http://host:9200, comma-separated).", CONNECTION, 1, ConfigDef.Width.LONG, "URLs")
        .define(CONNECTION_USERNAME_CONFIG, Type.STRING, "", Importance.MEDIUM,
            "User for HTTP basic authentication; none when empty.", CONNECTION, 2, ConfigDef.Width.MEDIUM, "User")
        .define(CONNECTION_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, "Password of that user.",
            CONNECTION, 3, ConfigDef.Width.MEDIUM, "Password")
        .define(INDEX_CONFIG, Type.STRING, "wirefeed-dispatches", new ConfigDef.NonEmptyString(), Importance.HIGH,
            "Index of the dispatches: one document per dispatch id, its latest version; created with its mapping "
                + "(English analyzer on headline and body, keywords for ids, entities, topics) when missing.",
            BEHAVIOUR, 1, ConfigDef.Width.MEDIUM, "Index")
        .define(ON_KILL_CONFIG, Type.STRING, "delete", ValidString.in("delete", "mark"), Importance.MEDIUM,
            "A KILL deletes the story's document (delete) or keeps it marked killed=true (mark).", BEHAVIOUR, 2,
            ConfigDef.Width.SHORT, "On kill")
        .define(DUPLICATES_CONFIG, Type.STRING, "index", ValidString.in("index", "skip"), Importance.LOW,
            "Dispatches judged DUPLICATE are indexed with their verdict (index) or left out (skip).", BEHAVIOUR, 3,
            ConfigDef.Width.SHORT, "Duplicates");

    public static final ConfigDef CONFIG_DEF = SchemaRegistryClientConfig.define(new ConfigDef(CONNECTOR_DEF));

    public OpenSearchSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    public List<String> urls() {
        return getList(CONNECTION_URL_CONFIG);
    }

    public OnKill onKill() {
        return OnKill.valueOf(getString(ON_KILL_CONFIG).toUpperCase(Locale.ROOT));
    }

    public Duplicates duplicates() {
        return Duplicates.valueOf(getString(DUPLICATES_CONFIG).toUpperCase(Locale.ROOT));
    }
}
