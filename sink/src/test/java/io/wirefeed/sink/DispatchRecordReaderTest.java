package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class DispatchRecordReaderTest {

    private final List<SinkRecord> reported = new ArrayList<>();
    private final ErrantRecordReporter reporter = (record, error) -> {
        reported.add(record);
        return CompletableFuture.completedFuture(null);
    };

    /** Nothing listens on port 1: the registry is down for this reader. */
    private final DispatchRecordReader reader = new DispatchRecordReader(Map.of(
        "schema.registry.url", "http://127.0.0.1:1", "max.retries", "0"), reporter);

    @Test
    void aRecordThatCannotBeReadForWantOfTheRegistryIsDeliveredAgainNotDeadLettered() {
        SinkRecord good = record(new byte[] {0, 0, 0, 0, 7, 2});

        assertThatThrownBy(() -> reader.read(good)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("Schema registry unavailable");
        assertThat(reported).isEmpty();
    }

    @Test
    void aRecordAtFaultIsDeadLettered() {
        SinkRecord poison = record("not avro".getBytes());

        assertThat(reader.read(poison)).isNull();
        assertThat(reported).containsExactly(poison);
    }

    private static SinkRecord record(byte[] value) {
        return new SinkRecord("enriched", 0, null, "k", null, value, 42);
    }
}
