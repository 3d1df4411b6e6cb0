package io.wirefeed.registry;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Settings of the registry client. Key names are Confluent's, so a client configuration written for
 * Confluent's serializers works unchanged.
 */
public class SchemaRegistryClientConfig extends AbstractConfig {

    public static final String URL_CONFIG = "schema.registry.url";
    private static final String URL_DOC = "Required unless a client is passed in code. Comma-separated base URLs of the "
        + "registry's Confluent-compatible API "
        + "(for Apicurio, http://host:port/apis/ccompat/v7). The next one is tried when one cannot be reached.";

    public static final String BASIC_AUTH_SOURCE_CONFIG = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_SOURCE_DEFAULT = "USER_INFO";
    private static final String BASIC_AUTH_SOURCE_DOC = "Where HTTP basic credentials come from: USER_INFO (the "
        + "basic.auth.user.info setting) or URL (user:password@ in the URL).";

    public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
    private static final String BASIC_AUTH_USER_INFO_DOC = "user:password for HTTP basic authentication; none when empty.";

    public static final String BEARER_AUTH_TOKEN_CONFIG = "bearer.auth.token";
    private static final String BEARER_AUTH_TOKEN_DOC = "A static bearer token sent as 'Authorization: Bearer'; "
        + "none when empty. Takes precedence over basic authentication.";

    public static final String SSL_TRUSTSTORE_LOCATION_CONFIG = "schema.registry.ssl.truststore.location";
    private static final String SSL_TRUSTSTORE_LOCATION_DOC = "Trust store for the registry's TLS certificate; "
        + "the JVM's default trust store when empty.";
    public static final String SSL_TRUSTSTORE_PASSWORD_CONFIG = "schema.registry.ssl.truststore.password";
    private static final String SSL_TRUSTSTORE_PASSWORD_DOC = "Password of the trust store.";
    public static final String SSL_TRUSTSTORE_TYPE_CONFIG = "schema.registry.ssl.truststore.type";
    private static final String SSL_TRUSTSTORE_TYPE_DOC = "Format of the trust store file.";
    public static final String SSL_KEYSTORE_LOCATION_CONFIG = "schema.registry.ssl.keystore.location";
    private static final String SSL_KEYSTORE_LOCATION_DOC = "Key store with the client certificate for mutual TLS; "
        + "none when empty.";
    public static final String SSL_KEYSTORE_PASSWORD_CONFIG = "schema.registry.ssl.keystore.password";
    private static final String SSL_KEYSTORE_PASSWORD_DOC = "Password of the key store.";
    public static final String SSL_KEYSTORE_TYPE_CONFIG = "schema.registry.ssl.keystore.type";
    private static final String SSL_KEYSTORE_TYPE_DOC = "Format of the key store file.";
    public static final String SSL_KEY_PASSWORD_CONFIG = "schema.registry.ssl.key.password";
    private static final String SSL_KEY_PASSWORD_DOC = "Password of the private key in the key store; the key "
        + "store's password when empty.";

    public static final String CONNECT_TIMEOUT_MS_CONFIG = "http.connect.timeout.ms";
    private static final String CONNECT_TIMEOUT_MS_DOC = "How long to wait for a connection to the registry.";
    public static final String READ_TIMEOUT_MS_CONFIG = "http.read.timeout.ms";
    private static final String READ_TIMEOUT_MS_DOC = "How long to wait for the registry's answer to one request.";

    public static final String MAX_RETRIES_CONFIG = "max.retries";
    private static final String MAX_RETRIES_DOC = "How often a request that failed for a transient reason "
        + "(no connection, timeout, 408, 429, 5xx) is retried, with exponential backoff and jitter.";
    public static final String RETRIES_WAIT_MS_CONFIG = "retries.wait.ms";
    private static final String RETRIES_WAIT_MS_DOC = "Wait before the first retry; doubled for each further one.";
    public static final String RETRIES_MAX_WAIT_MS_CONFIG = "retries.max.wait.ms";
    private static final String RETRIES_MAX_WAIT_MS_DOC = "Longest wait between two retries.";

    public static final String MAX_SCHEMAS_PER_SUBJECT_CONFIG = "max.schemas.per.subject";
    private static final String MAX_SCHEMAS_PER_SUBJECT_DOC = "Bound of each client cache (schemas by id, ids by "
        + "subject and schema); the least recently used entry is dropped beyond it.";
    public static final String LATEST_CACHE_TTL_SEC_CONFIG = "latest.cache.ttl.sec";
    private static final String LATEST_CACHE_TTL_SEC_DOC = "How long the latest version of a subject is cached, "
        + "in seconds; -1 caches it until the client is closed.";

    public static final ConfigDef CONFIG_DEF = define(new ConfigDef());

    public SchemaRegistryClientConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    protected SchemaRegistryClientConfig(ConfigDef definition, Map<?, ?> props) {
        super(definition, props);
    }

    /** Adds the client's keys to a definition, so that serde configurations can extend it. */
    public static ConfigDef define(ConfigDef def) {
        String group = "Schema registry";
        int order = 0;
        return def
            .define(URL_CONFIG, Type.LIST, "", Importance.HIGH, URL_DOC, group, ++order, ConfigDef.Width.LONG,
                "Registry URLs")
            .define(BASIC_AUTH_SOURCE_CONFIG, Type.STRING, BASIC_AUTH_SOURCE_DEFAULT,
                ValidString.in("USER_INFO", "URL"), Importance.MEDIUM, BASIC_AUTH_SOURCE_DOC,
                group, ++order, ConfigDef.Width.SHORT, "Basic auth source")
            .define(BASIC_AUTH_USER_INFO_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, BASIC_AUTH_USER_INFO_DOC,
                group, ++order, ConfigDef.Width.MEDIUM, "Basic auth user info")
            .define(BEARER_AUTH_TOKEN_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, BEARER_AUTH_TOKEN_DOC,
                group, ++order, ConfigDef.Width.MEDIUM, "Bearer token")
            .define(SSL_TRUSTSTORE_LOCATION_CONFIG, Type.STRING, "", Importance.MEDIUM,
                SSL_TRUSTSTORE_LOCATION_DOC, group, ++order, ConfigDef.Width.LONG, "Trust store")
            .define(SSL_TRUSTSTORE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM,
                SSL_TRUSTSTORE_PASSWORD_DOC, group, ++order, ConfigDef.Width.MEDIUM, "Trust store password")
            .define(SSL_TRUSTSTORE_TYPE_CONFIG, Type.STRING, "PKCS12", Importance.LOW,
                SSL_TRUSTSTORE_TYPE_DOC, group, ++order, ConfigDef.Width.SHORT, "Trust store type")
            .define(SSL_KEYSTORE_LOCATION_CONFIG, Type.STRING, "", Importance.MEDIUM,
                SSL_KEYSTORE_LOCATION_DOC, group, ++order, ConfigDef.Width.LONG, "Key store")
            .define(SSL_KEYSTORE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM,
                SSL_KEYSTORE_PASSWORD_DOC, group, ++order, ConfigDef.Width.MEDIUM, "Key store password")
            .define(SSL_KEYSTORE_TYPE_CONFIG, Type.STRING, "PKCS12", Importance.LOW,
                SSL_KEYSTORE_TYPE_DOC, group, ++order, ConfigDef.Width.SHORT, "Key store type")
            .define(SSL_KEY_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.LOW,
                SSL_KEY_PASSWORD_DOC, group, ++order, ConfigDef.Width.MEDIUM, "Key password")
            .define(CONNECT_TIMEOUT_MS_CONFIG, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                CONNECT_TIMEOUT_MS_DOC, group, ++order, ConfigDef.Width.SHORT, "Connect timeout")
            .define(READ_TIMEOUT_MS_CONFIG, Type.INT, 30_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                READ_TIMEOUT_MS_DOC, group, ++order, ConfigDef.Width.SHORT, "Read timeout")
            .define(MAX_RETRIES_CONFIG, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.LOW,
                MAX_RETRIES_DOC, group, ++order, ConfigDef.Width.SHORT, "Retries")
            .define(RETRIES_WAIT_MS_CONFIG, Type.INT, 1_000, ConfigDef.Range.atLeast(0), Importance.LOW,
                RETRIES_WAIT_MS_DOC, group, ++order, ConfigDef.Width.SHORT, "Retry wait")
            .define(RETRIES_MAX_WAIT_MS_CONFIG, Type.INT, 20_000, ConfigDef.Range.atLeast(0), Importance.LOW,
                RETRIES_MAX_WAIT_MS_DOC, group, ++order, ConfigDef.Width.SHORT, "Longest retry wait")
            .define(MAX_SCHEMAS_PER_SUBJECT_CONFIG, Type.INT, 1_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                MAX_SCHEMAS_PER_SUBJECT_DOC, group, ++order, ConfigDef.Width.SHORT, "Cache size")
            .define(LATEST_CACHE_TTL_SEC_CONFIG, Type.LONG, -1L, ConfigDef.Range.atLeast(-1), Importance.LOW,
                LATEST_CACHE_TTL_SEC_DOC, group, ++order, ConfigDef.Width.SHORT, "Latest version cache TTL");
    }

    /** The registry URLs; at least one, or a {@link ConfigException}. */
    public List<String> urls() {
        List<String> urls = getList(URL_CONFIG);
        if (urls.isEmpty()) {
            throw new ConfigException(URL_CONFIG, "", "at least one registry URL is needed");
        }
        return urls;
    }

    /** The credentials of HTTP basic authentication as {@code user:password}, or null when there are none here. */
    public String basicUserInfo() {
        return basicAuthFromUrl() ? null : nonEmpty(getPassword(BASIC_AUTH_USER_INFO_CONFIG));
    }

    /** Whether the credentials are the user info of each URL. */
    public boolean basicAuthFromUrl() {
        return "URL".equals(getString(BASIC_AUTH_SOURCE_CONFIG));
    }

    public String bearerToken() {
        return nonEmpty(getPassword(BEARER_AUTH_TOKEN_CONFIG));
    }

    static String nonEmpty(Password password) {
        return password == null || password.value().isEmpty() ? null : password.value();
    }
}
