package io.wirefeed.ingest.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids for dispatches whose format carries none (IPTC 7901, ANPA-1312, dateline text): derived from the agency
 * and the story's key (its slug, else its headline without markers), so that every version of one story
 * gets the same id.
 */
public final class StoryIds {

    private StoryIds() {
    }

    public static String derive(String agency, String storyKey) {
        String normalised = agency.toLowerCase(Locale.ROOT) + "|"
            + storyKey.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "wf:" + agency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ":"
                + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
