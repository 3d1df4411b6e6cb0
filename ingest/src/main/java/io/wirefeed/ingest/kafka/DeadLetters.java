package io.wirefeed.ingest.kafka;

import java.nio.ByteBuffer;
import java.time.Instant;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;

/** The dead letter of a document ingest could not read: the reason, and the original bytes whole. */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DeadLetter of(RawDocument document, InvalidDispatchException failure, Instant failedAt) {
        return DeadLetter.newBuilder()
            .setStage(Stage.INGEST)
            .setReason(failure.getMessage())
            .setErrorType(failure.getCause() == null ? failure.getClass().getName()
                : failure.getCause().getClass().getName())
            .setOriginal(ByteBuffer.wrap(document.bytes()))
            .setSource(document.source())
            .setContentType(document.contentType())
            .setFailedAt(failedAt)
            .build();
    }
}
