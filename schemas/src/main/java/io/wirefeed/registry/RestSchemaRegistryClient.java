package io.wirefeed.registry;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The Confluent Schema Registry REST API over HTTP, without caching: every call is a request. Wrap it in a
 * {@link CachedSchemaRegistryClient} for use on a data path ({@link #create} does).
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private final RegistryTransport transport;

    RestSchemaRegistryClient(RegistryTransport transport) {
        this.transport = transport;
    }

    /** A REST client configured by {@link SchemaRegistryClientConfig}. */
    public static RestSchemaRegistryClient of(SchemaRegistryClientConfig config) {
        HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS_CONFIG)))
            .sslContext(RegistrySslContext.from(config))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
        RetryPolicy retry = new RetryPolicy(config.getInt(SchemaRegistryClientConfig.MAX_RETRIES_CONFIG),
            Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.RETRIES_WAIT_MS_CONFIG)),
            Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.RETRIES_MAX_WAIT_MS_CONFIG)));
        return new RestSchemaRegistryClient(new RegistryTransport(RegistryTransport.endpoints(config), http,
            Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.READ_TIMEOUT_MS_CONFIG)), retry,
            new ObjectMapper()));
    }

    /** The client a data path should use: REST behind bounded caches. */
    public static SchemaRegistryClient create(Map<String, ?> configs) {
        SchemaRegistryClientConfig config = new SchemaRegistryClientConfig(configs);
        return new CachedSchemaRegistryClient(of(config),
            config.getInt(SchemaRegistryClientConfig.MAX_SCHEMAS_PER_SUBJECT_CONFIG),
            config.getLong(SchemaRegistryClientConfig.LATEST_CACHE_TTL_SEC_CONFIG));
    }

    @Override
    public int register(String subject, Schema schema) {
        return transport.post("/subjects/" + encode(subject) + "/versions", Map.of("schema", schema.toString()))
            .path("id").asInt();
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        JsonNode found = transport.post("/subjects/" + encode(subject), Map.of("schema", schema.toString()));
        return new RegisteredSchema(subject, found.path("version").asInt(), found.path("id").asInt(), schema);
    }

    @Override
    public Schema schemaById(int id) {
        return parse(transport.get("/schemas/ids/" + id), "id " + id);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return registered(subject, transport.get("/subjects/" + encode(subject) + "/versions/" + version));
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registered(subject, transport.get("/subjects/" + encode(subject) + "/versions/latest"));
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            return transport.post("/compatibility/subjects/" + encode(subject) + "/versions/latest",
                Map.of("schema", schema.toString())).path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;   // nothing registered yet, so nothing to break
            }
            throw e;
        }
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        try {
            return level(transport.get("/config/" + encode(subject) + "?defaultToGlobal=true"));
        } catch (SchemaRegistryException e) {
            // Registries that predate defaultToGlobal answer 404 for a subject without its own level.
            if (!e.isNotFound()) {
                throw e;
            }
            return level(transport.get("/config"));
        }
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        transport.put("/config/" + encode(subject), Map.of("compatibility", level.name()));
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        transport.get("/subjects").forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        List<Integer> versions = new ArrayList<>();
        transport.delete("/subjects/" + encode(subject)).forEach(node -> versions.add(node.asInt()));
        return versions;
    }

    private static RegisteredSchema registered(String subject, JsonNode node) {
        return new RegisteredSchema(subject, node.path("version").asInt(), node.path("id").asInt(),
            parse(node, subject));
    }

    private static Schema parse(JsonNode node, String what) {
        String type = node.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException("Schema " + what + " is " + type + ", not Avro", 200, -1);
        }
        try {
            return new Schema.Parser().parse(node.path("schema").asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema " + what + " from the registry is not valid Avro: "
                + e.getMessage(), e);
        }
    }

    private static CompatibilityLevel level(JsonNode node) {
        // Confluent answers compatibilityLevel; some registries answer compatibility.
        String value = node.path("compatibilityLevel").asText(node.path("compatibility").asText(""));
        return CompatibilityLevel.parse(value);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
