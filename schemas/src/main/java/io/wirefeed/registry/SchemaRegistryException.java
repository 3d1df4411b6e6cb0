package io.wirefeed.registry;

/**
 * A registry call failed. {@link #status()} is the HTTP status (0 when no answer came) and
 * {@link #errorCode()} Confluent's error code (for example 40401 subject not found, 40403 schema not
 * found, 409 incompatible schema), or -1 when the registry gave none.
 */
public class SchemaRegistryException extends RuntimeException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 409;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.errorCode = -1;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    /** Not found: the subject, version or schema does not exist. */
    public boolean isNotFound() {
        return status == 404;
    }

    /** The registry could not be reached or failed on its side; the same call may succeed later. */
    public boolean isTransient() {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
}
