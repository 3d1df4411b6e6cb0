package io.wirefeed.stack;

/**
 * Where clients reach a running schema registry.
 *
 * @param url the base URL of its Confluent-compatible REST API (for Apicurio, {@code .../apis/ccompat/v7})
 */
public record RegistryEndpoint(String url) {
}
