package io.wirefeed.sink.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.sink.EnrichedRecords;
import io.wirefeed.sink.FakeTaskContext;
import io.wirefeed.sink.SinkRecords;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

/**
 * The OpenSearch sink task against a fake OpenSearch: what each batch sends, and every way OpenSearch can answer
 * a bulk request (each document indexed, a version conflict, throttling, a server error, a refused document, a
 * mix of these, the whole request refused or not answered) and the request that creates the index.
 */
class OpenSearchSinkTaskTest {

    private final SinkRecords records = new SinkRecords();
    private final FakeOpenSearch search = new FakeOpenSearch().withIndex();
    private final OpenSearchSinkTask task = new OpenSearchSinkTask();
    private FakeTaskContext context = FakeTaskContext.withDeadLetterQueue();

    @AfterEach
    void stop() {
        task.stop();
    }

    private void start(String... settings) {
        Map<String, String> props = new HashMap<>(Map.of("connection.url", "http://opensearch.invalid:9200",
            "index", "dispatches", "schema.registry.url", "http://registry.invalid"));
        for (int i = 0; i < settings.length; i += 2) {
            props.put(settings[i], settings[i + 1]);
        }
        task.initialize(context);
        task.start(props, search.client(), records.registry());
    }

    private SinkRecord record(String id, int version, DedupeVerdict verdict) {
        return records.of(EnrichedRecords.enriched(id, version, verdict));
    }

    @Test
    void sendsEachBatchAsOneBulkRequestKeyedByIdWithTheVersionAsExternalVersion() {
        start();

        task.put(List.of(record("a", 2, DedupeVerdict.UPDATE), record("b", 1, DedupeVerdict.UNIQUE)));

        assertThat(search.bulks()).hasSize(1);
        assertThat(search.operations()).allSatisfy(operation -> {
            assertThat(operation.isIndex()).isTrue();
            assertThat(operation.index().index()).isEqualTo("dispatches");
            assertThat(operation.index().versionType()).isEqualTo(VersionType.External);
        }).extracting(operation -> operation.index().id() + "@" + operation.index().version())
            .containsExactly("a@2", "b@1");
        assertThat(document(search.operations().get(0))).containsEntry("verdict", "UPDATE")
            .containsEntry("killed", false);
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void aRetagReplacesTheDocumentOfItsOwnVersionButNeverALaterOne() {
        search.holding("a", 2);
        start();

        task.put(List.of(retag("a", 2)));

        // external_gte: the same version is replaced, a later one refuses it (a conflict, taken as done).
        assertThat(search.mgets()).singleElement().satisfies(mget -> assertThat(mget.ids()).containsExactly("a"));
        BulkOperation operation = search.operations().get(0);
        assertThat(operation.index().id() + "@" + operation.index().version()).isEqualTo("a@2");
        assertThat(operation.index().versionType()).isEqualTo(VersionType.ExternalGte);
        assertThat(document(operation)).containsEntry("retag", true);
    }

    @Test
    void aRetagOfADocumentGoneOrReplacedIsNotWrittenSoAKilledStoryStaysDeleted() {
        search.holding("replaced", 3);
        start();

        // "killed" was deleted by its kill (OpenSearch forgets the deletion after a minute): indexing the re-tag
        // with external_gte would bring the story back
        task.put(List.of(retag("killed", 1), retag("replaced", 2)));

        assertThat(search.bulks()).isEmpty();
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void aRetagAfterItsVersionInTheSameBatchIsWrittenWithoutAsking() {
        start();

        task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE), retag("a", 1)));

        assertThat(search.mgets()).isEmpty();
        assertThat(search.operations()).extracting(operation -> operation.index().versionType())
            .containsExactly(VersionType.External, VersionType.ExternalGte);
    }

    private SinkRecord retag(String id, int version) {
        var retag = EnrichedRecords.enriched(id, version, version == 1 ? DedupeVerdict.UNIQUE : DedupeVerdict.UPDATE);
        retag.setRetag(true);
        return records.of(retag);
    }

    @Test
    void aKillDeletesTheStorysDocumentAtItsVersionOrMarksItWhenSoConfigured() {
        start();
        task.put(List.of(record("c", 2, DedupeVerdict.KILL)));
        BulkOperation deleted = search.operations().get(0);
        assertThat(deleted.isDelete()).isTrue();
        assertThat(deleted.delete().id() + "@" + deleted.delete().version()).isEqualTo("c@2");
        assertThat(deleted.delete().versionType()).isEqualTo(VersionType.External);
        task.stop();

        start("behavior.on.kill", "mark");
        task.put(List.of(record("c", 2, DedupeVerdict.KILL)));
        BulkOperation marked = search.operations().get(1);
        assertThat(marked.isIndex()).isTrue();
        assertThat(document(marked)).containsEntry("killed", true).containsEntry("verdict", "KILL");
    }

    @Test
    void duplicatesAreLeftOutWhenSoConfiguredAndABatchWithNothingToWriteSendsNothing() {
        start("behavior.on.duplicate", "skip");

        task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE), record("b", 1, DedupeVerdict.DUPLICATE)));
        task.put(List.of(record("c", 1, DedupeVerdict.DUPLICATE)));
        task.put(List.of());

        assertThat(search.bulks()).hasSize(1);
        assertThat(search.operations()).extracting(operation -> operation.index().id()).containsExactly("a");
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheOthersAreSent() {
        start();
        SinkRecord unreadable = records.unreadable();

        task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE), unreadable));

        assertThat(search.operations()).extracting(operation -> operation.index().id()).containsExactly("a");
        assertThat(context.reported()).extracting(FakeTaskContext.Reported::record).containsExactly(unreadable);
    }

    /** A redelivered or older version: OpenSearch keeps the newer one and answers 409, which is done. */
    @Test
    void aVersionConflictIsTakenAsWritten() {
        start();
        search.then(FakeOpenSearch.items(409, 201));

        task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE), record("b", 1, DedupeVerdict.UNIQUE)));

        assertThat(context.reported()).isEmpty();
    }

    @ParameterizedTest(name = "item status {0}")
    @ValueSource(ints = {429, 500, 503})
    void aThrottledOrFailedDocumentHasConnectDeliverTheBatchAgain(int status) {
        start();
        search.then(FakeOpenSearch.items(201, status));
        List<SinkRecord> batch = List.of(record("a", 1, DedupeVerdict.UNIQUE), record("b", 1, DedupeVerdict.UNIQUE));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("retrying the batch");
        task.put(batch);

        assertThat(search.bulks()).hasSize(2);
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void aDocumentOpenSearchRefusesIsDeadLetteredWithItsCoordinatesAndTheRestIsWritten() {
        start();
        search.then(FakeOpenSearch.items(201, 400, 201));
        SinkRecord refused = record("b", 1, DedupeVerdict.UNIQUE);

        task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE), refused, record("c", 1, DedupeVerdict.UNIQUE)));

        assertThat(context.reported()).singleElement().satisfies(reported -> {
            assertThat(reported.record()).isSameAs(refused);
            assertThat(reported.error()).isInstanceOf(DataException.class)
                .hasMessageContaining("enriched/0/" + refused.kafkaOffset())
                .hasMessageContaining("mapper_parsing_exception");
        });
        assertThat(search.bulks()).hasSize(1);
    }

    @Test
    void withoutADeadLetterQueueARefusedDocumentFailsTheTask() {
        context = FakeTaskContext.withoutDeadLetterQueue();
        start();
        search.then(FakeOpenSearch.items(201, 400));
        List<SinkRecord> batch = List.of(record("a", 1, DedupeVerdict.UNIQUE), record("b", 1, DedupeVerdict.UNIQUE));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(DataException.class)
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("enriched/0/1");
    }

    /** Part refused, part throttled: the refused one goes to the dead-letter queue, the batch is delivered again. */
    @Test
    void aPartialFailureDeadLettersWhatIsRefusedAndRetriesForWhatWasThrottled() {
        start();
        search.then(FakeOpenSearch.items(201, 400, 429, 409));
        SinkRecord refused = record("b", 1, DedupeVerdict.UNIQUE);
        List<SinkRecord> batch = List.of(record("a", 1, DedupeVerdict.UNIQUE), refused,
            record("c", 1, DedupeVerdict.UNIQUE), record("d", 1, DedupeVerdict.UNIQUE));

        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);

        assertThat(context.reported()).extracting(FakeTaskContext.Reported::record).containsExactly(refused);
    }

    @ParameterizedTest(name = "request status {0}")
    @ValueSource(ints = {429, 502, 503})
    void aBulkRequestThrottledOrFailedAsAWholeIsRetriable(int status) {
        start();
        search.then(FakeOpenSearch.refused(status));

        assertThatThrownBy(() -> task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE))))
            .isInstanceOf(RetriableException.class).hasMessageContaining("answered " + status);
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void aBulkRequestRefusedAsAWholeFailsTheTask() {
        start();
        search.then(FakeOpenSearch.refused(400));

        assertThatThrownBy(() -> task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE))))
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("Bulk request refused");
        assertThat(context.reported()).isEmpty();
    }

    @Test
    void anUnreachableOpenSearchIsRetriable() {
        start();
        search.then(FakeOpenSearch.unreachable());

        assertThatThrownBy(() -> task.put(List.of(record("a", 1, DedupeVerdict.UNIQUE))))
            .isInstanceOf(RetriableException.class).hasMessageContaining("OpenSearch unreachable");
    }

    @Test
    void theIndexIsCreatedWithItsMappingOnlyWhenMissing() {
        start();
        assertThat(search.creates()).isEmpty();

        FakeOpenSearch empty = new FakeOpenSearch();
        OpenSearchSinkTask another = new OpenSearchSinkTask();
        another.initialize(context);
        another.start(Map.of("connection.url", "http://opensearch.invalid:9200", "index", "fresh",
            "schema.registry.url", "http://registry.invalid"), empty.client(), records.registry());
        another.stop();

        assertThat(empty.creates()).singleElement().satisfies(create -> {
            assertThat(create.index()).isEqualTo("fresh");
            assertThat(create.settings().numberOfShards()).isEqualTo("1");
            assertThat(create.mappings().properties()).containsKeys("headline", "body", "entityIds", "topicCodes");
        });
        assertThat(empty.closed()).isTrue();
    }

    @Test
    void anExistingIndexGetsTheFieldsAddedSinceItWasCreated() {
        start();

        // the mapping is strict: a field a newer release writes ("countries") must be added, or every document fails
        assertThat(search.mappingUpdates()).singleElement().satisfies(update -> {
            assertThat(update.index()).containsExactly("dispatches");
            assertThat(update.properties()).containsKeys("countries", "headline", "topicCodes");
        });
    }

    @Test
    void anIndexCreatedMeanwhileByAnotherTaskIsFineAndOtherRefusalsOrSilenceAreNot() {
        assertThatCode(() -> startWhileCreateFails(FakeOpenSearch.error(400, "resource_already_exists_exception")))
            .doesNotThrowAnyException();
        assertThatThrownBy(() -> startWhileCreateFails(FakeOpenSearch.error(400, "invalid_index_name_exception")))
            .isNotInstanceOf(RetriableException.class).hasMessageContaining("Cannot create index");
        assertThatThrownBy(() -> startWhileCreateFails(new ConnectException("Connection refused")))
            .isInstanceOf(RetriableException.class).hasMessageContaining("OpenSearch unreachable while creating index");
    }

    private void startWhileCreateFails(Exception failure) {
        OpenSearchSinkTask another = new OpenSearchSinkTask();
        another.initialize(context);
        another.start(Map.of("connection.url", "http://opensearch.invalid:9200",
            "schema.registry.url", "http://registry.invalid"), new FakeOpenSearch().failingCreate(failure).client(),
            records.registry());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(BulkOperation operation) {
        return (Map<String, Object>) operation.index().document();
    }
}
