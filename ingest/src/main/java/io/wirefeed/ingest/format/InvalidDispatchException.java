package io.wirefeed.ingest.format;

/**
 * A document could not be read as a dispatch. The message is the reason, precise enough for the sender to
 * fix it ("line 3, column 17: ..."), and never contains the document itself.
 */
public class InvalidDispatchException extends Exception {

    public InvalidDispatchException(String reason) {
        super(reason);
    }

    public InvalidDispatchException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
