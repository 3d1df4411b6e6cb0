package io.wirefeed.serde;

import io.wirefeed.registry.SchemaRegistryException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A record could not be read or written because the schema registry could not answer (unreachable, timed out,
 * failing on its side). Unlike the other {@link SerializationException}s it says nothing about the record: the
 * same record will be read or written once the registry is back, so it is to be tried again, never dead-lettered.
 */
public class RegistryUnavailableException extends SerializationException {

    public RegistryUnavailableException(String message, SchemaRegistryException cause) {
        super(message, cause);
    }

    /** The registry error as the serdes throw it: this exception when it is transient, else a plain one. */
    static SerializationException of(String message, SchemaRegistryException cause) {
        return cause.isTransient() ? new RegistryUnavailableException(message, cause)
            : new SerializationException(message, cause);
    }

    /** Whether the failure, or one of its causes, is a registry that could not answer. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
