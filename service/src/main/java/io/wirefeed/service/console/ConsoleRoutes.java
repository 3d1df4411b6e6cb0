package io.wirefeed.service.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import io.wirefeed.edge.HttpEdge;
import io.wirefeed.edge.HttpReply;
import io.wirefeed.service.deadletters.LetterId;
import io.wirefeed.schema.TrendWindow;

/**
 * The console's routes: three static files (the page, its script and its style, from the jar), and the JSON API
 * behind the API keys that the page reads: the feed (a snapshot, then live as server-sent events), a story, the
 * alerts, the trends, the pipeline's stages, the dead letters and their replay (admin scope).
 */
final class ConsoleRoutes {

    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "connect-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final int MAX_FORM_BYTES = 1_024;

    private final ConsoleAuth auth;
    private final ConsoleState state;
    private final PipelineProbe pipeline;
    private final DeadLetterDesk deadLetters;
    private final long streamNanos;
    private final int feedRecords;

    ConsoleRoutes(ConsoleAuth auth, ConsoleState state, PipelineProbe pipeline, DeadLetterDesk deadLetters,
                  ConsoleConfig config) {
        this.auth = auth;
        this.state = state;
        this.pipeline = pipeline;
        this.deadLetters = deadLetters;
        this.streamNanos = TimeUnit.MILLISECONDS.toNanos(config.getLong(ConsoleConfig.STREAM_MAX_MS_CONFIG));
        this.feedRecords = config.getInt(ConsoleConfig.FEED_RECORDS_CONFIG);
    }

    void declare(HttpEdge edge) {
        edge.route("/", "GET", asset("console.html", "text/html; charset=utf-8"));
        edge.route("/console.js", "GET", asset("console.js", "text/javascript; charset=utf-8"));
        edge.route("/console.css", "GET", asset("console.css", "text/css; charset=utf-8"));
        edge.route("/api/feed", "GET", reading(query -> HttpReply.json(200, Map.of("dispatches",
            state.feed().newest(FeedFilter.of(query)::matches, query.number("limit", 100, feedRecords))))));
        edge.stream("/api/feed/stream", "GET", this::stream);
        edge.route("/api/story", "GET", reading(this::story));
        edge.route("/api/alerts", "GET", reading(query -> HttpReply.json(200, Map.of("alerts",
            state.alerts().newest(alert -> true, query.number("limit", 100, 10_000))))));
        edge.route("/api/trends", "GET", reading(query -> HttpReply.json(200, Map.of("charts",
            state.trends().charts("week".equalsIgnoreCase(query.get("window")) ? TrendWindow.WEEK : TrendWindow.DAY)))));
        edge.route("/api/pipeline", "GET", reading(query -> pipelineReply()));
        edge.route("/api/dead-letters", "GET", reading(query -> HttpReply.json(200, deadLetters.listing())));
        edge.route("/api/dead-letters/replay", "POST", this::replay);
    }

    /** A route of the API that reads: the key checked, then the query handed to the answer. */
    private HttpEdge.Handler reading(Function<Query, HttpReply> answer) {
        return exchange -> {
            HttpReply refused = auth.refusal(exchange.getRequestHeaders().getFirst("Authorization"), false);
            return refused != null ? refused : noStore(answer.apply(Query.parse(exchange.getRequestURI().getRawQuery())));
        };
    }

    private HttpReply story(Query query) {
        String id = query.get("id");
        if (id == null) {
            return HttpReply.error(400, "Say which story: ?id=<story key or dispatch id>");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("records", state.stories().story(id));
        return HttpReply.json(200, body);
    }

    private HttpReply pipelineReply() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stages", pipeline.stages());
        body.put("feedClients", state.live().clients());
        body.put("droppedFeedClients", state.live().droppedClients());
        return HttpReply.json(200, body);
    }

    private HttpReply replay(HttpExchange exchange) throws IOException {
        HttpReply refused = auth.refusal(exchange.getRequestHeaders().getFirst("Authorization"), true);
        if (refused != null) {
            return refused;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            return HttpReply.error(413, "A replay request is a letter's id, nothing more");
        }
        String text = Query.parse(new String(body, StandardCharsets.UTF_8)).get("id");
        LetterId id;
        try {
            id = text == null ? null : LetterId.parse(text, deadLetters.topic());
        } catch (IllegalArgumentException e) {
            return HttpReply.error(400, e.getMessage());
        }
        if (id == null || !id.topic().equals(deadLetters.topic())) {
            return HttpReply.error(400, "Say which letter of " + deadLetters.topic() + ": id=<partition/offset>");
        }
        return noStore(HttpReply.json(200, deadLetters.replay(id)));
    }

    /** The live feed as server-sent events, for as long as the client keeps up and the stream's lifetime lasts. */
    private HttpReply stream(HttpExchange exchange) throws IOException {
        HttpReply refused = auth.refusal(exchange.getRequestHeaders().getFirst("Authorization"), false);
        if (refused != null) {
            return refused;
        }
        LiveClient client = state.live().join(FeedFilter.of(Query.parse(exchange.getRequestURI().getRawQuery())));
        if (client == null) {
            return HttpReply.error(503, "As many browsers follow the feed as may (console.stream.clients)")
                .withHeader("Retry-After", "10");
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(LiveFeed.event("hello", Map.of("filter", client.filter())).getBytes(StandardCharsets.UTF_8));
            out.flush();
            client.run(event -> {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }, streamNanos);
        } catch (IOException gone) {
            // The browser went away: nothing to answer.
            return null;
        } finally {
            state.live().leave(client);
        }
        return null;
    }

    private static HttpEdge.Handler asset(String name, String type) {
        byte[] bytes;
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The console's " + name + " is missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpReply reply = new HttpReply(200, type, bytes, Map.of())
            .withHeader("Content-Security-Policy", SECURITY_POLICY)
            .withHeader("X-Content-Type-Options", "nosniff")
            .withHeader("Referrer-Policy", "no-referrer")
            .withHeader("Cache-Control", "no-cache");
        return exchange -> reply;
    }

    private static HttpReply noStore(HttpReply reply) {
        return reply.withHeader("Cache-Control", "no-store").withHeader("X-Content-Type-Options", "nosniff");
    }
}
