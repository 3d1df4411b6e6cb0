package io.wirefeed.stack;

/** Where clients reach a running Kafka cluster. */
public record KafkaEndpoint(String bootstrapServers) {
}
