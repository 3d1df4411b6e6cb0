package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.launcher.Wirefeed;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench on a cluster it is given (here the tests' broker and registry) and a folder of dispatches: every
 * phase runs on that cluster under names of the run's own, which are gone from it afterwards; the sinks write to
 * embedded stores of the run's own.
 */
@ExtendWith(InfrastructureExtension.class)
class BenchCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        CommandLine command = Wirefeed.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return command.execute(all);
    }

    @Test
    void measuresAFoldersDispatchesOnAGivenClusterAndLeavesNoTopicsBehind(KafkaEndpoint kafka,
            RegistryEndpoint registry, @TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dispatches"));
        for (int i = 1; i <= 40; i++) {
            Files.writeString(folder.resolve("story-" + i + ".txt"), "Talks on water sharing, round " + i
                + "\n\nTASHKENT, July " + (i % 28 + 1) + " (Xinhua) -- Delegates from " + (i + 2) + " countries met in "
                + "Tashkent on Tuesday for round " + i + " of talks on sharing the water of the Amu Darya.");
        }
        Files.write(folder.resolve("broken.xml"), new byte[] {'<', 0, (byte) 0xff});
        Path report = dir.resolve("report.json");

        int exit = bench("--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
            "--input", folder.toString(), "--warm-up", "10", "--instances", "2",
            "--latency-seconds", "1", "--latency-warm-up-seconds", "1", "--report", report.toString(),
            "--data-dir", dir.resolve("data").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("broken.xml");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("dispatches").asInt()).isEqualTo(40);
        // A second enrichment service, a JVM of its own, ran beside the bench's (it waited for it to start).
        assertThat(json.get("instances").asInt()).isEqualTo(2);
        double maximum = json.get("maxThroughput").asDouble();
        assertThat(maximum).isPositive();
        assertThat(json.get("offlineThroughput").asDouble()).isPositive();
        assertThat(json.get("baselineThroughput").asDouble()).isPositive();
        assertThat(json.get("offlineRatio").asDouble()).isCloseTo(maximum / json.get("offlineThroughput").asDouble(),
            within(0.01));
        assertLatencyAtAFractionOfTheMaximum(json, "AtHalf", 0.5, maximum);
        assertLatencyAtAFractionOfTheMaximum(json, "At80", 0.8, maximum);
        // The sinks on embedded stores of the run's own, fed from the given cluster.
        assertThat(json.at("/sinks/postgres/records").asInt()).isEqualTo(40);
        assertThat(json.at("/sinks/opensearch/records").asInt()).isEqualTo(40);
        assertThat(json.get("howRun").asText()).contains("the Kafka cluster at " + kafka.bootstrapServers())
            .contains("read from " + folder).contains("one more enrichment service beside its own");

        Matcher deleted = Pattern.compile("Deleted the run's (\\d+) topics \\((bench-[0-9a-f]{8}-)\\*\\)")
            .matcher(out.toString());
        assertThat(deleted.find()).as(out.toString()).isTrue();
        assertThat(Integer.parseInt(deleted.group(1))).isGreaterThanOrEqualTo(8);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            // Deleted in the controller's metadata; the broker's view follows within moments.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (admin.listTopics().names().get().stream().anyMatch(name -> name.startsWith(deleted.group(2)))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith(deleted.group(2)));
        }
        assertThat(dir.resolve("data")).isEmptyDirectory();
    }

    /**
     * The latency run at {@code fraction} of the measured maximum: its rate derived from it, its percentiles in
     * order, every timed dispatch traced through every stage, and the stages adding up to the whole.
     */
    private static void assertLatencyAtAFractionOfTheMaximum(JsonNode json, String key, double fraction,
                                                             double maximum) {
        assertThat(json.get("latency" + key + "Rate").asInt()).as(key)
            .isCloseTo((int) Math.max(1, Math.round(maximum * fraction)), within(1));
        JsonNode latency = json.get("latency" + key + "Ms");
        assertThat(latency.get("p50").asDouble()).as(key).isPositive()
            .isLessThanOrEqualTo(latency.get("p99").asDouble());
        assertThat(latency.get("p99").asDouble()).as(key).isLessThanOrEqualTo(latency.get("p999").asDouble());
        String level = Character.toLowerCase(key.charAt(0)) + key.substring(1);
        assertThat(json.at("/tracedDispatches/" + level + "/complete").asInt()).as(key)
            .isEqualTo(json.get("latency" + key + "Dispatches").asInt()).isPositive();
        JsonNode stages = json.at("/stagesMs/" + level);
        assertThat(stages.fieldNames()).toIterable().as(key).containsExactly("produce", "toDescribe",
            "describeAndRepartition", "repartitionCommit", "judge", "rulingCommit", "publish", "outputCommit", "whole");
        double stageMeans = 0;
        for (String stage : List.of("produce", "toDescribe", "describeAndRepartition", "repartitionCommit", "judge",
                "rulingCommit", "publish", "outputCommit")) {
            assertThat(stages.at("/" + stage + "/p50").asDouble()).as(key + " " + stage).isNotNegative();
            stageMeans += stages.at("/" + stage + "/mean").asDouble();
        }
        double whole = stages.at("/whole/mean").asDouble();
        assertThat(stageMeans).as(key + ": the stages add up to the whole").isCloseTo(whole, within(0.5 + whole * 0.01));
        assertThat(whole).as(key + ": the traced whole is the latency measured")
            .isCloseTo(latency.get("mean").asDouble(), within(0.5 + whole * 0.01));
    }

    @Test
    void instancesAreOneToEight() {
        assertThat(bench("--instances", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--instances must be between 1 and 8");
    }

    @Test
    void aMaximumRateMustBeARate() {
        assertThat(bench("--max-rate", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-rate must be between 1 and 1000000 per second");
    }

    @Test
    void aClusterNeedsItsRegistry() {
        assertThat(bench("--bootstrap-servers", "localhost:9092")).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap-servers and --schema-registry-url go together");
    }

    @Test
    void aFolderIsMeasuredWholeAndMustHoldDispatches(@TempDir Path dir) {
        assertThat(bench("--input", dir.toString(), "--dispatches", "100")).isEqualTo(2);
        assertThat(err.toString()).contains("--dispatches and --input exclude each other");
        assertThat(bench("--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No dispatches in " + dir);
    }
}
