package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP endpoint under a campaign of 1,000 bad requests (malformed, truncated, random, oversized, without or
 * with a wrong key, with an unknown format) from four clients at once, with 100 valid dispatches among them:
 * every bad request gets a 4xx, the service stays healthy and ready, and every valid dispatch reaches Kafka.
 */
@ExtendWith(InfrastructureExtension.class)
class HttpBadInputCampaignIT {

    private static final int BAD = 1_000;
    private static final int VALID = 100;
    private static final int MAX_BYTES = 64 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void badRequestsGetA4xxAndLoseNoValidDispatch(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.HTTP_MAX_REQUEST_BYTES_CONFIG, MAX_BYTES)
            .with(IngestConfig.HTTP_MAX_IN_FLIGHT_CONFIG, 64);
        byte[] template = Fixtures.bytes("ninjs/ninjs1-ap.json");
        String templateUri = "http://example.ap.org/2026/07/07/kyrgyz-border-clash";
        List<Request> requests = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < BAD; i++) {
            requests.add(bad(i, template, random));
        }
        for (int i = 0; i < VALID; i++) {
            String uri = "urn:campaign:" + i;
            requests.add(new Request("valid " + i, new String(template, StandardCharsets.UTF_8)
                .replace(templateUri, uri).getBytes(StandardCharsets.UTF_8), IngestSettings.API_KEY, "", uri));
        }
        Collections.shuffle(requests, new Random(11));

        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + service.httpPort();
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (Request request : requests) {
                    sent.add(clients.submit(() -> {
                        HttpResponse<String> answer = send(base, request);
                        if (request.validId() == null) {
                            assertThat(answer.statusCode()).as(request.what() + ": " + answer.body()).isBetween(400, 499);
                        } else {
                            assertThat(answer.statusCode()).as(request.what() + ": " + answer.body()).isEqualTo(202);
                            accepted.add(request.validId());
                        }
                        return null;
                    }));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
            } finally {
                clients.shutdownNow();
            }
            assertThat(get("http://127.0.0.1:" + service.probePort() + "/health")).isEqualTo(200);
            assertThat(get("http://127.0.0.1:" + service.probePort() + "/ready")).isEqualTo(200);
            assertThat(accepted).hasSize(VALID);
            Set<String> published = TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class).stream()
                .map(record -> record.value().getId()).filter(id -> id.startsWith("urn:campaign:"))
                .collect(Collectors.toSet());
            assertThat(published).containsExactlyInAnyOrderElementsOf(accepted);
        }
    }

    private record Request(String what, byte[] body, String key, String query, String validId) {
    }

    private static Request bad(int i, byte[] template, SplittableRandom random) {
        return switch (i % 7) {
            case 0 -> new Request("truncated " + i, Arrays.copyOf(template, random.nextInt(template.length)),
                IngestSettings.API_KEY, "", null);
            case 1 -> {
                byte[] noise = new byte[1 + random.nextInt(8_192)];
                for (int b = 0; b < noise.length; b++) {
                    noise[b] = (byte) random.nextInt(256);
                }
                yield new Request("random bytes " + i, noise, IngestSettings.API_KEY, "", null);
            }
            case 2 -> new Request("oversized " + i, new byte[MAX_BYTES + 1 + random.nextInt(MAX_BYTES)],
                IngestSettings.API_KEY, "", null);
            case 3 -> new Request("no key " + i, template, null, "", null);
            case 4 -> new Request("wrong key " + i, template, "guess-" + i, "", null);
            case 5 -> new Request("unknown format " + i, template, IngestSettings.API_KEY, "?format=telex", null);
            default -> new Request("xml bomb " + i, ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaa\">]>"
                + "<newsItem>&a;</newsItem>").getBytes(StandardCharsets.UTF_8), IngestSettings.API_KEY, "", null);
        };
    }

    private HttpResponse<String> send(String base, Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/v1/dispatches" + request.query()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.key() != null) {
            builder.header("Authorization", "Bearer " + request.key());
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
    }
}
