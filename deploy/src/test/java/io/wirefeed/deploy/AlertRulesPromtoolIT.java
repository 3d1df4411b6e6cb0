package io.wirefeed.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules as Prometheus reads them, by Prometheus' own {@code promtool}: {@code check rules} on
 * {@code alerts.yml} and on the groups of the {@code PrometheusRule}, {@code test rules} on {@code alerts.test.yml}
 * (every rule firing and staying silent). promtool comes from Debian's {@code prometheus} package, which
 * {@code .ci/run} installs; where it is missing this test fails rather than skips, so that CI never passes
 * without the rules having been checked.
 */
class AlertRulesPromtoolIT {

    private static final long TIMEOUT_SECONDS = 60;

    @Test
    void promtoolFindsTheRulesFileValid() throws Exception {
        assertThat(promtool("check", "rules", "prometheus/alerts.yml")).contains("SUCCESS");
    }

    @Test
    void promtoolFindsThePrometheusRulesGroupsValid(@TempDir Path dir) throws Exception {
        JsonNode spec = DeployFiles.yaml("k8s/prometheus-rules.yaml").get(0).path("spec");
        assertThat(spec.path("groups").size()).isPositive();
        Path rules = dir.resolve("prometheus-rules-spec.yml");
        // JSON is YAML: the PrometheusRule's spec is a rules file as it stands.
        Files.writeString(rules, new ObjectMapper().writeValueAsString(spec));
        assertThat(promtool("check", "rules", rules.toAbsolutePath().toString())).contains("SUCCESS");
    }

    @Test
    void theRulesPassTheirUnitTests() throws Exception {
        assertThat(promtool("test", "rules", "prometheus/alerts.test.yml")).contains("SUCCESS");
    }

    /**
     * What {@code mvn package} writes for operators: the overlay's PrometheusRule patch and the compose rules file are
     * the rules of {@code deploy/}, each {@code runbook_url} under the address given as {@code wirefeed.runbook.url};
     * the patch is valid against the Prometheus Operator's schema and listed in the overlay, the rules file is valid
     * for promtool.
     */
    @Test
    void thePackagedRulesLinkTheRunbookAtTheAddressGivenToTheBuild() throws Exception {
        String base = System.getProperty("wirefeed.runbook.url");
        assertThat(base).as("wirefeed.runbook.url, passed by the build").isNotBlank();
        JsonNode patch = DeployFiles.yaml("target/k8s/prometheus-rules-runbook.yaml").get(0);
        assertThat(patch).isEqualTo(withRunbookAt(DeployFiles.yaml("k8s/prometheus-rules.yaml").get(0), base));
        assertThat(DeployFiles.yaml("target/prometheus/alerts.yml").get(0))
            .isEqualTo(withRunbookAt(DeployFiles.yaml("prometheus/alerts.yml").get(0), base));
        assertThat(patch.findValues("runbook_url")).hasSizeGreaterThan(10)
            .allSatisfy(url -> assertThat(url.asText()).startsWith(base + "#wirefeed"));
        assertThat(DeployFiles.yaml("target/k8s/kustomization.yaml").get(0).path("patches").findValuesAsText("path"))
            .contains("prometheus-rules-runbook.yaml");
        assertThat(ManifestSchemas.crdsIn(DeployFiles.ROOT.resolve("target/strimzi-crds"),
            DeployFiles.ROOT.resolve(ManifestSchemasTest.PROMETHEUS_OPERATOR_CRDS)).problems(patch)).isEmpty();
        assertThat(promtool("check", "rules", "target/prometheus/alerts.yml")).contains("SUCCESS");
    }

    /** The rules with each {@code runbook_url} of {@code docs/runbook.md#<anchor>} made {@code <base>#<anchor>}. */
    private static JsonNode withRunbookAt(JsonNode rules, String base) {
        JsonNode copy = rules.deepCopy();
        for (JsonNode annotations : copy.findParents("runbook_url")) {
            String url = annotations.path("runbook_url").asText();
            assertThat(url).startsWith("docs/runbook.md#");
            ((ObjectNode) annotations).put("runbook_url", base + url.substring("docs/runbook.md".length()));
        }
        return copy;
    }

    /** Runs promtool in {@code deploy/} and returns what it wrote; fails with that output unless it exits with 0. */
    private static String promtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("promtool", ".txt");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).directory(DeployFiles.ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                return fail("promtool is not on the PATH (%s): install Debian's prometheus package "
                    + "(apt-get install --no-install-recommends prometheus), as .ci/run does", e.getMessage());
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("%s did not finish in %d s:%n%s", String.join(" ", command), TIMEOUT_SECONDS,
                    Files.readString(output, StandardCharsets.UTF_8));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("%s exited with %d:%n%s", String.join(" ", command),
                process.exitValue(), text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
