package io.wirefeed.enrich;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * The enrichment of one dispatch, step by step: language, entities, topics, then versions and duplicates
 * (the one step with state, kept by the {@link Deduplicator}'s store across dispatches).
 */
public final class Enricher {

    private final LanguageDetector language;
    private final EntityRecognizer entities;
    private final TopicClassifier topics;
    private final Deduplicator deduplicator;
    private final Clock clock;

    public Enricher(LanguageDetector language, EntityRecognizer entities, TopicClassifier topics,
                    Deduplicator deduplicator, Clock clock) {
        this.language = language;
        this.entities = entities;
        this.topics = topics;
        this.deduplicator = deduplicator;
        this.clock = clock;
    }

    public EnrichedDispatch enrich(Dispatch dispatch) {
        String datelineText = dispatch.getDateline() == null ? null : dispatch.getDateline().getText();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", dispatch.getHeadline());
        fields.put("dateline", datelineText);
        fields.put("body", dispatch.getBody());
        Deduplicator.Decision decision = deduplicator.decide(dispatch,
            TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(), datelineText));
        return EnrichedDispatch.newBuilder()
            .setId(dispatch.getId())
            .setGuid(dispatch.getGuid())
            .setVersion(dispatch.getVersion())
            .setAgency(dispatch.getAgency())
            .setFormat(dispatch.getFormat())
            .setReceivedAt(dispatch.getReceivedAt())
            .setFirstCreated(dispatch.getFirstCreated())
            .setVersionCreated(dispatch.getVersionCreated())
            .setPubStatus(dispatch.getPubStatus())
            .setUrgency(dispatch.getUrgency())
            .setEmbargoedUntil(dispatch.getEmbargoedUntil())
            .setLanguage(language.detect(dispatch.getHeadline() + "\n" + dispatch.getBody(), dispatch.getLanguage()))
            .setDeclaredLanguage(dispatch.getLanguage())
            .setHeadline(dispatch.getHeadline())
            .setSlugline(dispatch.getSlugline())
            .setDateline(dispatch.getDateline())
            .setBody(dispatch.getBody())
            .setSubjects(dispatch.getSubjects())
            .setSignals(dispatch.getSignals())
            .setOriginal(dispatch.getOriginal())
            .setEntities(entities.recognise(fields))
            .setTopics(topics.classify(dispatch.getHeadline(), dispatch.getBody(), dispatch.getSubjects()))
            .setDedupe(decision.dedupe())
            .setStory(decision.story())
            .setEnrichedAt(clock.instant())
            .build();
    }
}
