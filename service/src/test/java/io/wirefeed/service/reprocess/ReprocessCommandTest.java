package io.wirefeed.service.reprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.wirefeed.service.WirefeedService;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command says of its arguments and of a run, without a broker. */
class ReprocessCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = WirefeedService.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void aRangeThatEndsBeforeItStartsATimeThatIsNoneAndNoRateAreRefusedInOneLine() {
        assertThat(run("reprocess", "--from", "2027-06-08", "--to", "2027-06-07")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--from 2027-06-08 is not before --to 2027-06-07T00:00:00Z");
        err.getBuffer().setLength(0);
        assertThat(run("reprocess", "--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).startsWith("'yesterday' is neither an instant (2026-12-01T10:00:00Z) nor a day");
        err.getBuffer().setLength(0);
        assertThat(run("reprocess", "--from", "2026-06-07", "--rate", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--rate must be above zero, not 0.0");
        err.getBuffer().setLength(0);
        assertThat(run("reprocess")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--from=TIME'");
    }

    @Test
    void theSummarySaysWhatWasDoneAndWhatWasLeft() {
        RetagSelection.Counts counts = new RetagSelection.Counts(120, 40, 2, 3, 5, 1, "t/0/7 unreadable: bad");
        assertThat(ReprocessCommand.summary(new ReprocessRun.Tally(counts, 39, 12, 12), false)).isEqualTo(
            "Re-tagged 39 dispatches, 12 with changed tags; 12 written (read 120 records: 2 dispatches of the range "
                + "killed, 3 updated after it, 5 earlier re-tags, 1 unreadable, the first t/0/7 unreadable: bad); 1 "
                + "chosen were no longer there to re-tag");
        assertThat(ReprocessCommand.summary(new ReprocessRun.Tally(counts, 40, 12, 0), true)).isEqualTo(
            "Dry run: 40 dispatches re-tagged, 12 with changed tags, nothing written (read 120 records: 2 dispatches "
                + "of the range killed, 3 updated after it, 5 earlier re-tags, 1 unreadable, the first t/0/7 "
                + "unreadable: bad)");
    }
}
