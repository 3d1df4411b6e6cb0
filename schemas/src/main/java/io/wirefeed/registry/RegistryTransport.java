package io.wirefeed.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one REST call to the registry: authentication, fail-over across the configured URLs and retries
 * of transient failures. Answers are JSON; error answers become {@link SchemaRegistryException}s with
 * Confluent's error code.
 */
final class RegistryTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryTransport.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json, "
        + "application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

    /** One base URL and the Authorization header to send to it (null for none). */
    record Endpoint(URI base, String authorization) {
        @Override
        public String toString() {
            return base.toString();
        }
    }

    private final List<Endpoint> endpoints;
    private final HttpClient http;
    private final Duration readTimeout;
    private final RetryPolicy retry;
    private final ObjectMapper json;
    /** The endpoint that answered last: tried first next time. */
    private final AtomicInteger preferred = new AtomicInteger();

    RegistryTransport(List<Endpoint> endpoints, HttpClient http, Duration readTimeout, RetryPolicy retry,
                      ObjectMapper json) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("No registry URL");
        }
        this.endpoints = List.copyOf(endpoints);
        this.http = http;
        this.readTimeout = readTimeout;
        this.retry = retry;
        this.json = json;
    }

    /** The endpoints of a configuration, with the Authorization header its credentials call for. */
    static List<Endpoint> endpoints(SchemaRegistryClientConfig config) {
        String bearer = config.bearerToken();
        String userInfo = config.basicUserInfo();
        return config.urls().stream().map(url -> {
            URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            String credentials = config.basicAuthFromUrl() ? uri.getRawUserInfo() : userInfo;
            URI base = uri.getRawUserInfo() == null ? uri
                : URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(
                    uri.getRawUserInfo().length() + 1) + uri.getRawPath());
            String authorization = bearer != null ? "Bearer " + bearer
                : credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                    URLDecoder.decode(credentials, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
            return new Endpoint(base, authorization);
        }).toList();
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String path, Object body) {
        byte[] payload = body == null ? null : serialize(body);
        SchemaRegistryException failure = null;
        for (int attempt = 0; attempt <= retry.maxRetries(); attempt++) {
            if (attempt > 0) {
                pause(retry.backoff(attempt), failure);
            }
            int first = preferred.get();
            for (int i = 0; i < endpoints.size(); i++) {
                int index = (first + i) % endpoints.size();
                try {
                    JsonNode answer = sendOnce(endpoints.get(index), method, path, payload);
                    preferred.set(index);
                    return answer;
                } catch (SchemaRegistryException e) {
                    if (!e.isTransient()) {
                        throw e;
                    }
                    failure = e;
                    LOG.debug("Registry {} failed {} {}: {}", endpoints.get(index), method, path, e.getMessage());
                }
            }
        }
        throw failure;
    }

    private JsonNode sendOnce(Endpoint endpoint, String method, String path, byte[] payload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.base() + path))
            .timeout(readTimeout)
            .header("Accept", ACCEPT)
            .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (payload != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        if (endpoint.authorization() != null) {
            request.header("Authorization", endpoint.authorization());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SchemaRegistryException("Registry " + endpoint + " unreachable for " + method + " " + path
                + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted during " + method + " " + path, e);
        }
        return answer(endpoint, method, path, response);
    }

    private JsonNode answer(Endpoint endpoint, String method, String path, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        JsonNode tree = parse(response.body());
        if (status / 100 == 2) {
            return tree;
        }
        int errorCode = tree.path("error_code").asInt(-1);
        String message = tree.path("message").asText("");
        throw new SchemaRegistryException("Registry " + endpoint + " answered " + method + " " + path + " with "
            + status + (errorCode >= 0 ? " (error " + errorCode + ")" : "")
            + (message.isEmpty() ? "" : ": " + message), status, errorCode);
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            // An error page from a proxy, say: keep its start as the message.
            return json.createObjectNode().put("message",
                new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
        }
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new SchemaRegistryException("Cannot write request body", e);
        }
    }

    private static void pause(Duration wait, SchemaRegistryException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
