package io.wirefeed.service.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The pipeline as stages, from the services' own metrics: each configured {@code /metrics} endpoint read (two
 * seconds at most, 4 MiB at most), a few figures taken for each known stage (ingest, enrich, connect), and each
 * counter's rate over the time since the previous reading. Read at most once a second, whoever asks.
 */
final class PipelineProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Duration FRESH = Duration.ofSeconds(1);

    /** A figure to take: its label, the metric, and whether it counts (then a rate is given) or is a level. */
    private record Spec(String label, String metric, boolean counter) {
    }

    private static final Map<String, List<Spec>> STAGES = Map.of(
        "ingest", List.of(new Spec("received", "wirefeed_ingest_received_total", true),
            new Spec("published", "wirefeed_ingest_published_total", true),
            new Spec("rejected", "wirefeed_ingest_rejected_total", true),
            new Spec("dead letters", "wirefeed_dead_letters_total", true)),
        "enrich", List.of(new Spec("enriched", "wirefeed_enrich_enriched_total", true),
            new Spec("alerts", "wirefeed_enrich_alerts_total", true),
            new Spec("dead letters", "wirefeed_dead_letters_total", true),
            new Spec("lag", "kafka_consumer_fetch_manager_records_lag_max", false),
            new Spec("held under embargo", "wirefeed_enrich_embargo_held", false)),
        "connect", List.of(new Spec("written", "wirefeed_connect_records_written_total", true),
            new Spec("dead letters", "wirefeed_connect_dead_letters_total", true),
            new Spec("lag", "kafka_consumer_fetch_manager_records_lag_max", false)));

    /** One stage: its name, whether its metrics answered (else why not), and its figures. */
    record Stage(String name, boolean up, String problem, List<Figure> figures) {
        Stage {
            figures = List.copyOf(figures);
        }
    }

    /** A figure: its value now (null when the service does not serve it) and, for a counter, its rate per second. */
    record Figure(String label, Double value, Double perSecond) {
    }

    /** The endpoints by stage name, in the order given (the pipeline's). */
    private final Map<String, String> urls;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Double> previous = new HashMap<>();
    private Instant previousAt;
    private Instant readAt;
    private List<Stage> last = List.of();

    PipelineProbe(Map<String, String> urls, Clock clock) {
        this.urls = new LinkedHashMap<>(urls);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    synchronized List<Stage> stages() {
        Instant now = clock.instant();
        if (readAt != null && Duration.between(readAt, now).compareTo(FRESH) < 0) {
            return last;
        }
        List<Stage> stages = new ArrayList<>();
        Map<String, Double> values = new HashMap<>();
        for (String name : urls.keySet()) {
            stages.add(stage(name, now, values));
        }
        remember(values, now);
        readAt = now;
        last = List.copyOf(stages);
        return last;
    }

    /** The counters' values of a reading, which the next reading's rates are taken against. */
    synchronized void remember(Map<String, Double> values, Instant at) {
        previous.clear();
        previous.putAll(values);
        previousAt = at;
    }

    private Stage stage(String name, Instant now, Map<String, Double> values) {
        PrometheusText text;
        try {
            text = PrometheusText.parse(read(urls.get(name)));
        } catch (IOException e) {
            return new Stage(name, false, "its metrics did not answer: " + e.getClass().getSimpleName(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Stage(name, false, "interrupted", List.of());
        }
        return new Stage(name, true, null, figures(name, text, now, values));
    }

    /** The stage's figures from its metrics; {@code values} collects the counters' values for the next rates. */
    synchronized List<Figure> figures(String stage, PrometheusText text, Instant now, Map<String, Double> values) {
        List<Figure> figures = new ArrayList<>();
        for (Spec spec : STAGES.getOrDefault(stage, List.of())) {
            OptionalDouble value = spec.counter() ? text.sum(spec.metric()) : text.max(spec.metric());
            if (value.isEmpty()) {
                figures.add(new Figure(spec.label(), null, null));
                continue;
            }
            Double rate = null;
            if (spec.counter()) {
                String key = stage + "/" + spec.label();
                values.put(key, value.getAsDouble());
                Double before = previous.get(key);
                long millis = previousAt == null ? 0 : Duration.between(previousAt, now).toMillis();
                if (before != null && millis > 0 && value.getAsDouble() >= before) {
                    rate = (value.getAsDouble() - before) * 1000.0 / millis;
                }
            }
            figures.add(new Figure(spec.label(), value.getAsDouble(), rate));
        }
        return figures;
    }

    private String read(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return new String(body.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        }
    }
}
