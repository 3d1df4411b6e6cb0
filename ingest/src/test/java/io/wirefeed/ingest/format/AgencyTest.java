package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * The agency is the one the story's dateline names; packaging (a feed's title, an entry's author, an IPTC 7901
 * header's source letters) names it only when the dateline does not.
 */
class AgencyTest {

    @Test
    void anRssItemsDatelineNamesItsAgencyElseTheChannelTitleWithoutItsSection() throws Exception {
        var items = Fixtures.parseText("<rss version=\"2.0\"><channel><title>PTI - National</title>"
            + "<item><title>Rain above normal</title><description>New Delhi, Dec 3 (PTI) Rain was above normal."
            + "</description></item><item><title>Rain below normal</title><description>Rain was below normal."
            + "</description></item></channel></rss>");

        assertThat(items).extracting(Dispatch::getAgency).containsExactly("PTI", "PTI");
    }

    @Test
    void anAtomEntrysDatelineNamesItsAgencyNotItsAuthor() throws Exception {
        Dispatch entry = Fixtures.parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>Yonhap</title>"
            + "<entry><id>y</id><title>Exports rise</title><updated>2026-12-01T01:12:00Z</updated><author><name>Kim "
            + "Soo-yeon</name></author><content type=\"text\">SEOUL, Dec. 1 (Yonhap) -- Exports rose.</content></entry>"
            + "</feed>").get(0);

        assertThat(entry.getAgency()).isEqualTo("Yonhap");
    }

    @Test
    void aNinjsBodysDatelineNamesTheAgencyWhenLocatedGaveThePlace() throws Exception {
        Dispatch strike = Fixtures.parseText("{\"uri\":\"urn:x:1\",\"headline\":\"Train strike\",\"located\":\"Paris\","
            + "\"body_text\":\"PARIS (AFP) - Trains were disrupted.\"}").get(0);
        Dispatch xinhua = Fixtures.parse("ninjs/xinhua-ninjs3-camelcase.json").get(0);

        assertThat(strike.getAgency()).isEqualTo("AFP");
        assertThat(strike.getDateline().getPlace()).isEqualTo("Paris");
        assertThat(xinhua.getAgency()).isEqualTo("Xinhua");
    }

    @Test
    void anIptc7901DatelineNamesTheAgencyElseTheSourceLettersName() throws Exception {
        Dispatch dpa = Fixtures.parseText("\u0001ecp0412 4 wi 20  dpa 0101\r\n\r\nGermany/Ports/\r\n\u0002Port traffic "
            + "slips\r\n\r\nHamburg (dpa) - Traffic fell.\r\n\u0003\r\n\u0004").get(0);
        Dispatch ansa = Fixtures.parseText("\u0001ANS0042 4 CUL 0121\r\n\u0002Colosseum opens late\r\n\r\n"
            + "The Colosseum will open late.\r\n\u0003\r\n\u0004").get(0);

        assertThat(dpa.getAgency()).isEqualTo("dpa");
        assertThat(ansa.getAgency()).isEqualTo("ANSA");
    }

    @Test
    void aNewsMlProviderGivenAsADomainNameIsPackaging() throws Exception {
        String item = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" version=\"1\"><itemMeta>"
            + "<provider literal=\"reuters.com\"/></itemMeta><contentMeta><headline>Gas rules extended</headline>"
            + "</contentMeta><contentSet><inlineData contenttype=\"text/plain\">%s</inlineData></contentSet></newsItem>";

        assertThat(Fixtures.parseText(item.formatted("BRUSSELS, Dec 2 (Reuters) - EU states agreed.")).get(0).getAgency())
            .isEqualTo("Reuters");
        assertThat(Fixtures.parseText(item.formatted("EU states agreed.")).get(0).getAgency()).isEqualTo("reuters.com");
    }
}
