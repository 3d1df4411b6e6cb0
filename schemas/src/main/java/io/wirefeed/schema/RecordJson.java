package io.wirefeed.schema;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;

/**
 * The plain JSON form of a record, for people and scripts: field names as in the schema, nulls as null,
 * unions as their value (not Avro's {"type": value} encoding), enums as their symbol, timestamps as ISO-8601
 * strings, bytes as Base64.
 */
public final class RecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static ObjectNode toJson(IndexedRecord record) {
        ObjectNode object = NODES.objectNode();
        record.getSchema().getFields().forEach(field -> object.set(field.name(), value(record.get(field.pos()))));
        return object;
    }

    /** One line of JSON, as {@code parse} and {@code enrich-file} print them. */
    public static String toJsonLine(IndexedRecord record) {
        try {
            return JSON.writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            return toJson(record);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), value(item)));
            return object;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JSON.valueToTree(value);
        }
        if (value instanceof ByteBuffer bytes) {
            ByteBuffer copy = bytes.duplicate();
            byte[] array = new byte[copy.remaining()];
            copy.get(array);
            return NODES.textNode(Base64.getEncoder().encodeToString(array));
        }
        if (value instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        if (value instanceof GenericContainer container) {
            return NODES.textNode(container.toString());   // enum and fixed symbols
        }
        return NODES.textNode(value.toString());            // strings, Utf8, enums, logical types
    }
}
