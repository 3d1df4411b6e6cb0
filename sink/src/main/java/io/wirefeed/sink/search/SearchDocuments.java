package io.wirefeed.sink.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.MediaTopic;

/** The search document of an enriched dispatch: text for the English analyzer, keywords for filters. */
final class SearchDocuments {

    private SearchDocuments() {
    }

    static Map<String, Object> of(EnrichedDispatch dispatch, boolean killed) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", dispatch.getId());
        document.put("version", dispatch.getVersion());
        document.put("story", dispatch.getStory());
        document.put("agency", dispatch.getAgency());
        document.put("format", dispatch.getFormat().name());
        document.put("pubStatus", dispatch.getPubStatus().name());
        document.put("urgency", dispatch.getUrgency());
        document.put("language", dispatch.getLanguage());
        document.put("headline", dispatch.getHeadline());
        document.put("body", dispatch.getBody());
        document.put("datelinePlace", dispatch.getDateline() == null ? null : dispatch.getDateline().getPlace());
        document.put("receivedAt", dispatch.getReceivedAt().toString());
        document.put("versionCreated", dispatch.getVersionCreated() == null ? null : dispatch.getVersionCreated().toString());
        document.put("enrichedAt", dispatch.getEnrichedAt().toString());
        document.put("verdict", dispatch.getDedupe().getVerdict().name());
        document.put("dedupeOf", dispatch.getDedupe().getOf());
        List<Entity> entities = dispatch.getEntities();
        document.put("entityIds", entities.stream().map(Entity::getId).filter(id -> id != null).toList());
        document.put("entityNames", entities.stream().map(Entity::getName).toList());
        document.put("places", names(entities, EntityType.PLACE));
        document.put("people", names(entities, EntityType.PERSON));
        document.put("organizations", names(entities, EntityType.ORGANIZATION));
        document.put("countries", dispatch.getCountries());
        document.put("topicCodes", dispatch.getTopics().stream().map(MediaTopic::getCode).toList());
        document.put("killed", killed);
        document.put("retag", dispatch.getRetag());
        return document;
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(entity -> entity.getType() == type).map(Entity::getName).toList();
    }
}
