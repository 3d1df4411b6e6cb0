package io.wirefeed.enrich.stream;

import java.util.List;
import java.util.Set;

import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.MediaTopic;

/**
 * When a dispatch raises an alert: by default, a counter-terrorism topic (act of terror, bombings, terrorism,
 * kidnapping, hijacking) on a dispatch of urgency 1 to 4 that is not a re-send of one already alerted on.
 */
public record AlertPolicy(String rule, Set<String> topics, int maxUrgency) {

    public static final AlertPolicy COUNTER_TERRORISM = new AlertPolicy("ct-urgent", Set.of("medtop:20000053",
        "medtop:20000055", "medtop:20000103", "medtop:20000100", "medtop:20000098"), 4);

    public List<Alert> alertsFor(EnrichedDispatch dispatch) {
        if (dispatch.getUrgency() == null || dispatch.getUrgency() > maxUrgency
                || dispatch.getDedupe().getVerdict() == DedupeVerdict.DUPLICATE) {
            return List.of();
        }
        List<String> matched = dispatch.getTopics().stream().map(MediaTopic::getCode).filter(topics::contains).toList();
        if (matched.isEmpty()) {
            return List.of();
        }
        return List.of(alert(rule, "topics " + matched + " at urgency " + dispatch.getUrgency(), dispatch)
            .setTopics(matched).build());
    }

    /** An alert of a rule about a dispatch; its id is the same when a replay raises it again. */
    static Alert.Builder alert(String rule, String reason, EnrichedDispatch dispatch) {
        return Alert.newBuilder()
            .setId(rule + ":" + dispatch.getId() + ":" + dispatch.getVersion())
            .setRule(rule)
            .setReason(reason)
            .setDispatchId(dispatch.getId())
            .setDispatchVersion(dispatch.getVersion())
            .setStory(dispatch.getStory())
            .setAgency(dispatch.getAgency())
            .setHeadline(dispatch.getHeadline())
            .setUrgency(dispatch.getUrgency())
            .setRaisedAt(dispatch.getEnrichedAt())
            .setEmbargoedUntil(dispatch.getEmbargoedUntil());
    }
}
