package io.wirefeed.stack;

/** Where clients reach a running PostgreSQL database. */
public record PostgresEndpoint(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        // Records print every component; a password must not reach a log through toString.
        return "PostgresEndpoint[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****]";
    }
}
