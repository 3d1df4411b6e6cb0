package io.wirefeed.service.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.wirefeed.schema.RecordJson;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.service.cli.DispatchFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirefeed parse FILE...}: each file's dispatches as JSON lines, offline (no Kafka needed). */
@Command(name = "parse",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the normalised dispatches of each file as JSON lines, without Kafka.",
        "",
        "The format of each file is detected (NewsML-G2, ninjs or NDJSON, IPTC 7901, ANPA-1312, RSS, Atom,",
        "dateline text) unless --format names it. A file that cannot be read gets one line on stderr and the",
        "exit code is 1; the other files are still printed."})
public final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", converter = FormatConverter.class,
        description = "The format of every file: newsml-g2, ninjs, iptc-7901, anpa-1312, rss, atom, dateline-text.")
    private SourceFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failures = DispatchFiles.forEachDispatch(files, format, spec.commandLine().getErr(),
            dispatch -> out.println(RecordJson.toJsonLine(dispatch)));
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Format names as people type them: {@code ninjs}, {@code iptc-7901}, or the enum's own names. */
    static final class FormatConverter implements ITypeConverter<SourceFormat> {
        @Override
        public SourceFormat convert(String value) {
            return SourceFormat.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
