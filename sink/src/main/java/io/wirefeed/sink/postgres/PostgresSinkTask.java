package io.wirefeed.sink.postgres;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.sink.DispatchRecordReader;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each batch Connect hands over in one database transaction, committed before {@code put} returns, so
 * the offsets Connect then commits never run ahead of the rows: after a crash the batch is delivered again
 * and rewritten to the same rows. Records that cannot be read, whose keys are out of bounds, or that the
 * database refuses (a batch it refuses is written again one dispatch at a time, to find which) go to the
 * connector's dead-letter queue, and the task goes on. PostgreSQL text cannot hold NUL characters: they are
 * left out of what is written.
 */
public final class PostgresSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSinkTask.class);

    /** Opens a connection to the database: the JDBC driver's, or a fake one in unit tests. */
    @FunctionalInterface
    interface Connector {
        Connection open(String url, Properties properties) throws SQLException;
    }

    private PostgresSinkConfig config;
    private Connector connector;
    private Connection connection;
    private DispatchRows rows;
    private DispatchRecordReader reader;
    private ErrantRecordReporter reporter;

    @Override
    public void start(Map<String, String> props) {
        start(props, DriverManager::getConnection, null);
    }

    /**
     * Starts with the clients given: the database's connector, and the schema registry's (null: the one the
     * settings name). For unit tests, which hand in fakes, as kafka-connect-elasticsearch's task takes its client.
     */
    void start(Map<String, String> props, Connector connector, SchemaRegistryClient registry) {
        config = new PostgresSinkConfig(props);
        this.connector = connector;
        reporter = errantRecordReporter();
        reader = new DispatchRecordReader(props, registry, reporter);
        try {
            connect();
        } catch (SQLException e) {
            throw new ConnectException("Cannot open or migrate the database at " + config.url() + ": " + e.getMessage(), e);
        }
    }

    /** A fresh connection, the tables migrated: at start, and after the database went away. */
    private void connect() throws SQLException {
        closeConnection();
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        properties.setProperty("password", config.password());
        // One multi-row INSERT per batch instead of one statement per row; a setting in the URL still wins.
        properties.setProperty("reWriteBatchedInserts", "true");
        // Server errors then leave out the failing row's values: dispatch text must not reach the logs.
        properties.setProperty("logServerErrorDetail", "false");
        connection = connector.open(config.url(), properties);
        Migrations.apply(connection);
        connection.setAutoCommit(false);
        rows = new DispatchRows(connection);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        // All read before any is written: a batch Connect delivers again (registry unavailable) starts clean.
        List<Pending> batch = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            EnrichedDispatch dispatch = reader.read(record);
            if (dispatch == null) {
                continue;
            }
            String refusal = DispatchRows.refusal(dispatch);
            if (refusal == null) {
                batch.add(new Pending(record, dispatch));
            } else {
                deadLetter(record, new DataException(refusal));
            }
        }
        try {
            if (connection == null || !connection.isValid(5)) {
                connect();    // the database restarted: Connect is retrying the batch
            }
            for (Pending pending : batch) {
                rows.add(pending.dispatch());
            }
            rows.execute();
            connection.commit();
        } catch (SQLException failure) {
            SQLException e = rolledBack(failure);
            if (reporter == null) {
                throw new ConnectException("Writing " + batch.size() + " dispatches failed: " + e.getMessage(), e);
            }
            writeOneByOne(batch);
        }
    }

    /**
     * A failed write's transaction rolled back, and the failure: retriable when the database is away (Connect
     * retries the batch), as it is otherwise.
     */
    private SQLException rolledBack(SQLException failure) {
        rollback();
        SQLException e = withoutStatement(failure);
        if (unavailable(e)) {
            throw new RetriableException("PostgreSQL is unavailable: " + e.getMessage(), e);
        }
        return e;
    }

    /**
     * After the database refused a batch: each dispatch on its own, behind a savepoint, so that the one it
     * refuses goes to the dead-letter queue and the others are written, all in one transaction.
     */
    private void writeOneByOne(List<Pending> batch) {
        try {
            for (Pending pending : batch) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    rows.add(pending.dispatch());
                    rows.execute();
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException failure) {
                    SQLException e = withoutStatement(failure);
                    if (unavailable(e)) {
                        throw e;
                    }
                    connection.rollback(savepoint);
                    deadLetter(pending.record(), new DataException("PostgreSQL refused the dispatch (SQL state "
                        + e.getSQLState() + "): " + e.getMessage(), e));
                }
            }
            connection.commit();
        } catch (SQLException failure) {
            SQLException e = rolledBack(failure);
            throw new ConnectException("Writing " + batch.size() + " dispatches one by one failed: " + e.getMessage(), e);
        }
    }

    /** Logs the record's coordinates, never its content, and hands it to Connect's dead-letter queue. */
    private void deadLetter(SinkRecord record, Exception reason) {
        if (reporter == null) {
            throw new DataException("Refused record at " + record.topic() + "/" + record.kafkaPartition() + "/"
                + record.kafkaOffset() + ": " + reason.getMessage(), reason);
        }
        LOG.warn("Dead-lettering {}/{}/{}: {}", record.topic(), record.kafkaPartition(), record.kafkaOffset(),
            reason.getMessage());
        reporter.report(record, reason);
    }

    private static boolean unavailable(SQLException e) {
        return e instanceof SQLTransientException || "08".equals(state(e)) || "57".equals(state(e));
    }

    /** A record and the dispatch read from it. */
    private record Pending(SinkRecord record, EnrichedDispatch dispatch) {
    }

    private void rollback() {
        try {
            if (connection != null && !connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rollback failed: {}", e.getMessage());
        }
    }

    /** A failed batch's message quotes the whole statement with its values; the server's error alone says why. */
    private static SQLException withoutStatement(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null || e.getSQLState().length() < 2 ? "" : e.getSQLState().substring(0, 2);
    }

    private void closeConnection() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the database connection failed: {}", e.getMessage());
        }
        rows = null;
        connection = null;
    }

    /** Connect's dead-letter reporter: null without a context, on a worker older than 2.6, or when none is set. */
    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context == null ? null : context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            return null;
        }
    }

    @Override
    public void stop() {
        closeConnection();
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public String version() {
        return new PostgresSinkConnector().version();
    }
}
