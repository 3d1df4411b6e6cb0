package io.wirefeed.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import io.wirefeed.edge.HttpReply;
import io.wirefeed.ingest.IngestMetrics;
import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.IngestMetrics.Rejection;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.DispatchPublisher;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/dispatches}: one document in any supported format (detected, or named by {@code ?format=}),
 * holding one dispatch or a batch. Answers 202 with the ids once Kafka has acknowledged every dispatch,
 * 400 with the reason for input it cannot read, 401 without a valid key (checked before any byte of the body is
 * read), 403 for a dispatch the key is not bound to (another agency's story), 413 over the size limit (the
 * request's, or Kafka's record limit), 422 for a version beyond the allowed jump, 429 when too many requests are
 * in flight and 503 when Kafka does not acknowledge in time.
 */
public final class DispatchEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchEndpoint.class);
    private static final String INPUT = "http";

    private final ApiKeys keys;
    private final WireFormats formats;
    private final DispatchPublisher publisher;
    private final IngestMetrics metrics;
    private final int maxRequestBytes;
    private final Semaphore inFlight;
    private final Duration publishTimeout;
    private final InputLimits versions;
    private final Clock clock;

    /**
     * What the endpoint accepts.
     *
     * @param maxRequestBytes largest body
     * @param maxInFlight     requests handled at once (beyond, 429)
     * @param publishTimeout  how long Kafka's acknowledgement is awaited (then 503)
     * @param maxVersion      largest version a dispatch may carry: 1 plus the allowed jump (beyond, 422)
     */
    public record Limits(int maxRequestBytes, int maxInFlight, Duration publishTimeout, int maxVersion) {
    }

    public DispatchEndpoint(ApiKeys keys, WireFormats formats, DispatchPublisher publisher, IngestMetrics metrics,
                            Limits limits, Clock clock) {
        this.keys = keys;
        this.formats = formats;
        this.publisher = publisher;
        this.metrics = metrics;
        this.maxRequestBytes = limits.maxRequestBytes();
        this.inFlight = new Semaphore(limits.maxInFlight());
        this.publishTimeout = limits.publishTimeout();
        this.versions = new InputLimits(limits.maxRequestBytes(), limits.maxVersion());
        this.clock = clock;
    }

    public HttpReply post(HttpExchange exchange) throws IOException {
        Optional<ApiKeys.Scope> scope = keys.scopeOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (scope.isEmpty()) {
            metrics.rejected(INPUT, Rejection.UNAUTHORIZED);
            // Connection: close leaves the body unread: an unauthenticated sender costs no bandwidth.
            return HttpReply.error(401, "A valid API key is needed: 'Authorization: Bearer <key>'")
                .withHeader("WWW-Authenticate", "Bearer").withHeader("Connection", "close");
        }
        if (!inFlight.tryAcquire()) {
            metrics.rejected(INPUT, Rejection.OVERLOADED);
            return HttpReply.error(429, "Too many requests in flight; retry shortly").withHeader("Retry-After", "1")
                .withHeader("Connection", "close");
        }
        try {
            return accept(exchange, scope.get());
        } finally {
            inFlight.release();
        }
    }

    private HttpReply accept(HttpExchange exchange, ApiKeys.Scope scope) throws IOException {
        SourceFormat format;
        try {
            format = format(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            metrics.rejected(INPUT, Rejection.BAD_REQUEST);
            return HttpReply.error(400, e.getMessage());
        }
        byte[] body = readBounded(exchange);
        if (body == null) {
            metrics.rejected(INPUT, Rejection.TOO_LARGE);
            return HttpReply.error(413, "Request body over the limit of " + maxRequestBytes + " bytes");
        }
        RawDocument document = new RawDocument(body, exchange.getRequestHeaders().getFirst("Content-Type"), INPUT,
            clock.instant());
        List<Dispatch> dispatches;
        try {
            dispatches = formats.parse(document, format);
        } catch (InvalidDispatchException e) {
            metrics.rejected(INPUT, Rejection.INVALID);
            return HttpReply.error(400, e.getMessage());
        }
        if (dispatches.isEmpty()) {
            metrics.rejected(INPUT, Rejection.INVALID);
            return HttpReply.error(400, "The document holds no dispatch");
        }
        HttpReply refused = refused(dispatches, scope);
        if (refused != null) {
            return refused;
        }
        metrics.received(INPUT, dispatches);
        return publish(dispatches);
    }

    /** A 403 for a dispatch outside the key's scope, a 422 for a version beyond the bound, or null. */
    private HttpReply refused(List<Dispatch> dispatches, ApiKeys.Scope scope) {
        for (Dispatch dispatch : dispatches) {
            if (!scope.allows(dispatch)) {
                metrics.rejected(INPUT, Rejection.FORBIDDEN);
                return HttpReply.error(403, "This API key is not allowed to publish " + dispatch.getId() + " (agency "
                    + dispatch.getAgency() + "); it may publish " + scope);
            }
            String beyond = versions.versionRefusal(dispatch);
            if (beyond != null) {
                metrics.rejected(INPUT, Rejection.INVALID);
                return HttpReply.error(422, beyond);
            }
        }
        return null;
    }

    private HttpReply publish(List<Dispatch> dispatches) {
        try {
            publisher.publish(dispatches).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof RecordTooLargeException) {
                // Permanent: retrying would fail the same way forever.
                metrics.rejected(INPUT, Rejection.TOO_LARGE);
                return HttpReply.error(413, "A dispatch of this document is larger than a Kafka record may be ("
                    + "max.request.size); split or shorten it");
            }
            LOG.warn("Kafka did not acknowledge {} dispatches: {}", dispatches.size(), cause.toString());
            return unavailable(cause.getClass().getSimpleName());
        }
        metrics.published(INPUT, dispatches.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", dispatches.size());
        answer.put("ids", dispatches.stream().map(Dispatch::getId).toList());
        return HttpReply.json(202, answer);
    }

    private HttpReply unavailable(String why) {
        metrics.rejected(INPUT, Rejection.UNAVAILABLE);
        return HttpReply.error(503, "Kafka did not acknowledge the dispatches (" + why + "); retry later")
            .withHeader("Retry-After", "5");
    }

    /** The body, or null when it is over the limit (read no further than one byte past it). */
    private byte[] readBounded(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxRequestBytes) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxRequestBytes + 1);
            return body.length > maxRequestBytes ? null : body;
        }
    }

    /** The format a {@code format=} query parameter names (enum name or its dashed form), or null for detection. */
    static SourceFormat format(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("format=")) {
                String name = parameter.substring("format=".length()).trim().toUpperCase(Locale.ROOT)
                    .replace('-', '_');
                try {
                    return SourceFormat.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown format '" + parameter.substring(7) + "'; known: "
                        + List.of(SourceFormat.values()).stream().filter(f -> f != SourceFormat.UNKNOWN)
                            .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList(), e);
                }
            }
        }
        return null;
    }
}
