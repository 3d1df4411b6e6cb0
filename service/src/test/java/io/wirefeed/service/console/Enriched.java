package io.wirefeed.service.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.MediaTopic;
import io.wirefeed.schema.Mention;

/** Enriched dispatches for the console's tests, built up a field at a time. */
final class Enriched {

    private final EnrichedDispatch dispatch = new EnrichedDispatch();
    private final List<Entity> entities = new ArrayList<>();
    private final List<MediaTopic> topics = new ArrayList<>();

    private Enriched(String id, int version, DedupeVerdict verdict) {
        dispatch.setId(id);
        dispatch.setVersion(version);
        dispatch.setAgency("Xinhua");
        dispatch.setStory(id);
        dispatch.setHeadline("Headline of " + id);
        dispatch.setBody("Body of " + id);
        dispatch.setReceivedAt(Instant.parse("2026-12-01T10:00:00Z"));
        dispatch.setEnrichedAt(Instant.parse("2026-12-01T10:00:01Z"));
        dispatch.setDedupe(Dedupe.newBuilder().setVerdict(verdict).build());
    }

    static Enriched dispatch(String id, int version, DedupeVerdict verdict) {
        return new Enriched(id, version, verdict);
    }

    Enriched story(String story) {
        dispatch.setStory(story);
        return this;
    }

    Enriched of(String id, int version) {
        dispatch.setDedupe(Dedupe.newBuilder(dispatch.getDedupe()).setOf(id).setOfVersion(version).build());
        return this;
    }

    Enriched agency(String agency) {
        dispatch.setAgency(agency);
        return this;
    }

    Enriched headline(String headline) {
        dispatch.setHeadline(headline);
        return this;
    }

    Enriched body(String body) {
        dispatch.setBody(body);
        return this;
    }

    /** An entity mentioned at [start, end) of a field. */
    Enriched entity(String name, EntityType type, String field, int start, int end) {
        String text = ("headline".equals(field) ? dispatch.getHeadline() : dispatch.getBody()).substring(start, end);
        entities.add(Entity.newBuilder().setName(name).setType(type).setMentions(List.of(Mention.newBuilder()
            .setText(text).setField(field).setStart(start).setEnd(end).build())).build());
        return this;
    }

    Enriched topic(String code, String label) {
        topics.add(MediaTopic.newBuilder().setCode(code).setLabel(label).setScore(0.9).build());
        return this;
    }

    EnrichedDispatch build() {
        dispatch.setEntities(List.copyOf(entities));
        dispatch.setTopics(List.copyOf(topics));
        return dispatch;
    }

    DispatchView view(String position) {
        return DispatchView.of(position, build());
    }
}
