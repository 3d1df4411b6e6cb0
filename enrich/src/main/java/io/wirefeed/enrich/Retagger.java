package io.wirefeed.enrich;

import java.time.Instant;
import java.util.Objects;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * Re-tags a published enriched dispatch: its language, entities, countries and topics described again by the steps
 * in force now (rules, watchlists, gazetteers), everything else as published, verdict and story included. The
 * record says it is a re-tag ({@code retag}), so that subscribers and sinks replace that version rather than
 * take it for a new one.
 */
public final class Retagger {

    private final DispatchDescriber describer;

    public Retagger(DispatchDescriber describer) {
        this.describer = describer;
    }

    public EnrichedDispatch retag(EnrichedDispatch published, Instant now) {
        EnrichedDispatch retagged = describer.describe(asDispatch(published), now);
        retagged.setDedupe(published.getDedupe());
        retagged.setStory(published.getStory());
        retagged.setRetag(true);
        return retagged;
    }

    /** Whether a re-tag changes what subscribers filter and count by. */
    public static boolean changesTags(EnrichedDispatch published, EnrichedDispatch retagged) {
        return !Objects.equals(published.getLanguage(), retagged.getLanguage())
            || !published.getEntities().equals(retagged.getEntities())
            || !published.getCountries().equals(retagged.getCountries())
            || !published.getTopics().equals(retagged.getTopics());
    }

    /** The dispatch as ingest published it, as far as enrichment reads it. */
    static Dispatch asDispatch(EnrichedDispatch published) {
        return Dispatch.newBuilder()
            .setId(published.getId())
            .setGuid(published.getGuid())
            .setVersion(published.getVersion())
            .setAgency(published.getAgency())
            .setFormat(published.getFormat())
            .setReceivedAt(published.getReceivedAt())
            .setFirstCreated(published.getFirstCreated())
            .setVersionCreated(published.getVersionCreated())
            .setPubStatus(published.getPubStatus())
            .setUrgency(published.getUrgency())
            .setEmbargoedUntil(published.getEmbargoedUntil())
            .setLanguage(published.getDeclaredLanguage())
            .setHeadline(published.getHeadline())
            .setSlugline(published.getSlugline())
            .setDateline(published.getDateline())
            .setBody(published.getBody())
            .setSubjects(published.getSubjects())
            .setSignals(published.getSignals())
            .setOriginal(published.getOriginal())
            .setWarnings(published.getWarnings())
            .build();
    }
}
