package io.wirefeed.enrich.stream;

/** The topics of the enrichment topology. */
public record EnrichTopics(String dispatches, String enriched, String alerts, String trends, String deadLetters,
                           String rules) {
}
