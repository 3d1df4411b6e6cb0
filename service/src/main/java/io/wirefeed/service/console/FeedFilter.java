package io.wirefeed.service.console;

import java.util.Locale;

/**
 * What a reader of the feed wants to see: every criterion given must hold, none given shows everything. A topic
 * matches its code or a piece of its label, an entity a piece of its name, an agency and a verdict their whole
 * name; all in any case.
 */
public record FeedFilter(String topic, String entity, String agency, String verdict) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null, null);

    /** Longest criterion read from a query: a filter is a few words. */
    static final int MAX_CRITERION = 200;

    public FeedFilter {
        topic = normal(topic);
        entity = normal(entity);
        agency = normal(agency);
        verdict = normal(verdict);
    }

    /** The filter a query gives ({@code topic=&entity=&agency=&verdict=}); other parameters are ignored. */
    static FeedFilter of(Query query) {
        return new FeedFilter(query.get("topic"), query.get("entity"), query.get("agency"), query.get("verdict"));
    }

    public boolean matches(DispatchView view) {
        return (topic == null || view.topics().stream().anyMatch(t -> t.code().toLowerCase(Locale.ROOT).equals(topic)
                || contains(t.label(), topic)))
            && (entity == null || view.entities().stream().anyMatch(e -> contains(e.name(), entity)))
            && (agency == null || agency.equals(lower(view.agency())))
            && (verdict == null || verdict.equals(lower(view.verdict()).replace('_', ' '))
                || verdict.equals(lower(view.verdict())));
    }

    private static boolean contains(String text, String piece) {
        return text != null && lower(text).contains(piece);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static String normal(String criterion) {
        if (criterion == null || criterion.isBlank()) {
            return null;
        }
        String trimmed = criterion.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_CRITERION ? trimmed.substring(0, MAX_CRITERION) : trimmed;
    }
}
