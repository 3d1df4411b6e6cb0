package io.wirefeed.enrich.topic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/**
 * One classification rule: it assigns {@code topic} when at least one of {@code any} (if it has any), every one of
 * {@code all}, none of {@code none} and every {@code near} clause occur in a dispatch's text, and, for a rule with a
 * {@code lead}, one of its terms occurs in the headline or the first {@code lead} sentences of the body; and none of
 * {@code unlessLead} occurs in the headline or the body's first sentence (a story that opens with an anniversary is
 * about the remembrance). A term that starts with {@code @} is an entity of that gazetteer category
 * ({@code @armed-group}), not a phrase.
 */
public record TopicRule(String id, String topic, double weight, List<String> any, List<String> all,
                        List<String> none, List<Near> near, int lead, List<String> unlessLead) {

    /** The {@code lead} of a rule whose terms count anywhere in the text. */
    public static final int ANYWHERE = 0;

    public TopicRule {
        any = List.copyOf(any);
        all = List.copyOf(all);
        none = List.copyOf(none);
        near = List.copyOf(near);
        unlessLead = List.copyOf(unlessLead);
    }

    public TopicRule(String id, String topic, double weight, List<String> any, List<String> all, List<String> none) {
        this(id, topic, weight, any, all, none, List.of(), ANYWHERE, List.of());
    }

    /** Every term the rule matches on, but those it must not meet: its any, all and near terms. */
    public Set<String> terms() {
        Set<String> terms = new HashSet<>(any);
        terms.addAll(all);
        near.forEach(clause -> {
            terms.addAll(clause.first());
            terms.addAll(clause.second());
        });
        return WordSet.of(terms);
    }

    /**
     * A co-occurrence clause: a term of {@code first} and a term of {@code second}, in either order, in one
     * sentence and at most {@code window} words apart ({@link #SENTENCE}: anywhere in the sentence).
     */
    public record Near(int window, List<String> first, List<String> second) {

        public static final int SENTENCE = Integer.MAX_VALUE;

        public Near {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }
}
