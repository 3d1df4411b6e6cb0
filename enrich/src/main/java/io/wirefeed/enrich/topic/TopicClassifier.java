package io.wirefeed.enrich.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.wirefeed.enrich.text.PhraseMatcher;
import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.Mention;
import io.wirefeed.schema.Subject;
import io.wirefeed.schema.MediaTopic;

/**
 * Classifies a dispatch on IPTC Media Topics with rules ({@link TopicRule}): every term of every rule is
 * found in one pass, and entities of a gazetteer category the rules name ({@code @armed-group}) join them as terms;
 * a rule fires when its terms say so, its {@code near} clauses checked in one pass over the terms found in text
 * order; one matching term (or pair of a {@code near} clause) gives a rule its weight and each further one makes it
 * surer ({@code 1 - (1 - weight)^hits}); rules for one topic combine the same way. Each topic found also lifts its
 * top-level topic, and Media Topics the agency itself attached count a little.
 */
public final class TopicClassifier {

    /** Topics scored below this are not reported. */
    public static final double THRESHOLD = 0.5;
    private static final double BROADER = 0.9;
    private static final double AGENCY_SUBJECT = 0.55;

    private final MediaTopics vocabulary;
    private final List<TopicRule> rules;
    /** The near clauses of each rule, in the order of {@link #rules}, with their terms in sets. */
    private final List<List<Clause>> clauses;
    /** The terms of each rule, in the order of {@link #rules}, for those that look for one in the lead. */
    private final List<Set<String>> ruleTerms;
    private final List<Set<String>> unlessLeadTerms;
    /** Where a rule's unless-lead terms are looked for: the headline and the body's first sentence. */
    private static final int UNLESS_LEAD_SENTENCES = 1;
    private final PhraseMatcher<String> terms;
    private final EntityCategories categories;
    /** The {@code @category} terms the rules use. */
    private final Set<String> categoryTerms;

    public TopicClassifier(MediaTopics vocabulary, List<TopicRule> rules) {
        this(vocabulary, rules, EntityCategories.shipped());
    }

    public TopicClassifier(MediaTopics vocabulary, List<TopicRule> rules, EntityCategories categories) {
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
        this.categories = categories;
        this.clauses = this.rules.stream().map(rule -> rule.near().stream().map(near -> new Clause(near.window(),
            WordSet.of(near.first()), WordSet.of(near.second()))).toList()).toList();
        this.ruleTerms = this.rules.stream().map(TopicRule::terms).toList();
        this.unlessLeadTerms = this.rules.stream().map(rule -> WordSet.of(rule.unlessLead())).toList();
        Set<String> all = new HashSet<>();
        for (int r = 0; r < this.rules.size(); r++) {
            all.addAll(ruleTerms.get(r));
            all.addAll(this.rules.get(r).none());
            all.addAll(this.rules.get(r).unlessLead());
        }
        this.categoryTerms = all.stream().filter(term -> term.startsWith("@")).collect(Collectors.toUnmodifiableSet());
        // the denial cues share the terms' single pass over the text
        Map<String, String> phrases = new HashMap<>(DENIAL_CUES);
        all.stream().filter(term -> !term.startsWith("@")).forEach(term -> phrases.put(term, term));
        this.terms = PhraseMatcher.of(phrases);
    }

    public static TopicClassifier shipped() {
        MediaTopics vocabulary = MediaTopics.shipped();
        return new TopicClassifier(vocabulary, TopicRules.shipped(vocabulary));
    }

    public List<MediaTopic> classify(String headline, String body, List<Subject> agencySubjects) {
        return classify(headline, body, agencySubjects, List.of());
    }

    /** Topics of a dispatch whose entities are known: those of a category the rules name count as terms. */
    public List<MediaTopic> classify(String headline, String body, List<Subject> agencySubjects, List<Entity> entities) {
        RuleText text = RuleText.of(headline, body);
        List<Hit> hits = new ArrayList<>();
        List<PhraseMatcher.Match<String>> cues = new ArrayList<>(0);
        for (PhraseMatcher.Match<String> match : terms.findAll(text.normalised())) {
            if (DENIAL.equals(match.value()) || NO_DENIAL.equals(match.value())) {
                cues.add(match);
            } else {
                hits.add(new Hit(match.value(), text.word(match.start()), text.word(match.end() - 1)));
            }
        }
        if (!cues.isEmpty()) {
            List<Integer> denials = denials(cues, text);
            hits.removeIf(hit -> denied(hit, denials, text));
        }
        addEntities(text, headline, body, entities, hits);
        hits.sort(Comparator.comparingInt(Hit::first));
        Set<String> found = new HashSet<>();
        hits.forEach(hit -> found.add(hit.term()));
        Map<String, Scored> topics = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            TopicRule rule = rules.get(r);
            List<String> reasons = reasons(rule, clauses.get(r), found, hits, text);
            if (!reasons.isEmpty()
                    && (rule.lead() == TopicRule.ANYWHERE || inLead(ruleTerms.get(r), rule.lead(), hits, text))
                    && !opensWithUnlessLead(unlessLeadTerms.get(r), hits, text)) {
                double score = 1 - Math.pow(1 - rule.weight(), reasons.size());
                topics.computeIfAbsent(rule.topic(), code -> new Scored()).add(score, rule.id(), reasons);
            }
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
            .map(topic -> MediaTopic.newBuilder()
                .setCode(topic.getKey())
                .setLabel(vocabulary.label(topic.getKey()))
                .setScore(Math.round(topic.getValue().score * 1000) / 1000.0)
                .setRule(topic.getValue().rule)
                .setTerms(List.copyOf(topic.getValue().terms))
                .build())
            .toList();
    }

    /**
     * Whether one of a rule's terms, an act or an actor, is in the headline or the body's first sentences: the
     * story is about what the rule looks for, not only saying it in the background ("Militants attacked two ships",
     * or "Forces kill 19 insurgents" with Islamic State named further down).
     */
    private static boolean inLead(Set<String> terms, int sentences, List<Hit> hits, RuleText text) {
        for (Hit hit : hits) {
            if (text.inLead(hit.first(), sentences) && terms.contains(hit.term())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline or the body's first sentence has one of a rule's unless-lead terms. */
    private static boolean opensWithUnlessLead(Set<String> terms, List<Hit> hits, RuleText text) {
        return !terms.isEmpty() && inLead(terms, UNLESS_LEAD_SENTENCES, hits, text);
    }

    /** The terms and pairs that make a rule fire, or none when it does not. */
    private static List<String> reasons(TopicRule rule, List<Clause> clauses, Set<String> found, List<Hit> hits,
                                        RuleText text) {
        List<String> reasons = new ArrayList<>();
        for (String term : rule.any()) {
            if (found.contains(term)) {
                reasons.add(term);
            }
        }
        if (reasons.isEmpty() && !rule.any().isEmpty() || !found.containsAll(rule.all())) {
            return List.of();
        }
        for (String term : rule.none()) {
            if (found.contains(term)) {
                return List.of();
            }
        }
        for (Clause clause : clauses) {
            Set<String> pairs = clause.anyIn(found) ? clause.pairs(hits, text) : Set.of();
            if (pairs.isEmpty()) {
                return List.of();
            }
            reasons.addAll(pairs);
        }
        return reasons;
    }

    /** A near clause ready for matching. */
    private record Clause(int window, Set<String> first, Set<String> second) {

        /** Whether the terms found include one of each side: most texts have neither, and cost no more. */
        boolean anyIn(Set<String> found) {
            return anyOf(first, found) && anyOf(second, found);
        }

        private static boolean anyOf(Set<String> terms, Set<String> found) {
            for (String term : terms) {
                if (found.contains(term)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The pairs in the text, as "first ~ second": one pass over the hits in text order, each hit of one side
         * paired with the latest hit of the other side before it, if that is in its sentence and window.
         */
        Set<String> pairs(List<Hit> hits, RuleText text) {
            Set<String> pairs = new LinkedHashSet<>();
            Hit lastFirst = null;
            Hit lastSecond = null;
            for (Hit hit : hits) {
                boolean isFirst = first.contains(hit.term());
                boolean isSecond = second.contains(hit.term());
                if (isFirst && lastSecond != null && near(lastSecond, hit, text)) {
                    pairs.add(hit.term() + " ~ " + lastSecond.term());
                }
                if (isSecond && lastFirst != null && near(lastFirst, hit, text)) {
                    pairs.add(lastFirst.term() + " ~ " + hit.term());
                }
                lastFirst = isFirst ? hit : lastFirst;
                lastSecond = isSecond ? hit : lastSecond;
            }
            return pairs;
        }

        private boolean near(Hit before, Hit after, RuleText text) {
            return text.sentenceOf(before.last()) == text.sentenceOf(after.first()) && after.first() != before.first()
                && (window == TopicRule.Near.SENTENCE || after.first() - before.last() <= window);
        }
    }

    /**
     * Mentions, in headline or body, of entities whose category a rule names, as hits of {@code @category}; not where
     * the text names the group as the government it is ({@link #GOVERNING}).
     */
    private void addEntities(RuleText text, String headline, String body, List<Entity> entities, List<Hit> hits) {
        if (categoryTerms.isEmpty()) {
            return;
        }
        for (Entity entity : entities) {
            String category = categories.of(entity.getName());
            if (category == null || !categoryTerms.contains("@" + category)) {
                continue;
            }
            for (Mention mention : entity.getMentions()) {
                boolean inHeadline = mention.getField().equals("headline");
                String field = inHeadline ? headline : body;
                if ((inHeadline || mention.getField().equals("body")) && !governing(field, mention.getEnd())) {
                    int start = text.normalisedAt(inHeadline, mention.getStart());
                    int end = text.normalisedAt(inHeadline, mention.getEnd() - 1);
                    if (start >= 0 && end >= start) {
                        hits.add(new Hit("@" + category, text.word(start), text.word(end)));
                    }
                }
            }
        }
    }

    /**
     * "Taliban government spokesman", "the Hamas-run interior ministry", "Houthi authorities' officials": an armed group
     * named as the government it has become, speaking through its offices, whose words are a state's. What such a
     * government does ("Taliban authorities kidnapped a journalist") still counts.
     */
    private static final Pattern GOVERNING = Pattern.compile("(?:'s|’s|-led|-run|-controlled)?\\s+(?:(?:interim\\s+)?"
        + "(?:government|administration|authorities)(?:'s|’s)?\\s+)?(?:(?:defen[cs]e|interior|foreign|health|information)"
        + "\\s+)?(?:ministry|minister|spokesman|spokeswoman|spokesperson|official|officials)\\b");

    /** Whether the words after a mention ending at {@code end} name the group as a government. */
    private static boolean governing(String field, int end) {
        return field != null && end < field.length()
            && GOVERNING.matcher(field).region(end, Math.min(field.length(), end + 40)).lookingAt();
    }

    /**
     * "There is no indication that it is connected to terrorism", "police ruled out terrorism": a term a denial
     * comes shortly before, in its sentence, is not said of the story. "Have not ruled out" denies nothing.
     */
    private static final String DENIAL = "\u0000denial";
    private static final String NO_DENIAL = "\u0000no denial";
    private static final Map<String, String> DENIAL_CUES = denialCues();
    private static final int DENIAL_REACH = 15;

    private static Map<String, String> denialCues() {
        Map<String, String> cues = new HashMap<>();
        for (String cue : List.of("no indication", "no evidence", "no sign", "no signs", "no suggestion",
                "nothing to suggest", "nothing to indicate", "not connected", "not linked", "no link", "no links",
                "no connection", "unrelated to", "not related", "not terror", "not a terror", "not an act of",
                "not being treated as", "not treated as", "ruled out", "rules out", "ruling out")) {
            cues.put(cue, DENIAL);
        }
        for (String kept : List.of("not ruled out", "not rule out", "not ruling out", "t ruled out", "t rule out",
                "never ruled out")) {
            cues.put(kept, NO_DENIAL);
        }
        return Map.copyOf(cues);
    }

    /** The last word of each denial, but those a longer cue ending with it takes back ("not ruled out"). */
    private static List<Integer> denials(List<PhraseMatcher.Match<String>> cues, RuleText text) {
        List<Integer> words = new ArrayList<>();
        for (PhraseMatcher.Match<String> cue : cues) {
            boolean takenBack = cues.stream().anyMatch(other -> NO_DENIAL.equals(other.value()) && other.end() == cue.end());
            if (DENIAL.equals(cue.value()) && !takenBack) {
                words.add(text.word(cue.end() - 1));
            }
        }
        return words;
    }

    private static boolean denied(Hit hit, List<Integer> denials, RuleText text) {
        for (int denial : denials) {
            if (denial < hit.first() && hit.first() - denial <= DENIAL_REACH
                    && text.sentenceOf(denial) == text.sentenceOf(hit.first())) {
                return true;
            }
        }
        return false;
    }

    /** A term found, from its first word to its last. */
    private record Hit(String term, int first, int last) {
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
