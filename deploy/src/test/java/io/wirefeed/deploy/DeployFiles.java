package io.wirefeed.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The files under {@code deploy/}, parsed: YAML documents, JSON, and the metric names their queries use. */
public final class DeployFiles {

    /** Tests run in the module's directory, which is {@code deploy/}. */
    public static final Path ROOT = Path.of(".");

    private static final Pattern METRIC = Pattern.compile("\\b((?:wirefeed|kafka|jvm|process)_[a-z0-9_]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader YAML = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class);

    private DeployFiles() {
    }

    /** Every document of a YAML file (a file may hold several, separated by {@code ---}). */
    public static List<JsonNode> yaml(String file) {
        return yamlAt(ROOT.resolve(file));
    }

    /** Every document of a YAML file anywhere (null documents, as after a trailing {@code ---}, left out). */
    public static List<JsonNode> yamlAt(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readValues(file.toFile())) {
            values.forEachRemaining(document -> {
                if (document != null && !((JsonNode) document).isNull() && !((JsonNode) document).isMissingNode()) {
                    documents.add((JsonNode) document);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** The one document of a YAML text. */
    public static JsonNode yamlText(String text) {
        try {
            return YAML.readValue(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + e.getMessage(), e);
        }
    }

    public static String text(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String file) {
        try {
            return JSON.readTree(ROOT.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Paths, relative to {@code deploy/}, of the files with one of the given extensions. */
    public static List<String> files(String... extensions) {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(Files::isRegularFile)
                .map(path -> ROOT.relativize(path).toString())
                .filter(path -> !path.startsWith("target") && !path.startsWith("src"))
                .filter(path -> Stream.of(extensions).anyMatch(path::endsWith))
                .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metric names in the alert rules' expressions and the dashboard's panel queries. */
    public static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (JsonNode group : yaml("prometheus/alerts.yml").get(0).path("groups")) {
            group.path("rules").forEach(rule -> names.addAll(metricsIn(rule.path("expr").asText())));
        }
        json("grafana/wirefeed-dashboard.json").path("panels").forEach(panel ->
            panel.path("targets").forEach(target -> names.addAll(metricsIn(target.path("expr").asText()))));
        return names;
    }

    static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
