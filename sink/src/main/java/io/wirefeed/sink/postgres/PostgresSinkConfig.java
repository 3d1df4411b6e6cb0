package io.wirefeed.sink.postgres;

import java.util.Map;

import io.wirefeed.registry.SchemaRegistryClientConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/** Settings of the PostgreSQL sink connector, besides Connect's own and the schema registry client's. */
public final class PostgresSinkConfig extends AbstractConfig {

    public static final String CONNECTION_URL_CONFIG = "connection.url";
    public static final String CONNECTION_USER_CONFIG = "connection.user";
    public static final String CONNECTION_PASSWORD_CONFIG = "connection.password";

    private static final String CONNECTION = "Connection";

    /** The connector's own keys; {@link #CONFIG_DEF} adds the registry client's. */
    public static final ConfigDef CONNECTOR_DEF = new ConfigDef()
        .define(CONNECTION_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
            Importance.HIGH, "JDBC URL of the PostgreSQL database (jdbc:postgresql://host:5432/db).", CONNECTION, 1,
            ConfigDef.Width.LONG, "JDBC URL")
        .define(CONNECTION_USER_CONFIG, Type.STRING, "", Importance.HIGH, "Database user.", CONNECTION, 2,
            ConfigDef.Width.MEDIUM, "User")
        .define(CONNECTION_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.HIGH, "Database password.", CONNECTION, 3,
            ConfigDef.Width.MEDIUM, "Password");

    public static final ConfigDef CONFIG_DEF = SchemaRegistryClientConfig.define(new ConfigDef(CONNECTOR_DEF));

    public PostgresSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    public String url() {
        return getString(CONNECTION_URL_CONFIG);
    }

    public String user() {
        return getString(CONNECTION_USER_CONFIG);
    }

    public String password() {
        Password password = getPassword(CONNECTION_PASSWORD_CONFIG);
        return password == null ? "" : password.value();
    }
}
