package io.wirefeed.enrich.topic;

import java.util.List;

/**
 * One classification rule: it assigns {@code topic} when at least one of {@code any}, every one of
 * {@code all} and none of {@code none} occur in a dispatch's text.
 */
public record TopicRule(String id, String topic, double weight, List<String> any, List<String> all,
                        List<String> none) {

    public TopicRule {
        any = List.copyOf(any);
        all = List.copyOf(all);
        none = List.copyOf(none);
    }
}
