package io.wirefeed.service.console;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.wirefeed.schema.EnrichedDispatch;

/**
 * One enriched dispatch as the console's pages show it (sent as JSON). The headline and body come as HTML made by
 * {@link Html} (escaped, entities marked); every other field is plain text that the pages set as text.
 *
 * @param position   where the record is, {@code partition/offset} of the enriched topic
 * @param verdict    the dedupe verdict, lower case ({@code unique}, {@code update}, {@code kill}...)
 * @param of         the dispatch it relates to, or null
 * @param topics     the IPTC Media Topics, as {@code code label}
 */
public record DispatchView(String position, String id, int version, String agency, String verdict, String of,
                           Integer ofVersion, String story, String headlineHtml, String bodyHtml, List<TopicView> topics,
                           List<EntityView> entities, String receivedAt, String enrichedAt, String embargoedUntil,
                           boolean retag) {

    /** Characters of the body a view carries: enough for a story page; the feed shows fewer. */
    static final int BODY_CHARS = 4_000;

    /** A topic: its QCode, its label, and the terms that made the classifier choose it. */
    public record TopicView(String code, String label, List<String> terms) {
    }

    /** An entity: its canonical name and its kind (person, organization, place, other). */
    public record EntityView(String name, String type) {
    }

    public DispatchView {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    static DispatchView of(String position, EnrichedDispatch dispatch) {
        List<TopicView> topics = dispatch.getTopics().stream()
            .map(topic -> new TopicView(topic.getCode(), topic.getLabel(), List.copyOf(topic.getTerms()))).toList();
        List<EntityView> entities = dispatch.getEntities().stream()
            .map(entity -> new EntityView(entity.getName(), entity.getType().name().toLowerCase(Locale.ROOT)))
            .distinct().toList();
        return new DispatchView(position, dispatch.getId(), dispatch.getVersion(), dispatch.getAgency(),
            dispatch.getDedupe().getVerdict().name().toLowerCase(Locale.ROOT), dispatch.getDedupe().getOf(),
            dispatch.getDedupe().getOfVersion(), dispatch.getStory(),
            Html.marked(dispatch.getHeadline(), "headline", dispatch.getEntities(), 1_000),
            Html.marked(dispatch.getBody(), "body", dispatch.getEntities(), BODY_CHARS), topics, entities,
            text(dispatch.getReceivedAt()), text(dispatch.getEnrichedAt()), text(dispatch.getEmbargoedUntil()),
            dispatch.getRetag());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
