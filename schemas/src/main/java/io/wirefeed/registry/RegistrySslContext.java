package io.wirefeed.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.kafka.common.config.ConfigException;

/** Builds the TLS context of registry connections from the {@code schema.registry.ssl.*} settings. */
final class RegistrySslContext {

    private RegistrySslContext() {
    }

    /** The context for the configured stores, or the JVM's default when none is configured. */
    static SSLContext from(SchemaRegistryClientConfig config) {
        String trustStore = config.getString(SchemaRegistryClientConfig.SSL_TRUSTSTORE_LOCATION_CONFIG);
        String keyStore = config.getString(SchemaRegistryClientConfig.SSL_KEYSTORE_LOCATION_CONFIG);
        try {
            if (trustStore.isEmpty() && keyStore.isEmpty()) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = null;
            if (!trustStore.isEmpty()) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStore,
                    config.getString(SchemaRegistryClientConfig.SSL_TRUSTSTORE_TYPE_CONFIG),
                    SchemaRegistryClientConfig.nonEmpty(
                        config.getPassword(SchemaRegistryClientConfig.SSL_TRUSTSTORE_PASSWORD_CONFIG))));
            }
            KeyManagerFactory keys = null;
            if (!keyStore.isEmpty()) {
                String storePassword = SchemaRegistryClientConfig.nonEmpty(
                    config.getPassword(SchemaRegistryClientConfig.SSL_KEYSTORE_PASSWORD_CONFIG));
                String keyPassword = SchemaRegistryClientConfig.nonEmpty(
                    config.getPassword(SchemaRegistryClientConfig.SSL_KEY_PASSWORD_CONFIG));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keyStore, config.getString(SchemaRegistryClientConfig.SSL_KEYSTORE_TYPE_CONFIG),
                    storePassword), chars(keyPassword != null ? keyPassword : storePassword));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(),
                trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            // The message names the store, never its password.
            throw new ConfigException("Cannot set up TLS for the schema registry: " + e.getMessage());
        }
    }

    private static KeyStore load(String location, String type, String password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, chars(password));
        }
        return store;
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
