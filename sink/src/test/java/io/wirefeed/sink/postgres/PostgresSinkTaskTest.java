package io.wirefeed.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.sink.EnrichedRecords;
import io.wirefeed.sink.FakeTaskContext;
import io.wirefeed.sink.SinkRecords;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL sink task against a fake database: one transaction per batch, and each way a write can fail
 * (a dispatch refused before or by the database, with and without a dead-letter queue, the database lost before,
 * during or after the write).
 */
class PostgresSinkTaskTest {

    private static final Map<String, String> PROPS = Map.of("connection.url", "jdbc:postgresql://db.invalid/wirefeed",
        "schema.registry.url", "http://registry.invalid");

    private final SinkRecords records = new SinkRecords();
    private final FakeDatabase database = new FakeDatabase();
    private final PostgresSinkTask task = new PostgresSinkTask();
    private FakeTaskContext context = FakeTaskContext.withDeadLetterQueue();

    @AfterEach
    void stop() {
        task.stop();
    }

    private void start() {
        task.initialize(context);
        task.start(PROPS, database, records.registry());
    }

    private SinkRecord record(String id, int version) {
        DedupeVerdict verdict = version == 1 ? DedupeVerdict.UNIQUE : DedupeVerdict.UPDATE;
        return records.of(EnrichedRecords.enriched(id, version, verdict));
    }

    @Test
    void writesEachBatchInOneTransaction() {
        start();

        task.put(List.of(record("a", 2), record("a", 1), record("b", 1)));

        assertThat(database.rows()).containsExactly("a@2", "a@1", "b@1");
        assertThat(database.commits()).isEqualTo(1);
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void aDispatchWithAKeyOverTheBoundAndAnUnreadableRecordAreDeadLetteredAndTheRestWritten() {
        start();
        SinkRecord tooLong = record("x".repeat(DispatchRows.MAX_KEY_BYTES + 1), 1);
        SinkRecord unreadable = records.unreadable();

        task.put(List.of(record("a", 1), tooLong, unreadable, record("b", 1)));

        assertThat(database.rows()).containsExactly("a@1", "b@1");
        assertThat(context.reported()).extracting(FakeTaskContext.Reported::record)
            .containsExactly(tooLong, unreadable);
        assertThat(context.reported().get(0).error()).isInstanceOf(DataException.class)
            .hasMessageContaining("is 1025 bytes long");
    }

    @Test
    void withoutADeadLetterQueueADispatchWithAKeyOverTheBoundFailsTheTask() {
        context = FakeTaskContext.withoutDeadLetterQueue();
        start();
        List<SinkRecord> batch = List.of(record("a", 1), record("x".repeat(DispatchRows.MAX_KEY_BYTES + 1), 1));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(DataException.class)
            .hasMessageContaining("enriched/0/1");
        assertThat(database.rows()).isEmpty();
    }

    /** The batch is written again one dispatch at a time, each behind a savepoint, all in one transaction. */
    @Test
    void aDispatchTheDatabaseRefusesIsDeadLetteredWithItsSqlStateAndTheOthersWritten() {
        database.refusing("b");
        start();
        SinkRecord refused = record("b", 1);

        task.put(List.of(record("a", 1), refused, record("c", 1)));

        assertThat(database.rows()).containsExactly("a@1", "c@1");
        assertThat(database.commits()).isEqualTo(1);
        assertThat(context.reported()).singleElement().satisfies(reported -> {
            assertThat(reported.record()).isSameAs(refused);
            assertThat(reported.error()).isInstanceOf(DataException.class)
                .hasMessageContaining("SQL state " + FakeDatabase.REFUSED_STATE)
                .hasMessageNotContaining("the dispatch text");
        });
    }

    @Test
    void withoutADeadLetterQueueABatchTheDatabaseRefusesFailsTheTaskAndWritesNothing() {
        context = FakeTaskContext.withoutDeadLetterQueue();
        database.refusing("b");
        start();

        assertThatThrownBy(() -> task.put(List.of(record("a", 1), record("b", 1))))
            .isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
            .hasMessageContaining("Writing 2 dispatches failed").hasMessageNotContaining("the dispatch text");
        assertThat(database.rows()).isEmpty();
    }

    /** Connect delivers the batch again; the task opens a new connection for it once the database is back. */
    @Test
    void aDatabaseThatWentAwayIsRetriableAndConnectedToAgain() {
        start();
        List<SinkRecord> batch = List.of(record("a", 1), record("b", 1));
        database.away(true);

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("PostgreSQL is unavailable");
        database.away(false);
        task.put(batch);

        assertThat(database.rows()).containsExactly("a@1", "b@1");
        assertThat(database.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionLostOrTheServerShuttingDownWhileWritingIsRetriableAndRollsBack() {
        database.failingWrite(1, FakeDatabase.lost())
            .failingWrite(2, new SQLException("FATAL: terminating connection due to administrator command", "57P01"))
            .failingWrite(3, new SQLTransientConnectionException("Connection attempt timed out"));
        start();
        List<SinkRecord> batch = List.of(record("a", 1));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> task.put(batch)).as("attempt %d", attempt).isInstanceOf(RetriableException.class);
        }
        task.put(batch);

        assertThat(database.rows()).containsExactly("a@1");
        assertThat(context.reported()).isEmpty();
    }

    /**
     * Write 1 is the batch the database refuses; then a alone is written, b refused, and c finds the connection
     * gone: what was written of the batch is rolled back, and Connect's second delivery writes a and c once.
     */
    @Test
    void losingTheDatabaseWhileWritingOneByOneRollsBackAndIsRetriable() {
        database.refusing("b").failingWrite(4, FakeDatabase.lost());
        start();
        List<SinkRecord> batch = List.of(record("a", 1), record("b", 1), record("c", 1));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("PostgreSQL is unavailable");
        assertThat(database.rows()).isEmpty();
        task.put(batch);

        assertThat(database.rows()).containsExactly("a@1", "c@1");
    }

    @Test
    void aCommitAfterWritingOneByOneThatFailsIsRetriableWhenTheDatabaseIsLostAndFatalOtherwise() {
        database.refusing("b");
        start();
        database.failingCommit(FakeDatabase.lost());
        List<SinkRecord> batch = List.of(record("a", 1), record("b", 1));
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);

        database.failingCommit(new SQLException("ERROR: could not serialize access", "40001"));
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("one by one failed");
        assertThat(database.rows()).isEmpty();
    }

    @Test
    void aDatabaseUnreachableAtStartFailsTheStartSayingWhere() {
        database.away(true);

        assertThatThrownBy(this::start).isInstanceOf(ConnectException.class)
            .hasMessageContaining("Cannot open or migrate the database at jdbc:postgresql://db.invalid/wirefeed");
    }
}
