package io.wirefeed.sink.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The connector's tables, created and migrated by versioned SQL it applies itself: each script once, in
 * order, recorded in {@code wirefeed_schema_version}, under an advisory lock so that tasks starting together
 * do not race.
 */
final class Migrations {

    private static final List<String> SCRIPTS = List.of("V1__dispatches.sql", "V2__retag.sql");
    private static final long LOCK = 0x77_69_72_65_66_65_65_64L;

    private Migrations() {
    }

    static void apply(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            statement.execute("CREATE TABLE IF NOT EXISTS wirefeed_schema_version (version integer PRIMARY KEY, "
                + "script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
            int applied = 0;
            try (ResultSet result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM wirefeed_schema_version")) {
                if (result.next()) {
                    applied = result.getInt(1);
                }
            }
            for (int version = applied + 1; version <= SCRIPTS.size(); version++) {
                statement.execute(script(SCRIPTS.get(version - 1)));
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO wirefeed_schema_version (version, script) VALUES (?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, SCRIPTS.get(version - 1));
                    record.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
