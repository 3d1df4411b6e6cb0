package io.wirefeed.enrich.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.entity.Gazetteer;
import io.wirefeed.enrich.entity.GazetteerEntry;
import io.wirefeed.enrich.entity.MentionFinder;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.enrich.topic.TopicRule;
import io.wirefeed.enrich.topic.TopicRules;
import io.wirefeed.schema.Rule;

/**
 * The operator's rules in force: topic rules besides the shipped ones, and watchlist entries. Built from rule
 * files ({@code enrich-file}) or from the records of the rules topic (the service), in the same syntax.
 */
public record RuleSet(List<TopicRule> topicRules, List<WatchlistEntry> watchlist) {

    public static final RuleSet NONE = new RuleSet(List.of(), List.of());

    public RuleSet {
        topicRules = List.copyOf(topicRules);
        watchlist = List.copyOf(watchlist);
    }

    /** The rules of the enabled records, each parsed in its kind's syntax; a bad record names its id. */
    public static RuleSet of(Iterable<Rule> records, MediaTopics vocabulary) {
        List<TopicRule> topics = new ArrayList<>();
        List<WatchlistEntry> watchlist = new ArrayList<>();
        for (Rule rule : records) {
            if (!rule.getEnabled()) {
                continue;
            }
            String source = "rule " + rule.getId();
            switch (rule.getKind()) {
                case TOPIC -> topics.addAll(TopicRules.parse(rule.getDefinition(), source, vocabulary));
                case WATCHLIST -> watchlist.addAll(Watchlists.parse(rule.getDefinition(), source));
                default -> {
                    // ALERT rules are reserved: the alert policy is configured on the service for now
                }
            }
        }
        return new RuleSet(topics, watchlist);
    }

    /**
     * The describer with these rules: shipped topic rules plus these, shipped gazetteers plus the watchlist, then
     * the proper-name finder and any further finders (an operator's name model).
     */
    public DispatchDescriber describer(LanguageDetector language, MediaTopics vocabulary,
                                       List<MentionFinder> extraFinders) {
        Map<String, GazetteerEntry> watched = new LinkedHashMap<>();
        for (WatchlistEntry entry : watchlist) {
            GazetteerEntry entity = new GazetteerEntry(entry.type(), entry.name(), entry.id(), entry.country());
            watched.put(entry.name(), entity);
            entry.aliases().forEach(alias -> watched.put(alias, entity));
        }
        List<TopicRule> rules = new ArrayList<>(TopicRules.shipped(vocabulary));
        rules.addAll(topicRules);
        List<MentionFinder> finders = new ArrayList<>(EntityRecognizer.standardFinders(Gazetteer.withExtra(watched)));
        finders.addAll(extraFinders);
        return new DispatchDescriber(language, new EntityRecognizer(finders), new TopicClassifier(vocabulary, rules));
    }

    /** The ids (or names, for entries without one) of the entities whose mention raises an alert. */
    public Set<String> alertingEntities() {
        return watchlist.stream().filter(WatchlistEntry::alert)
            .map(entry -> entry.id() != null ? entry.id() : entry.name()).collect(Collectors.toSet());
    }
}
