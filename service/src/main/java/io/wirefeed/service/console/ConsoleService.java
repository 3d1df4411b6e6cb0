package io.wirefeed.service.console;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirefeed.edge.HttpEdge;
import io.wirefeed.ingest.http.ApiKeys;
import io.wirefeed.service.deadletters.DeadLetterAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console: a read-only web page over the pipeline, on one port with its API, {@code /health}, {@code /ready}
 * (once the topics' records at start are read) and {@code /metrics}. Reads the enriched, alerts and trends topics
 * ({@link TopicTail}), the services' metrics ({@link PipelineProbe}) and the dead letters ({@link DeadLetterDesk}).
 */
public final class ConsoleService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleService.class);
    /** Threads for the pages and the API besides one per live-feed browser; requests waiting for them. */
    private static final int PAGE_THREADS = 4;
    private static final int QUEUE = 32;
    /** Longest an ordinary request may take: a replay opens a transactional producer and reads the letters. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final long KEEP_ALIVE_MS = 15_000;

    private final TopicTail tail;
    private final DeadLetterDesk deadLetters;
    private final HttpEdge edge;

    private ConsoleService(TopicTail tail, DeadLetterDesk deadLetters, HttpEdge edge) {
        this.tail = tail;
        this.deadLetters = deadLetters;
        this.edge = edge;
    }

    public static ConsoleService start(ConsoleConfig config, Clock clock) throws IOException {
        int clients = config.getInt(ConsoleConfig.STREAM_CLIENTS_CONFIG);
        LiveFeed live = new LiveFeed(clients, config.getInt(ConsoleConfig.STREAM_QUEUE_CONFIG), KEEP_ALIVE_MS);
        ConsoleState state = new ConsoleState(config, live);
        DeadLetterDesk deadLetters = new DeadLetterDesk(new DeadLetterAccess(config.deadLetters()),
            config.getInt(ConsoleConfig.DEAD_LETTERS_SHOWN_CONFIG), clock);
        TopicTail tail = new TopicTail(config, state);
        HttpEdge edge = null;
        try {
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Gauge.builder("wirefeed.console.feed.clients", live, LiveFeed::clients)
                .description("Browsers following the console's live feed").register(metrics);
            FunctionCounter.builder("wirefeed.console.feed.dropped", live, LiveFeed::droppedClients)
                .description("Browsers of the live feed dropped for falling behind").register(metrics);
            edge = new HttpEdge(new InetSocketAddress(config.getString(ConsoleConfig.HTTP_HOST_CONFIG),
                config.getInt(ConsoleConfig.HTTP_PORT_CONFIG)),
                new HttpEdge.Limits(clients + PAGE_THREADS, QUEUE, REQUEST_TIMEOUT, null), tail::caughtUp,
                "the console is still reading the topics", metrics).liveness(tail::problem);
            new ConsoleRoutes(new ConsoleAuth(new ApiKeys(config.apiKeys())), state,
                new PipelineProbe(config.metricsUrls(), clock), deadLetters, config).declare(edge);
            tail.start();
            edge.start();
        } catch (IOException | RuntimeException e) {
            if (edge != null) {
                edge.close();
            }
            tail.close();
            deadLetters.close();
            throw e;
        }
        LOG.info("Console on port {}", edge.port());
        return new ConsoleService(tail, deadLetters, edge);
    }

    public int port() {
        return edge.port();
    }

    public boolean ready() {
        return tail.caughtUp();
    }

    @Override
    public void close() {
        edge.close();
        tail.close();
        deadLetters.close();
    }
}
