package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a precise reason, and never with another kind of exception. */
class BadInputTest {

    @Test
    void externalEntitiesAreRefused() {
        assertThatThrownBy(() -> Fixtures.parse("bad/xxe.xml"))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessageContaining("DOCTYPE declarations are not accepted")
            .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionBombsAreRefused() {
        assertThatThrownBy(() -> Fixtures.parse("bad/billion-laughs.xml"))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessageContaining("DOCTYPE");
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> Fixtures.parse("bad/unclosed.xml"))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessageMatching("Malformed XML at line 5, column \\d+: .*headline.*");
    }

    @Test
    void truncatedJsonNamesWhereItEnds() {
        assertThatThrownBy(() -> Fixtures.parse("bad/truncated.json"))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessageStartingWith("Malformed JSON at line 2");
    }

    @Test
    void aMessageCutOffBeforeItsEndIsReadAndSaysSo() throws Exception {
        Dispatch truncated = Fixtures.parse("bad/truncated-7901.txt").get(0);
        assertThat(truncated.getBody()).isEqualTo("Body that never ends");
        assertThat(truncated.getWarnings())
            .contains("text-truncated: no ETX (end of text): the text may be cut short");

        // ANPA-1312 as AAP's line sends it when the transmission stops after the text: no ETX, EOT or time trailer
        List<Dispatch> anpa = Fixtures.parseText("\u0001a0001 r a BC-X 07-08 0010\r\n\u0002\tSYDNEY, July 8 AAP - "
            + "The bank held rates.\r\n");
        assertThat(anpa).hasSize(1);
        assertThat(anpa.get(0).getBody()).endsWith("The bank held rates.");
        assertThat(anpa.get(0).getWarnings()).contains("text-truncated: no ETX (end of text): the text may be cut short");

        // Cut off before the next message's SOH: that message is still read in full
        List<Dispatch> two = Fixtures.parseText("\u0001dpa0099 3 pol 0100\r\n\u0002Usbekistan/\r\nFirst =\r\n"
            + "Cut short\r\n\u0001dpa0100 3 pol 0100\r\n\u0002Usbekistan/\r\nSecond =\r\nWhole.\r\n\u0003\r\n"
            + "\u0004");
        assertThat(two).extracting(Dispatch::getHeadline).containsExactly("First", "Second");
        assertThat(two.get(1).getWarnings()).noneMatch(warning -> warning.startsWith("text-truncated"));
    }

    @Test
    void unknownAndEmptyDocumentsAreRefused() {
        // Readable words without a dateline are a text dispatch now (issue 16); bytes without words are not.
        assertThatThrownBy(() -> Fixtures.parseText("0x7f3a 0x0000 9931 -- 17.04\n== 44 ==\n"))
            .isInstanceOf(InvalidDispatchException.class).hasMessageStartingWith("Unknown format");
        assertThatThrownBy(() -> Fixtures.parseText("\u0000\u0007\u00ff\u0010 ab\u0011cd \u0012"))
            .isInstanceOf(InvalidDispatchException.class).hasMessageStartingWith("Unknown format");
        assertThatThrownBy(() -> Fixtures.parse("bad/empty.txt"))
            .isInstanceOf(InvalidDispatchException.class).hasMessage("Empty document");
    }

    @Test
    void anExplicitFormatThatDoesNotFitIsRefused() {
        assertThatThrownBy(() -> new WireFormats().parse(Fixtures.document("ninjs/ninjs1-ap.json"),
            SourceFormat.NEWSML_G2))
            .isInstanceOf(InvalidDispatchException.class).hasMessageContaining("Malformed XML at line 1");
        assertThatThrownBy(() -> new WireFormats().parse(Fixtures.document("newsml/newsitem-xinhua.xml"),
            SourceFormat.ANPA_1312))
            .isInstanceOf(InvalidDispatchException.class).hasMessageContaining("no SOH");
    }

    @Test
    void aNewsItemWithoutTextIsRefused() {
        byte[] bytes = ("<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:x:9' version='1'>"
            + "<contentMeta><headline> </headline></contentMeta></newsItem>").getBytes();
        assertThatThrownBy(() -> new WireFormats().parse(new RawDocument(bytes, null, "t", Fixtures.RECEIVED), null))
            .isInstanceOf(InvalidDispatchException.class)
            .hasMessage("newsItem 1 of 1: Dispatch has neither a headline nor body text");
    }

    @Test
    void aNewsMessagesEmptyItemIsLeftOutAndTheOthersGoThrough() throws Exception {
        byte[] bytes = ("<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'><itemSet>"
            + "<newsItem guid='urn:x:1' version='1'><contentMeta><headline> </headline></contentMeta></newsItem>"
            + "<newsItem guid='urn:x:2' version='1'><contentMeta><headline>Talks resume</headline></contentMeta>"
            + "<contentSet><inlineData>PARIS (AFP) - Talks resumed on Monday.</inlineData></contentSet></newsItem>"
            + "</itemSet></newsMessage>").getBytes();

        List<Dispatch> dispatches = new WireFormats().parse(new RawDocument(bytes, null, "t", Fixtures.RECEIVED), null);

        assertThat(dispatches).extracting(Dispatch::getId).containsExactly("urn:x:2");
        assertThat(dispatches.get(0).getOriginal().getIndex()).isEqualTo(1);
        assertThat(dispatches.get(0).getWarnings())
            .contains("item-skipped: newsItem 1 of 2: Dispatch has neither a headline nor body text");
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        String deep = "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='g'>" + "<a>".repeat(5_000)
            + "</a>".repeat(5_000) + "</newsItem>";
        assertThatThrownBy(() -> new WireFormats().parse(new RawDocument(deep.getBytes(), null, "t",
            Fixtures.RECEIVED), null))
            .isInstanceOf(InvalidDispatchException.class).hasMessageContaining("nested deeper than");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> new WireFormats().parse(new RawDocument(deep.getBytes(), null, "t",
            Fixtures.RECEIVED), null))
            .isInstanceOf(InvalidDispatchException.class).hasMessageContaining("nesting depth");
    }
}
