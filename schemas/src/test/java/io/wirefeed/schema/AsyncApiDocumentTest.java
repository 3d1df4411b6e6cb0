package io.wirefeed.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wirefeed.kafka.PipelineTopic;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.yaml} is what {@link AsyncApiDocument} writes from the code now, and has the shape a
 * subscriber relies on: AsyncAPI 3.0.0, a channel per topic at its real name, each message's payload the Avro schema
 * of the record written there.
 */
class AsyncApiDocumentTest {

    @Test
    void theCommittedDocumentIsWhatTheGeneratorWrites() throws IOException {
        String generated = AsyncApiDocument.yaml();
        if (Boolean.getBoolean("wirefeed.update-docs")) {
            Files.writeString(AsyncApiDocument.FILE, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.readString(AsyncApiDocument.FILE, StandardCharsets.UTF_8))
            .as("%s is out of date: run mvn -B -q -pl schemas -am test -Dtest=AsyncApiDocumentTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dwirefeed.update-docs=true", AsyncApiDocument.FILE)
            .isEqualTo(generated);
    }

    /**
     * Valid against AsyncAPI's published JSON schema of version 3.0.0 (asyncapi/spec-json-schemas at 7dd3990,
     * {@code schemas/3.0.0-without-$id.json}, Apache 2.0, vendored under test resources with its licence), as the
     * tools subscribers use (generators, Studio) read it.
     */
    @Test
    void theDocumentIsValidAsyncApi300() throws IOException {
        JsonSchema asyncApi;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("asyncapi/asyncapi-3.0.0.json")) {
            asyncApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }

        JsonNode document = committed();
        ObjectNode misversioned = document.deepCopy();
        misversioned.put("asyncapi", "2.6.0");

        assertThat(asyncApi.validate(document)).extracting(ValidationMessage::getMessage).isEmpty();
        assertThat(asyncApi.validate(misversioned)).as("the schema is read and applied").isNotEmpty();
    }

    @Test
    void everyTopicForSubscribersIsAChannelAtItsRealName() throws IOException {
        JsonNode document = committed();
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(List.of(PipelineTopic.values()).stream()
            .filter(PipelineTopic::forSubscribers).map(PipelineTopic::defaultName).toList());
        document.path("operations").forEach(operation -> assertThat(resolve(document, operation.path("channel")))
            .as(operation.toString()).isNotNull());
    }

    @Test
    void everyChannelCarriesTheRecordTheCodeWritesThereAndHowToReadIt() throws IOException {
        JsonNode document = committed();
        for (PipelineTopic topic : PipelineTopic.values()) {
            if (!topic.forSubscribers()) {
                continue;
            }
            JsonNode channel = channelAt(document, topic.defaultName());
            assertThat(channel.at("/bindings/kafka/topic").asText()).isEqualTo(topic.defaultName());
            assertThat(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())
                .as(topic.defaultName()).isEqualTo(topic.cleanup().policy());
            assertThat(channel.at("/x-consumer-config/isolation.level").asText()).isEqualTo("read_committed");
            assertThat(channel.path("messages").size()).as(topic.defaultName()).isEqualTo(1);
            JsonNode message = resolve(document, channel.path("messages").elements().next());
            assertThat(message.at("/bindings/kafka/key/type").asText()).isEqualTo("string");
            JsonNode payload = resolve(document, message.path("payload"));
            assertThat(payload.path("schemaFormat").asText()).startsWith("application/vnd.apache.avro;version=");
            Schema schema = new Schema.Parser().parse(payload.path("schema").toString());
            assertThat(schema).as(topic.defaultName()).isEqualTo(topic.value().orElseThrow().schema());
        }
    }

    private static JsonNode committed() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(AsyncApiDocument.FILE));
    }

    private static JsonNode channelAt(JsonNode document, String address) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("No channel at " + address);
    }

    /** The object a local {@code $ref} ({@code #/components/...}) names; the node itself when it is no reference. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        assertThat(ref).startsWith("#/");
        JsonNode target = document.at(ref.substring(1));
        assertThat(target.isMissingNode()).as(ref).isFalse();
        return target;
    }
}
