package io.wirefeed.service.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;

/** Dead letters for the unit tests, as ingest and enrichment write them. */
final class Letters {

    static final Instant FAILED_AT = Instant.parse("2026-07-07T10:15:30Z");

    private Letters() {
    }

    static StoredLetter ingest(long offset, String reason, String original, String contentType) {
        return stored(offset, DeadLetter.newBuilder().setStage(Stage.INGEST).setReason(reason)
            .setErrorType("io.wirefeed.ingest.format.InvalidDispatchException")
            .setOriginal(ByteBuffer.wrap(original.getBytes(StandardCharsets.UTF_8)))
            .setSource("folder:letter-" + offset).setContentType(contentType).setFailedAt(FAILED_AT).build());
    }

    static StoredLetter stored(long offset, DeadLetter letter) {
        return StoredLetter.of(new LetterId("wirefeed.dead-letters", 0, offset), letter.getFailedAt(),
            letter.getSource(), List.of(), letter);
    }

    /** A ninjs dispatch of the given id and version. */
    static String ninjs(String uri, int version) {
        return "{\"uri\":\"" + uri + "\",\"version\":" + version + ",\"headline\":\"Parliament approves budget\","
            + "\"body_text\":\"ULAANBAATAR, July 7 (Montsame) -- Mongolia's parliament approved the budget.\"}";
    }
}
