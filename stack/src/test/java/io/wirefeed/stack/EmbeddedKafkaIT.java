package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    /** The local stack's data survives a restart: the log directory is formatted once and reused. */
    @Test
    void aBrokerStartedAgainOnItsDirectoryKeepsTopicsRecordsAndOffsets(@TempDir Path dir) throws Exception {
        int port = LoopbackPort.free();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.endpoint().bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.endpoint().bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "a", "first")).get();
                producer.send(new ProducerRecord<>("kept", "b", "second")).get();
            }
            assertThat(read(kafka, "reader")).containsExactlyInAnyOrder("first", "second");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port)) {
            assertThat(kafka.endpoint().bootstrapServers()).endsWith(":" + port);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.endpoint().bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "c", "third")).get();
            }
            assertThat(read(kafka, "reader")).as("the committed offsets were kept").containsExactly("third");
            assertThat(read(kafka, "another")).containsExactlyInAnyOrder("first", "second", "third");
        }
    }

    private static List<String> read(EmbeddedKafka kafka, String group) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.endpoint().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline && quietPolls < 5) {
                int before = values.size();
                consumer.poll(Duration.ofMillis(300)).forEach(record -> values.add(record.value()));
                quietPolls = values.isEmpty() || values.size() > before ? 0 : quietPolls + 1;
            }
            consumer.commitSync();
        }
        return values;
    }
}
