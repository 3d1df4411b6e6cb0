package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;

class FeedAndTextParsersTest {

    @Test
    void readsRssItems() throws Exception {
        List<Dispatch> items = Fixtures.parse("feed/rss2.xml");

        assertThat(items).hasSize(2);
        Dispatch csto = items.get(0);
        assertThat(csto.getFormat()).isEqualTo(SourceFormat.RSS);
        assertThat(csto.getId()).isEqualTo("kabar-2026-07-07-001");
        assertThat(csto.getAgency()).isEqualTo("Kabar");
        assertThat(csto.getLanguage()).isEqualTo("en");
        assertThat(csto.getBody()).isEqualTo("BISHKEK, July 7 (Kabar) -- Kyrgyzstan will host a CSTO rapid reaction "
            + "force exercise in September.\n\nAbout 2,000 troops will take part.");
        assertThat(csto.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T06:00:00Z"));
        assertThat(csto.getSubjects()).extracting(Subject::getCode).containsExactly("category:Security");

        Dispatch lake = items.get(1);
        assertThat(lake.getId()).isEqualTo("https://kabar.example/news/issyk-kul");
        assertThat(lake.getVersionCreated()).isEqualTo(Instant.parse("2026-07-06T22:30:00Z"));
        assertThat(lake.getDateline().getPlace()).isEqualTo("CHOLPON-ATA");
    }

    @Test
    void readsAtomEntries() throws Exception {
        List<Dispatch> entries = Fixtures.parse("feed/atom.xml");

        assertThat(entries).extracting(Dispatch::getId)
            .containsExactly("urn:trend:2026:energy-deal", "urn:trend:2026:caspian-summit");
        Dispatch deal = entries.get(0);
        assertThat(deal.getFormat()).isEqualTo(SourceFormat.ATOM);
        assertThat(deal.getAgency()).isEqualTo("Trend");
        assertThat(deal.getHeadline()).isEqualTo("Azerbaijan, Uzbekistan sign energy deal");
        assertThat(deal.getBody()).startsWith("BAKU, July 7 (Trend) -- Azerbaijan and Uzbekistan");
        assertThat(deal.getFirstCreated()).isEqualTo(Instant.parse("2026-07-07T06:30:00Z"));
        assertThat(deal.getSubjects()).extracting(Subject::getCode).containsExactly("medtop:04000000");
        assertThat(entries.get(1).getBody()).isEqualTo("BAKU, July 7 (Trend) -- The Caspian summit will be held in October.");
        assertThat(entries.get(1).getLanguage()).isEqualTo("en");
    }

    @Test
    void readsDatelineTextInWindows1252WithAnUpdateMarker() throws Exception {
        Dispatch dispatch = Fixtures.parse("text/reuters-update-cp1252.txt").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.DATELINE_TEXT);
        assertThat(dispatch.getAgency()).isEqualTo("Reuters");
        assertThat(dispatch.getHeadline()).isEqualTo("Mongolia\u2019s parliament approves budget");
        assertThat(dispatch.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(dispatch.getDateline().getText()).isEqualTo("ULAANBAATAR, May 2 (Reuters)");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("ULAANBAATAR");
        assertThat(dispatch.getDateline().getDate()).isEqualTo("2026-05-02");
        assertThat(dispatch.getBody()).startsWith("ULAANBAATAR, May 2 (Reuters) -- Mongolia\u2019s parliament")
            .endsWith("The caf\u00e9 owners\u2019 association welcomed the vote.");
    }

    @Test
    void readsDatelineTextWithoutAHeadline() throws Exception {
        Dispatch dispatch = Fixtures.parse("text/xinhua-tashkent.txt").get(0);

        assertThat(dispatch.getAgency()).isEqualTo("Xinhua");
        assertThat(dispatch.getHeadline()).isEmpty();
        assertThat(dispatch.getDateline().getDate()).isEqualTo("2026-07-07");
        assertThat(dispatch.getBody()).contains("railway link between Tashkent and Shymkent")
            .contains("\n\nThe 300-km line");
        assertThat(dispatch.getId()).startsWith("wf:xinhua:");
    }
}
