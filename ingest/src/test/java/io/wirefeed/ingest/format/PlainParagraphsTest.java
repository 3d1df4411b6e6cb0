package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

/** Paragraphs of plain text: blank-line separated, or one a line where the text is written so. */
class PlainParagraphsTest {

    private static final String LONG_LINES = "BEIJING, Dec. 3 (Xinhua) -- China's services activity expanded at a faster "
        + "pace in November, a private survey showed on Thursday.\nThe services purchasing managers' index rose to 52.6 "
        + "last month from 52.0 in October, the compiler said.\nChina's economy is expected to grow 5 percent.";

    @Test
    void longLinesAreParagraphs() {
        assertThat(HtmlText.normaliseParagraphs(LONG_LINES).split("\n\n")).hasSize(3);
    }

    @Test
    void shortLinesThatEachEndASentenceAreParagraphs() {
        assertThat(HtmlText.normaliseParagraphs("BEIJING (Xinhua) -- Activity grew.\nSecond paragraph.\nThird one."))
            .isEqualTo("BEIJING (Xinhua) -- Activity grew.\n\nSecond paragraph.\n\nThird one.");
    }

    @Test
    void anIndentedLineAfterASentenceOpensAParagraphOfHardWrappedText() {
        assertThat(HtmlText.normaliseParagraphs("   Nairobi (AFP) - Floods forced thousands\nfrom their homes.\n"
            + "   The worst-hit areas were in\nthe east."))
            .isEqualTo("Nairobi (AFP) - Floods forced thousands from their homes.\n\nThe worst-hit areas were in the east.");
    }

    @Test
    void hardWrappedLinesStayOneParagraph() {
        assertThat(HtmlText.normaliseParagraphs("Hamburg (dpa) - Container throughput at the Port of Hamburg,\n"
            + "Germany's largest seaport, fell 2.3 per cent in the third quarter\ncompared with last year.\n\n"
            + "A total of 1.93 million containers\nwere handled."))
            .isEqualTo("Hamburg (dpa) - Container throughput at the Port of Hamburg, Germany's largest seaport, fell 2.3 "
                + "per cent in the third quarter compared with last year.\n\nA total of 1.93 million containers were handled.");
    }

    @Test
    void ninjsPlainTextWithALineAParagraph() throws Exception {
        Dispatch dispatch = Fixtures.parseText("{\"uri\": \"urn:x:1\", \"headline\": \"PMI up\", \"body_text\": \""
            + LONG_LINES.replace("\n", "\\n") + "\"}").get(0);

        assertThat(dispatch.getBody().split("\n\n")).hasSize(3);
    }

    @Test
    void rssAndAtomPlainTextWithALineAParagraph() throws Exception {
        List<Dispatch> rss = Fixtures.parseText("<rss version=\"2.0\"><channel><title>Xinhua</title><item><title>PMI up"
            + "</title><description>" + LONG_LINES + "</description></item></channel></rss>");
        List<Dispatch> atom = Fixtures.parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id><title>Xinhua"
            + "</title><entry><id>y</id><title>PMI up</title><content type=\"text\">" + LONG_LINES
            + "</content></entry></feed>");

        assertThat(rss.get(0).getBody().split("\n\n")).hasSize(3);
        assertThat(atom.get(0).getBody().split("\n\n")).hasSize(3);
    }

    @Test
    void datelineTextAndIptc7901WithALineAParagraph() throws Exception {
        Dispatch text = Fixtures.parseText("PMI up\n\n" + LONG_LINES + "\n").get(0);
        Dispatch iptc = Fixtures.parse("iptc7901/afp-title-block.txt").get(0);

        assertThat(text.getHeadline()).isEqualTo("PMI up");
        assertThat(text.getBody().split("\n\n")).hasSize(3);
        assertThat(iptc.getBody().split("\n\n")).hasSizeGreaterThanOrEqualTo(5);
    }
}
