package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Trend;
import io.wirefeed.schema.TrendKind;
import io.wirefeed.schema.TrendWindow;
import org.junit.jupiter.api.Test;

/** The trends page's charts: the latest window's leading keys, and their counts over the windows before it. */
class TrendBoardTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void chartsTheLeadingKeysOfTheLatestWindowOverTheWindowsHeld() {
        TrendBoard board = new TrendBoard(1_000);
        for (int day = 0; day < TrendBoard.WINDOWS + 2; day++) {
            board.add(trend(TrendKind.TOPIC, "medtop:1", "politics", day, 10 + day));
        }
        board.add(trend(TrendKind.TOPIC, "medtop:2", "sport", TrendBoard.WINDOWS + 1, 40));
        board.add(trend(TrendKind.TOPIC, "medtop:3", "weather", TrendBoard.WINDOWS, 99));
        board.add(trend(TrendKind.TOPIC, "medtop:2", "sport", TrendBoard.WINDOWS + 1, 41));

        TrendBoard.Chart topics = board.charts(TrendWindow.DAY).get(0);

        assertThat(topics.kind()).isEqualTo("TOPIC");
        assertThat(topics.starts()).hasSize(TrendBoard.WINDOWS).last()
            .isEqualTo(MONDAY.plus(Duration.ofDays(TrendBoard.WINDOWS + 1)).toString());
        assertThat(topics.series()).extracting(TrendBoard.Series::label).as("weather led an earlier day only")
            .containsExactly("sport", "politics");
        assertThat(topics.series().get(0).counts()).as("the latest count of a window wins").endsWith(0L, 41L);
        assertThat(topics.series().get(1).counts()).startsWith(12L).endsWith(17L, 18L);
        assertThat(board.charts(TrendWindow.DAY).get(1).series()).as("no entity counted").isEmpty();
        assertThat(board.charts(TrendWindow.WEEK)).allSatisfy(chart -> assertThat(chart.starts()).isEmpty());
    }

    @Test
    void forgetsTheFirstWrittenBeyondItsBound() {
        TrendBoard board = new TrendBoard(3);
        for (int day = 0; day < 5; day++) {
            board.add(trend(TrendKind.ENTITY, "geonames:1", "Tashkent", day, day + 1));
        }
        List<String> starts = board.charts(TrendWindow.DAY).get(1).starts();
        assertThat(starts).containsExactly(MONDAY.plus(Duration.ofDays(2)).toString(),
            MONDAY.plus(Duration.ofDays(3)).toString(), MONDAY.plus(Duration.ofDays(4)).toString());
    }

    private static Trend trend(TrendKind kind, String key, String label, int day, long count) {
        Instant start = MONDAY.plus(Duration.ofDays(day));
        return Trend.newBuilder().setWindow(TrendWindow.DAY).setWindowStart(start).setWindowEnd(start.plus(
            Duration.ofDays(1))).setKind(kind).setKey(key).setLabel(label).setCount(count).build();
    }
}
