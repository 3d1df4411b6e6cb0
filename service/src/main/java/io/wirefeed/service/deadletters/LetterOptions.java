package io.wirefeed.service.deadletters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.service.cli.TimeArgument;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every dead-letter command takes: its settings, and which letters (all when none is given). */
public final class LetterOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "A properties file of settings (ingest's own serves); WIREFEED_* environment variables win "
            + "over it (WIREFEED_BOOTSTRAP_SERVERS, WIREFEED_SCHEMA_REGISTRY_URL, WIREFEED_KAFKA_*...).")
    private Path config;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Only letters of this stage (ingest, enrich); "
        + "repeatable.")
    private List<String> stages = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Only letters whose reason contains this (any case).")
    private String reason;

    @Option(names = "--format", paramLabel = "TEXT",
        description = "Only letters whose format or content type contains this (ninjs, newsml-g2, application/xml...).")
    private String format;

    @Option(names = "--from", paramLabel = "TIME", description = "Only letters that failed at or after this time "
        + "(2026-12-01T10:00:00Z, or a day: 2026-12-01, UTC).")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only letters that failed before this time.")
    private String to;

    @Option(names = "--id", paramLabel = "ID", split = ",",
        description = "Only these letters: topic/partition/offset, or partition/offset; repeatable.")
    private List<String> ids = new ArrayList<>();

    public DeadLettersConfig settings() {
        return new DeadLettersConfig(ConfigLoader.load(DeadLettersConfig.CONFIG_DEF, config, System.getenv(),
            DeadLettersConfig.KAFKA_PREFIX));
    }

    /**
     * The selection these options make, ids without a topic being on {@code topic}; a criterion that cannot be read
     * is the command line's error (one line and exit code 2).
     */
    public Selection selection(String topic, CommandLine commandLine) {
        try {
            Set<LetterId> letters = new HashSet<>();
            ids.forEach(id -> letters.add(LetterId.parse(id, topic)));
            return new Selection(Set.copyOf(stages), blankless(reason), blankless(format),
                from == null ? null : TimeArgument.parse(from), to == null ? null : TimeArgument.parse(to), letters);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
