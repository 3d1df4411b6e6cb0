package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * ninjs 3.x's camelCase keys, and body markup in the forms agencies send it: namespace-prefixed XHTML and NITF,
 * escaped HTML in NewsML-G2 inlineData, ninjs body_xhtml, Atom xhtml without white space and MIME-typed html.
 */
class BodyMarkupTest {

    private static final String CLEAN = "Geneva (AFP) - Cases doubled.\n\nSecond para.";

    @Test
    void readsNinjs3CamelCaseKeys() throws Exception {
        Dispatch xinhua = Fixtures.parse("ninjs/xinhua-ninjs3-camelcase.json").get(0);
        Dispatch dpa = Fixtures.parse("ninjs/dpa-ninjs3-html.json").get(0);

        assertThat(xinhua.getVersionCreated()).isEqualTo(Instant.parse("2026-12-03T01:45:00Z"));
        assertThat(xinhua.getFirstCreated()).isEqualTo(Instant.parse("2026-12-03T01:45:00Z"));
        assertThat(dpa.getVersionCreated()).isEqualTo(Instant.parse("2026-12-02T16:10:00Z"));
        assertThat(dpa.getAgency()).isEqualTo("dpa");
        assertThat(dpa.getBody()).startsWith("Berlin (dpa) - Pendler und Reisende").doesNotContain("<").contains("\n\n");
        assertThat(dpa.getDateline().getPlace()).isEqualTo("Berlin");
    }

    @Test
    void readsNinjsBodyXhtml() throws Exception {
        Dispatch dispatch = Fixtures.parseText("{\"uri\":\"urn:x:1\",\"headline\":\"Palm oil exports up\",\"body_xhtml\":"
            + "\"<body><p>KUALA LUMPUR, Dec 2 (Bernama) -- Exports rose.</p><p>Second para.</p></body>\"}").get(0);

        assertThat(dispatch.getBody()).isEqualTo("KUALA LUMPUR, Dec 2 (Bernama) -- Exports rose.\n\nSecond para.");
        assertThat(dispatch.getAgency()).isEqualTo("Bernama");
    }

    @Test
    void readsNamespacePrefixedXhtmlAndNitfInNewsMl() throws Exception {
        String xhtml = newsItem("<nar:inlineXML contenttype=\"application/xhtml+xml\"><h:html xmlns:h=\"http://www.w3.org/1999/"
            + "xhtml\"><h:head><h:title>Measles up</h:title></h:head><h:body><h:p>Geneva (AFP) - Cases doubled.</h:p>"
            + "<h:p>Second para.</h:p></h:body></h:html></nar:inlineXML>");
        String nitf = newsItem("<nar:inlineXML contenttype=\"application/nitf+xml\"><nitf:nitf xmlns:nitf=\"http://iptc.org/"
            + "std/NITF/2006-10-18/\"><nitf:body><nitf:body.content><nitf:p>Geneva (AFP) - Cases doubled.</nitf:p><nitf:p>"
            + "Second para.</nitf:p></nitf:body.content></nitf:body></nitf:nitf></nar:inlineXML>");

        assertThat(Fixtures.parseText(xhtml).get(0).getBody()).isEqualTo(CLEAN);
        assertThat(Fixtures.parseText(nitf).get(0).getBody()).isEqualTo(CLEAN);
    }

    @Test
    void readsEscapedHtmlInNewsMlInlineData() throws Exception {
        Dispatch dispatch = Fixtures.parseText(newsItem("<nar:inlineData contenttype=\"text/html\">&lt;p&gt;Geneva (AFP) - "
            + "Cases doubled.&lt;/p&gt;&lt;p&gt;Second para.&lt;/p&gt;</nar:inlineData>")).get(0);

        assertThat(dispatch.getBody()).isEqualTo(CLEAN);
    }

    @Test
    void readsAtomXhtmlWithoutWhiteSpaceAndHtmlGivenAsAMimeType() throws Exception {
        Dispatch xhtml = Fixtures.parseText(entry("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<p>Geneva (AFP) - Cases doubled.</p><p>Second para.</p></div></content>")).get(0);
        Dispatch mime = Fixtures.parseText(entry("<content type=\"text/html\">&lt;p&gt;Geneva (AFP) - Cases doubled."
            + "&lt;/p&gt;&lt;p&gt;Second para.&lt;/p&gt;</content>")).get(0);

        assertThat(xhtml.getBody()).isEqualTo(CLEAN);
        assertThat(mime.getBody()).isEqualTo(CLEAN);
        assertThat(mime.getDateline().getPlace()).isEqualTo("Geneva");
    }

    @Test
    void aFiguresCaptionIsNoParagraphOfTheStory() throws Exception {
        Dispatch dispatch = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kyodo News+ - Business</title><item>"
            + "<title>Spending rises</title><description><![CDATA[<figure><img src=\"a.jpg\"/><figcaption>Shoppers (Kyodo)"
            + "</figcaption></figure><p>TOKYO (Kyodo) -- Spending rose.</p>]]></description></item></channel></rss>").get(0);

        assertThat(dispatch.getBody()).isEqualTo("TOKYO (Kyodo) -- Spending rose.");
        assertThat(dispatch.getAgency()).isEqualTo("Kyodo");
    }

    @Test
    void aDispatchWithoutBodyTextSaysSo() throws Exception {
        Dispatch dispatch = Fixtures.parseText("{\"uri\":\"urn:x:1\",\"headline\":\"Palm oil exports up\","
            + "\"body_markdown\":\"\"}").get(0);

        assertThat(dispatch.getBody()).isEmpty();
        assertThat(dispatch.getWarnings()).containsExactly("body-missing: no body text read");
    }

    @Test
    void anItemWhoseTextIsOnlyItsSummaryHasTheSummaryForBody() throws Exception {
        // NewsML-G2 whose content is remote, the text in contentMeta's description
        Dispatch remote = Fixtures.parseText("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" "
            + "version=\"1\"><contentMeta><headline>Bank holds rates</headline><description role=\"drol:summary\">"
            + "SYDNEY, July 8 (AAP) - The Reserve Bank held rates.</description></contentMeta><contentSet>"
            + "<remoteContent contenttype=\"text/html\" href=\"https://x.example/1.html\"/></contentSet></newsItem>")
            .get(0);
        assertThat(remote.getBody()).isEqualTo("SYDNEY, July 8 (AAP) - The Reserve Bank held rates.");
        assertThat(remote.getDateline().getPlace()).isEqualTo("SYDNEY");
        assertThat(remote.getWarnings()).containsExactly("body-from-summary: no body text; description read instead");

        // ninjs 2.x with descriptions only
        Dispatch described = Fixtures.parseText("{\"uri\":\"urn:x:2\",\"type\":\"text\",\"headlines\":[{\"role\":"
            + "\"main\",\"value\":\"Bank holds rates\"}],\"descriptions\":[{\"role\":\"summary\",\"value\":"
            + "\"The Reserve Bank held rates.\"}]}").get(0);
        assertThat(described.getBody()).isEqualTo("The Reserve Bank held rates.");
        assertThat(described.getWarnings()).contains("body-from-summary: no body text; description read instead");

        // ninjs 1.x description_text and description_html
        assertThat(Fixtures.parseText("{\"uri\":\"urn:x:3\",\"headline\":\"Bank holds rates\",\"description_text\":"
            + "\"The Reserve Bank held rates.\"}").get(0).getBody()).isEqualTo("The Reserve Bank held rates.");
        assertThat(Fixtures.parseText("{\"uri\":\"urn:x:3\",\"headline\":\"Bank holds rates\",\"description_html\":"
            + "\"<p>The Reserve Bank held rates.</p><p>Again.</p>\"}").get(0).getBody())
            .isEqualTo("The Reserve Bank held rates.\n\nAgain.");

        // Atom whose content is out of line (src), the text in the summary
        Dispatch atom = Fixtures.parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>f</id><title>AAP</title>"
            + "<updated>2027-07-08T09:00:00Z</updated><entry><id>urn:x:4</id><title>Bank holds rates</title>"
            + "<updated>2027-07-08T09:00:00Z</updated><summary>The Reserve Bank held rates.</summary>"
            + "<content type=\"text/html\" src=\"https://x.example/1.html\"/></entry></feed>").get(0);
        assertThat(atom.getBody()).isEqualTo("The Reserve Bank held rates.");
        assertThat(atom.getWarnings()).noneMatch(warning -> warning.startsWith("body-"));
    }

    @Test
    void aBodyThatOpensWithItsHeadlineOpensWithTheStory() throws Exception {
        Dispatch dispatch = Fixtures.parseText(newsItem("<nar:inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<body><h1>Measles up</h1><p>GENEVA, July 8 (AFP) - Cases doubled.</p><p>Second para.</p></body></html>"
            + "</nar:inlineXML>")).get(0);

        assertThat(dispatch.getBody()).isEqualTo("GENEVA, July 8 (AFP) - Cases doubled.\n\nSecond para.");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("GENEVA");
    }

    @Test
    void aNinjsPackageIsItsTextItems() throws Exception {
        List<Dispatch> dispatches = Fixtures.parseText("{\"uri\":\"urn:x:p\",\"type\":\"composite\",\"headline\":"
            + "\"Package\",\"associations\":{\"main\":{\"uri\":\"urn:x:1\",\"type\":\"text\",\"headline\":"
            + "\"Bank holds rates\",\"body_text\":\"The bank held rates.\"},\"photo\":{\"uri\":\"urn:x:2\","
            + "\"type\":\"picture\",\"headline\":\"RBA\"}}}");
        assertThat(dispatches).extracting(Dispatch::getId).containsExactly("urn:x:1");
        assertThat(dispatches.get(0).getHeadline()).isEqualTo("Bank holds rates");
        assertThat(dispatches.get(0).getBody()).isEqualTo("The bank held rates.");
    }

    @Test
    void aNinjsPackageWhoseStoryIsAReferenceIsReadAsItIs() throws Exception {
        List<Dispatch> dispatches = Fixtures.parseText("{\"uri\":\"urn:x:p\",\"type\":\"composite\",\"headline\":"
            + "\"Storms knock out power\",\"associations\":{\"main\":{\"uri\":\"urn:x:1\",\"type\":\"text\"}}}");

        assertThat(dispatches).extracting(Dispatch::getId).containsExactly("urn:x:p");
        assertThat(dispatches.get(0).getHeadline()).isEqualTo("Storms knock out power");
    }

    @Test
    void aPictureBesideTheStoryIsNoDispatch() throws Exception {
        String picture = "<newsItem guid=\"urn:x:pic\" version=\"1\"><itemMeta><itemClass qcode=\"ninat:picture\"/>"
            + "</itemMeta><contentMeta><headline>RBA</headline><description role=\"drol:caption\">Governor Bullock "
            + "in Sydney.</description></contentMeta><contentSet><remoteContent contenttype=\"image/jpeg\" "
            + "href=\"https://x.example/1.jpg\"/></contentSet></newsItem>";
        String story = "<newsItem guid=\"urn:x:1\" version=\"1\"><itemMeta><itemClass qcode=\"ninat:text\"/></itemMeta>"
            + "<contentMeta><headline>Bank holds rates</headline></contentMeta><contentSet><inlineData>The bank held "
            + "rates.</inlineData></contentSet></newsItem>";
        List<Dispatch> dispatches = Fixtures.parseText("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
            + "<itemSet>" + story + picture + "</itemSet></newsMessage>");
        assertThat(dispatches).extracting(Dispatch::getId).containsExactly("urn:x:1");
        assertThat(dispatches.get(0).getWarnings()).noneMatch(warning -> warning.startsWith("item-skipped"));

        // alone, a picture's caption is what there is to read
        Dispatch alone = Fixtures.parseText(picture.replace("<newsItem ", "<newsItem xmlns=\"http://iptc.org/std/nar/"
            + "2006-10-01/\" ")).get(0);
        assertThat(alone.getBody()).isEqualTo("Governor Bullock in Sydney.");
    }

    private static String newsItem(String content) {
        return "<nar:newsItem xmlns:nar=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" version=\"1\">"
            + "<nar:contentMeta><nar:headline>Measles up</nar:headline></nar:contentMeta><nar:contentSet>" + content
            + "</nar:contentSet></nar:newsItem>";
    }

    private static String entry(String content) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>AFP</title><entry><id>y</id><title>Measles up"
            + "</title><updated>2026-12-03T10:25:00Z</updated>" + content + "</entry></feed>";
    }
}
