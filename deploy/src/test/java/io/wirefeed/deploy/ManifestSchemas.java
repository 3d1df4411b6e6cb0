package io.wirefeed.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * What a resource must look like, by its apiVersion and kind. Strimzi's resources: the openAPIV3Schema of the CRDs
 * of the Strimzi release (written by its own generator at build time, target/strimzi-crds), closed as
 * {@code kubectl apply}'s strict field validation closes them (an unknown field is an error). Kubernetes' own kinds:
 * the Kubernetes Java client's model of the Kubernetes version it was generated for, whose classes check unknown and
 * required fields. The Prometheus Operator's kinds ({@code PodMonitor}, {@code PrometheusRule}): the openAPIV3Schema of
 * its released CRDs, vendored under the test resources (no artifact on Maven Central carries them), closed the same
 * way. Any other kind is an error.
 */
final class ManifestSchemas {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private final Map<String, JsonSchema> crds;

    private ManifestSchemas(Map<String, JsonSchema> crds) {
        this.crds = crds;
    }

    /** The CRDs in the directories, each served version by its apiVersion and kind. */
    static ManifestSchemas crdsIn(Path... directories) {
        Map<String, JsonSchema> crds = new HashMap<>();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (Path directory : directories) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                    JsonNode crd = DeployFiles.yamlAt(file).get(0);
                    String group = crd.at("/spec/group").asText();
                    String kind = crd.at("/spec/names/kind").asText();
                    for (JsonNode version : crd.at("/spec/versions")) {
                        JsonNode schema = closed(version.at("/schema/openAPIV3Schema").deepCopy());
                        crds.put(group + "/" + version.path("name").asText() + " " + kind, factory.getSchema(schema));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No CRDs in " + directory, e);
            }
        }
        return new ManifestSchemas(crds);
    }

    /** The apiVersion and kind of every resource these schemas check, as {@code group/version Kind}. */
    Set<String> kinds() {
        return crds.keySet();
    }

    /** Why the resource is not valid; empty when it is. */
    List<String> problems(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String kind = resource.path("kind").asText();
        JsonSchema crd = crds.get(apiVersion + " " + kind);
        if (crd != null) {
            return crd.validate(resource).stream().map(ValidationMessage::getMessage).toList();
        }
        return kubernetesProblems(apiVersion, kind, resource);
    }

    private static List<String> kubernetesProblems(String apiVersion, String kind, JsonNode resource) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String model = MODELS + version.substring(0, 1).toUpperCase(Locale.ROOT) + version.substring(1) + kind;
        JsonObject json = JsonParser.parseString(resource.toString()).getAsJsonObject();
        try {
            Class.forName(model).getMethod("validateJsonObject", JsonObject.class).invoke(null, json);
            return List.of();
        } catch (ClassNotFoundException e) {
            return List.of("no schema for " + apiVersion + " " + kind);
        } catch (ReflectiveOperationException e) {
            return List.of(String.valueOf(e.getCause() == null ? e : e.getCause().getMessage()));
        }
    }

    /**
     * The schema with every object that lists its properties closed to others, as the API server's strict field
     * validation treats them, unless it preserves unknown fields on purpose (free-form maps such as config).
     */
    static JsonNode closed(JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode object = (ObjectNode) schema;
            // Only objects: a oneOf branch that lists properties states which are required, not which are allowed.
            if (object.path("type").asText().equals("object") && object.has("properties")
                && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            List<JsonNode> children = new ArrayList<>();
            for (Iterator<JsonNode> values = object.elements(); values.hasNext();) {
                children.add(values.next());
            }
            children.forEach(ManifestSchemas::closed);
        } else if (schema.isArray()) {
            schema.forEach(ManifestSchemas::closed);
        }
        return schema;
    }
}
