package io.wirefeed.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Kafka Connect's REST API, as an operator uses it: the same calls against any worker, embedded or not. */
public final class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConnectRest(URI url) {
        this.url = url;
    }

    public URI url() {
        return url;
    }

    /** Creates the connector, or updates its configuration if it exists (so a restarted worker gets it back). */
    public void apply(String name, Map<String, String> config) throws IOException {
        HttpResponse<String> answer = exchange(request("/connectors/" + name + "/config")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config))).build());
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new IOException("PUT /connectors/" + name + "/config answered " + answer.statusCode() + ": "
                + answer.body());
        }
    }

    /** Stops the connector, deletes its committed offsets and resumes it: its topics are delivered again. */
    public void rewind(String name) throws IOException {
        // Deleting offsets is refused until the connector has reached STOPPED, so each step is retried briefly.
        for (HttpRequest step : List.of(
                request("/connectors/" + name + "/stop").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                request("/connectors/" + name + "/offsets").DELETE().build(),
                request("/connectors/" + name + "/resume").PUT(HttpRequest.BodyPublishers.noBody()).build())) {
            sendUntilAccepted(step);
        }
    }

    /** Connect's validation of a configuration (the JSON it answers). */
    public JsonNode validate(String plugin, Map<String, String> config) throws IOException {
        return JSON.readTree(send(request("/connector-plugins/" + plugin + "/config/validate")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config))).build(), 200));
    }

    /** The connector plugins this worker found (class names). */
    public List<String> plugins() throws IOException {
        JsonNode plugins = JSON.readTree(send(request("/connector-plugins").GET().build(), 200));
        return StreamSupport.stream(plugins.spliterator(), false)
            .map(plugin -> plugin.get("class").asText()).toList();
    }

    /** The state of the connector and its tasks, as {@code /connectors/{name}/status} answers it. */
    public JsonNode status(String name) throws IOException {
        return JSON.readTree(send(request("/connectors/" + name + "/status").GET().build(), 200));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private String send(HttpRequest request, int expected) throws IOException {
        HttpResponse<String> answer = exchange(request);
        if (answer.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + answer.statusCode() + ": "
                + answer.body());
        }
        return answer.body();
    }

    private void sendUntilAccepted(HttpRequest request) throws IOException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        HttpResponse<String> answer = exchange(request);
        while (answer.statusCode() >= 300 && System.nanoTime() < deadline) {
            pause();
            answer = exchange(request);
        }
        if (answer.statusCode() >= 300) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + answer.statusCode() + ": "
                + answer.body());
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted calling " + request.uri(), e);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
