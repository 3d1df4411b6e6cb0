package io.wirefeed.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.ingest.IngestMetrics;
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
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final String INPUT = "feed";

    private final URI url;
    private final HttpClient http;
    private final Duration timeout;
    private final WireFormats formats;
    private final PublicationLedger ledger;
    private final IngestMetrics metrics;
    private final long maxBytes;
    private final Clock clock;

    public FeedPoller(URI url, HttpClient http, Duration timeout, WireFormats formats, PublicationLedger ledger,
                      IngestMetrics metrics, long maxBytes, Clock clock) {
        this.url = url;
        this.http = http;
        this.timeout = timeout;
        this.formats = formats;
        this.ledger = ledger;
        this.metrics = metrics;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** One poll; returns how many new items it published. */
    public int poll() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET()
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
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return 0;
            }
            if (response.statusCode() != 200) {
                LOG.warn("Feed {} answered {}", url, response.statusCode());
                return 0;
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            RawDocument document = new RawDocument(bytes, response.headers().firstValue("Content-Type").orElse(null),
                "feed:" + url, clock.instant());
            PublicationLedger.Batch batch = ledger.batch();
            response.headers().firstValue("ETag").ifPresent(value -> batch.remember(key("etag"), value));
            response.headers().firstValue("Last-Modified").ifPresent(value -> batch.remember(key("last-modified"), value));
            int published = bytes.length > maxBytes ? tooLarge(document, batch) : items(document, batch);
            batch.commit();
            if (published > 0) {
                metrics.published(INPUT, published);
            }
            return published;
        }
    }

    private int items(RawDocument document, PublicationLedger.Batch batch) {
        List<Dispatch> fresh = new ArrayList<>();
        try {
            for (Dispatch item : formats.parse(document, null)) {
                String seen = key("item:" + item.getId());
                if (!ledger.contains(seen)) {
                    fresh.add(item);
                    batch.dispatch(item).remember(seen, String.valueOf(item.getVersion()));
                }
            }
        } catch (InvalidDispatchException e) {
            deadLetter(document, batch, e);
            return 0;
        }
        if (!fresh.isEmpty()) {
            metrics.received(INPUT, fresh);
        }
        return fresh.size();
    }

    private int tooLarge(RawDocument document, PublicationLedger.Batch batch) {
        deadLetter(new RawDocument(new byte[0], document.contentType(), document.source(), document.receivedAt()),
            batch, new InvalidDispatchException("Feed larger than the limit of " + maxBytes + " bytes"));
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
        LOG.warn("Dead-lettered feed {}: {}", url, e.getMessage());
    }

    private String key(String what) {
        return "feed:" + url + "#" + what;
    }
}
