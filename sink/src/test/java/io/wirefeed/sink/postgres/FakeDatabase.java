package io.wirefeed.sink.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * PostgreSQL as the sink task's unit tests need it, behind the JDBC interfaces the task uses: the rows a
 * transaction writes ({@code id@version}) are kept at commit and dropped at a rollback, to a savepoint too; it
 * can refuse a dispatch's row the way PostgreSQL refuses a value (a {@link BatchUpdateException} quoting the
 * statement, the server's error chained to it), fail a given write or the commit, and be away altogether.
 */
final class FakeDatabase implements PostgresSinkTask.Connector {

    /** The server's answer to a value it cannot store (invalid byte sequence for encoding "UTF8"). */
    static final String REFUSED_STATE = "22021";

    private final List<String> rows = new ArrayList<>();
    private final Set<String> refusedIds = new HashSet<>();
    private final Map<Integer, SQLException> writeFailures = new HashMap<>();
    private SQLException commitFailure;
    private boolean away;
    private int connections;
    private int writes;
    private int commits;

    FakeDatabase refusing(String id) {
        refusedIds.add(id);
        return this;
    }

    /** The {@code n}th batch of rows written (counting from 1, every connection) fails so. */
    FakeDatabase failingWrite(int n, SQLException failure) {
        writeFailures.put(n, failure);
        return this;
    }

    FakeDatabase failingCommit(SQLException failure) {
        commitFailure = failure;
        return this;
    }

    /** The server goes down (or comes back): no connection opens, and the ones open fail. */
    void away(boolean down) {
        away = down;
    }

    /** The rows committed, {@code id@version}, in the order written. */
    List<String> rows() {
        return rows;
    }

    int connections() {
        return connections;
    }

    /** The transactions committed with rows in them (the migrations' own commit is not one). */
    int commits() {
        return commits;
    }

    static SQLException lost() {
        return new SQLException("An I/O error occurred while sending to the backend.", "08006");
    }

    @Override
    public Connection open(String url, Properties properties) throws SQLException {
        if (away) {
            throw new SQLException("Connection to " + url + " refused.", "08001");
        }
        connections++;
        return new Session().connection;
    }

    /** The JDBC interface, its methods answered by the handler (Object's own by identity). */
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        InvocationHandler withIdentity = (self, method, args) -> switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            case "toString" -> "fake " + type.getSimpleName();
            default -> handler.invoke(self, method, args);
        };
        return type.cast(Proxy.newProxyInstance(FakeDatabase.class.getClassLoader(), new Class<?>[] {type},
            withIdentity));
    }

    private static UnsupportedOperationException unsupported(String method) {
        return new UnsupportedOperationException("The sink task does not call " + method);
    }

    /** One connection: its transaction's rows, its savepoints. */
    private final class Session {

        private final List<String> pending = new ArrayList<>();
        private final Connection connection = proxy(Connection.class, (self, method, args) -> connection(
            method.getName(), args));
        private boolean autoCommit = true;
        private boolean open = true;

        private Object connection(String method, Object[] args) throws SQLException {
            return switch (method) {
                case "getAutoCommit" -> autoCommit;
                case "setAutoCommit" -> {
                    autoCommit = (Boolean) args[0];
                    yield null;
                }
                case "createStatement" -> proxy(Statement.class, (self, m, a) -> statement(m.getName()));
                case "prepareStatement" -> new Batch((String) args[0]).statement;
                case "setSavepoint" -> savepoint(pending.size());
                case "releaseSavepoint" -> null;
                case "rollback" -> {
                    rollback(args);
                    yield null;
                }
                case "commit" -> {
                    commit();
                    yield null;
                }
                case "isValid" -> open && !away;
                case "isClosed" -> !open;
                case "close" -> {
                    open = false;
                    yield null;
                }
                default -> throw unsupported("Connection." + method);
            };
        }

        /** The migrations' statements: the table of applied versions says every script has run. */
        private Object statement(String method) throws SQLException {
            return switch (method) {
                case "execute" -> {
                    reachable();
                    yield false;
                }
                case "executeQuery" -> {
                    reachable();
                    yield appliedVersion();
                }
                case "close" -> null;
                default -> throw unsupported("Statement." + method);
            };
        }

        /** A version past every migration script the sink has. */
        private ResultSet appliedVersion() {
            boolean[] read = {false};
            return proxy(ResultSet.class, (self, method, args) -> switch (method.getName()) {
                case "next" -> !read[0] && (read[0] = true);
                case "getInt" -> 1_000;
                case "close" -> null;
                default -> throw unsupported("ResultSet." + method.getName());
            });
        }

        private Savepoint savepoint(int rowsBefore) {
            return proxy(Savepoint.class, (self, method, args) -> switch (method.getName()) {
                case "getSavepointName" -> String.valueOf(rowsBefore);
                default -> throw unsupported("Savepoint." + method.getName());
            });
        }

        private void reachable() throws SQLException {
            if (away || !open) {
                throw lost();
            }
        }

        private void rollback(Object[] args) throws SQLException {
            reachable();
            int keep = args == null ? 0 : Integer.parseInt(((Savepoint) args[0]).getSavepointName());
            pending.subList(keep, pending.size()).clear();
        }

        private void commit() throws SQLException {
            reachable();
            if (commitFailure != null) {
                throw commitFailure;
            }
            if (!pending.isEmpty()) {
                commits++;
            }
            rows.addAll(pending);
            pending.clear();
        }

        /** A prepared statement: the upsert writes rows, the kill statement nothing the tests look at. */
        private final class Batch {

            private final boolean upsert;
            private final List<String> batch = new ArrayList<>();
            private final PreparedStatement statement;
            private String id;
            private int version;

            Batch(String sql) {
                this.upsert = sql.startsWith("INSERT INTO dispatches");
                this.statement = proxy(PreparedStatement.class, (self, method, args) -> call(method.getName(), args));
            }

            private Object call(String method, Object[] args) throws SQLException {
                return switch (method) {
                    case "setString" -> {
                        id = (Integer) args[0] == 1 ? (String) args[1] : id;
                        yield null;
                    }
                    case "setInt" -> {
                        version = (Integer) args[0] == 2 ? (Integer) args[1] : version;
                        yield null;
                    }
                    case "setObject", "setTimestamp", "setBoolean", "close" -> null;
                    case "addBatch" -> batch.add(id + "@" + version);
                    case "executeBatch" -> execute();
                    default -> throw unsupported("PreparedStatement." + method);
                };
            }

            private int[] execute() throws SQLException {
                List<String> written = List.copyOf(batch);
                batch.clear();
                reachable();
                if (!upsert) {
                    return new int[written.size()];
                }
                SQLException failure = writeFailures.get(++writes);
                if (failure != null) {
                    throw failure;
                }
                if (written.stream().anyMatch(row -> refusedIds.contains(row.substring(0, row.lastIndexOf('@'))))) {
                    BatchUpdateException refused = new BatchUpdateException("Batch entry 0 INSERT INTO dispatches "
                        + "(id, version, body) VALUES ('" + written.get(0) + "', 1, 'the dispatch text') was aborted",
                        REFUSED_STATE, new int[0]);
                    refused.setNextException(new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\"",
                        REFUSED_STATE));
                    throw refused;
                }
                pending.addAll(written);
                return new int[written.size()];
            }
        }
    }
}
