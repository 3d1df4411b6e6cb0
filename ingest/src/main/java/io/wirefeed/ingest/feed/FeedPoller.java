package io.wirefeed.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.wirefeed.ingest.IngestMetrics;
import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.DeadLetters;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.schema.Dispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls an RSS or Atom feed: a conditional GET (If-None-Match, If-Modified-Since), then every item not seen
 * before is published. Seen items, validators and the last broken body are kept in the publication ledger,
 * in the same transaction as the items, so a restart neither repeats nor loses an item, and a feed that
 * stays broken is dead-lettered once, not at every poll.
 *
 * <p>A feed server cannot hold the poller (whose thread the drop folder shares): a fetch, redirects and body
 * included, ends at a deadline; a body is read no further than the size limit; redirects are followed only to
 * the feed's own host or to the hosts allowed. URLs are logged without their query or user info, which often
 * carry a token. An item whose version is beyond the bound is dead-lettered, and the feed's other items published.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final String INPUT = "feed";
    private static final int MAX_REDIRECTS = 5;

    /** How one feed is fetched. */
    public record Fetching(Duration timeout, Duration deadline, Set<String> redirectHosts) {
    }

    private final URI url;
    private final String shown;
    private final HttpClient http;
    private final Fetching fetching;
    private final WireFormats formats;
    private final PublicationLedger ledger;
    private final IngestMetrics metrics;
    private final InputLimits limits;
    private final Clock clock;

    /** A poller of bodies up to {@code maxBytes}, whose items may carry versions up to the default bound. */
    public FeedPoller(URI url, HttpClient http, Duration timeout, WireFormats formats, PublicationLedger ledger,
                      IngestMetrics metrics, long maxBytes, Clock clock) {
        this(url, http, new Fetching(timeout, timeout.multipliedBy(6), Set.of()), formats, ledger, metrics,
            new InputLimits(maxBytes, InputLimits.DEFAULT_MAX_VERSION), clock);
    }

    public FeedPoller(URI url, HttpClient http, Fetching fetching, WireFormats formats, PublicationLedger ledger,
                      IngestMetrics metrics, InputLimits limits, Clock clock) {
        this.url = url;
        this.shown = redacted(url);
        this.http = http;
        this.fetching = fetching;
        this.formats = formats;
        this.ledger = ledger;
        this.metrics = metrics;
        this.limits = limits;
        this.clock = clock;
    }

    /** The client feeds are fetched with: redirects are the poller's to follow (or not), never the client's. */
    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /** A URL fit for logs and dead letters: scheme, host, port and path; no user info, query or fragment. */
    public static String redacted(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** One poll; returns how many new items it published. */
    public int poll() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + fetching.deadline().toNanos();
        HttpResponse<byte[]> response = fetch(deadline);
        if (response == null || response.statusCode() == 304) {
            return 0;
        }
        if (response.statusCode() != 200) {
            LOG.warn("Feed {} answered {}", shown, response.statusCode());
            return 0;
        }
        byte[] bytes = response.body();
        RawDocument document = new RawDocument(bytes, response.headers().firstValue("Content-Type").orElse(null),
            "feed:" + shown, clock.instant());
        PublicationLedger.Batch batch = ledger.batch();
        response.headers().firstValue("ETag").ifPresent(value -> batch.remember(key("etag"), value));
        response.headers().firstValue("Last-Modified").ifPresent(value -> batch.remember(key("last-modified"), value));
        int published = bytes.length > limits.maxBytes() ? tooLarge(document, batch) : items(document, batch);
        batch.commit();
        if (published > 0) {
            metrics.published(INPUT, published);
        }
        return published;
    }

    /** The answer, redirects followed where allowed; null when refused or past the deadline (logged). */
    private HttpResponse<byte[]> fetch(long deadline) throws IOException, InterruptedException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response = send(request(current), deadline);
            if (response == null) {
                return null;
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status < 300 || status > 399 || status == 304 || location.isEmpty()) {
                return response;
            }
            URI next;
            try {
                next = current.resolve(location.get().trim());
            } catch (IllegalArgumentException e) {
                LOG.warn("Feed {} redirects to an unreadable location", shown);
                return null;
            }
            if (!allowed(next)) {
                LOG.warn("Feed {} redirects to {}, another host: not followed (feeds.redirect.hosts allows more)",
                    shown, redacted(next));
                return null;
            }
            current = next;
        }
        LOG.warn("Feed {} redirects more than {} times: not followed", shown, MAX_REDIRECTS);
        return null;
    }

    private boolean allowed(URI next) {
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        String host = next.getHost() == null ? "" : next.getHost().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
            && (host.equalsIgnoreCase(url.getHost()) || fetching.redirectHosts().contains(host));
    }

    private HttpRequest request(URI target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(fetching.timeout()).GET()
            .header("User-Agent", "wirefeed-ingest")
            .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        String etag = ledger.get(key("etag"));
        String modified = ledger.get(key("last-modified"));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (modified != null) {
            request.header("If-Modified-Since", modified);
        }
        return request.build();
    }

    /** One request, its body read to at most one byte past the limit, all of it by the deadline. */
    private HttpResponse<byte[]> send(HttpRequest request, long deadline) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request,
            info -> new Bounded(limits.maxBytes() + 1));
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            LOG.warn("Feed {} did not answer in full within {} ms: given up until the next poll", shown,
                fetching.deadline().toMillis());
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getClass().getName());
        }
    }

    /** Collects a body up to a number of bytes, then cancels the rest of it. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[(int) Math.min(buffer.remaining(), limit - bytes.size())];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() >= limit) {
                subscription.cancel();
                body.complete(bytes.toByteArray());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }

    private int items(RawDocument document, PublicationLedger.Batch batch) {
        List<Dispatch> fresh = new ArrayList<>();
        try {
            for (Dispatch item : formats.parse(document, null)) {
                String seen = key("item:" + item.getId());
                if (ledger.contains(seen)) {
                    continue;
                }
                String beyond = limits.versionRefusal(item);
                if (beyond == null) {
                    fresh.add(item);
                } else {
                    refuse(document, batch, item, beyond);
                }
            }
            batch.dispatches(fresh);
            fresh.forEach(item -> batch.remember(key("item:" + item.getId()), String.valueOf(item.getVersion())));
        } catch (InvalidDispatchException e) {
            deadLetter(document, batch, e);
            return 0;
        } catch (RuntimeException e) {
            LOG.error("Parser fault on feed {}", shown, e);
            deadLetter(document, batch, new InvalidDispatchException("Parser fault (" + e.getClass().getName() + ")",
                e));
            return 0;
        }
        if (!fresh.isEmpty()) {
            metrics.received(INPUT, fresh);
        }
        return fresh.size();
    }

    /**
     * An item the feed may not publish (a version beyond the bound): dead-lettered with the feed's bytes and
     * remembered, so that it is not dead-lettered again at every poll; the feed's other items are published.
     */
    private void refuse(RawDocument document, PublicationLedger.Batch batch, Dispatch item, String reason) {
        batch.deadLetter(DeadLetters.of(document, new InvalidDispatchException("Feed item refused: " + reason
            + "; the feed's other items are published"), clock.instant()))
            .remember(key("item:" + item.getId()), "refused");
        metrics.deadLettered(INPUT);
        LOG.warn("Feed {}: {}", shown, reason);
    }

    private int tooLarge(RawDocument document, PublicationLedger.Batch batch) {
        deadLetter(new RawDocument(new byte[0], document.contentType(), document.source(), document.receivedAt()),
            batch, new InvalidDispatchException("Feed larger than the limit of " + limits.maxBytes() + " bytes"));
        return 0;
    }

    /** Dead-letters a broken feed body once: the same broken body at the next poll is not sent again. */
    private void deadLetter(RawDocument document, PublicationLedger.Batch batch, InvalidDispatchException e) {
        String digest = document.sha256();
        if (digest.equals(ledger.get(key("failed")))) {
            return;
        }
        batch.deadLetter(DeadLetters.of(document, e, clock.instant())).remember(key("failed"), digest);
        metrics.deadLettered(INPUT);
        LOG.warn("Dead-lettered feed {}: {}", shown, e.getMessage());
    }

    private String key(String what) {
        return "feed:" + url + "#" + what;
    }
}
