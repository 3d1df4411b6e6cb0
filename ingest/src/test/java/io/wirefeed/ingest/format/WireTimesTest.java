package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feed and item timestamps in the forms agencies write, beyond the strict ISO 8601 and RFC 822 grammars. */
class WireTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-03T11:40:00+05:30               | 2026-12-03T06:10:00Z",
        "2026-12-03T11:40:00+0530                | 2026-12-03T06:10:00Z",
        "2026-12-03T13:20:00+0000                | 2026-12-03T13:20:00Z",
        "2026-12-04T09:30:00+09                  | 2026-12-04T00:30:00Z",
        "2026-12-04 09:30:00                     | 2026-12-04T09:30:00Z",
        "2026-12-04 09:30:00Z                    | 2026-12-04T09:30:00Z",
        "2026-12-04 09:30:00 +0900               | 2026-12-04T00:30:00Z",
        "2026-12-04T00:20:11.482913              | 2026-12-04T00:20:11.482913Z",
        "2026-12-04                              | 2026-12-04T00:00:00Z",
        "20261204T093000+0900                    | 2026-12-04T00:30:00Z",
        "Fri, 04 Dec 2026 09:30:00 GMT           | 2026-12-04T09:30:00Z",
        "Fri, 04 Dec 2026 09:30:00 EST           | 2026-12-04T14:30:00Z",
        "Fri, 04 Dec 2026 09:30 +0900            | 2026-12-04T00:30:00Z",
        "Thu, 03 Dec 2026 16:10:00 +05:30        | 2026-12-03T10:40:00Z",
        "Thu, 03 Dec 2026 16:10:00 IST           | 2026-12-03T10:40:00Z",
        "Fri, 04 Dec 2026 09:30:00 JST           | 2026-12-04T00:30:00Z",
        "Fri, 04 Dec 2026 09:30:00 GMT+9         | 2026-12-04T00:30:00Z",
        "Fri, 04 Dec 2026 09:30:00 UTC+05:30     | 2026-12-04T04:00:00Z",
        "Friday, 04 Dec 2026 09:30:00 GMT        | 2026-12-04T09:30:00Z",
        "Fri, 04 December 2026 09:30:00 GMT      | 2026-12-04T09:30:00Z",
        "Fri, 4 Dec 2026 09:30:00 GMT            | 2026-12-04T09:30:00Z",
        "04 Dec 2026 09:30:00 GMT                | 2026-12-04T09:30:00Z",
        "Sat, 05 Dec 26 14:20:00 GMT             | 2026-12-05T14:20:00Z",
        "Fri, 04 Dec 26 09:30:00 EST             | 2026-12-04T14:30:00Z",
        "Mon, 07 Dec 2026 09:30:00 GMT           | 2026-12-07T09:30:00Z",
        "Fri Dec 04 2026 09:30:00 GMT+0900 (Japan Standard Time) | 2026-12-04T00:30:00Z"})
    void readsTheTimestampFormsFeedsWrite(String text, String instant) {
        assertThat(WireTimes.stamp(text)).contains(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yesterday", "2026-13-45T10:00:00Z", "Fri, 31 Feb 2026 09:30:00 GMT",
        "Fri, 04 Dec 2026 09:30:00 XYZT", "Fri, 04 Dec 2026 09:30:00 GMT+25", "12:00"})
    void readsNoTimeFromTextThatNamesNone(String text) {
        assertThat(WireTimes.stamp(text)).isEmpty();
    }

    @Test
    void anUnreadableFieldIsLeftOutWithAWarningNamingTheFieldAndTheText() {
        Dispatch.Builder dispatch = Dispatch.newBuilder();

        assertThat(WireTimes.field(dispatch, "pubDate", "sometime last Tuesday")).isNull();
        assertThat(WireTimes.field(dispatch, "updated", "2026-12-04 09:30:00Z"))
            .isEqualTo(Instant.parse("2026-12-04T09:30:00Z"));
        assertThat(WireTimes.field(dispatch, "embargoed", null)).isNull();
        assertThat(dispatch.getWarnings()).containsExactly("time-unreadable: pubDate 'sometime last Tuesday'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "071530 Jul 26  | 2026-07-07T15:30:00Z",
        "251842 Jan 25  | 2028-01-25T18:42:00Z",
        "281615 Jan 28  | 2028-01-28T16:15:00Z",
        "031145 Feb 03  | 2028-02-03T11:45:00Z"})
    void aTrailersDayWrittenAgainAfterItsMonthIsNoYear(String text, String instant) {
        // received on 2028-01-29: "251842 Jan 25" is the 25th written twice, not January 2025
        assertThat(WireTimes.trailer(text, Instant.parse("2028-01-29T09:00:00Z"))).contains(Instant.parse(instant));
    }
}
