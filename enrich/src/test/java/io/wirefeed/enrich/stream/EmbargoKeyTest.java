package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

class EmbargoKeyTest {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant NEGATIVE = Instant.parse("1969-07-20T20:17:40Z");
    private static final Instant FAR_PAST = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant FAR_FUTURE = Instant.ofEpochMilli(Long.MAX_VALUE);
    private static final Instant NOW = Instant.parse("2026-07-07T08:00:00Z");

    /** In the order they are due: by the embargo's end, then the receipt time, then the id. */
    private static final List<Bytes> IN_ORDER = List.of(
        EmbargoKey.of(FAR_PAST, NOW, "a"),
        EmbargoKey.of(NEGATIVE.minusMillis(1), NOW, "a"),
        EmbargoKey.of(NEGATIVE, FAR_PAST, "z"),
        EmbargoKey.of(NEGATIVE, NEGATIVE, "z"),
        EmbargoKey.of(NEGATIVE, EPOCH, "z"),
        EmbargoKey.of(EPOCH.minusMillis(1), FAR_FUTURE, "z"),
        EmbargoKey.of(EPOCH, NOW, "a"),
        EmbargoKey.of(EPOCH.plusMillis(1), NOW, "a"),
        EmbargoKey.of(NOW, NOW, "xinhua-1"),
        EmbargoKey.of(NOW, NOW, "xinhua-10"),
        EmbargoKey.of(NOW, NOW, "xinhua-2"),
        EmbargoKey.of(NOW, NOW.plusMillis(1), "a"),
        EmbargoKey.of(NOW, FAR_FUTURE, "a"),
        EmbargoKey.of(NOW.plusMillis(1), FAR_PAST, "a"),
        EmbargoKey.of(FAR_FUTURE, FAR_PAST, ""),
        EmbargoKey.of(FAR_FUTURE, FAR_FUTURE, "\uffff"));

    @Test
    void keysSortByTheEmbargosEndThenTheReceiptThenTheIdBeforeTheEpochAndFarAhead() {
        List<Bytes> shuffled = new ArrayList<>(IN_ORDER);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void theBoundOfWhatIsDueTakesEveryKeyDueThenOrBeforeAndNoLaterOne() {
        for (Bytes key : IN_ORDER) {
            long until = EmbargoKey.until(key);
            if (until != Long.MAX_VALUE) {
                assertThat(key).as("due at its end").isLessThanOrEqualTo(EmbargoKey.dueBy(until));
            }
            if (until != Long.MIN_VALUE) {
                assertThat(key).as("not due before it").isGreaterThan(EmbargoKey.dueBy(until - 1));
            }
        }
        assertThat(EmbargoKey.dueBy(Long.MAX_VALUE)).as("everything is due at the end of time").isNull();
    }

    @Test
    void theEmbargosEndIsReadBackFromTheKey() {
        assertThat(IN_ORDER).extracting(EmbargoKey::until).isSorted();
        assertThat(EmbargoKey.until(EmbargoKey.of(NEGATIVE, NOW, "a"))).isEqualTo(NEGATIVE.toEpochMilli());
    }

    /** Every pod writes the same key, whatever digits its locale writes numbers with. */
    @Test
    void aKeyIsTheSameBytesInEveryLocale() {
        Locale before = Locale.getDefault();
        Bytes root;
        try {
            Locale.setDefault(Locale.ROOT);
            root = EmbargoKey.of(NOW, NOW, "xinhua-1");
            for (String tag : List.of("ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(EmbargoKey.of(NOW, NOW, "xinhua-1")).as(tag).isEqualTo(root);
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
