package io.wirefeed.enrich.stream;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.SeenCodec;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A dispatch's text fingerprint, taken in the describe step (which runs on every input partition at once) and
 * handed to the dedupe step (one partition, one thread) in a header of the repartitioned record, so that the one
 * step that cannot be spread does not shingle and hash every text itself.
 */
final class FingerprintHeader {

    static final String NAME = "wirefeed.dedupe.fingerprint";

    private FingerprintHeader() {
    }

    /** The headers with a fingerprint ({@link #fingerprint}) added. */
    static Headers with(Headers headers, byte[] fingerprint) {
        Headers copy = new RecordHeaders(headers.toArray());
        copy.remove(NAME);
        return copy.add(NAME, fingerprint);
    }

    /** The dispatch's text fingerprint as the header carries it. */
    static byte[] fingerprint(EnrichedDispatch dispatch) {
        return SeenCodec.fingerprint(Deduplicator.fingerprint(dispatch));
    }

    /** The fingerprint the headers carry, or the dispatch's own when they carry none (records from before). */
    static TextFingerprint of(Headers headers, EnrichedDispatch dispatch) {
        Header header = headers.lastHeader(NAME);
        return header == null ? Deduplicator.fingerprint(dispatch) : SeenCodec.fingerprint(header.value());
    }
}
