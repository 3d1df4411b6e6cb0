package io.wirefeed.enrich.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of the IPTC Media Topics vocabulary that enrich uses (CC BY 4.0, IPTC; see NOTICE): labels and
 * the broader topic of each code. Codes are QCodes, {@code medtop:20000053}.
 */
public final class MediaTopics {

    public static final String PREFIX = "medtop:";

    private record Concept(String label, String broader) {
    }

    private final Map<String, Concept> topics;

    private MediaTopics(Map<String, Concept> topics) {
        this.topics = topics;
    }

    public static MediaTopics shipped() {
        Map<String, Concept> topics = new HashMap<>();
        try (InputStream in = MediaTopics.class.getResourceAsStream("/io/wirefeed/enrich/topic/mediatopics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("mediatopics.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t", -1);
                    topics.put(PREFIX + cols[0], new Concept(cols[1], cols[2].isEmpty() ? null : PREFIX + cols[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Media Topics vocabulary", e);
        }
        return new MediaTopics(topics);
    }

    public boolean contains(String code) {
        return topics.containsKey(code);
    }

    /** The English label, or null for a code outside the vocabulary. */
    public String label(String code) {
        Concept topic = topics.get(code);
        return topic == null ? null : topic.label();
    }

    /** The top-level topic above a code (itself when it is top-level), or null when unknown. */
    public String topLevel(String code) {
        Concept topic = topics.get(code);
        String current = code;
        while (topic != null && topic.broader() != null) {
            current = topic.broader();
            topic = topics.get(current);
        }
        return topic == null ? null : current;
    }
}
