package io.wirefeed.service.reprocess;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.service.cli.TimeArgument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirefeed reprocess}: re-tags the dispatches of a time range with the rules in force now. */
@Command(name = "reprocess",
    mixinStandardHelpOptions = true,
    description = {
        "Re-tags the dispatches received in a time range with the rules, watchlists and gazetteers in force now",
        "(the rules topic as it is, this build's gazetteers and name model): the current version of each, unless",
        "its story was killed. Each re-tag whose language, entities, countries or topics changed is written to",
        "the enriched topic under its story's key, with its verdict, story and version unchanged and",
        "retag = true: the sinks replace that version's row and document, subscribers tell it from a new",
        "version by that field, and no alert or trend counts it again. At most --rate dispatches a second, so",
        "that live traffic keeps its latency; a run can be repeated (the latest re-tag wins).",
        "",
        "Settings are the enrichment's (-c; its properties file serves), then WIREFEED_* environment variables."})
public final class ReprocessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "A properties file of enrich settings; WIREFEED_* environment variables win over it.")
    private Path config;

    @Option(names = "--from", required = true, paramLabel = "TIME",
        description = "Dispatches received at or after this time (2026-12-01T10:00:00Z, or a day: 2026-12-01, UTC).")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Dispatches received before this time (default: now).")
    private String to;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
        description = "Dispatches re-tagged a second at most (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--dry-run", description = "Re-tag and count, write nothing.")
    private boolean dryRun;

    @Option(names = "--unchanged-too", description = "Also write re-tags that change no tag.")
    private boolean unchangedToo;

    @Override
    public Integer call() throws InterruptedException {
        ReprocessRun.Request request = request();
        EnrichConfig settings = new EnrichConfig(ConfigLoader.load(EnrichConfig.CONFIG_DEF, config, System.getenv(),
            EnrichConfig.KAFKA_PREFIX));
        ReprocessRun.Tally tally;
        try {
            tally = new ReprocessRun(settings, Clock.systemUTC()).run(request, spec.commandLine().getErr());
        } catch (ReprocessException e) {
            spec.commandLine().getErr().println("Reprocess stopped: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary(tally, dryRun));
        out.flush();
        return 0;
    }

    private ReprocessRun.Request request() {
        try {
            Instant start = TimeArgument.parse(from);
            Instant end = to == null ? Instant.now() : TimeArgument.parse(to);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("--from " + from + " is not before --to " + end);
            }
            if (!(rate > 0)) {
                throw new IllegalArgumentException("--rate must be above zero, not " + rate);
            }
            return new ReprocessRun.Request(start, end, rate, dryRun, unchangedToo);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static String summary(ReprocessRun.Tally tally, boolean dryRun) {
        RetagSelection.Counts counts = tally.counts();
        String done = dryRun
            ? String.format(Locale.ROOT, "Dry run: %d dispatches re-tagged, %d with changed tags, nothing written",
                tally.retagged(), tally.changed())
            : String.format(Locale.ROOT, "Re-tagged %d dispatches, %d with changed tags; %d written",
                tally.retagged(), tally.changed(), tally.written());
        String read = String.format(Locale.ROOT, " (read %d records: %d dispatches of the range killed, %d updated "
            + "after it, %d earlier re-tags", counts.read(), counts.killed(), counts.updatedAfter(),
            counts.earlierRetags());
        String unreadable = counts.unreadable() == 0 ? ")" : String.format(Locale.ROOT, ", %d unreadable, the first %s)",
            counts.unreadable(), counts.firstUnreadable());
        String vanished = tally.retagged() < counts.selected() ? String.format(Locale.ROOT,
            "; %d chosen were no longer there to re-tag", counts.selected() - tally.retagged()) : "";
        return done + read + unreadable + vanished;
    }
}
