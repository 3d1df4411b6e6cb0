package io.wirefeed.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The API keys ingest accepts, checked in constant time: keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so neither a key's length nor its first wrong character shows in the timing.
 */
public final class ApiKeys {

    private static final String BEARER = "Bearer ";
    private final List<byte[]> digests;

    public ApiKeys(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one API key is needed");
        }
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    /** Whether an Authorization header carries one of the keys as a bearer token. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = digest(authorization.substring(BEARER.length()).trim());
        boolean accepted = false;
        for (byte[] key : digests) {
            accepted |= MessageDigest.isEqual(key, presented);
        }
        return accepted;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
