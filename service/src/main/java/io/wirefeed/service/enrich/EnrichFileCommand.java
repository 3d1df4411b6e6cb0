package io.wirefeed.service.enrich;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wirefeed.enrich.Enricher;
import io.wirefeed.enrich.entity.MentionFinder;
import io.wirefeed.enrich.entity.NameModelFinder;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.rules.WatchlistEntry;
import io.wirefeed.enrich.rules.Watchlists;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.enrich.topic.TopicRule;
import io.wirefeed.enrich.topic.TopicRules;
import io.wirefeed.schema.RecordJson;
import io.wirefeed.service.cli.DispatchFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirefeed enrich-file FILE...}: the enrichment steps offline, state kept across the files of one run. */
@Command(name = "enrich-file",
    mixinStandardHelpOptions = true,
    description = {
        "Enriches the dispatches of each file offline and prints each as a JSON line, in input order.",
        "",
        "Files are read like 'parse' reads them (any supported format; .ndjson/.jsonl hold one ninjs object per",
        "line). Versions, duplicates and stories are tracked across all files of the run, in input order, as the",
        "topology tracks them across records. No server is needed. A file that cannot be read gets one line on",
        "stderr and the exit code is 1."})
public final class EnrichFileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "FILE",
        description = "Topic rules to use besides the shipped ones (the rule-file syntax of topics.rules).")
    private List<Path> ruleFiles = List.of();

    @Option(names = "--watchlist", paramLabel = "FILE",
        description = "Watchlist entries to tag (the watchlist syntax of docs/enrichment.md), with ids and aliases.")
    private List<Path> watchlistFiles = List.of();

    @Option(names = "--name-model", paramLabel = "FILE",
        description = "An OpenNLP name finder model whose names are tagged besides the gazetteers' and the rules'.")
    private Path nameModel;

    @Option(names = "--retention", defaultValue = "P7D",
        description = "How long versions and texts are remembered for duplicate detection (default: ${DEFAULT-VALUE}).")
    private Duration retention;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of dispatches.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<MentionFinder> extra = nameModel == null ? List.of() : List.of(NameModelFinder.load(nameModel));
        Enricher enricher = Enricher.inMemory(ruleSet().describer(new LanguageDetector(), MediaTopics.shipped(), extra),
            retention);
        int failures = DispatchFiles.forEachDispatch(files, null, err,
            dispatch -> out.println(RecordJson.toJsonLine(enricher.enrich(dispatch))));
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** The operator's rules from files, in the syntax the rules topic carries. */
    private RuleSet ruleSet() throws IOException {
        MediaTopics vocabulary = MediaTopics.shipped();
        List<TopicRule> rules = new ArrayList<>();
        for (Path file : ruleFiles) {
            rules.addAll(TopicRules.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), vocabulary));
        }
        List<WatchlistEntry> watchlist = new ArrayList<>();
        for (Path file : watchlistFiles) {
            watchlist.addAll(Watchlists.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        }
        return new RuleSet(rules, watchlist);
    }
}
