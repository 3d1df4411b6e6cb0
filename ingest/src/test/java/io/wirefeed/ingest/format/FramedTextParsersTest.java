package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;

/** IPTC 7901 and ANPA-1312: the control-character framed formats. */
class FramedTextParsersTest {

    @Test
    void readsIptc7901Messages() throws Exception {
        List<Dispatch> dispatches = Fixtures.parse("iptc7901/dpa-two-messages.txt");

        assertThat(dispatches).hasSize(2);
        Dispatch first = dispatches.get(0);
        assertThat(first.getFormat()).isEqualTo(SourceFormat.IPTC_7901);
        assertThat(first.getAgency()).isEqualTo("dpa");
        assertThat(first.getUrgency()).isEqualTo(4);
        assertThat(first.getSlugline()).isEqualTo("Deutschland/Usbekistan/Sicherheit");
        assertThat(first.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
        assertThat(first.getBody()).isEqualTo("Berlin (dpa) - Germany will help Uzbekistan secure its border with "
            + "Afghanistan, the interior ministry said on Tuesday.\n\nThe programme runs for three years.");
        assertThat(first.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T15:30:00Z"));
        assertThat(first.getSubjects()).extracting(Subject::getCode).containsExactly("iptc7901-category:pol");
        assertThat(first.getDateline().getPlace()).isEqualTo("Berlin");
        assertThat(first.getId()).startsWith("wf:dpa:");

        Dispatch second = dispatches.get(1);
        assertThat(second.getUrgency()).isEqualTo(2);
        assertThat(second.getHeadline()).isEqualTo("Blast reported near Tashkent railway station");
        assertThat(second.getSignals()).containsExactly(Signal.URGENT);
        assertThat(second.getId()).isNotEqualTo(first.getId());
    }

    @Test
    void readsAnAnpaWriteThru() throws Exception {
        Dispatch dispatch = Fixtures.parse("anpa/ap-writethru.anpa").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.ANPA_1312);
        assertThat(dispatch.getAgency()).isEqualTo("AP");
        assertThat(dispatch.getUrgency()).isEqualTo(5);
        assertThat(dispatch.getSlugline()).isEqualTo("BC-Mongolia-Parliament");
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getSignals()).containsExactly(Signal.UPDATE, Signal.WRITETHRU);
        assertThat(dispatch.getHeadline()).isEqualTo("Mongolia's parliament approves new cabinet");
        assertThat(dispatch.getBody()).isEqualTo("ULAANBAATAR, Mongolia (AP) _ Mongolia's parliament approved a new "
            + "cabinet on Tuesday by a vote of 52 to 21.\n\nPrime Minister Gombojav Zandanshatar said the cabinet "
            + "would focus on the economy.");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("ULAANBAATAR");
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T09:42:00Z"));
        assertThat(dispatch.getSubjects()).extracting(Subject::getCode).containsExactly("anpa-category:i");
    }

    @Test
    void versionsOfOneSlugShareTheirDerivedId() throws Exception {
        String first = new String(Fixtures.bytes("anpa/ap-writethru.anpa"), TextDecoding.WINDOWS_1252);
        String second = first.replace("1stLd-Writethru", "2ndLd-Writethru").replace("52 to 21", "53 to 21");
        Dispatch v2 = new WireFormats().parse(new RawDocument(first.getBytes(TextDecoding.WINDOWS_1252), null, "t",
            Fixtures.RECEIVED), null).get(0);
        Dispatch v3 = new WireFormats().parse(new RawDocument(second.getBytes(TextDecoding.WINDOWS_1252), null, "t",
            Fixtures.RECEIVED), null).get(0);

        assertThat(v3.getVersion()).isEqualTo(3);
        assertThat(v3.getId()).isEqualTo(v2.getId());
    }
}
