package io.wirefeed.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theBarFillsWithTheShareDone() {
        assertThat(Progress.bar(0, 200, "letters")).isEqualTo("[..............................]   0/200 letters (0%)");
        assertThat(Progress.bar(50, 200, "letters")).isEqualTo("[#######.......................]  50/200 letters (25%)");
        assertThat(Progress.bar(200, 200, "letters")).isEqualTo("[##############################] 200/200 letters (100%)");
        assertThat(Progress.bar(0, 0, "letters")).isEqualTo("[##############################] 0/0 letters (100%)");
    }

    @Test
    void printsAtMostOnceAnIntervalAndAtTheEnd() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), 10, "letters", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
            Duration.ofSeconds(1));

        for (int i = 0; i < 10; i++) {
            progress.advance(1);
        }
        progress.finish();

        assertThat(text.toString().lines()).containsExactly("[##############################] 10/10 letters (100%)");
    }
}
