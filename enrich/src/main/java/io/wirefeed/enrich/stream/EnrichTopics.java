package io.wirefeed.enrich.stream;

/**
 * The names of the enrichment's topics, as configured; {@link StreamTopics#of} pairs those the topology reads and
 * writes with their serdes. {@code embargoedAlerts} is written only when operators opt in to early alerts on
 * embargoed dispatches.
 */
public record EnrichTopics(String dispatches, String enriched, String alerts, String trends, String deadLetters,
                           String rules, String embargoedAlerts) {
}
