package io.wirefeed.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.wirefeed.kafka.PipelineTopic;

/**
 * Writes the subscribers' contract, {@code docs/asyncapi.yaml} (AsyncAPI 3.0.0 with Kafka bindings 0.5.0), from the
 * topic table ({@link PipelineTopic}) and the Avro schemas: one channel per topic a subscriber may read, its key,
 * cleanup policy and delivery, and each record's schema as its payload. Tooling: {@code AsyncApiDocumentTest} fails
 * when the committed file differs from what this writes, and rewrites it with {@code -Dwirefeed.update-docs=true}.
 */
public final class AsyncApiDocument {

    /** Tests run in a module's directory; {@code docs/} is at the root. */
    static final Path FILE = Path.of("..", "docs", "asyncapi.yaml");
    static final String AVRO_FORMAT = "application/vnd.apache.avro;version=1.9.0";
    static final String READ_COMMITTED = "read_committed";
    private static final String KAFKA_BINDINGS = "0.5.0";

    /**
     * Headers Kafka Connect adds to what the sink connectors dead-letter ({@code errors.deadletterqueue.context.
     * headers.enable=true}, set in every deployment file); {@code DeployFilesTest} checks them against Connect's own.
     */
    static final List<String> CONNECT_ERROR_HEADERS = List.of("__connect.errors.topic", "__connect.errors.partition",
        "__connect.errors.offset", "__connect.errors.connector.name", "__connect.errors.task.id",
        "__connect.errors.stage", "__connect.errors.class.name", "__connect.errors.exception.class.name",
        "__connect.errors.exception.message", "__connect.errors.exception.stacktrace");

    private static final String HEADER = """
        # The contract Wirefeed offers its subscribers: the topics it writes, their keys, records and guarantees.
        # Generated from the topic table (io.wirefeed.kafka.PipelineTopic) and the Avro schemas by
        # io.wirefeed.schema.AsyncApiDocument; do not edit. AsyncApiDocumentTest fails when it drifts:
        # mvn -B -q -pl schemas -am test -Dtest=AsyncApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false \\
        #   -Dwirefeed.update-docs=true
        """;

    private static final String DESCRIPTION = """
        The Kafka topics the Wirefeed pipeline writes for others to read: normalised dispatches, enriched dispatches, \
        alerts, trends and dead letters, and the rules topic it reads. Values are Avro in the Confluent wire format \
        (magic byte 0, the schema id as a 4-byte big-endian int, the Avro binary encoding); each value's schema is \
        registered under the subject <topic>-value (TopicNameStrategy) in a registry with the Confluent API, held \
        there to FULL_TRANSITIVE compatibility: a reader on any released schema reads every record. Keys are UTF-8 \
        strings, not Avro. Topic names are the defaults; an operator may rename them (the services' topic.* settings).

        Delivery: enrich writes in Kafka transactions (Kafka Streams exactly-once), and so does ingest's drop \
        folder and feed poller; a consumer must set isolation.level=read_committed, or it also reads records of \
        aborted transactions, which are then written again. Kafka's default is read_uncommitted.

        The schemas' release is the version above (schemas/released/<record>/<n>.avsc in the source).""";

    private AsyncApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, yaml(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }

    /** The document as it should be committed. */
    static String yaml() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));
        try {
            return HEADER + yaml.writeValueAsString(document(yaml));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode document(ObjectMapper mapper) throws JsonProcessingException {
        ObjectNode root = mapper.createObjectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Wirefeed topics");
        info.put("version", ReleasedSchemas.release() + ".0.0");
        info.put("description", DESCRIPTION);
        root.put("defaultContentType", "application/octet-stream");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        for (PipelineTopic topic : PipelineTopic.values()) {
            if (!topic.forSubscribers()) {
                continue;
            }
            SchemaCatalog record = topic.value().orElseThrow();
            String id = camel(topic.name());
            String schemaName = record.schema().getName();
            if (!schemas.has(schemaName)) {
                ObjectNode schema = schemas.putObject(schemaName);
                schema.put("schemaFormat", AVRO_FORMAT);
                schema.set("schema", mapper.readTree(record.schema().toString()));
            }
            messages.set(id, message(mapper, topic, schemaName));
            channels.set(id, channel(mapper, topic, id));
            ObjectNode operation = operations.putObject((topic == PipelineTopic.RULES ? "receive" : "send")
                + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            operation.put("action", topic == PipelineTopic.RULES ? "receive" : "send");
            operation.putObject("channel").put("$ref", "#/channels/" + id);
            operation.put("summary", topic == PipelineTopic.RULES ? "enrich reads the rules operators publish"
                : topic.writer() + " writes " + topic.defaultName());
            operation.putArray("messages").addObject().put("$ref", "#/channels/" + id + "/messages/" + id);
        }
        return root;
    }

    private static ObjectNode channel(ObjectMapper mapper, PipelineTopic topic, String id) {
        ObjectNode channel = mapper.createObjectNode();
        channel.put("address", topic.defaultName());
        // One sentence a line: YAML keeps them as a literal block, readable in the file.
        channel.put("description", String.join("\n", "Written by " + topic.writer() + ".", delivery(topic.delivery()),
            "Key: " + topic.key(), "Cleanup policy: " + topic.cleanup().policy()
                + (topic.cleanup() == PipelineTopic.Cleanup.COMPACT ? " (the latest record of a key is kept)." : "."),
            partitions(topic)));
        channel.putObject("messages").putObject(id).put("$ref", "#/components/messages/" + id);
        ObjectNode binding = channel.putObject("bindings").putObject("kafka");
        binding.put("topic", topic.defaultName());
        if (topic.singlePartition()) {
            binding.put("partitions", 1);
        }
        binding.putObject("topicConfiguration").putArray("cleanup.policy").add(topic.cleanup().policy());
        binding.put("bindingVersion", KAFKA_BINDINGS);
        channel.put("x-delivery", topic.delivery().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        channel.putObject("x-consumer-config").put("isolation.level", READ_COMMITTED);
        return channel;
    }

    private static String partitions(PipelineTopic topic) {
        if (topic.singlePartition()) {
            return "One partition.";
        }
        return topic == PipelineTopic.SINK_DEAD_LETTERS ? "Partitions: as the operator created it (Connect creates it "
            + "with one when it is missing)." : "Partitions: the services' topics.partitions (6 by default) where they "
            + "create it, else as the operator created it.";
    }

    private static String delivery(PipelineTopic.Delivery delivery) {
        return switch (delivery) {
            case EXACTLY_ONCE -> "Exactly once: every record is written in a Kafka transaction, so read it with "
                + "isolation.level=read_committed.";
            case TRANSACTIONAL_OR_IDEMPOTENT -> "HTTP requests are published by an idempotent producer (a client that "
                + "retries may publish a dispatch again, under the same id and version); the drop folder and the "
                + "feeds publish in Kafka transactions, exactly once: read it with isolation.level=read_committed.";
            case AT_LEAST_ONCE -> "At least once: a record may appear twice after a failure. Read it with "
                + "isolation.level=read_committed like the others (no transactions here, so it costs nothing).";
        };
    }

    private static ObjectNode message(ObjectMapper mapper, PipelineTopic topic, String schemaName) {
        ObjectNode message = mapper.createObjectNode();
        message.put("name", schemaName);
        message.put("title", schemaName + " on " + topic.defaultName());
        message.put("summary", topic == PipelineTopic.SINK_DEAD_LETTERS
            ? "A record of wirefeed.enriched that a sink connector could not write, copied as it was (key, value, "
                + "and so the id of its schema under wirefeed.enriched-value), with Connect's error headers added."
            : "The value is an Avro " + schemaName + " in the Confluent wire format.");
        message.put("contentType", "application/octet-stream");
        message.set("headers", headers(mapper, topic));
        message.putObject("payload").put("$ref", "#/components/schemas/" + schemaName);
        ObjectNode binding = message.putObject("bindings").putObject("kafka");
        ObjectNode key = binding.putObject("key");
        key.put("type", "string");
        key.put("description", topic.key());
        binding.put("schemaIdLocation", "payload");
        binding.put("schemaIdPayloadEncoding", "confluent");
        if (topic != PipelineTopic.SINK_DEAD_LETTERS) {
            binding.put("schemaLookupStrategy", "TopicNameStrategy");
        }
        binding.put("bindingVersion", KAFKA_BINDINGS);
        return message;
    }

    private static ObjectNode headers(ObjectMapper mapper, PipelineTopic topic) {
        ObjectNode headers = mapper.createObjectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        if (topic != PipelineTopic.SINK_DEAD_LETTERS) {
            headers.put("description", "None: Wirefeed writes no record headers here.");
            return headers;
        }
        headers.put("description", "Kafka Connect's error context (errors.deadletterqueue.context.headers.enable=true), "
            + "each a UTF-8 string.");
        for (String name : CONNECT_ERROR_HEADERS) {
            properties.putObject(name).put("type", "string");
        }
        return headers;
    }

    /** {@code SINK_DEAD_LETTERS} as {@code sinkDeadLetters}. */
    private static String camel(String constant) {
        StringBuilder id = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            id.append(id.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.toString();
    }
}
