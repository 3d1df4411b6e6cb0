package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents in the Unicode encodings Windows and some agency systems save text in: UTF-16 and UTF-32. */
class TextDecodingTest {

    private static final String STORY = "Inflation eases\r\n\r\nANKARA (AA) - Annual inflation slowed to 31.2 per cent "
        + "in November, T\u00fcrkiye's statistics office said.\r\n";

    @Test
    void readsUtf16LittleEndianWithItsByteOrderMark() throws Exception {
        Dispatch dispatch = Fixtures.parse("text/bernama-utf16le-bom.txt").get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.DATELINE_TEXT);
        assertThat(dispatch.getHeadline()).isEqualTo("Malaysia's palm oil exports up 8 pct in November");
        assertThat(dispatch.getAgency()).isEqualTo("Bernama");
        assertThat(dispatch.getBody()).startsWith("KUALA LUMPUR, Dec 2 (Bernama) -- Malaysia's palm oil exports");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32"})
    void readsDatelineTextInUtf16WithOrWithoutAByteOrderMarkAndUtf32WithOne(String encoding) throws Exception {
        Dispatch dispatch = parse(withBom(STORY, encoding)).get(0);

        assertThat(dispatch.getHeadline()).isEqualTo("Inflation eases");
        assertThat(dispatch.getBody()).isEqualTo("ANKARA (AA) - Annual inflation slowed to 31.2 per cent in November, "
            + "T\u00fcrkiye's statistics office said.");
    }

    @Test
    void readsXmlThatDeclaresUtf16() throws Exception {
        String xml = Fixtures.text("newsml/newsitem-xinhua.xml").replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-16\"");

        Dispatch dispatch = parse(xml.getBytes(StandardCharsets.UTF_16)).get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.NEWSML_G2);
        assertThat(dispatch.getId()).isEqualTo("urn:newsml:xinhua.net:20260707:uzb-security-talks");
    }

    @Test
    void readsNinjsInUtf16BigEndianWithoutAByteOrderMark() throws Exception {
        String json = "{\"uri\": \"urn:x:1\", \"headline\": \"Inflation eases\", \"body_text\": \"ANKARA (AA) - It slowed.\"}";

        Dispatch dispatch = parse(json.getBytes(StandardCharsets.UTF_16BE)).get(0);

        assertThat(dispatch.getFormat()).isEqualTo(SourceFormat.NINJS);
        assertThat(dispatch.getHeadline()).isEqualTo("Inflation eases");
    }

    @Test
    void nulPaddingInSingleByteTextIsNoUtf16() {
        byte[] padded = "\u0001dpa0042 4 pol 0312\r\n\u0002Text =\r\n\u0003\u0004\u0000\u0000\u0000\u0000\u0000\u0000"
            .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoding.decode(padded, null)).startsWith("\u0001dpa0042 4 pol");
    }

    /** The text in an encoding; UTF-16 (Java's: big-endian with a BOM) and UTF-32 here with a BOM, the others without. */
    private static byte[] withBom(String text, String encoding) {
        String marked = encoding.equals("UTF-32") ? "\uFEFF" + text : text;
        return marked.getBytes(Charset.forName(encoding));
    }

    private static List<Dispatch> parse(byte[] bytes) throws InvalidDispatchException {
        return new WireFormats().parse(new RawDocument(bytes, null, "test", Fixtures.RECEIVED), null);
    }
}
