package io.wirefeed.enrich.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.enrich.text.NormalForm;

/**
 * Reads rules in the rule-file syntax (see {@code topics.rules} and docs/enrichment.md): {@code terms <name> ...}
 * lines that name a group of terms for the rules below them ({@code $name}), and rules: {@code rule <id>}, then
 * {@code topic}, {@code weight}, {@code any}, {@code all}, {@code none} and {@code near} lines, then {@code end}.
 * Errors name the source and line.
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
        Map<String, List<String>> groups = new HashMap<>();
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
                draft = new Draft(value, groups);
            } else if (keyword.equals("terms") && draft == null) {
                defineGroup(value, groups, at);
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

    /** {@code <name> <term>, <term>...}: a group of terms the rules below can use as {@code $name}. */
    private static void defineGroup(String value, Map<String, List<String>> groups, String at) {
        String[] group = value.split("\\s+", 2);
        if (group.length < 2 || !group[0].matches("[a-z][a-z0-9-]*")) {
            throw new InvalidRulesException(at + "expected 'terms <name> <term>, <term>...' with a lower-case name");
        }
        if (groups.put(group[0], terms(group[1], groups, at)) != null) {
            throw new InvalidRulesException(at + "terms " + group[0] + " are defined twice");
        }
    }

    /**
     * A comma-separated list of terms, normalised; {@code $name} stands for the terms of that group,
     * {@code @category} for an entity of that gazetteer category.
     */
    private static List<String> terms(String value, Map<String, List<String>> groups, String at) {
        List<String> terms = new ArrayList<>();
        for (String written : value.split(",")) {
            String term = written.strip();
            if (term.startsWith("$")) {
                List<String> group = groups.get(term.substring(1));
                if (group == null) {
                    throw new InvalidRulesException(at + "no terms " + term.substring(1) + " are defined above");
                }
                terms.addAll(group);
            } else if (term.startsWith("@")) {
                if (!term.matches("@[a-z][a-z0-9-]*")) {
                    throw new InvalidRulesException(at + "an entity category is written @lower-case-name, not " + term);
                }
                terms.add(term);
            } else {
                String normalised = NormalForm.of(term);
                if (!normalised.isEmpty()) {
                    terms.add(normalised);
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    private static final class Draft {
        private final String id;
        private final Map<String, List<String>> groups;
        private String topic;
        private double weight = 0.5;
        private List<String> any = List.of();
        private List<String> all = List.of();
        private List<String> none = List.of();
        private final List<TopicRule.Near> near = new ArrayList<>();
        private int lead = TopicRule.ANYWHERE;
        private List<String> unlessLead = List.of();

        Draft(String id, Map<String, List<String>> groups) {
            this.id = id;
            this.groups = groups;
        }

        void set(String keyword, String value, String at) {
            switch (keyword) {
                case "topic" -> topic = value;
                case "weight" -> weight = weight(value, at);
                case "any" -> any = terms(value, groups, at);
                case "all" -> all = terms(value, groups, at);
                case "none" -> none = terms(value, groups, at);
                case "near" -> near.add(near(value, at));
                case "lead" -> lead = lead(value, at);
                case "unless-lead" -> unlessLead = terms(value, groups, at);
                default -> throw new InvalidRulesException(at + "unknown keyword '" + keyword
                    + "'; expected topic, weight, any, all, none, near, lead, unless-lead or end");
            }
        }

        TopicRule build(String at, MediaTopics vocabulary) {
            if (topic == null || !vocabulary.contains(topic)) {
                throw new InvalidRulesException(at + "rule " + id + " needs a topic of the IPTC Media Topics "
                    + "vocabulary, not " + topic);
            }
            if (any.isEmpty() && near.isEmpty()) {
                throw new InvalidRulesException(at + "rule " + id + " needs 'any' terms or a 'near' clause");
            }
            return new TopicRule(id, topic, weight, any, all, none, near, lead, unlessLead);
        }

        /** {@code <words> <terms> | <terms>}, or {@code sentence <terms> | <terms>}. */
        private TopicRule.Near near(String value, String at) {
            String[] parts = value.split("\\s+", 2);
            String[] sides = parts.length < 2 ? new String[0] : parts[1].split("\\|", -1);
            int window;
            if (parts[0].equals("sentence")) {
                window = TopicRule.Near.SENTENCE;
            } else if (parts[0].matches("[1-9][0-9]?")) {
                window = Integer.parseInt(parts[0]);
            } else {
                throw new InvalidRulesException(at + "near needs a window of 1 to 99 words or 'sentence', not '"
                    + parts[0] + "'");
            }
            if (sides.length != 2) {
                throw new InvalidRulesException(at + "expected 'near <words> <terms> | <terms>'");
            }
            List<String> first = terms(sides[0], groups, at);
            List<String> second = terms(sides[1], groups, at);
            if (first.isEmpty() || second.isEmpty()) {
                throw new InvalidRulesException(at + "near needs terms on both sides of '|'");
            }
            return new TopicRule.Near(window, first, second);
        }

        private static int lead(String value, String at) {
            try {
                int sentences = Integer.parseInt(value);
                if (sentences < 1) {
                    throw new InvalidRulesException(at + "lead must be a number of sentences, 1 or more, not " + value);
                }
                return sentences;
            } catch (NumberFormatException e) {
                throw new InvalidRulesException(at + "lead is not a number of sentences: " + value, e);
            }
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
    }
}
