package io.wirefeed.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    @Test
    void writesPlainJsonWithUnionsEnumsAndTimestampsAsPeopleReadThem() throws Exception {
        Dispatch dispatch = SampleDispatches.dispatch("d-1", 2);

        JsonNode json = new ObjectMapper().readTree(RecordJson.toJsonLine(dispatch));

        assertThat(json.get("id").asText()).isEqualTo("d-1");
        assertThat(json.get("guid").asText()).isEqualTo(dispatch.getGuid());
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("format").asText()).isEqualTo("NEWSML_G2");
        assertThat(json.get("urgency").asInt()).isEqualTo(3);
        assertThat(json.get("embargoedUntil").isNull()).isTrue();
        assertThat(json.get("receivedAt").asText()).isEqualTo("2026-07-07T08:15:30.123Z");
        assertThat(json.get("dateline").get("place").asText()).isEqualTo("TASHKENT");
        assertThat(json.get("subjects").get(0).get("code").asText()).isEqualTo("medtop:20000604");
        assertThat(json.get("signals").get(0).asText()).isEqualTo("UPDATE");
        assertThat(json.get("original").get("size").asLong()).isEqualTo(2048);
        assertThat(RecordJson.toJsonLine(dispatch)).doesNotContain("\n");
    }
}
