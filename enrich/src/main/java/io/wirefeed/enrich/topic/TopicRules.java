package io.wirefeed.enrich.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads rules in the rule-file syntax (see {@code topics.rules} and docs/enrichment.md): {@code rule <id>}, then
 * {@code topic}, {@code weight}, {@code any}, {@code all}, {@code none} lines, then {@code end}. Errors name
 * the source and line.
 */
public final class TopicRules {

    private TopicRules() {
    }

    /** The rules shipped with enrich. */
    public static List<TopicRule> shipped(MediaTopics vocabulary) {
        try (InputStream in = TopicRules.class.getResourceAsStream("/io/wirefeed/enrich/topic/topics.rules")) {
            if (in == null) {
                throw new IllegalStateException("topics.rules is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "topics.rules", vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<TopicRule> parse(String text, String source, MediaTopics vocabulary) {
        List<TopicRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Draft draft = null;
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String keyword = parts[0];
            String value = parts.length > 1 ? parts[1].strip() : "";
            String at = source + " line " + number + ": ";
            if (keyword.equals("rule")) {
                if (draft != null) {
                    throw new InvalidRulesException(at + "rule " + draft.id + " has no 'end'");
                }
                if (value.isEmpty() || !ids.add(value)) {
                    throw new InvalidRulesException(at + (value.isEmpty() ? "a rule needs an id" : "rule id "
                        + value + " is used twice"));
                }
                draft = new Draft(value);
            } else if (draft == null) {
                throw new InvalidRulesException(at + "'" + keyword + "' outside a rule");
            } else if (keyword.equals("end")) {
                rules.add(draft.build(at, vocabulary));
                draft = null;
            } else {
                draft.set(keyword, value, at);
            }
        }
        if (draft != null) {
            throw new InvalidRulesException(source + ": rule " + draft.id + " has no 'end'");
        }
        return rules;
    }

    private static final class Draft {
        private final String id;
        private String topic;
        private double weight = 0.5;
        private List<String> any = List.of();
        private List<String> all = List.of();
        private List<String> none = List.of();

        Draft(String id) {
            this.id = id;
        }

        void set(String keyword, String value, String at) {
            switch (keyword) {
                case "topic" -> topic = value;
                case "weight" -> weight = weight(value, at);
                case "any" -> any = terms(value);
                case "all" -> all = terms(value);
                case "none" -> none = terms(value);
                default -> throw new InvalidRulesException(at + "unknown keyword '" + keyword
                    + "'; expected topic, weight, any, all, none or end");
            }
        }

        TopicRule build(String at, MediaTopics vocabulary) {
            if (topic == null || !vocabulary.contains(topic)) {
                throw new InvalidRulesException(at + "rule " + id + " needs a topic of the IPTC Media Topics "
                    + "vocabulary, not " + topic);
            }
            if (any.isEmpty()) {
                throw new InvalidRulesException(at + "rule " + id + " needs 'any' terms");
            }
            return new TopicRule(id, topic, weight, any, all, none);
        }

        private static double weight(String value, String at) {
            try {
                double weight = Double.parseDouble(value);
                if (weight <= 0 || weight > 1) {
                    throw new InvalidRulesException(at + "weight must be in (0, 1], not " + value);
                }
                return weight;
            } catch (NumberFormatException e) {
                throw new InvalidRulesException(at + "weight is not a number: " + value, e);
            }
        }

        private static List<String> terms(String value) {
            return Arrays.stream(value.split(",")).map(TopicClassifier::normalise).filter(t -> !t.isEmpty()).toList();
        }
    }
}
