package io.wirefeed.launcher.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where the parts of a running local stack are reached, as printed for a person and written as JSON for
 * scripts and tests ({@code --endpoints-file}).
 *
 * @param postgres a JDBC URL with user and password: the local stack's database is for local use only
 * @param apiKey   the ingest API key of the local stack
 * @param connect  the Kafka Connect worker's REST API
 * @param console  the console's page, the API key in its fragment (which the browser does not send)
 * @param metrics  Prometheus endpoints by service name
 */
public record StackEndpoints(String kafka, String schemaRegistry, String postgres, String opensearch, String ingest,
                             String apiKey, String dropFolder, String connect, String console,
                             Map<String, String> metrics) {

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kafka", kafka);
        map.put("schemaRegistry", schemaRegistry);
        map.put("postgres", postgres);
        map.put("opensearch", opensearch);
        map.put("ingest", ingest);
        map.put("apiKey", apiKey);
        map.put("dropFolder", dropFolder);
        map.put("connect", connect);
        map.put("console", console);
        map.put("metrics", metrics);
        return map;
    }

    String table() {
        StringBuilder table = new StringBuilder();
        asMap().forEach((name, value) -> {
            if (value instanceof Map<?, ?> urls) {
                urls.forEach((service, url) -> table.append(String.format("  %-16s %s%n", name + " " + service, url)));
            } else {
                table.append(String.format("  %-16s %s%n", name, value));
            }
        });
        return table.toString();
    }

    /** Written to a temporary file first and moved into place, so a reader never sees half of it. */
    void writeJson(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.toFile(), asMap());
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
