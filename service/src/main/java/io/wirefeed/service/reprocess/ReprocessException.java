package io.wirefeed.service.reprocess;

/** Why a reprocess stopped before its end: the command says so in one line and exits with 1. */
final class ReprocessException extends RuntimeException {

    ReprocessException(String message) {
        super(message);
    }

    ReprocessException(String message, Throwable cause) {
        super(message, cause);
    }
}
