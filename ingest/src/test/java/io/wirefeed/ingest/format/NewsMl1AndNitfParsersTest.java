package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NewsML 1.x and NITF standing alone, as agencies still deliver them, DOCTYPE and all. */
class NewsMl1AndNitfParsersTest {

    @Test
    void readsANewsMl1ItemWithNitfInItsDataContent() throws Exception {
        Dispatch dispatch = Fixtures.parse("newsml1/afp-nitf.xml").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.NEWSML_1);
        assertThat(dispatch.getId()).isEqualTo("urn:newsml:afp.com:20250314:TX-PAR-XKT41");
        assertThat(dispatch.getGuid()).isEqualTo("urn:newsml:afp.com:20250314:TX-PAR-XKT41:1");
        assertThat(dispatch.getVersion()).isEqualTo(1);
        assertThat(dispatch.getHeadline()).isEqualTo("Chile opens lithium tender to foreign firms");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("SANTIAGO");
        assertThat(dispatch.getAgency()).isEqualTo("AFP");
        assertThat(dispatch.getLanguage()).isEqualTo("en");
        assertThat(dispatch.getFirstCreated()).isEqualTo(Instant.parse("2025-03-14T09:12:00Z"));
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2025-03-14T09:15:00Z"));
        assertThat(dispatch.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(dispatch.getBody()).startsWith("Chile on Friday opened an international tender")
            .doesNotContain("Chile opens lithium tender").contains("\n\n");
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void readsEachNewsItemOfANewsMl1DocumentWithXhtmlOrHtmlText() throws Exception {
        List<Dispatch> dpa = Fixtures.parse("newsml1/dpa-two-items-xhtml.xml");
        Dispatch belga = Fixtures.parse("newsml1/belga-cdata-html.xml").get(0);

        assertThat(dpa).extracting(Dispatch::getHeadline).containsExactly(
            "Bahn streicht Fernverkehr wegen Sturmtief im Norden", "Inflation in der Eurozone sinkt auf 2,1 Prozent");
        assertThat(dpa).allSatisfy(item -> assertThat(item.getAgency()).isEqualTo("dpa"));
        assertThat(dpa.get(0).getBody()).startsWith("Hamburg (dpa) - ").doesNotContain("<");
        assertThat(belga.getBody()).startsWith("The Port of Antwerp-Bruges handled").doesNotContain("<p>");
        assertThat(belga.getAgency()).as("the agency its DateLine names, not the provider's domain").isEqualTo("Belga");
    }

    @Test
    void readsNitfStandingAloneWithItsDoctypeOrInTheDefaultNamespace() throws Exception {
        Dispatch reuters = Fixtures.parse("nitf/reuters-nitf34-doctype.xml").get(0);
        Dispatch brasil = Fixtures.parse("nitf/agencia-brasil-nitf36.xml").get(0);

        assertThat(reuters.getFormat()).isEqualTo(SourceFormat.NITF);
        assertThat(reuters.getId()).isEqualTo("KEN-ECON-RATES-0718");
        assertThat(reuters.getHeadline()).isEqualTo("Kenya central bank cuts rate to support lending");
        assertThat(reuters.getDateline().getPlace()).isEqualTo("NAIROBI");
        assertThat(reuters.getDateline().getText()).startsWith("NAIROBI Kenya");
        assertThat(reuters.getAgency()).isEqualTo("Reuters");
        assertThat(reuters.getBody()).startsWith("NAIROBI, Aug 7 (Reuters) - Kenya's central bank");
        assertThat(brasil.getHeadline()).startsWith("Petrobras anuncia nova descoberta");
        assertThat(brasil.getAgency()).isEqualTo("Agência Brasil");
    }

    @Test
    void aNitfPicturesCaptionIsNoStoryText() throws Exception {
        Dispatch dispatch = Fixtures.parseText("<nitf><body><body.head><hedline><hl1>Quake hits Chile</hl1></hedline>"
            + "</body.head><body.content><media media-type=\"image\"><media-caption>Rescuers in Santiago.</media-caption>"
            + "</media><p>SANTIAGO, Aug 7 (Reuters) - A quake struck.</p></body.content></body></nitf>").get(0);

        assertThat(dispatch.getBody()).isEqualTo("SANTIAGO, Aug 7 (Reuters) - A quake struck.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE nitf [<!ENTITY x \"y\">]>",
        "<!DOCTYPE nitf SYSTEM \"a>b\" [<!ENTITY x \"y\">]>",
        "<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.4//EN\" \"nitf.dtd\"><!DOCTYPE nitf [<!ENTITY x \"y\">]>",
        "<!-- <!DOCTYPE nitf SYSTEM \"nitf.dtd\"> --><!DOCTYPE nitf [<!ENTITY x \"y\">]>"})
    void aDoctypeThatDeclaresAnythingIsStillRefused(String doctype) {
        assertThatThrownBy(() -> Fixtures.parseText("<?xml version=\"1.0\"?>" + doctype
            + "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>"))
            .isInstanceOf(InvalidDispatchException.class);
    }

    private static final String ITEM = "<NewsML Version=\"1.2\"><NewsItem><Identification><NewsIdentifier>"
        + "<ProviderId>afp.com</ProviderId><DateId>20250314</DateId><NewsItemId>TX-1</NewsItemId>"
        + "<RevisionId PreviousRevision=\"1\" Update=\"N\">2</RevisionId>"
        + "<PublicIdentifier>urn:newsml:afp.com:20250314:TX-1:2</PublicIdentifier></NewsIdentifier></Identification>"
        + "<NewsManagement><Status FormalName=\"STATUS\"/>EMBARGO</NewsManagement><NewsComponent>"
        + "<NewsComponent><Role FormalName=\"Photo\"/><NewsLines><HeadLine>Photo of the mine</HeadLine></NewsLines>"
        + "<ContentItem><MediaType FormalName=\"Photo\"/></ContentItem><ContentItem><MediaType FormalName=\"Text\"/>"
        + "<DataContent>Miners at the Atacama salt flat.</DataContent></ContentItem></NewsComponent>"
        + "<NewsComponent><NewsLines><HeadLine>Chile opens lithium tender</HeadLine></NewsLines><ContentItem>"
        + "<MediaType FormalName=\"Text\"/><DataContent>SANTIAGO, March 14 (AFP) - Chile opened a tender."
        + "</DataContent></ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>";

    @Test
    void aNewsMl1RevisionKeepsTheStorysIdAndAPicturesCaptionIsNotTheStory() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ITEM.replace("STATUS", "Usable").replace("EMBARGO", "")).get(0);

        assertThat(dispatch.getId()).isEqualTo("urn:newsml:afp.com:20250314:TX-1");
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getHeadline()).isEqualTo("Chile opens lithium tender");
        assertThat(dispatch.getBody()).isEqualTo("SANTIAGO, March 14 (AFP) - Chile opened a tender.");
        assertThat(dispatch.getAgency()).isEqualTo("AFP");
    }

    @Test
    void anEmbargoedNewsMl1ItemWaitsForItsTimeOrIsWithheld() throws Exception {
        Dispatch timed = Fixtures.parseText(ITEM.replace("STATUS", "Embargoed").replace("EMBARGO",
            "<StatusWillChange><FutureStatus FormalName=\"Usable\"/><DateAndTime>20250314T120000Z</DateAndTime>"
                + "</StatusWillChange>")).get(0);
        Dispatch untimed = Fixtures.parseText(ITEM.replace("STATUS", "Embargoed").replace("EMBARGO", "")).get(0);
        Dispatch canceled = Fixtures.parseText(ITEM.replace("STATUS", "Canceled").replace("EMBARGO", "")).get(0);

        assertThat(timed.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(timed.getEmbargoedUntil()).isEqualTo(Instant.parse("2025-03-14T12:00:00Z"));
        assertThat(untimed.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(canceled.getPubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void aNitfsVersionStatusAndEmbargoAreRead() throws Exception {
        Dispatch dispatch = Fixtures.parseText("<nitf><head><title>Title only</title><docdata management-status="
            + "\"canceled\"><doc-id id-string=\"KEN-1\"/><du-key key=\"kenya-rates\" version=\"3\"/>"
            + "<date.release norm=\"20250807T140000Z\"/></docdata></head><body><body.head><hedline><hl1>Kenya cuts rate"
            + "</hl1></hedline><dateline><location><city>NAIROBI</city></location>, <story.date>Aug 7</story.date> "
            + "(<distributor>Reuters</distributor>)</dateline></body.head><body.content><p>The bank cut its rate.</p>"
            + "</body.content></body></nitf>").get(0);

        assertThat(dispatch.getVersion()).isEqualTo(3);
        assertThat(dispatch.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(dispatch.getEmbargoedUntil()).isEqualTo(Instant.parse("2025-08-07T14:00:00Z"));
        assertThat(dispatch.getSlugline()).isEqualTo("kenya-rates");
        assertThat(dispatch.getDateline().getText()).isEqualTo("NAIROBI, Aug 7 (Reuters)");
        assertThat(dispatch.getBody()).isEqualTo("The bank cut its rate.");
    }
}
