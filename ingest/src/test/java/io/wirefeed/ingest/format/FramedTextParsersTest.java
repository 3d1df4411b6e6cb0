package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    // Title blocks after STX, as AFP, EFE, ANSA, Reuters, Xinhua, Kyodo and Anadolu write them (issue 15).

    @Test
    void readsTheKeywordHeadlineAndBylineLinesOfAnAfpTitleBlock() throws Exception {
        Dispatch dispatch = Fixtures.parse("iptc7901/afp-title-block.txt").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Kenya floods displace more than 40,000 as rains intensify");
        assertThat(dispatch.getSlugline()).isEqualTo("Kenya-weather-floods");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("Nairobi");
        assertThat(dispatch.getBody()).startsWith("Nairobi (AFP) - Floods caused by heavy rains");
        assertThat(dispatch.getWarnings()).noneMatch(w -> w.startsWith("dateline-missing") || w.startsWith("headline-"));
    }

    @Test
    void readsACorrectionNoteAndABylineParagraphBeforeTheDatelineAsNoHeadline() throws Exception {
        Dispatch dispatch = Fixtures.parse("iptc7901/reuters-correction-note.txt").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("EU agrees to extend gas storage rules by two years");
        assertThat(dispatch.getSignals()).containsExactly(Signal.CORRECTION);
        assertThat(dispatch.getSlugline()).isEqualTo("EU-ENERGY/GAS");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("BRUSSELS");
        assertThat(dispatch.getBody()).startsWith("BRUSSELS, Dec 2 (Reuters) - European Union");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0002Kenya-floods\r\nFloods displace thousands\r\n\r\n",
        "\u0002Floods displace thousands\r\nBy Peter Mwangi\r\n\r\n",
        "\u0002URGENT\r\nKenya-floods\r\nFloods displace thousands\r\n\r\n",
        "\u0002Kenya-floods\r\nFloods displace thousands\r\nPar \u00c9lodie Garnier\r\n\r\n"})
    void aTitleBlockIsNotGluedIntoTheHeadline(String titleBlock) throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001AFP0217 3 I 0020 KEN\r\n" + titleBlock
            + "Nairobi (AFP) - Floods forced thousands from their homes.\r\n\u0003\r\n\u0004").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Floods displace thousands");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("Nairobi");
        assertThat(dispatch.getBody()).isEqualTo("Nairobi (AFP) - Floods forced thousands from their homes.");
        assertThat(dispatch.getSignals()).isEqualTo(titleBlock.contains("URGENT") ? List.of(Signal.URGENT) : List.of());
    }

    @Test
    void readsIptc7901InTelexFramingZczcToNnnn() throws Exception {
        Dispatch dispatch = Fixtures.parse("iptc7901/xinhua-zczc-telex.txt").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.IPTC_7901);
        assertThat(dispatch.getHeadline()).isEqualTo("Uzbekistan opens high-speed rail line to Fergana Valley");
        assertThat(dispatch.getSlugline()).isEqualTo("Uzbekistan-railway");
        assertThat(dispatch.getAgency()).isEqualTo("Xinhua");
        assertThat(dispatch.getUrgency()).isEqualTo(4);
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-12-01T10:20:00Z"));
        assertThat(dispatch.getBody()).startsWith("TASHKENT, Dec. 1 (Xinhua) -- Uzbekistan").doesNotContain("NNNN");
    }

    // ANPA-1312 as AP, Canadian Press, AAP, Reuters and AFP send it (issue 15).

    @Test
    void readsAnAnpaHeaderWithItsSelectorAndWithoutSyn() throws Exception {
        Dispatch dispatch = Fixtures.parse("anpa/ap-no-syn-lf.anpa").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.ANPA_1312);
        assertThat(dispatch.getHeadline()).isEqualTo("Magnitude 6.1 earthquake strikes off central Chile; no tsunami threat");
        assertThat(dispatch.getSlugline()).isEqualTo("BC-LT--Chile-Earthquake");
        assertThat(dispatch.getUrgency()).isEqualTo(3);
        assertThat(dispatch.getAgency()).isEqualTo("AP");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("SANTIAGO");
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void readsCanadianPressHeadlineAndAgencyLines() throws Exception {
        Dispatch dispatch = Fixtures.parse("anpa/cp-hl-markers.anpa").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("TSX climbs as energy stocks rally on higher oil prices");
        assertThat(dispatch.getAgency()).isEqualTo("THE CANADIAN PRESS");
        assertThat(dispatch.getBody()).startsWith("TORONTO _ Canada's main stock index climbed").doesNotContain("code:2");
    }

    @Test
    void readsTheHeadlineAfterAReutersSlugLineAndTheAgencyLineUnderAByline() throws Exception {
        Dispatch reuters = Fixtures.parse("anpa/reuters-slug-line.anpa").get(0);
        Dispatch aap = Fixtures.parse("anpa/aap-agency-line.anpa").get(0);

        assertThat(reuters.getHeadline()).isEqualTo("Oil steadies as traders weigh OPEC+ supply signals, U.S. stock build");
        assertThat(reuters.getAgency()).isEqualTo("Reuters");
        assertThat(aap.getHeadline()).isEqualTo("Sydney ferry strike called off after late-night deal");
        assertThat(aap.getAgency()).isEqualTo("AAP");
    }

    @Test
    void anAnpaSelectorNamesTheAgencyWhenNeitherDatelineNorAgencyLineDoes() throws Exception {
        Dispatch cp = Fixtures.parseText(Fixtures.text("anpa/cp-hl-markers.anpa").replace("^THE CANADIAN PRESS@<\r\n", "")
            .replace("TORONTO _ ", "")).get(0);
        Dispatch aap = Fixtures.parseText(Fixtures.text("anpa/aap-agency-line.anpa").replace("^AAP=\r\n", "")).get(0);

        assertThat(cp.getAgency()).isEqualTo("The Canadian Press");
        assertThat(aap.getAgency()).isEqualTo("AAP");
    }

    @Test
    void readsTheFirstLineAsTheHeadlineOfAnpaCopyWithoutCaretLines() throws Exception {
        Dispatch dispatch = Fixtures.parse("anpa/afp-no-caret-lines.anpa").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("WHO warns of sharp rise in measles cases across Europe");
        assertThat(dispatch.getBody()).startsWith("Geneva (AFP) - Measles cases");
        assertThat(dispatch.getBody().split("\n\n")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dispatch.getAgency()).isEqualTo("AFP");
    }

    @Test
    void theLinesAboveTheDatelineOfAnpaCopyWithoutCaretLinesAreItsTitleBlock() throws Exception {
        String header = "\u0016\u0016\u0001i0772\u001fAFP-I\r\nr i Flood-Sudan   08-17 0210\r\n\u0002";
        String lead = "KHARTOUM, Aug 17, 2027 (AFP) - Floods killed at least 12 people in eastern Sudan.\r\n"
            + "More rain is expected.\r\n\u0003\r\n\u0004";
        Dispatch glued = Fixtures.parseText(header + "Floods kill 12 in eastern Sudan\r\n" + lead).get(0);
        Dispatch byline = Fixtures.parseText(header + "Floods kill 12 in eastern Sudan\r\nby Ahmed Salih\r\n\r\n"
            + lead).get(0);
        Dispatch keyword = Fixtures.parseText(header + "Sudan-flood-toll\r\nFloods kill 12 in eastern Sudan\r\n\r\n"
            + lead).get(0);

        for (Dispatch dispatch : List.of(glued, byline, keyword)) {
            assertThat(dispatch.getHeadline()).isEqualTo("Floods kill 12 in eastern Sudan");
            assertThat(dispatch.getBody()).startsWith("KHARTOUM, Aug 17, 2027 (AFP) - Floods killed");
            assertThat(dispatch.getDateline().getPlace()).isEqualTo("KHARTOUM");
            assertThat(dispatch.getWarnings()).isEmpty();
        }
    }

    @Test
    void aWrappedLeadOfAnpaCopyWithoutCaretLinesIsNoTitleBlock() throws Exception {
        String header = "\u0016\u0016\u0001i0772\u001fAFP-I\r\nr i Flood-Sudan   08-17 0210\r\n\u0002";
        Dispatch opening = Fixtures.parseText(header + "\tKHARTOUM, Aug 17 (AFP) - Floods killed at least 12 people\r\n"
            + "in eastern Sudan on Monday, officials said, as\r\nSudanese Red Crescent (SRC) -- the main relief\r\n"
            + "agency -- appealed for aid.\r\n\u0003\r\n\u0004").get(0);
        Dispatch running = Fixtures.parseText(header + "Floods hit Sudan\r\n\r\nThe president of the\r\n"
            + "Sudanese Red Crescent (SRC) -- the main relief agency -- appealed for aid.\r\n\u0003\r\n\u0004").get(0);

        assertThat(opening.getDateline().getPlace()).isEqualTo("KHARTOUM");
        assertThat(opening.getBody()).startsWith("KHARTOUM, Aug 17 (AFP) - Floods killed");
        assertThat(running.getHeadline()).isEqualTo("Floods hit Sudan");
        assertThat(running.getBody()).startsWith("The president of the");
    }

    @Test
    void anAnpaPriorityLineAboveTheHeadlineIsASignalNotTheHeadline() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001a0001 b a BC-Rates 07-08 0010\r\n\u0002^BULLETIN<\r\n"
            + "^Bank holds rates<\r\n\tSYDNEY, July 8 AAP - The bank held rates.\r\n\u0003\u0004").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Bank holds rates");
        assertThat(dispatch.getSignals()).contains(Signal.URGENT);
        assertThat(dispatch.getWarnings()).noneMatch(warning -> warning.startsWith("headline-derived"));
    }

    @Test
    void anAnpaHeadlineOpeningWithWithIsTheHeadlineAndAWithNoteIsNot() throws Exception {
        Dispatch headline = Fixtures.parseText("\u0001a0001 r a BC-Iowa-Caucuses 01-05 0010\r\n\u0002"
            + "^With caucuses two weeks off, Whitaker leads in Iowa<\r\n\tDES MOINES, Iowa (AP) _ Former Gov. Ann "
            + "Whitaker leads the field.\r\n\u0003\u0004").get(0);
        Dispatch note = Fixtures.parseText("\u0001a0001 r a BC-Iowa-Caucuses 01-05 0010\r\n\u0002"
            + "^With AP Photos, Graphic<\r\n^Whitaker leads in Iowa<\r\n\tDES MOINES, Iowa (AP) _ Former Gov. Ann "
            + "Whitaker leads the field.\r\n\u0003\u0004").get(0);

        assertThat(headline.getHeadline()).isEqualTo("With caucuses two weeks off, Whitaker leads in Iowa");
        assertThat(note.getHeadline()).isEqualTo("Whitaker leads in Iowa");
    }

    @Test
    void anAnpaPriorityLineWithNoHeadlineAfterItIsASignalAndTheLeadStaysTheLead() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001a0001 b a BC-Rates 07-08 0010\r\n\u0002^BULLETIN<\r\n"
            + "\tSYDNEY, July 8 (AAP) - The bank held rates.\r\n\u0003\u0004").get(0);

        assertThat(dispatch.getSignals()).contains(Signal.URGENT);
        assertThat(dispatch.getBody()).startsWith("SYDNEY, July 8 (AAP) - The bank held rates.");
        assertThat(dispatch.getDateline().getPlace()).isEqualTo("SYDNEY");
        assertThat(dispatch.getAgency()).isEqualTo("AAP");
    }

    @Test
    void anAnpaTimestampsAgencyCodeIsTheAgencysName() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001r0519  RTRUS u s BC-MOTOR-F1-ITALY 09-05 0512\r\n"
            + "\u0002^Leclerc wins Italian Grand Prix<\r\n\tMONZA, Italy, Sept 5 (Reuters) - Charles Leclerc won.<\r\n"
            + "\u0003\r\nRTRS-NY-09-05-27 1158EDT<\r\n\u0004").get(0);

        assertThat(dispatch.getAgency()).isEqualTo("Reuters");
    }

    @Test
    void anAnpaTimestampInAnAgencysHomeZoneIsReadInThatZone() throws Exception {
        String aap = "\u0001a0012 r f BC-Rates 09-27 2241\r\n\u0002^Bank holds rates<\r\n"
            + "\tSYDNEY, Sept 27 AAP - The bank held rates.<\r\n\u0003\r\nAAP-SY-09-27-27 2241AEDT<\r\n\u0004";
        Dispatch summer = Fixtures.parseText(aap).get(0);
        Dispatch winter = Fixtures.parseText(aap.replace("2241AEDT", "2241AEST")).get(0);
        Dispatch unknown = Fixtures.parseText(aap.replace("2241AEDT", "2241XYZT")).get(0);
        Dispatch spaced = Fixtures.parseText(aap.replace("2241AEDT", "2241 aedt")).get(0);
        Dispatch adelaide = Fixtures.parseText(aap.replace("2241AEDT", "2241ACDT")).get(0);

        assertThat(summer.getVersionCreated()).isEqualTo(Instant.parse("2027-09-27T11:41:00Z"));
        assertThat(winter.getVersionCreated()).isEqualTo(Instant.parse("2027-09-27T12:41:00Z"));
        assertThat(spaced.getVersionCreated()).isEqualTo(summer.getVersionCreated());
        assertThat(adelaide.getVersionCreated()).isEqualTo(Instant.parse("2027-09-27T12:11:00Z"));
        assertThat(summer.getWarnings()).isEmpty();
        // a zone no list knows leaves the time out rather than read it as UTC, hours off
        assertThat(unknown.getVersionCreated()).isNull();
        assertThat(unknown.getWarnings()).contains("time-unreadable: timestamp 'AAP-SY-09-27-27 2241XYZT' in an unknown zone");
    }

    @Test
    void anUnreadableAnpaTrailerStaysAWarningWhenTheTextEndsWithATimestampLine() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001a0001 r a BC-Rates 07-08 0010\r\n\u0002^Bank holds rates<\r\n"
            + "\tSYDNEY, July 8 (AAP) - The bank held rates.\r\nAP-NY-07-08-27 1210EDT<\r\n\u0003sometime\u0004").get(0);

        assertThat(dispatch.getWarnings()).contains("time-unreadable: timestamp 'sometime'");
    }

    @Test
    void teleprinterLineEndsInAnpaAndInCopyWithoutControlCharactersAreOneLineEnd() throws Exception {
        Dispatch anpa = Fixtures.parseText(ANPA).get(0);
        Dispatch anpaTeleprinter = Fixtures.parseText(ANPA.replace("\r\n", "\n").replace("\n", "\r\r\n")).get(0);
        assertThat(anpaTeleprinter.getBody()).isEqualTo(anpa.getBody());

        String unframed = IPTC_FIRST.replaceAll("[\u0001-\u0004]", "").replace("\r\n", "\n");
        Dispatch plain = Fixtures.parseText(unframed).get(0);
        Dispatch teleprinter = Fixtures.parseText(unframed.replace("\n", "\r\r\n")).get(0);
        assertThat(teleprinter.getBody()).isEqualTo(plain.getBody());
    }

    @Test
    void anAnpaTimestampLineClosingTheTextIsItsTimestampNotBodyText() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0001a0001 r a BC-Rates 07-08 0010\r\n\u0002^Bank holds rates<\r\n"
            + "\tSYDNEY, July 8 AAP - The bank held rates.\r\n\tMORE\r\nAP-NY-07-08-27 1210EDT<\r\n\u0003\u0004").get(0);

        assertThat(dispatch.getBody()).isEqualTo("SYDNEY, July 8 AAP - The bank held rates.");
        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2027-07-08T16:10:00Z"));
        assertThat(dispatch.getWarnings()).noneMatch(warning -> warning.startsWith("time-unreadable"));
    }

    @Test
    void anAnpaTimestampWithoutADeskOrInTwelveHourTimeIsItsTimestamp() throws Exception {
        String upi = "\u0001u0042 r f BC-Storm 02-10 1102\r\n\u0002^Storm hits coast<\r\n"
            + "\tMIAMI, Feb 10 (UPI) -- The storm hit the coast.\r\nUPI 02-10-28 1102aES<\r\n\u0003\u0004";
        Dispatch morning = Fixtures.parseText(upi).get(0);
        Dispatch evening = Fixtures.parseText(upi.replace("1102aES", "0130pED")).get(0);
        Dispatch jiji = Fixtures.parseText(upi.replace("UPI 02-10-28 1102aES", "JIJI-02-09-28 0712GMT")).get(0);

        assertThat(morning.getBody()).isEqualTo("MIAMI, Feb 10 (UPI) -- The storm hit the coast.");
        assertThat(morning.getVersionCreated()).isEqualTo(Instant.parse("2028-02-10T16:02:00Z"));
        assertThat(evening.getVersionCreated()).isEqualTo(Instant.parse("2028-02-10T17:30:00Z"));
        assertThat(jiji.getBody()).isEqualTo(morning.getBody());
        assertThat(jiji.getVersionCreated()).isEqualTo(Instant.parse("2028-02-09T07:12:00Z"));
    }

    // Variants agencies send, each once refused or misread (issue 16).

    private static final String ANPA = Fixtures.text("anpa/ap-writethru.anpa");
    private static final String IPTC = Fixtures.text("iptc7901/dpa-two-messages.txt");
    private static final String IPTC_FIRST = IPTC.substring(0, IPTC.indexOf(ControlFramedText.EOT) + 1);

    @Test
    void readsAnAnpaHeaderWhoseSelectorAndSequenceSitOnTheirOwnLine() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ANPA.replace("a0734  r i ", "a0734\r\nr i ")).get(0);

        assertThat(dispatch.getSlugline()).isEqualTo("BC-Mongolia-Parliament");
        assertThat(dispatch.getUrgency()).isEqualTo(5);
        assertThat(dispatch.getVersion()).isEqualTo(2);
        assertThat(dispatch.getHeadline()).isEqualTo("Mongolia's parliament approves new cabinet");
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void readsAnAnpaHeaderPaddedWithControlCharacters() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ANPA.replace("a0734  r i BC-Mongolia-Parliament 1stLd-Writethru",
            "\u0016\u0000a0734\u0011 r\u0013 i\u007f BC-Mongolia-Parliament\u0000 1stLd-Writethru")).get(0);

        assertThat(dispatch.getSlugline()).isEqualTo("BC-Mongolia-Parliament");
        assertThat(dispatch.getUrgency()).isEqualTo(5);
        assertThat(dispatch.getSubjects()).extracting(Subject::getCode).containsExactly("anpa-category:i");
        assertThat(dispatch.getVersion()).isEqualTo(2);
    }

    @Test
    void anAnpaVersionTooLargeForANumberIsAWarningNotANumberFormatException() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ANPA.replace("1stLd-Writethru 07-07",
            "99999999999stLd-Writethru 07-07")).get(0);

        assertThat(dispatch.getVersion()).isEqualTo(1);
        assertThat(dispatch.getSignals()).contains(Signal.WRITETHRU);
        assertThat(dispatch.getWarnings()).singleElement().asString().startsWith("number-unreadable: ");
    }

    @Test
    void anUnreadableAnpaHeaderOrTimestampIsAWarning() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ANPA.replace("a0734  r i BC-Mongolia-Parliament 1stLd-Writethru 07-07 0542",
            "GARBLED").replace("AP-NY-07-07-26 0542EDT", "AP-NY-13-45-26 0542EDT")).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Mongolia's parliament approves new cabinet");
        assertThat(dispatch.getAgency()).isEqualTo("AP");
        assertThat(dispatch.getUrgency()).isNull();
        assertThat(dispatch.getVersionCreated()).isNull();
        assertThat(dispatch.getWarnings()).hasSize(2).anySatisfy(w -> assertThat(w).startsWith("header-unreadable: "))
            .anySatisfy(w -> assertThat(w).startsWith("time-unreadable: "));
    }

    @Test
    void readsAnpaWithCarriageReturnLineEnds() throws Exception {
        Dispatch dispatch = Fixtures.parseText(ANPA.replace("\r\n", "\r")).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Mongolia's parliament approves new cabinet");
        assertThat(dispatch.getBody()).startsWith("ULAANBAATAR, Mongolia (AP) _ Mongolia's parliament approved a new "
            + "cabinet on Tuesday by a vote of 52 to 21.\n\nPrime Minister");
    }

    /**
     * Copy shown with {@code cat -v} and saved again writes each paragraph's tab as the two characters "^I": the
     * paragraphs are still the story's, not header lines to drop.
     */
    @Test
    void readsAnpaParagraphsWhoseTabsAreWrittenInCaretNotation() throws Exception {
        Dispatch framed = Fixtures.parseText(ANPA).get(0);
        for (String shown : List.of(ANPA.replace("\t", "^I"), ANPA.replace("\t", "^I   "), ANPA.replace("\t", "^I^I"),
                ANPA.replace("\t", "^I").replace("\r\n", "^M\r\n"))) {
            Dispatch caret = Fixtures.parseText(shown).get(0);

            assertThat(caret.getHeadline()).isEqualTo("Mongolia's parliament approves new cabinet");
            assertThat(caret.getBody()).isEqualTo(framed.getBody());
            assertThat(caret.getDateline()).isEqualTo(framed.getDateline());
        }
        // in copy with its tabs, a header line opening with "I" after the headline stays a header line
        Dispatch noted = Fixtures.parseText(ANPA.replace("^Eds:", "^Includes AP Photos NY101.<\r\n^Eds:")).get(0);
        assertThat(noted.getBody()).isEqualTo(framed.getBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07.07.2026 15:30 GMT", "07-07-26 1530 GMT", "Jul 07 15:30", "07 Jul 2026 15:30",
        "dpa 071530 Jul 26", "071530 Jul 26\r\n\r\n\r\n", "07/07/2026 17:30 CEST", "071530 LUG 26", "071530 jul. 26",
        "071530 JUIL 26"})
    void readsIptc7901TrailerLayouts(String trailer) throws Exception {
        Dispatch dispatch = Fixtures.parseText(IPTC_FIRST.replace("071530 Jul 26", trailer)).get(0);

        assertThat(dispatch.getVersionCreated()).isEqualTo(Instant.parse("2026-07-07T15:30:00Z"));
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void teleprinterLineEndsAreOneLineEnd() throws Exception {
        String crlf = IPTC_FIRST.replace("\r\n", "\n").replace("\n", "\r\n");
        Dispatch teleprinter = Fixtures.parseText(crlf.replace("\r\n", "\r\r\n")).get(0);
        Dispatch plain = Fixtures.parseText(crlf).get(0);

        assertThat(teleprinter.getHeadline()).isEqualTo(plain.getHeadline());
        assertThat(teleprinter.getBody()).isEqualTo(plain.getBody());
    }

    @Test
    void anUnreadableIptc7901TrailerIsAWarning() throws Exception {
        Dispatch dispatch = Fixtures.parseText(IPTC_FIRST.replace("071530 Jul 26", "sometime on Tuesday")).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
        assertThat(dispatch.getVersionCreated()).isNull();
        assertThat(dispatch.getWarnings()).containsExactly("time-unreadable: trailer 'sometime on Tuesday'");
    }

    @Test
    void readsIptc7901WithoutAKeywordLine() throws Exception {
        Dispatch dispatch = Fixtures.parseText(IPTC_FIRST.replace("Deutschland/Usbekistan/Sicherheit/\r\n", ""))
            .get(0);

        assertThat(dispatch.getSlugline()).isNull();
        assertThat(dispatch.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
        assertThat(dispatch.getBody()).startsWith("Berlin (dpa) - Germany will help");
    }

    @Test
    void readsAnIptc7901HeadlineWithoutItsEqualsSign() throws Exception {
        Dispatch dispatch = Fixtures.parseText(IPTC_FIRST.replace("border security =", "border security")).get(0);

        assertThat(dispatch.getSlugline()).isEqualTo("Deutschland/Usbekistan/Sicherheit");
        assertThat(dispatch.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
        assertThat(dispatch.getBody()).startsWith("Berlin (dpa) - Germany will help");
    }

    @Test
    void anUnreadableIptc7901HeaderIsAWarning() throws Exception {
        Dispatch dispatch = Fixtures.parseText(IPTC_FIRST.replace("dpa0042 4 pol 0312", "dpa 0042 x")).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
        assertThat(dispatch.getAgency()).isEqualTo("dpa");
        assertThat(dispatch.getUrgency()).isNull();
        assertThat(dispatch.getWarnings()).containsExactly("header-unreadable: header 'dpa 0042 x'");
    }

    /**
     * Copy saved to a file, or passed through a gateway or mail that strips control characters, arrives without its
     * SOH, STX, ETX and EOT: its header line, text and timestamp line still say what the framing did.
     */
    @Test
    void readsAnAnpaMessageThatLostItsControlCharacters() throws Exception {
        Dispatch framed = Fixtures.parse("anpa/ap-writethru.anpa").get(0);
        Dispatch unframed = Fixtures.parseText(withoutControlCharacters(Fixtures.text("anpa/ap-writethru.anpa"))).get(0);

        assertSameMessage(unframed, framed);
        assertThat(unframed.getSlugline()).isEqualTo("BC-Mongolia-Parliament");
        assertThat(unframed.getVersion()).isEqualTo(2);
        assertThat(unframed.getWarnings()).singleElement().asString().startsWith("framing-missing: ");
    }

    @Test
    void readsAnIptc7901MessageThatLostItsControlCharacters() throws Exception {
        Dispatch framed = Fixtures.parse("iptc7901/dpa-two-messages.txt").get(0);
        String first = firstDpaMessage();
        Dispatch unframed = Fixtures.parseText(withoutControlCharacters(first)).get(0);

        assertSameMessage(unframed, framed);
        assertThat(unframed.getSlugline()).isEqualTo("Deutschland/Usbekistan/Sicherheit");
        assertThat(unframed.getWarnings()).singleElement().asString().startsWith("framing-missing: ");
    }

    @Test
    void unframedMessagesAreSplitAtEachHeaderLine() throws Exception {
        List<Dispatch> framed = Fixtures.parse("iptc7901/dpa-two-messages.txt");
        List<Dispatch> unframed = Fixtures.parseText(withoutControlCharacters(Fixtures.text("iptc7901/dpa-two-messages.txt")));

        assertThat(unframed).hasSize(2);
        assertSameMessage(unframed.get(0), framed.get(0));
        assertSameMessage(unframed.get(1), framed.get(1));
    }

    @Test
    void anUnframedAnpaHeaderSplitOverTwoLinesIsRead() throws Exception {
        Dispatch framed = Fixtures.parse("anpa/ap-writethru.anpa").get(0);
        String split = withoutControlCharacters(Fixtures.text("anpa/ap-writethru.anpa")).replace("a0734  r i ", "a0734\r\nr i ");

        assertSameMessage(Fixtures.parseText(split).get(0), framed);
    }

    @Test
    void anUnframedIptc7901HeaderMayCarryMoreFieldsAfterItsWordCount() throws Exception {
        String first = firstDpaMessage();
        Dispatch dispatch = Fixtures.parseText(withoutControlCharacters(first).replace("dpa0042 4 pol 0312",
            "dpa0042 4 pol 0312 dpa/rw")).get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.IPTC_7901);
        assertThat(dispatch.getHeadline()).isEqualTo("Germany offers Uzbekistan help with border security");
    }

    @Test
    void aLastLineThatReadsAsATimeButIsTheStorysStaysInTheBody() throws Exception {
        Dispatch dispatch = Fixtures.parseText("dpa0042 4 pol 0312\nDeutschland/Sicherheit/\nTender opens =\nBerlin (dpa) - "
            + "The ministry opened the tender on Tuesday.\nDeadline 30 June 2026 12:00\n").get(0);

        assertThat(dispatch.getBody()).endsWith("Deadline 30 June 2026 12:00");
        assertThat(dispatch.getVersionCreated()).isNull();
    }

    @Test
    void aParserGivenTheOtherFormatsUnframedCopyRefusesIt() {
        String first = firstDpaMessage();
        RawDocument iptc = new RawDocument(withoutControlCharacters(first).getBytes(StandardCharsets.UTF_8),
            null, "t", Fixtures.RECEIVED);

        assertThatThrownBy(() -> new WireFormats().parse(iptc, SourceFormat.ANPA_1312))
            .isInstanceOf(InvalidDispatchException.class).hasMessageContaining("no SOH");
    }

    @Test
    void textThatOpensLikeAHeaderButIsASentenceIsDatelineText() throws Exception {
        Dispatch dispatch = Fixtures.parseText("Covid19 3 new cases reported\n\nTASHKENT, July 7 (UzA) -- Three new "
            + "cases were reported on Tuesday.").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.DATELINE_TEXT);
    }

    @Test
    void anAnpaKeywordRepeatIndentedLikeAParagraphIsNoText() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0016\u0016\u0001a0644\u001fapw\r\nr a\u0013\u0011 BC-Budget-Vote   "
            + "12-04 0020\r\n\u0002\t^BC-Budget-Vote,0020<\r\n^House passes stopgap bill@<\r\n\tWASHINGTON (AP) _ The "
            + "House passed a stopgap spending bill on Friday.<\r\n\u0003\r\nAP-NY-12-04-26 1402EST<\r\n\u0004").get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("House passes stopgap bill");
        assertThat(dispatch.getBody()).startsWith("WASHINGTON (AP) _ The House passed");
        assertThat(dispatch.getDateline().getText()).isEqualTo("WASHINGTON (AP)");
    }

    @Test
    void anAnpaHeaderWithATwoLetterCategoryAndAVersionAfterTheSlugsCommaIsRead() throws Exception {
        Dispatch dispatch = Fixtures.parseText("\u0016\u0016\u0001a0519\u001fapfin\r\nr fi\u0013\u0011 "
            + "BC-Sudan-Flood,2nd Ld-Writethru 08-14 0020\r\n\u0002^Floods kill 38 in Sudan@<\r\n\tKHARTOUM, Sudan "
            + "(AP) _ Flash floods have killed at least 38 people, officials said.<\r\n\u0003\r\nAP-NY-08-14-26 "
            + "1542EDT<\r\n\u0004").get(0);

        assertThat(dispatch.getSlugline()).isEqualTo("BC-Sudan-Flood");
        assertThat(dispatch.getVersion()).isEqualTo(3);
        assertThat(dispatch.getUrgency()).isEqualTo(5);
        assertThat(dispatch.getSubjects()).extracting(subject -> subject.getCode()).containsExactly("anpa-category:fi");
        assertThat(dispatch.getWarnings()).isEmpty();
    }

    @Test
    void aTrailerWithTheZoneBeforeTheMonthIsReadAlsoBeforeNnnn() throws Exception {
        String message = "\u0001AFP0417 4 POL 0020\r\nPeru-congress\r\n\u0002Peru Congress rejects motion\r\n\r\nLIMA, "
            + "Dec 4, 2026 (AFP) - Peru's Congress rejected a motion on Thursday.\r\n\u0003\r\n%s\r\n\u0004";
        Dispatch dispatch = Fixtures.parseText(String.format(message, "041432 GMT DEC 26")).get(0);
        Dispatch ended = Fixtures.parseText(String.format(message, "041907 GMT DEC 26 NNNN")).get(0);

        assertThat(dispatch.getVersionCreated()).isEqualTo(java.time.Instant.parse("2026-12-04T14:32:00Z"));
        assertThat(dispatch.getWarnings()).isEmpty();
        assertThat(ended.getVersionCreated()).isEqualTo(java.time.Instant.parse("2026-12-04T19:07:00Z"));
    }

    @Test
    void aDatelineClosedUpToItsDashIsReadUnderAKeywordLineWithoutASlash() throws Exception {
        String message = "\u0001JIJ0312 4 F 0210 JPN\r\n\u0002%s\r\nTyphoon Lan forces 80,000 to evacuate\r\n\r\n"
            + "TOKYO, Dec 4 (Jiji Press)--Typhoon Lan forced about 80,000 people to evacuate.\r\n\u0003\r\n\u0004";
        Dispatch dashed = Fixtures.parseText(String.format(message, "JAPAN-TYPHOON")).get(0);
        Dispatch oneWord = Fixtures.parseText(String.format(message, "TYPHOON")).get(0);

        for (Dispatch dispatch : List.of(dashed, oneWord)) {
            assertThat(dispatch.getHeadline()).isEqualTo("Typhoon Lan forces 80,000 to evacuate");
            assertThat(dispatch.getDateline().getPlace()).isEqualTo("TOKYO");
            assertThat(dispatch.getAgency()).isEqualTo("Jiji Press");
            assertThat(dispatch.getWarnings()).noneMatch(warning -> warning.startsWith("dateline-missing"));
        }
        assertThat(dashed.getSlugline()).isEqualTo("JAPAN-TYPHOON");
        assertThat(oneWord.getSlugline()).isEqualTo("TYPHOON");
    }

    @Test
    void aTrailerInAnAgencysHomeZoneIsReadInThatZone() throws Exception {
        String message = "\u0001NAN0417 4 POL 0020\r\nNigeria-flood\r\n\u0002Floods hit Kano\r\n\r\nKANO, Dec 4, "
            + "2026 (NAN) - Floods hit Kano state.\r\n\u0003\r\n%s\r\n\u0004";
        Dispatch lagos = Fixtures.parseText(String.format(message, "041432 WAT DEC 26")).get(0);
        Dispatch nairobi = Fixtures.parseText(String.format(message, "041432 EAT DEC 26")).get(0);
        Dispatch unknown = Fixtures.parseText(String.format(message, "041432 XYZ DEC 26")).get(0);
        Dispatch ambiguous = Fixtures.parseText(String.format(message, "041432 CST DEC 26")).get(0);

        assertThat(lagos.getVersionCreated()).isEqualTo(java.time.Instant.parse("2026-12-04T13:32:00Z"));
        assertThat(nairobi.getVersionCreated()).isEqualTo(java.time.Instant.parse("2026-12-04T11:32:00Z"));
        assertThat(lagos.getWarnings()).isEmpty();
        assertThat(unknown.getVersionCreated()).isNull();
        assertThat(unknown.getWarnings()).anyMatch(warning -> warning.startsWith("time-unreadable"));
        assertThat(ambiguous.getVersionCreated()).as("China's or America's Central time").isNull();
    }

    @Test
    void aContinuingTakesNumberIsNoHeadline() throws Exception {
        Dispatch iptc = Fixtures.parseText("\u0001EFE0212 4 ECO 0020\r\nArgentina-inflation -2-\r\n\u0002-2-\r\n\r\n"
            + "Private economists had expected a monthly rate of 2.1 percent, the survey showed.\r\n\u0003\r\n"
            + "04 DEC 2026 19:07 GMT\r\n\u0004").get(0);
        Dispatch anpa = Fixtures.parseText("\u0016\u0016\u0001a0645\u001fapw\r\nr a\u0013\u0011 BC-Budget-Vote "
            + "2ndTake  12-04 0020\r\n\u0002\t^BC-Budget-Vote, 2nd Take,0020<\r\n\t-2-<\r\n\tSenate leaders said "
            + "they expected to take up the bill Saturday.<\r\n\tThe House passed its version last week.<\r\n\u0003\r\n"
            + "AP-NY-12-04-26 1403EST<\r\n\u0004").get(0);

        assertThat(iptc.getHeadline()).isNotEqualTo("-2-");
        assertThat(iptc.getBody()).startsWith("Private economists");
        assertThat(anpa.getHeadline()).doesNotContain("-2-").doesNotContain("BC-Budget-Vote");
        assertThat(anpa.getBody()).startsWith("Senate leaders");
    }

    /** The first of the dpa fixture's two framed messages, as its text. */
    private static String firstDpaMessage() {
        return Fixtures.text("iptc7901/dpa-two-messages.txt").split("\u0004")[0];
    }

    private static String withoutControlCharacters(String transmission) {
        return transmission.replaceAll("[\\x00-\\x08\\x0E-\\x1F]", "");
    }

    private static void assertSameMessage(Dispatch read, Dispatch framed) {
        assertThat(read.getFormat()).isEqualTo(framed.getFormat());
        assertThat(read.getAgency()).isEqualTo(framed.getAgency());
        assertThat(read.getUrgency()).isEqualTo(framed.getUrgency());
        assertThat(read.getSubjects()).isEqualTo(framed.getSubjects());
        assertThat(read.getHeadline()).isEqualTo(framed.getHeadline());
        assertThat(read.getBody()).isEqualTo(framed.getBody());
        assertThat(read.getDateline()).isEqualTo(framed.getDateline());
        assertThat(read.getVersionCreated()).isEqualTo(framed.getVersionCreated());
        assertThat(read.getSignals()).isEqualTo(framed.getSignals());
    }
}
