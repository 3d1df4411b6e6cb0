package io.wirefeed.enrich.stream;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.OptionalLong;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a traced dispatch: one whose sender (the bench) put a {@link #TRACE} header on it, with an id of
 * its choosing. The enrichment steps stamp such a dispatch with the time each step picked it up (microseconds
 * since the epoch, eight bytes) and carry the trace through the repartition hops to the enriched record; records
 * without the header (ingest's) are left as they are. With a reorder grace the stamps stop at the describe step
 * (the reorder buffer stores values, not headers).
 */
public final class StageTimeHeaders {

    /** The trace id the sender chose; its presence asks for stamps. */
    public static final String TRACE = "wirefeed.trace";
    /** When the describe step picked the dispatch up. */
    public static final String DESCRIBE = "wirefeed.trace.describe";
    /** When the dedupe step picked the dispatch's arrival up, after the repartition hop. */
    public static final String JUDGE = "wirefeed.trace.judge";
    /** When the dispatch's ruling came back to the task where it was parked, after the rulings' hop. */
    public static final String UNPARK = "wirefeed.trace.unpark";

    private StageTimeHeaders() {
    }

    /** Whether the sender asked for stamps. */
    static boolean traced(Headers headers) {
        return headers.lastHeader(TRACE) != null;
    }

    /** The headers with {@code stage} stamped at {@code at} (a copy: Kafka Streams shares header objects). */
    static Headers stamped(Headers headers, String stage, Instant at) {
        Headers copy = new RecordHeaders(headers.toArray());
        copy.remove(stage);
        return copy.add(stage, ByteBuffer.allocate(Long.BYTES).putLong(micros(at)).array());
    }

    /** Only the trace headers of {@code headers}: what a traced dispatch carries on past the dedupe step. */
    static Headers traceOnly(Headers headers) {
        Headers trace = new RecordHeaders();
        for (Header header : headers) {
            if (header.key().equals(TRACE) || header.key().startsWith(TRACE + ".")) {
                trace.add(header);
            }
        }
        return trace;
    }

    /** The time {@code stage} was stamped, in microseconds since the epoch, if it was. */
    public static OptionalLong micros(Headers headers, String stage) {
        Header header = headers.lastHeader(stage);
        return header == null || header.value().length != Long.BYTES ? OptionalLong.empty()
            : OptionalLong.of(ByteBuffer.wrap(header.value()).getLong());
    }

    /** Microseconds since the epoch. */
    public static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
