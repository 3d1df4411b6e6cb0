package io.wirefeed.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.wirefeed.schema.Dispatch;

/**
 * The API keys ingest accepts, checked in constant time: keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so neither a key's length nor its first wrong character shows in the timing.
 *
 * <p>A key may be bound to what it publishes: {@code key=agency:dpa;id:urn:newsml:dpa.com:} allows dispatches of
 * the agency dpa (case-insensitive) or whose id starts with the prefix, and nothing else. A key without
 * {@code =scope} publishes anything. The scope {@code admin} (alone, or beside the others: {@code key=admin;agency:dpa})
 * also lets the key act on the pipeline where the console offers it (replaying a dead letter); it restricts nothing.
 * Scopes are read after the last '=' only when it names one, so keys ending in '=' (Base64 padding) stay whole.
 */
public final class ApiKeys {

    private static final String BEARER = "Bearer ";
    private static final String ADMIN = "admin";
    private final List<Key> keys;

    /** What a key may publish, and whether it may also act as an administrator (replay dead letters). */
    public record Scope(List<String> agencies, List<String> idPrefixes, boolean admin) {

        static final Scope ANYTHING = new Scope(List.of(), List.of(), false);

        public boolean unrestricted() {
            return agencies.isEmpty() && idPrefixes.isEmpty();
        }

        public boolean allows(Dispatch dispatch) {
            return unrestricted()
                || agencies.contains(dispatch.getAgency().toLowerCase(Locale.ROOT))
                || idPrefixes.stream().anyMatch(prefix -> dispatch.getId().startsWith(prefix));
        }

        @Override
        public String toString() {
            return (unrestricted() ? "anything" : "agencies " + agencies + ", id prefixes " + idPrefixes)
                + (admin ? " (admin)" : "");
        }
    }

    private record Key(byte[] digest, Scope scope) {
    }

    public ApiKeys(List<String> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("At least one API key is needed");
        }
        List<Key> parsed = new ArrayList<>();
        for (String entry : entries) {
            parsed.add(parse(entry.trim()));
        }
        this.keys = List.copyOf(parsed);
    }

    private static Key parse(String entry) {
        int equals = entry.lastIndexOf('=');
        String scopes = equals < 0 ? "" : entry.substring(equals + 1).trim();
        if (equals <= 0 || !isScope(scopes)) {
            return new Key(digest(entry), Scope.ANYTHING);
        }
        List<String> agencies = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        boolean admin = false;
        for (String scope : scopes.split(";")) {
            String value = scope.trim();
            if (ADMIN.equals(value)) {
                admin = true;
            } else if (value.startsWith("agency:")) {
                agencies.add(value.substring("agency:".length()).trim().toLowerCase(Locale.ROOT));
            } else if (value.startsWith("id:")) {
                prefixes.add(value.substring("id:".length()).trim());
            } else {
                // Never echo the entry: it holds the key.
                throw new IllegalArgumentException("An API key's scope is 'agency:<name>', 'id:<prefix>' or 'admin', "
                    + "separated by ';'");
            }
        }
        return new Key(digest(entry.substring(0, equals).trim()), new Scope(List.copyOf(agencies),
            List.copyOf(prefixes), admin));
    }

    private static boolean isScope(String text) {
        return text.startsWith("agency:") || text.startsWith("id:") || text.equals(ADMIN) || text.startsWith(ADMIN + ";");
    }

    /** Whether an Authorization header carries one of the keys as a bearer token. */
    public boolean accepts(String authorization) {
        return scopeOf(authorization).isPresent();
    }

    /** The scope of the key an Authorization header carries as a bearer token, or empty for none of the keys. */
    public Optional<Scope> scopeOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        byte[] presented = digest(authorization.substring(BEARER.length()).trim());
        Scope found = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(key.digest(), presented) && found == null) {
                found = key.scope();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
