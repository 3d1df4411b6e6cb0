package io.wirefeed.sink.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.RecordJson;
import org.apache.avro.generic.IndexedRecord;

/**
 * The statements that write enriched dispatches: one row per id and version, rewritten with the same values
 * when a record is delivered again and with today's tags when it is re-tagged ({@code retag}); a KILL marks
 * every version of its id killed, and a version arriving after its kill is stored killed.
 */
final class DispatchRows implements AutoCloseable {

    private static final String UPSERT = "INSERT INTO dispatches (id, version, story, agency, format, pub_status, "
        + "urgency, language, headline, body, dateline_place, received_at, version_created, enriched_at, verdict, "
        + "dedupe_of, similarity, entities, topics, killed, retag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + "?, ?, ?::jsonb, ?::jsonb, ? OR EXISTS (SELECT 1 FROM dispatches k WHERE k.id = ? AND k.verdict = 'KILL'), ?) "
        + "ON CONFLICT (id, version) DO UPDATE SET story = EXCLUDED.story, agency = EXCLUDED.agency, "
        + "format = EXCLUDED.format, pub_status = EXCLUDED.pub_status, urgency = EXCLUDED.urgency, "
        + "language = EXCLUDED.language, headline = EXCLUDED.headline, body = EXCLUDED.body, "
        + "dateline_place = EXCLUDED.dateline_place, received_at = EXCLUDED.received_at, "
        + "version_created = EXCLUDED.version_created, enriched_at = EXCLUDED.enriched_at, "
        + "verdict = EXCLUDED.verdict, dedupe_of = EXCLUDED.dedupe_of, similarity = EXCLUDED.similarity, "
        + "entities = EXCLUDED.entities, topics = EXCLUDED.topics, killed = dispatches.killed OR EXCLUDED.killed, "
        + "retag = EXCLUDED.retag";
    /**
     * The longest id, story or dedupe reference written, in UTF-8 bytes: they are indexed, and a btree entry
     * holds at most about 2,700 bytes.
     */
    static final int MAX_KEY_BYTES = 1_024;
    private static final String KILL = "UPDATE dispatches SET killed = true WHERE id = ? AND NOT killed";

    private final PreparedStatement upsert;
    private final PreparedStatement kill;
    /** One row per id and version: a multi-row upsert must not touch a row twice, so a redelivery in the batch
     *  replaces its earlier copy here. */
    private final Map<String, EnrichedDispatch> pending = new LinkedHashMap<>();

    DispatchRows(Connection connection) throws SQLException {
        this.upsert = connection.prepareStatement(UPSERT);
        this.kill = connection.prepareStatement(KILL);
    }

    /** Why the dispatch cannot be written (a key over {@link #MAX_KEY_BYTES}), or null when it can. */
    static String refusal(EnrichedDispatch dispatch) {
        for (Map.Entry<String, String> key : Map.of("id", dispatch.getId(), "story", dispatch.getStory(),
                "dedupe.of", String.valueOf(dispatch.getDedupe().getOf())).entrySet()) {
            int bytes = key.getValue().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_KEY_BYTES) {
                return "The dispatch's " + key.getKey() + " is " + bytes + " bytes long; the PostgreSQL sink takes at most "
                    + MAX_KEY_BYTES;
            }
        }
        return null;
    }

    void add(EnrichedDispatch dispatch) {
        pending.put(text(dispatch.getId()) + '\u0000' + dispatch.getVersion(), dispatch);
    }

    /** Runs what was added: the rows first, then the kills. */
    void execute() throws SQLException {
        try {
            for (EnrichedDispatch dispatch : pending.values()) {
                bind(dispatch);
            }
            upsert.executeBatch();
            kill.executeBatch();
        } finally {
            pending.clear();
        }
    }

    private void bind(EnrichedDispatch dispatch) throws SQLException {
        boolean killed = dispatch.getDedupe().getVerdict() == DedupeVerdict.KILL;
        int i = 0;
        upsert.setString(++i, text(dispatch.getId()));
        upsert.setInt(++i, dispatch.getVersion());
        upsert.setString(++i, text(dispatch.getStory()));
        upsert.setString(++i, text(dispatch.getAgency()));
        upsert.setString(++i, dispatch.getFormat().name());
        upsert.setString(++i, dispatch.getPubStatus().name());
        upsert.setObject(++i, dispatch.getUrgency(), Types.INTEGER);
        upsert.setString(++i, text(dispatch.getLanguage()));
        upsert.setString(++i, text(dispatch.getHeadline()));
        upsert.setString(++i, text(dispatch.getBody()));
        upsert.setString(++i, text(dispatch.getDateline() == null ? null : dispatch.getDateline().getPlace()));
        upsert.setTimestamp(++i, timestamp(dispatch.getReceivedAt()));
        upsert.setTimestamp(++i, timestamp(dispatch.getVersionCreated()));
        upsert.setTimestamp(++i, timestamp(dispatch.getEnrichedAt()));
        upsert.setString(++i, dispatch.getDedupe().getVerdict().name());
        upsert.setString(++i, text(dispatch.getDedupe().getOf()));
        upsert.setObject(++i, dispatch.getDedupe().getSimilarity(), Types.DOUBLE);
        upsert.setString(++i, json(dispatch.getEntities()));
        upsert.setString(++i, json(dispatch.getTopics()));
        upsert.setBoolean(++i, killed);
        upsert.setString(++i, text(dispatch.getId()));
        upsert.setBoolean(++i, dispatch.getRetag());
        upsert.addBatch();
        if (killed) {
            kill.setString(1, text(dispatch.getId()));
            kill.addBatch();
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String json(List<? extends IndexedRecord> records) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        records.forEach(record -> array.add(withoutNul(RecordJson.toJson(record))));
        return array.toString();
    }

    /** PostgreSQL text cannot hold NUL (U+0000): it is left out. */
    static String text(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    /** The JSON with NUL left out of every name and string (jsonb refuses the escape {@code \u0000}). */
    private static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(text(node.textValue()));
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(withoutNul(element)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> object.set(text(field.getKey()), withoutNul(field.getValue())));
            return object;
        }
        return node;
    }

    @Override
    public void close() throws SQLException {
        upsert.close();
        kill.close();
    }
}
