package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackProxy;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema registry unreachable (every connection dropped and refused by a loopback proxy) after the service
 * started: HTTP requests, drop-folder files and their dead letters are still published, on the schema ids the
 * service got when it started.
 */
@ExtendWith(InfrastructureExtension.class)
class IngestRegistryOutageIT {

    @Test
    void dispatchesAndDeadLettersArePublishedWhileTheRegistryIsUnreachable(KafkaEndpoint kafka,
            RegistryEndpoint registry, @TempDir Path folder) throws Exception {
        URI direct = URI.create(registry.url());
        try (LoopbackProxy proxy = LoopbackProxy.to(direct.getPort())) {
            IngestSettings settings = new IngestSettings(kafka, registry)
                .with("schema.registry.url", "http://127.0.0.1:" + proxy.port() + direct.getPath())
                .with(IngestConfig.FOLDER_PATH_CONFIG, folder)
                .with(IngestConfig.FOLDER_POLL_MS_CONFIG, 100)
                .with(IngestConfig.FOLDER_SETTLE_MS_CONFIG, 0);
            try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
                proxy.cut();

                HttpResponse<String> accepted = post(service.httpPort(), "application/atom+xml", "feed/atom.xml");
                HttpResponse<String> refused = post(service.httpPort(), "application/xml", "bad/unclosed.xml");
                Path incoming = folder.resolve("incoming");
                Files.write(incoming.resolve("newsitem-xinhua.xml"), Fixtures.bytes("newsml/newsitem-xinhua.xml"));
                Files.write(incoming.resolve("unclosed.xml"), Fixtures.bytes("bad/unclosed.xml"));
                List<String> expected = new ArrayList<>();
                Fixtures.parse("feed/atom.xml").forEach(dispatch -> expected.add(dispatch.getId()));
                Fixtures.parse("newsml/newsitem-xinhua.xml").forEach(dispatch -> expected.add(dispatch.getId()));

                assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
                assertThat(refused.statusCode()).isEqualTo(400);
                List<ConsumerRecord<String, Dispatch>> published = TopicContents.await(kafka, registry,
                    settings.dispatches, Dispatch.class, expected.size(), Duration.ofSeconds(20));
                List<ConsumerRecord<String, DeadLetter>> dead = TopicContents.await(kafka, registry,
                    settings.deadLetters, DeadLetter.class, 1, Duration.ofSeconds(20));
                assertThat(published).extracting(record -> record.value().getId())
                    .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(dead).singleElement()
                    .satisfies(letter -> assertThat(letter.value().getSource()).isEqualTo("folder:unclosed.xml"));
                assertThat(folder.resolve("done/newsitem-xinhua.xml")).exists();
            }
        }
    }

    private static HttpResponse<String> post(int port, String contentType, String fixture) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v1/dispatches")).header("Authorization", "Bearer " + IngestSettings.API_KEY)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(fixture))).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
