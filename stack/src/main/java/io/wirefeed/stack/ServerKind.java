package io.wirefeed.stack;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which servers the tests run against: the embedded ones (the default) or Testcontainers where Docker runs. */
public enum ServerKind {
    EMBEDDED,
    CONTAINERS;

    /** The system property that chooses; the environment variable {@code WIREFEED_TEST_SERVERS} does too. */
    public static final String PROPERTY = "wirefeed.test.servers";

    /** The kind named by {@value #PROPERTY} or {@code WIREFEED_TEST_SERVERS}; embedded when neither is set. */
    public static ServerKind fromEnvironment() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv("WIREFEED_TEST_SERVERS");
        }
        return value == null || value.isBlank() ? EMBEDDED : parse(value);
    }

    /** Parses a kind by name, case-insensitively; an unknown name is an error, never a silent default. */
    public static ServerKind parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown server kind '" + value + "'; expected one of "
                + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")), e);
        }
    }
}
