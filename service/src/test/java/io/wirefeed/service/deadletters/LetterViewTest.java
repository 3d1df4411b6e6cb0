package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;
import org.junit.jupiter.api.Test;

class LetterViewTest {

    @Test
    void aTextOriginalIsShownAsTextWithItsFramingWrittenOut() {
        String iptc = "\u0001dpa0042 4 pol 0312\r\n\u0002Germany/\r\nHeadline =\r\nBerlin (dpa) - Text.\u0003";
        StoredLetter letter = new StoredLetter(new LetterId("wirefeed.dead-letters", 1, 4), Letters.FAILED_AT,
            "folder:a.txt", List.of(Map.entry(ReplayRun.REPLAY_OF_HEADER, "wirefeed.dead-letters/1/2".getBytes(
                StandardCharsets.UTF_8))), Letters.ingest(4, "No timestamp", iptc, null).letter(), null);

        String shown = new LetterView(letter, Outcome.refused("No timestamp after ETX", "x")).render(false);

        assertThat(shown).contains("Dead letter: wirefeed.dead-letters/1/4\n", "Stage: INGEST\n", "Reason: No timestamp\n",
            "Source: folder:letter-4\n", "Content type: (none declared)\n", "Failed at: 2026-07-07T10:15:30Z\n",
            "Headers:\n  wirefeed.replay.of: wirefeed.dead-letters/1/2\n",
            "Replayed now: would be refused again: No timestamp after ETX\n",
            "as text):\n<SOH>dpa0042 4 pol 0312\r\n<STX>Germany/", "Text.<ETX>\n");
    }

    @Test
    void binaryIsSummarisedAsHexAndOnRequestAsBase64() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        DeadLetter letter = DeadLetter.newBuilder().setStage(Stage.ENRICH).setReason("Unknown magic byte")
            .setOriginal(ByteBuffer.wrap(bytes)).setSource("kafka:wirefeed.dispatches/0/7").setFailedAt(Letters.FAILED_AT)
            .build();

        String shown = new LetterView(Letters.stored(9, letter), Outcome.accepted(List.of())).render(true);

        assertThat(shown).contains("Original (not text): 300 bytes, SHA-256 ", "; the first 256:\n",
            "  00000000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f  ................\n",
            "  00000020  20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f   !\"#$%&'()*+,-./\n",
            "Original as base64:\nAAECAwQF")
            .doesNotContain("00000100");
    }

    @Test
    void textInADeclaredCharsetIsText() {
        byte[] latin1 = "Z\u00fcrich (sda) - Text".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new OriginalBytes(latin1, "text/plain; charset=ISO-8859-1").text()).contains("Z\u00fcrich (sda) - Text");
        assertThat(new OriginalBytes(latin1, null).text()).as("not UTF-8").isEmpty();
        assertThat(new OriginalBytes("a\u0000b\u0000c".getBytes(StandardCharsets.UTF_8), null).text()).isEmpty();
    }
}
