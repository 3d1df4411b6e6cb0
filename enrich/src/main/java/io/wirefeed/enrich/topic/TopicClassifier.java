package io.wirefeed.enrich.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wirefeed.enrich.entity.PhraseMatcher;
import io.wirefeed.schema.Subject;
import io.wirefeed.schema.Topic;

/**
 * Classifies a dispatch on IPTC Media Topics with rules ({@link TopicRule}): every term of every rule is
 * found in one pass; a rule fires when its terms say so; one matching term gives a rule its weight and each
 * further one makes it surer ({@code 1 - (1 - weight)^hits}); rules for one topic combine the same way. Each
 * topic found also lifts its top-level topic, and Media Topics the agency itself attached count a little.
 */
public final class TopicClassifier {

    /** Topics scored below this are not reported. */
    public static final double THRESHOLD = 0.5;
    private static final double BROADER = 0.9;
    private static final double AGENCY_SUBJECT = 0.55;

    private final MediaTopics vocabulary;
    private final List<TopicRule> rules;
    private final PhraseMatcher<String> terms;

    public TopicClassifier(MediaTopics vocabulary, List<TopicRule> rules) {
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
        Set<String> all = new HashSet<>();
        for (TopicRule rule : rules) {
            all.addAll(rule.any());
            all.addAll(rule.all());
            all.addAll(rule.none());
        }
        this.terms = PhraseMatcher.of(all.stream().collect(Collectors.toMap(Function.identity(), Function.identity())));
    }

    public static TopicClassifier shipped() {
        MediaTopics vocabulary = MediaTopics.shipped();
        return new TopicClassifier(vocabulary, TopicRules.shipped(vocabulary));
    }

    public List<Topic> classify(String headline, String body, List<Subject> agencySubjects) {
        Set<String> found = new HashSet<>();
        terms.findAll(normalise(headline + " \n " + body)).forEach(match -> found.add(match.value()));
        Map<String, Scored> topics = new LinkedHashMap<>();
        for (TopicRule rule : rules) {
            List<String> hits = rule.any().stream().filter(found::contains).toList();
            if (hits.isEmpty() || !found.containsAll(rule.all()) || rule.none().stream().anyMatch(found::contains)) {
                continue;
            }
            double score = 1 - Math.pow(1 - rule.weight(), hits.size());
            topics.computeIfAbsent(rule.topic(), code -> new Scored()).add(score, rule.id(), hits);
        }
        for (Map.Entry<String, Scored> topic : List.copyOf(topics.entrySet())) {
            String top = vocabulary.topLevel(topic.getKey());
            if (top != null && !top.equals(topic.getKey())) {
                topics.computeIfAbsent(top, code -> new Scored())
                    .add(topic.getValue().score * BROADER, null, topic.getValue().terms);
            }
        }
        for (Subject subject : agencySubjects) {
            if (vocabulary.contains(subject.getCode())) {
                topics.computeIfAbsent(subject.getCode(), code -> new Scored())
                    .add(AGENCY_SUBJECT, null, List.of("agency subject"));
            }
        }
        return topics.entrySet().stream()
            .filter(topic -> topic.getValue().score >= THRESHOLD)
            .sorted(Comparator.comparingDouble((Map.Entry<String, Scored> t) -> t.getValue().score).reversed())
            .map(topic -> Topic.newBuilder()
                .setCode(topic.getKey())
                .setLabel(vocabulary.label(topic.getKey()))
                .setScore(Math.round(topic.getValue().score * 1000) / 1000.0)
                .setRule(topic.getValue().rule)
                .setTerms(List.copyOf(topic.getValue().terms))
                .build())
            .toList();
    }

    /** Lower case, punctuation as spaces, single spaces: the form rules and texts are compared in. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** A topic's combined score, its strongest rule and the terms that made it. */
    private static final class Scored {
        private double score;
        private double best;
        private String rule;
        private final Set<String> terms = new LinkedHashSet<>();

        void add(double ruleScore, String ruleId, List<String> ruleTerms) {
            score = 1 - (1 - score) * (1 - ruleScore);
            if (ruleId != null && ruleScore > best) {
                best = ruleScore;
                rule = ruleId;
            }
            terms.addAll(ruleTerms);
        }

        void add(double ruleScore, String ruleId, Set<String> ruleTerms) {
            add(ruleScore, ruleId, new ArrayList<>(ruleTerms));
        }
    }
}
