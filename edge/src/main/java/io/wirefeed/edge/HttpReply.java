package io.wirefeed.edge;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An answer to an HTTP request: status, media type, body and extra headers. */
public record HttpReply(int status, String contentType, byte[] body, Map<String, String> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpReply json(int status, Object body) {
        try {
            return new HttpReply(status, "application/json", JSON.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + body.getClass(), e);
        }
    }

    /** An error as {@code {"status": 400, "error": "..."}}. */
    public static HttpReply error(int status, String message) {
        return json(status, Map.of("status", status, "error", message));
    }

    public static HttpReply text(int status, String contentType, String body) {
        return new HttpReply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public HttpReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpReply(status, contentType, body, Map.copyOf(more));
    }
}
