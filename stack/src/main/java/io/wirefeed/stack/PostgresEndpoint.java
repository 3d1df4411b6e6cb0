package io.wirefeed.stack;

/** Where clients reach a running PostgreSQL database. */
public record PostgresEndpoint(String jdbcUrl, String user, String password) {

    /** The URL with user and password as parameters, for tools that take a single connection string. */
    public String jdbcUrlWithCredentials() {
        String separator = jdbcUrl.contains("?") ? "&" : "?";
        return jdbcUrl + separator + "user=" + user + "&password=" + password;
    }

    @Override
    public String toString() {
        // Records print every component; a password must not reach a log through toString.
        return "PostgresEndpoint[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****]";
    }
}
