package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One enrichment instance on the real broker and registry, fed what should not knock it over. */
@ExtendWith(InfrastructureExtension.class)
class EnrichEdgeCasesTest {

    @Test
    void trendsAnswerABadParameterWith400AndSayWhichAndWhy(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                         @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir);
        try (EnrichService service = EnrichService.start(settings.config(), Clock.systemUTC())) {
            EnrichServiceTest.awaitRunning(service);
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("limit=-1", "limit must be a whole number from 1 to 1000, not '-1'");
            refused.put("limit=0", "limit must be a whole number from 1 to 1000, not '0'");
            refused.put("limit=99999999999", "limit must be a whole number from 1 to 1000, not '99999999999'");
            refused.put("limit=ten", "limit must be a whole number from 1 to 1000, not 'ten'");
            refused.put("limit=", "limit must be a whole number from 1 to 1000, not ''");
            refused.put("window=month", "window must be day or week, not 'month'");
            refused.put("window=day&window=week", "window is given twice");
            refused.put("windows=day", "unknown parameter 'windows' (known: window, limit)");
            for (Map.Entry<String, String> query : refused.entrySet()) {
                HttpResponse<String> answer = get(service, query.getKey());
                assertThat(answer.statusCode()).as(query.getKey()).isEqualTo(400);
                assertThat(answer.body()).as(query.getKey()).contains("\"error\":\"" + query.getValue() + "\"");
            }
            assertThat(get(service, "window=day&limit=5").statusCode()).isEqualTo(200);
            assertThat(get(service, "window=%77eek&limit=1000").statusCode()).as("percent-encoded").isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(EnrichService service, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/trends?" + query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
