package io.wirefeed.service.console;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a query string or a form body: the first 32 pairs, names and values URL-decoded, each value
 * cut to {@value #MAX_VALUE} characters (what the console reads from a request is a filter word or an id).
 */
record Query(Map<String, String> parameters) {

    static final int MAX_VALUE = 400;
    private static final int MAX_PAIRS = 32;

    Query {
        parameters = Map.copyOf(parameters);
    }

    static Query parse(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            String[] pairs = raw.split("&", MAX_PAIRS + 1);
            for (int i = 0; i < Math.min(pairs.length, MAX_PAIRS); i++) {
                int equals = pairs[i].indexOf('=');
                if (equals > 0) {
                    String value = decode(pairs[i].substring(equals + 1));
                    parameters.putIfAbsent(decode(pairs[i].substring(0, equals)),
                        value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
                }
            }
        }
        return new Query(parameters);
    }

    /** The parameter's value, or null when absent or blank. */
    String get(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The parameter as a number within [1, max], or the default when absent or unreadable. */
    int number(String name, int byDefault, int max) {
        try {
            String value = get(name);
            return value == null ? byDefault : Math.max(1, Math.min(max, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return byDefault;
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
