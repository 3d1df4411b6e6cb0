package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsMlParserTest {

    @Test
    void readsEveryFieldOfANewsItemWithAnXhtmlBody() throws Exception {
        Dispatch dispatch = Fixtures.parse("newsml/newsitem-xinhua.xml").get(0);

        assertThat(dispatch.getId()).isEqualTo("urn:newsml:xinhua.net:20260707:uzb-security-talks");
        assertThat(dispatch.getGuid()).isEqualTo(dispatch.getId());
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getAgency()).isEqualTo("Xinhua");
        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.NEWSML_G2);
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T00:15:00Z"));
        assertThat(dispatch.getFirstCreated()).isEqualTo(Instant.parse("2026-07-06T23:40:00Z"));
        assertThat(dispatch.getEmbargoedUntil()).isEqualTo(Instant.parse("2026-07-07T10:00:00Z"));
        assertThat(dispatch.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(dispatch.getUrgency()).isEqualTo(3);
        assertThat(dispatch.getLanguage()).isEqualTo("en");
        assertThat(dispatch.getSlugline()).isEqualTo("UZBEKISTAN-SECURITY-TALKS");
        assertThat(dispatch.getHeadline()).isEqualTo("Central Asian states agree on joint counter-terrorism drills");
        assertThat(dispatch.getDateline().getText()).isEqualTo("TASHKENT, July 7");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("TASHKENT");
        assertThat(dispatch.getSubjects()).extracting(Subject::getCode)
            .containsExactly("medtop:20000604", "medtop:20000638");
        assertThat(dispatch.getSubjects().get(0).getName()).isEqualTo("national security");
        assertThat(dispatch.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(dispatch.getBody()).isEqualTo("TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian "
            + "states agreed on Tuesday to hold joint counter-terrorism drills next spring, Uzbekistan\u2019s Security "
            + "Council said.\n\nThe \"Shield-2027\" exercise will be held near the Afghan border.");
        assertThat(dispatch.getOriginal().getSource()).isEqualTo("file:newsml/newsitem-xinhua.xml");
        assertThat(dispatch.getOriginal().getSha256()).hasSize(64);
        assertThat(dispatch.getReceivedAt()).isEqualTo(Fixtures.RECEIVED);
    }

    @Test
    void readsEachItemOfANewsMessageWithNitfAndInlineData() throws Exception {
        List<Dispatch> dispatches = Fixtures.parse("newsml/newsmessage-two-items.xml");

        assertThat(dispatches).hasSize(2);
        Dispatch rates = dispatches.get(0);
        assertThat(rates.getAgency()).isEqualTo("Reuters");
        assertThat(rates.getBody()).isEqualTo("ULAANBAATAR, July 7 (Reuters) - The Bank of Mongolia kept its policy "
            + "rate at 10% on Tuesday.\n\nInflation slowed to 6.1% in June.");
        assertThat(rates.getDateline().getPlace()).isEqualTo("ULAANBAATAR");
        assertThat(rates.getDateline().getDate()).isEqualTo("2026-07-07");
        assertThat(rates.getOriginal().getIndex()).isZero();

        Dispatch plot = dispatches.get(1);
        assertThat(plot.getAgency()).isEqualTo("REUTERS");
        assertThat(plot.getVersion()).isEqualTo(3);
        assertThat(plot.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(plot.getHeadline()).isEqualTo("Kazakh police detain suspects in Almaty plot");
        assertThat(plot.getSignals()).containsExactly(Signal.CORRECTION);
        assertThat(plot.getBody()).endsWith("three suspects.\n\n(Corrects number of suspects in paragraph 1)");
        assertThat(plot.getOriginal().getIndex()).isEqualTo(1);
        assertThat(plot.getOriginal().getSha256()).isEqualTo(rates.getOriginal().getSha256());
    }

    @Test
    void aCanceledItemIsAKill() throws Exception {
        Dispatch kill = Fixtures.parse("newsml/newsitem-canceled.xml").get(0);

        assertThat(kill.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(kill.getSignals()).containsExactly(Signal.KILL);
        assertThat(kill.getVersion()).isEqualTo(3);
        assertThat(kill.getId()).isEqualTo("urn:newsml:xinhua.net:20260707:uzb-security-talks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TASHKENT, July 7|TASHKENT",
        "Bannu (Pakistan)|Bannu",
        "Berlin (dpa)|Berlin",
        "New Delhi [India], December 17|New Delhi",
    })
    void thePlaceOfADatelineElementIsTheTownWithoutItsCountryOrAgency(String written, String place) throws Exception {
        Dispatch dispatch = Fixtures.parseText(Fixtures.text("newsml/newsitem-xinhua.xml")
            .replace("<dateline>TASHKENT, July 7</dateline>", "<dateline>" + written + "</dateline>")).get(0);

        assertThat(dispatch.getDateline().getText()).isEqualTo(written);
        assertThat(dispatch.getDateline().getPlace()).isEqualTo(place);
    }

    @Test
    void anUnreadableTimeIsLeftOutWithAWarning() throws Exception {
        Dispatch dispatch = Fixtures.parseText(Fixtures.text("newsml/newsitem-xinhua.xml")
            .replaceFirst("<versionCreated>[^<]*</versionCreated>", "<versionCreated>07/07/2026 08:15</versionCreated>"))
            .get(0);

        assertThat(dispatch.getVersionCreated()).isNull();
        assertThat(dispatch.getWarnings()).containsExactly("time-unreadable: versionCreated '07/07/2026 08:15'");
    }
}
