package io.wirefeed.sink.postgres;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.sink.DispatchRecordReader;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each batch Connect hands over in one database transaction, committed before {@code put} returns, so
 * the offsets Connect then commits never run ahead of the rows: after a crash the batch is delivered again
 * and rewritten to the same rows. Records that cannot be read go to the connector's dead-letter queue.
 */
public final class PostgresSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSinkTask.class);

    private PostgresSinkConfig config;
    private Connection connection;
    private DispatchRows rows;
    private DispatchRecordReader reader;

    @Override
    public void start(Map<String, String> props) {
        config = new PostgresSinkConfig(props);
        reader = new DispatchRecordReader(props, context == null ? null : context.errantRecordReporter());
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
        connection = DriverManager.getConnection(config.url(), properties);
        Migrations.apply(connection);
        connection.setAutoCommit(false);
        rows = new DispatchRows(connection);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        // All read before any is written: a batch Connect delivers again (registry unavailable) starts clean.
        List<EnrichedDispatch> dispatches = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            EnrichedDispatch dispatch = reader.read(record);
            if (dispatch != null) {
                dispatches.add(dispatch);
            }
        }
        try {
            if (connection == null || !connection.isValid(5)) {
                connect();    // the database restarted: Connect is retrying the batch
            }
            for (EnrichedDispatch dispatch : dispatches) {
                rows.add(dispatch);
            }
            rows.execute();
            connection.commit();
        } catch (SQLException failure) {
            rollback();
            SQLException e = withoutStatement(failure);
            if (e instanceof SQLTransientException || "08".equals(state(e)) || "57".equals(state(e))) {
                throw new RetriableException("PostgreSQL is unavailable: " + e.getMessage(), e);
            }
            throw new ConnectException("Writing " + dispatches.size() + " dispatches failed: " + e.getMessage(), e);
        }
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
