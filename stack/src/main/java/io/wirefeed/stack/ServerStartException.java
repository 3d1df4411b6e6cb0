package io.wirefeed.stack;

/** A server of the stack could not be started; the message says which and why. */
public class ServerStartException extends RuntimeException {

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServerStartException(String message) {
        super(message);
    }
}
