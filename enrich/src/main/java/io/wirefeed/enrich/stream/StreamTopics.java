package io.wirefeed.enrich.stream;

import io.wirefeed.schema.Alert;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.Trend;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics the topology reads and writes, each with its serdes. Keys are strings: the dispatch id on the
 * input; the dispatch's story (the id of the dispatch that began its story cluster) on the enriched and alerts
 * topics; the window, trend key and window start on the trends topic; the rule id on the rules topic. The
 * dead-letter topic is not here: the {@link DeadLetterHandler} writes it, with its own serializer. {@code arrivals}
 * and {@code rulings} are enrich's own repartition topics to and from the one dedupe partition, named as Kafka
 * Streams is told to name them (it prefixes the application id), keyed by the dispatch id. {@code stored} is the
 * serde of the enriched dispatches enrich keeps in its stores (parked, held under embargo) and their changelogs
 * (enrich's own subjects). {@code embargoedAlerts} has the alerts on embargoed dispatches at once, when operators
 * opt in, keyed like the alerts topic.
 */
public record StreamTopics(KafkaTopic<String, Dispatch> dispatches, KafkaTopic<String, EnrichedDispatch> enriched,
                           KafkaTopic<String, Alert> alerts, KafkaTopic<String, Trend> trends,
                           KafkaTopic<String, Rule> rules, KafkaTopic<String, DescribedArrival> arrivals,
                           KafkaTopic<String, Ruling> rulings, Serde<EnrichedDispatch> stored,
                           KafkaTopic<String, Alert> embargoedAlerts) {

    /** The name Kafka Streams builds the arrivals' repartition topic's from. */
    static final String ARRIVALS = "dedupe-arrivals";
    /** The name Kafka Streams builds the rulings' repartition topic's from. */
    static final String RULINGS = "dedupe-rulings";

    /** The arrivals' repartition topic's name as Kafka Streams gives it, for those who read it from outside (the bench). */
    public static String arrivalsRepartition(String applicationId) {
        return applicationId + "-" + ARRIVALS + "-repartition";
    }

    /** The rulings' repartition topic's name as Kafka Streams gives it, for those who read it from outside. */
    public static String rulingsRepartition(String applicationId) {
        return applicationId + "-" + RULINGS + "-repartition";
    }

    /** The configured topic names, each paired with its value serde, here and nowhere else. */
    public static StreamTopics of(EnrichTopics names, EnrichTopology.AvroSerdes serdes) {
        return new StreamTopics(new KafkaTopic<>(names.dispatches(), Serdes.String(), serdes.dispatches()),
            new KafkaTopic<>(names.enriched(), Serdes.String(), serdes.enriched()),
            new KafkaTopic<>(names.alerts(), Serdes.String(), serdes.alerts()),
            new KafkaTopic<>(names.trends(), Serdes.String(), serdes.trends()),
            new KafkaTopic<>(names.rules(), Serdes.String(), serdes.rules()),
            new KafkaTopic<>(ARRIVALS, Serdes.String(), DescribedArrival.SERDE),
            new KafkaTopic<>(RULINGS, Serdes.String(), Ruling.SERDE),
            serdes.internal(),
            new KafkaTopic<>(names.embargoedAlerts(), Serdes.String(), serdes.alerts()));
    }
}
