package io.wirefeed.stack;

/** Where clients reach a running OpenSearch cluster over HTTP. */
public record OpenSearchEndpoint(String url) {
}
