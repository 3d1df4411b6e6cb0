package io.wirefeed.service.console;

import java.util.List;

import io.wirefeed.schema.Alert;

/** An alert as the console shows it (JSON; every field plain text the pages set as text). */
public record AlertView(String id, String rule, String reason, String dispatchId, int dispatchVersion, String story,
                        String agency, String headline, List<String> topics, List<String> entities, String raisedAt,
                        String embargoedUntil) {

    public AlertView {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    static AlertView of(Alert alert) {
        return new AlertView(alert.getId(), alert.getRule(), alert.getReason(), alert.getDispatchId(),
            alert.getDispatchVersion(), alert.getStory(), alert.getAgency(), alert.getHeadline(), alert.getTopics(),
            alert.getEntities(), alert.getRaisedAt().toString(),
            alert.getEmbargoedUntil() == null ? null : alert.getEmbargoedUntil().toString());
    }
}
