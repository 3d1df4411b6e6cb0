package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;

class NinjsParserTest {

    @Test
    void readsNinjs1WithHtmlBodyAndStringVersion() throws Exception {
        Dispatch dispatch = Fixtures.parse("ninjs/ninjs1-ap.json").get(0);

        assertThat(dispatch.getId()).isEqualTo("http://example.ap.org/2026/07/07/kyrgyz-border-clash");
        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.NINJS);
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getAgency()).isEqualTo("AP");
        assertThat(dispatch.getUrgency()).isEqualTo(2);
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T06:12:00Z"));
        assertThat(dispatch.getHeadline()).isEqualTo("Kyrgyz, Tajik border guards exchange fire");
        assertThat(dispatch.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(dispatch.getSlugline()).isEqualTo("AS-Kyrgyzstan-Tajikistan-Border");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("BISHKEK");
        assertThat(dispatch.getBody()).isEqualTo("BISHKEK, Kyrgyzstan (AP) \u2014 Border guards of Kyrgyzstan and "
            + "Tajikistan exchanged fire on Tuesday.\n\nTwo soldiers were wounded, the Kyrgyz border service said.");
        assertThat(dispatch.getSubjects()).extracting(Subject::getCode).containsExactly(
            "http://cv.iptc.org/newscodes/subjectcode/:16000000", "medtop:16000000");
    }

    @Test
    void readsNinjs2HeadlinesBodiesAndInfosources() throws Exception {
        Dispatch dispatch = Fixtures.parse("ninjs/ninjs2-afp.json").get(0);

        assertThat(dispatch.getAgency()).isEqualTo("AFP");
        assertThat(dispatch.getLanguage()).isEqualTo("fr");
        assertThat(dispatch.getHeadline()).isEqualTo("Ouzbékistan: exercices antiterroristes conjoints en 2027");
        assertThat(dispatch.getBody()).startsWith("Tachkent (AFP) - Les chefs").contains("\n\nLes manœuvres");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("Tachkent");
        assertThat(dispatch.getSubjects()).extracting(Subject::getCode).containsExactly("medtop:20000053");
    }

    @Test
    void readsOneObjectPerLineOfNdjson() throws Exception {
        List<Dispatch> dispatches = Fixtures.parse("ninjs/batch.ndjson");

        assertThat(dispatches).extracting(Dispatch::getId)
            .containsExactly("urn:dpa:2026:one", "urn:dpa:2026:two", "urn:dpa:2026:three");
        assertThat(dispatches).extracting(Dispatch::getAgency).containsOnly("dpa");
        assertThat(dispatches.get(2).getVersion()).isEqualTo(2);
        assertThat(dispatches).extracting(d -> d.getOriginal().getIndex()).containsExactly(0, 1, 2);
    }

    private static final String PRENSA_LATINA = "{\"uri\": \"urn:prensa-latina.cu:20261215:455\", \"type\": \"text\", "
        + "\"versioncreated\": \"2026-12-15T22:40:00Z\", \"copyrightholder\": \"Prensa Latina\", "
        + "\"headline\": \"Cuban drama wins top Coral\", \"body_text\": \"%s\\n\\nThe jury met on Tuesday night.\"}";

    @Test
    void readsADatelineBeforeALeadThatOpensWithAQuotation() throws Exception {
        Dispatch dispatch = Fixtures.parseText(PRENSA_LATINA.formatted(
            "Havana, Dec 15 (Prensa Latina) \\\"Las alas rotas\\\", a feature by Yoandra Perez, won.")).get(0);

        assertThat(dispatch.getDateline().getPlace()).isEqualTo("Havana");
        assertThat(dispatch.getDateline().getDate()).isEqualTo("2026-12-15");
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void saysSoWhenTheBodyOpensWithoutADatelineAsDatelineTextDoes() throws Exception {
        Dispatch dispatch = Fixtures.parseText(PRENSA_LATINA.formatted("A Cuban film won the first prize.")).get(0);

        assertThat(dispatch.getDateline()).isNull();
        assertThat(dispatch.getAgency()).isEqualTo("Prensa Latina");
        assertThat(dispatch.getWarnings()).containsExactly("dateline-missing: none at the start of the body");
    }

    @Test
    void readsTimesWhoseOffsetHasNoColon() throws Exception {
        Dispatch dispatch = Fixtures.parse("ninjs/pti-offset-without-colon.json").get(0);

        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-12-03T06:10:00Z"));
        assertThat(dispatch.getFirstCreated()).isEqualTo(Instant.parse("2026-12-03T06:10:00Z"));
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void anUnreadableTimeIsLeftOutWithAWarningNotARefusal() throws Exception {
        Dispatch dispatch = Fixtures.parseText("{\"uri\": \"urn:x:1\", \"versioncreated\": \"Thursday afternoon\", "
            + "\"firstcreated\": \"2026-12-04 09:30:00\", \"headline\": \"PMI up\", "
            + "\"body_text\": \"BEIJING, Dec. 3 (Xinhua) -- Activity grew.\"}").get(0);

        assertThat(dispatch.getVersionCreated()).isNull();
        assertThat(dispatch.getFirstCreated()).isEqualTo(Instant.parse("2026-12-04T09:30:00Z"));
        assertThat(dispatch.getWarnings()).containsExactly("time-unreadable: versioncreated 'Thursday afternoon'");
    }

    @Test
    void readsSuperdesksGuidAsTheIdAndItsSourceAsTheAgency() throws Exception {
        Dispatch dispatch = Fixtures.parse("ninjs/aap-superdesk-guid.json").get(0);

        assertThat(dispatch.getId()).isEqualTo("urn:newsml:aap.com.au:2026-12-04T00:20:11.482913:"
            + "7d1f0c2e-3b5a-4c11-9e6d-2f0a5b8c1d44");
        assertThat(dispatch.getAgency()).isEqualTo("AAP");
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-12-03T13:20:00Z"));
        assertThat(dispatch.getHeadline()).isEqualTo("Sydney ferry strike called off after late-night deal");
    }

    @Test
    void unwrapsTheApMediaApiEnvelope() throws Exception {
        List<Dispatch> dispatches = Fixtures.parse("ninjs/ap-media-api-envelope.json");

        assertThat(dispatches).hasSize(1);
        Dispatch quake = dispatches.get(0);
        assertThat(quake.getId()).startsWith("https://api.ap.example/media/v/content/0c3ea4a1b2d34e5f9a8b7c6d5e4f3a2b");
        assertThat(quake.getHeadline()).isEqualTo("Magnitude 6.1 earthquake strikes off central Chile; no tsunami threat");
        assertThat(quake.getAgency()).isEqualTo("AP");
        // AP's Media API numbers an item's first version 0.
        assertThat(quake.getVersion()).isEqualTo(1);
        assertThat(quake.getBody()).startsWith("SANTIAGO, Chile (AP) \u2014 A magnitude 6.1 earthquake");
    }

    @Test
    void unwrapsSuperdesksItemListingAndApsFeedListing() throws Exception {
        String item = "{\"guid\": \"urn:x:%d\", \"headline\": \"Story %d\", \"body_text\": \"Text.\"}";
        List<Dispatch> superdesk = Fixtures.parseText("{\"_items\": [" + item.formatted(1, 1) + ", "
            + item.formatted(2, 2) + "], \"_meta\": {\"total\": 2}}");
        List<Dispatch> ap = Fixtures.parseText("{\"data\": {\"items\": [{\"item\": " + item.formatted(3, 3)
            + "}, {\"item\": " + item.formatted(4, 4) + "}]}}");

        assertThat(superdesk).extracting(Dispatch::getId).containsExactly("urn:x:1", "urn:x:2");
        assertThat(ap).extracting(Dispatch::getId).containsExactly("urn:x:3", "urn:x:4");
    }

    @Test
    void anObjectWithoutUriOrGuidGetsAnIdDerivedFromItsContentWithAWarning() throws Exception {
        String object = "{\"headline\": \"Ferry strike called off\", \"body_html\": \"<p>A strike was called off.</p>\"}";
        Dispatch first = Fixtures.parseText(object).get(0);
        Dispatch again = Fixtures.parseText(object).get(0);

        assertThat(first.getId()).isNotBlank().isEqualTo(again.getId());
        assertThat(first.getId()).isNotEqualTo(Fixtures.parseText(object.replace("Ferry", "Bus")).get(0).getId());
        assertThat(first.getWarnings()).contains("id-derived: no 'uri' or 'guid'");
    }

    @Test
    void aVersionThatIsNoNumberIsAWarningNotARefusal() throws Exception {
        Dispatch ninjs = Fixtures.parseText("{\"uri\": \"urn:x:1\", \"version\": \"v2\", \"headline\": \"PMI up\"}").get(0);
        Dispatch newsMl = Fixtures.parseText(Fixtures.text("newsml/newsitem-xinhua.xml")
            .replaceFirst("version=\"\\d+\"", "version=\"-3\"")).get(0);

        assertThat(ninjs.getVersion()).isEqualTo(1);
        assertThat(ninjs.getWarnings()).contains("number-unreadable: version 'v2'");
        assertThat(newsMl.getVersion()).isEqualTo(1);
        assertThat(newsMl.getWarnings()).contains("number-unreadable: version '-3'");
    }
}
