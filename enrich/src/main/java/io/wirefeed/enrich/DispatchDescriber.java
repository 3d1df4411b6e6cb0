package io.wirefeed.enrich;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * The stateless steps of enrichment: language, entities and topics of one dispatch. Its verdict is UNIQUE and
 * its story its own id until the {@link io.wirefeed.enrich.dedupe.Deduplicator} says otherwise.
 */
public final class DispatchDescriber {

    private final LanguageDetector language;
    private final EntityRecognizer entities;
    private final TopicClassifier topics;

    public DispatchDescriber(LanguageDetector language, EntityRecognizer entities, TopicClassifier topics) {
        this.language = language;
        this.entities = entities;
        this.topics = topics;
    }

    public static DispatchDescriber standard() {
        return new DispatchDescriber(new LanguageDetector(), EntityRecognizer.standard(), TopicClassifier.shipped());
    }

    public EnrichedDispatch describe(Dispatch dispatch, Instant now) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", dispatch.getHeadline());
        fields.put("dateline", dispatch.getDateline() == null ? null : dispatch.getDateline().getText());
        fields.put("body", dispatch.getBody());
        List<Entity> found = entities.recognise(fields);
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
            .setEntities(found)
            .setCountries(entities.countries(fields, found))
            .setTopics(topics.classify(dispatch.getHeadline(), dispatch.getBody(), dispatch.getSubjects(), found))
            .setDedupe(Dedupe.newBuilder().setVerdict(DedupeVerdict.UNIQUE).build())
            .setStory(dispatch.getId())
            .setEnrichedAt(now)
            .build();
    }
}
