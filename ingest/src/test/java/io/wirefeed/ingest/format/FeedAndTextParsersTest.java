package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    void readsAnRssDateInANamedZoneAndKeepsTheOtherItems() throws Exception {
        List<Dispatch> items = Fixtures.parse("feed/pti-named-zone-ist.xml");

        assertThat(items).extracting(Dispatch::getVersionCreated).containsExactly(
            Instant.parse("2026-12-03T06:10:00Z"), Instant.parse("2026-12-03T10:40:00Z"));
    }

    @Test
    void anUnreadableItemDateIsAWarningAndTheFeedKeepsEveryItem() throws Exception {
        List<Dispatch> items = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kyodo</title>"
            + "<item><title>Spending rises</title><description>TOKYO (Kyodo) -- Spending rose.</description>"
            + "<pubDate>Fri, 04 Dec 2026 09:30:00 JST</pubDate></item>"
            + "<item><title>Exports fall</title><description>TOKYO (Kyodo) -- Exports fell.</description>"
            + "<pubDate>early on Friday</pubDate></item></channel></rss>");

        assertThat(items).extracting(Dispatch::getHeadline).containsExactly("Spending rises", "Exports fall");
        assertThat(items.get(0).getVersionCreated()).isEqualTo(Instant.parse("2026-12-04T00:30:00Z"));
        assertThat(items.get(1).getVersionCreated()).isNull();
        assertThat(items.get(1).getWarnings()).containsExactly("time-unreadable: pubDate 'early on Friday'");
    }

    @Test
    void aHeadlineOnlyItemGoesThroughWithItsBodyMissingSaid() throws Exception {
        Dispatch flash = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kyodo</title>"
            + "<item><title>Strong quake hits northern Japan</title><guid>kyodo-flash-1</guid></item>"
            + "</channel></rss>").get(0);

        assertThat(flash.getHeadline()).isEqualTo("Strong quake hits northern Japan");
        assertThat(flash.getBody()).isEmpty();
        assertThat(flash.getWarnings()).containsExactly("body-missing: no body text read");
    }

    @Test
    void anEmptyItemIsSkippedAndSaidSoOnTheFeedsOtherItems() throws Exception {
        List<Dispatch> items = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kyodo</title>"
            + "<item><title>Spending rises</title><description>TOKYO (Kyodo) -- Spending rose.</description></item>"
            + "<item><title> </title><description></description><guid>kyodo-empty</guid></item>"
            + "<item><title>Exports fall</title><description>TOKYO (Kyodo) -- Exports fell.</description></item>"
            + "</channel></rss>");

        assertThat(items).extracting(Dispatch::getHeadline).containsExactly("Spending rises", "Exports fall");
        assertThat(items).extracting(item -> item.getOriginal().getIndex()).containsExactly(0, 2);
        assertThat(items).allSatisfy(item -> assertThat(item.getWarnings())
            .containsExactly("item-skipped: RSS item 2 of 3: Dispatch has neither a headline nor body text"));
    }

    @Test
    void anEmptyAtomEntryIsSkippedToo() throws Exception {
        List<Dispatch> entries = Fixtures.parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id>"
            + "<title>AFP</title><entry><id>e1</id><title></title></entry>"
            + "<entry><id>e2</id><title>Talks resume</title><content>PARIS (AFP) - Talks resumed.</content></entry>"
            + "</feed>");

        assertThat(entries).extracting(Dispatch::getId).containsExactly("e2");
        assertThat(entries.get(0).getWarnings())
            .containsExactly("item-skipped: Atom entry 1 of 2: Dispatch has neither a headline nor body text");
    }

    @Test
    void aFeedOfEmptyItemsIsRefused() {
        assertThatThrownBy(() -> Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kyodo</title>"
            + "<item><title></title></item><item><description> </description></item></channel></rss>"))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessage("RSS item 1 of 2: Dispatch has neither a headline nor body text (and every other item alike)");
    }

    @Test
    void anUnreadableAtomTimeIsAWarning() throws Exception {
        Dispatch entry = Fixtures.parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>AFP</title>"
            + "<entry><id>y</id><title>Measles up</title><updated>2026-12-03 10:25:00Z</updated>"
            + "<published>soon</published><content type=\"text\">Geneva (AFP) - Cases doubled.</content></entry></feed>")
            .get(0);

        assertThat(entry.getVersionCreated()).isEqualTo(Instant.parse("2026-12-03T10:25:00Z"));
        assertThat(entry.getFirstCreated()).isNull();
        assertThat(entry.getWarnings()).containsExactly("time-unreadable: published 'soon'");
    }

    @Test
    void readsAnAtomEntryDocumentAsOneDispatch() throws Exception {
        List<Dispatch> entries = Fixtures.parse("feed/dpa-atom-entry-document.xml");

        assertThat(entries).hasSize(1);
        Dispatch port = entries.get(0);
        assertThat(port.getFormat()).isEqualTo(SourceFormat.ATOM);
        assertThat(port.getId()).isEqualTo("urn:newsml:dpa.com:20090101:261202-99-451188");
        assertThat(port.getHeadline()).isEqualTo("Port of Hamburg container throughput slips in third quarter");
        assertThat(port.getAgency()).isEqualTo("dpa");
        assertThat(port.getLanguage()).isEqualTo("en");
        assertThat(port.getVersionCreated()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(port.getBody()).startsWith("Hamburg (dpa) - Container throughput").contains("\n\nA total of 1.93");
        assertThat(port.getDateline().getPlace()).isEqualTo("Hamburg");
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
        assertThat(dispatch.getHeadline()).isEqualTo("Uzbekistan and Kazakhstan signed an agreement on Tuesday to "
            + "build a new railway link between Tashkent and Shymkent");
        assertThat(dispatch.getWarnings()).containsExactly("headline-derived: headline derived from lead");
        assertThat(dispatch.getDateline().getDate()).isEqualTo("2026-07-07");
        assertThat(dispatch.getBody()).contains("railway link between Tashkent and Shymkent")
            .contains("\n\nThe 300-km line");
        assertThat(dispatch.getId()).startsWith("wf:xinhua:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KARACHI, Dec 16 (APP): Sindh's cabinet approved the plan.|APP|KARACHI",
        "Riyadh, December 15, 2026, SPA -- The ministry issued licences.|SPA|Riyadh",
        "ABU DHABI, 16th December, 2026 (WAM) -- The Cabinet approved the list.|WAM|ABU DHABI",
        "Sefwi Wiawso, Dec 9, GNA - The council seized 40 chainsaws.|GNA|Sefwi Wiawso",
    })
    void readsTheDatelinesOfAgenciesThatWriteThemOtherwise(String lead, String agency, String place) throws Exception {
        Dispatch dispatch = Fixtures.parseText(lead + "\n\nThe second paragraph.\n").get(0);

        assertThat(dispatch.getAgency()).isEqualTo(agency);
        assertThat(dispatch.getDateline().getPlace()).isEqualTo(place);
        assertThat(dispatch.getWarnings()).noneMatch(warning -> warning.startsWith("dateline-missing"));
    }

    // Variants agencies send, each once refused or misread (issue 16).

    private static final String XINHUA = Fixtures.text("text/xinhua-tashkent.txt");
    private static final String REUTERS_LEAD = "TASHKENT, July 7 (Reuters) - Uzbekistan raised its key interest rate "
        + "on Tuesday.\n\nThe central bank said inflation was too high.\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UPDATE 2-    | UPDATE     | 3",
        "RPT-         | OTHER      | 1",
        "CORRECTED-   | CORRECTION | 1",
        "WRAPUP 1-    | UPDATE     | 2",
        "'FLASH '     | URGENT     | 1"})
    void readsAnAgencyPrefixBeforeTheDatelineAsSignals(String prefix, Signal signal, int version) throws Exception {
        Dispatch dispatch = Fixtures.parseText(prefix + REUTERS_LEAD).get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.DATELINE_TEXT);
        assertThat(dispatch.getSignals()).containsExactly(signal);
        assertThat(dispatch.getVersion()).isEqualTo(version);
        assertThat(dispatch.getAgency()).isEqualTo("Reuters");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("TASHKENT");
        assertThat(dispatch.getHeadline()).isEqualTo("Uzbekistan raised its key interest rate on Tuesday");
        assertThat(dispatch.getBody()).startsWith("TASHKENT, July 7 (Reuters) - Uzbekistan raised");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FLASH -- Bank holds rates     | URGENT",
        "URGENT — Bank holds rates     | URGENT",
        "UPDATE 1 -- Bank holds rates  | UPDATE",
        "BULLETIN – Bank holds rates   | URGENT",
        "UPDATE1: Bank holds rates     | UPDATE"})
    void aMarkerIsTakenOffTheHeadlineWhateverDashFollowsIt(String headline, Signal signal) throws Exception {
        Dispatch dispatch = Fixtures.parseText(headline + "\n\n" + REUTERS_LEAD).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Bank holds rates");
        assertThat(dispatch.getSignals()).containsExactly(signal);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE 2-Bank holds rates\n\n* Dollar jumps\n* Bonds rally\n\n",
        "JAPAN-PHILIPPINES/COAST GUARD\nBank holds rates\n",
        "DEL52\nBank holds rates\n\n",
        "ADVISORY -- EDITORS: The following story is embargoed until 0800 GMT.\n\nBank holds rates\n\n"})
    void linesAboveTheHeadlineThatAreNoneOfItStayOutOfIt(String titleBlock) throws Exception {
        Dispatch dispatch = Fixtures.parseText(titleBlock + REUTERS_LEAD).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Bank holds rates");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("TASHKENT");
    }

    @Test
    void aLineThatMayBeASlugOrACodeIsTheHeadlineWhenNoHeadlineStandsBesideIt() throws Exception {
        Dispatch kyodo = Fixtures.parseText("JAPAN-PHILIPPINES/COAST GUARD\nBank holds rates\n\n" + REUTERS_LEAD).get(0);
        assertThat(kyodo.getSlugline()).isEqualTo("JAPAN-PHILIPPINES/COAST GUARD");

        assertThat(Fixtures.parseText("US-CHINA TRADE TALKS RESUME IN GENEVA\nOlzhas Auyezov\n\n" + REUTERS_LEAD).get(0)
            .getHeadline()).isEqualTo("US-CHINA TRADE TALKS RESUME IN GENEVA");
        assertThat(Fixtures.parseText("VIVIENDA PLAN\nEl Gobierno aprueba un plan de vivienda\n\n" + REUTERS_LEAD).get(0)
            .getHeadline()).isEqualTo("El Gobierno aprueba un plan de vivienda");
        assertThat(Fixtures.parseText("COP28\n\n" + REUTERS_LEAD).get(0).getHeadline()).isEqualTo("COP28");
    }

    @Test
    void aLongLineOfCapitalsAboveTheDatelineIsReadWithoutOverflowingTheStack() throws Exception {
        Dispatch dispatch = Fixtures.parseText("AB-CD" + " AB".repeat(3000) + "\nBank holds rates\n\n" + REUTERS_LEAD)
            .get(0);

        assertThat(dispatch.getDateline().getPlace()).isEqualTo("TASHKENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Urgent 24-hour strike shuts ports", "Update 100-day plan unveiled"})
    void aWordInOrdinaryCaseBeforeANumberIsPartOfTheHeadline(String headline) throws Exception {
        Dispatch dispatch = Fixtures.parseText(headline + "\n\n" + REUTERS_LEAD).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo(headline);
        assertThat(dispatch.getSignals()).isEmpty();
        assertThat(dispatch.getVersion()).isEqualTo(1);
    }

    @Test
    void aFeedOfThousandsOfEmptyItemsNamesTheFirstOnesOnItsStory() throws Exception {
        String empty = "<item><title></title><description></description></item>";
        Dispatch story = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Kabar</title><item><title>Rates held"
            + "</title><description>BISHKEK, July 7 (Kabar) -- Rates were held.</description></item>" + empty.repeat(2000)
            + "</channel></rss>").get(0);

        assertThat(story.getWarnings()).filteredOn(warning -> warning.startsWith("item-skipped")).hasSize(11)
            .last().asString().contains("1990 more items alike");
    }

    @Test
    void aMarkerInOrdinaryCaseBeforeALongDashIsPartOfTheHeadline() throws Exception {
        Dispatch dispatch = Fixtures.parseText("Update — what we know about the flood\n\n" + REUTERS_LEAD).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Update — what we know about the flood");
        assertThat(dispatch.getSignals()).isEmpty();
    }

    @Test
    void teleprinterLineEndsInDatelineTextAreOneLineEnd() throws Exception {
        Dispatch plain = Fixtures.parseText(REUTERS_LEAD).get(0);
        Dispatch teleprinter = Fixtures.parseText(REUTERS_LEAD.replace("\n", "\r\r\n")).get(0);

        assertThat(teleprinter.getBody()).isEqualTo(plain.getBody());
    }

    @Test
    void aBylineIsNotPartOfTheHeadlineAndTheCreditLineStaysInTheBody() throws Exception {
        Dispatch dispatch = Fixtures.parseText("Uzbekistan raises key rate\n\nBy Olzhas Auyezov\n\n" + REUTERS_LEAD
            + "\n(Reporting by Olzhas Auyezov; Editing by Jane Merriman)\n").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Uzbekistan raises key rate");
        // The credit line names people of the story's making; subscribers search and tag by it, so it is copy.
        assertThat(dispatch.getBody()).startsWith("TASHKENT, July 7 (Reuters)")
            .endsWith("The central bank said inflation was too high.\n\n(Reporting by Olzhas Auyezov; Editing by Jane "
                + "Merriman)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EDITORS: Updates with vote count.\\n\\nBy MARIA ALVARADO\\nAssociated Press\\n\\n|",
        "GLOBAL-OIL/ (UPDATE 1)\\n\\n|",
        "DEL27 IMD-RAIN\\n\\n|",
        "|\\n\\nVon J\u00f6rg Wei\u00dfm\u00fcller, dpa",
        "|\\n\\nPor Ana L\u00f3pez",
        "(Corrects tonnage in second para)\\n\\n|",
        "Hatice \u00d6zt\u00fcrk\\n\\n|",
        "ZCZC\\nXIN0077 4 I 0136 UZB\\nUzbekistan-railway\\n|"})
    void linesBeforeTheHeadlineOrTheDatelineAreNotGluedIntoTheHeadline(String before, String after) throws Exception {
        String text = (before == null ? "" : before) + "Rain above normal" + (after == null ? "" : after)
            + "\n\nNew Delhi, Dec 3 (PTI) Rain was above normal.\n\nMore rain is due.\n";
        Dispatch dispatch = Fixtures.parseText(text.replace("\\n", "\n")).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Rain above normal");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("New Delhi");
        assertThat(dispatch.getBody()).startsWith("New Delhi, Dec 3 (PTI) Rain was above normal.");
    }

    @Test
    void aCorrectionNoteBeforeTheHeadlineIsASignal() throws Exception {
        Dispatch dispatch = Fixtures.parseText("CORRECTION: (Corrects tonnage in second para to 310,500 tonnes)\n\n"
            + "Palm oil exports up 8 pct\n\nKUALA LUMPUR, Dec 2 (Bernama) -- Exports rose.\n").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Palm oil exports up 8 pct");
        assertThat(dispatch.getSignals()).containsExactly(Signal.CORRECTION);
    }

    @Test
    void readsPlainTextWithoutADatelineWithItsFirstLineAsHeadline() throws Exception {
        Dispatch dispatch = Fixtures.parseText("Uzbekistan raises key rate\n\nThe central bank of Uzbekistan raised "
            + "its key rate on Tuesday.\n\nInflation was too high, it said.\n").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.DATELINE_TEXT);
        assertThat(dispatch.getHeadline()).isEqualTo("Uzbekistan raises key rate");
        assertThat(dispatch.getBody()).isEqualTo("The central bank of Uzbekistan raised its key rate on Tuesday."
            + "\n\nInflation was too high, it said.");
        assertThat(dispatch.getDateline()).isNull();
        assertThat(dispatch.getWarnings()).containsExactly("dateline-missing: first line taken as headline");
    }

    @Test
    void readsATownAloneBetweenHeadlineAndStoryAsTheDateline() throws Exception {
        Dispatch dispatch = Fixtures.parseText("Turkish police detain 146 suspects\n\nISTANBUL\n\nTurkish security forces "
            + "detained 146 suspects on Tuesday.\n\nThe operations covered 31 provinces.\n").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Turkish police detain 146 suspects");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("ISTANBUL");
        assertThat(dispatch.getBody()).startsWith("ISTANBUL\n\nTurkish security forces detained");
        assertThat(dispatch.getWarnings()).noneMatch(warning -> warning.startsWith("dateline-missing"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WASHINGTON POST REPORTS\\n\\nThe paper said on Tuesday that the talks had failed.\\n\\nMore follows.",
        "Talks fail, paper says\\n\\nWASHINGTON POST REPORTS\\n\\nThe paper said on Tuesday that the talks had failed.",
        "Talks fail\\n\\nANALYSIS\\n\\nThe talks failed on Tuesday.\\n\\nMore follows.",
        "Talks fail\\n\\nThe talks failed on Tuesday.\\n\\nGENEVA\\n\\nMore follows.",
    })
    void leavesLinesInCapitalsThatAreNoTownAlone(String text) throws Exception {
        Dispatch dispatch = Fixtures.parseText(text.replace("\\n", "\n")).get(0);

        assertThat(dispatch.getDateline()).isNull();
        assertThat(dispatch.getHeadline()).isEqualTo(text.substring(0, text.indexOf('\\')));
    }

    @Test
    void readsWordsWithoutADatelineThatOnceWereAnUnknownFormat() throws Exception {
        Dispatch dispatch = Fixtures.parse("bad/unknown.txt").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Just some words without any dateline at all.");
        assertThat(dispatch.getBody()).isEqualTo("Another line.");
    }

    @Test
    void trailingPageFurnitureIsCutFromTheBody() throws Exception {
        Dispatch dispatch = Fixtures.parseText(XINHUA + "\nShare | Print | Email\n\nBack to top\n\nDay|Week\n")
            .get(0);

        assertThat(dispatch.getBody()).endsWith("The 300-km line is expected to open in 2029.");
        assertThat(dispatch.getWarnings()).contains("furniture-removed: 'Share | Print | Email', 'Back to top', "
            + "'Day|Week'");
    }
    @Test
    void aDescriptionWhoseMarkupWasEscapedTwiceIsReadAsMarkup() throws Exception {
        Dispatch dispatch = Fixtures.parseText("<rss version=\"2.0\"><channel><title>PNA</title><item><title>Quake "
            + "jolts Mindanao</title><description>&amp;lt;p&amp;gt;DAVAO CITY, Dec. 4 (PNA) -- A magnitude 5.9 quake "
            + "jolted Mindanao on Friday.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;No damage was reported.&amp;lt;/p&amp;gt;"
            + "</description></item></channel></rss>").get(0);

        assertThat(dispatch.getBody()).isEqualTo("DAVAO CITY, Dec. 4 (PNA) -- A magnitude 5.9 quake jolted Mindanao on "
            + "Friday.\n\nNo damage was reported.");
        assertThat(dispatch.getDateline().getText()).isEqualTo("DAVAO CITY, Dec. 4 (PNA)");
    }
}
