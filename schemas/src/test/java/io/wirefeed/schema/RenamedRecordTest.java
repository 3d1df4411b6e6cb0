package io.wirefeed.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/**
 * The IPTC Media Topic record was named {@code Topic} before the first release (builds of the main branch wrote it
 * so, the copy kept here) and is now {@code MediaTopic}, named apart from Kafka topics; its alias must keep what
 * those builds wrote readable.
 */
class RenamedRecordTest {

    @Test
    void mediaTopicsWrittenUnderTheirReleasedNameStillRead() throws IOException {
        Schema released = new Schema.Parser().parse(RenamedRecordTest.class.getResourceAsStream(
            "EnrichedDispatch-pre-release.avsc"));
        Schema releasedTopic = released.getField("topics").schema().getElementType();
        assertThat(releasedTopic.getFullName()).isEqualTo("io.wirefeed.schema.Topic");

        GenericRecord topic = new GenericData.Record(releasedTopic);
        topic.put("code", "medtop:20000053");
        topic.put("label", "act of terror");
        topic.put("score", 0.9);
        topic.put("rule", null);
        topic.put("terms", List.of("suicide bomber"));

        MediaTopic read = readAs(MediaTopic.getClassSchema(), releasedTopic, topic);

        assertThat(read.getCode()).isEqualTo("medtop:20000053");
        assertThat(read.getTerms()).containsExactly("suicide bomber");
        assertThat(MediaTopic.getClassSchema().getAliases()).contains("io.wirefeed.schema.Topic");
    }

    private static <T> T readAs(Schema reader, Schema writer, GenericRecord datum) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(writer).write(datum, encoder);
        encoder.flush();
        return new SpecificDatumReader<T>(writer, reader)
            .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
}
