package io.wirefeed.sink.search;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.MgetRequest;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.opensearch.indices.CreateIndexRequest;
import org.opensearch.client.opensearch.indices.CreateIndexResponse;
import org.opensearch.client.opensearch.indices.ExistsRequest;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;
import org.opensearch.client.opensearch.indices.PutMappingRequest;
import org.opensearch.client.opensearch.indices.PutMappingResponse;
import org.opensearch.client.transport.endpoints.BooleanResponse;

/**
 * OpenSearch as the sink task's unit tests need it, behind a real {@link OpenSearchClient}: it keeps the
 * requests it is sent and answers each bulk request with the next scripted answer (every document indexed when
 * none is left), the way a node answers: per-item statuses and errors, or an error for the whole request, or no
 * answer at all.
 */
final class FakeOpenSearch implements OpenSearchTransport {

    /** How OpenSearch answers one bulk request. */
    @FunctionalInterface
    interface Answer {
        BulkResponse to(BulkRequest request) throws IOException;
    }

    private final JsonpMapper mapper = new JacksonJsonpMapper();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<BulkRequest> bulks = new ArrayList<>();
    private final List<CreateIndexRequest> creates = new ArrayList<>();
    private final List<PutMappingRequest> mappingUpdates = new ArrayList<>();
    private final Map<String, Long> held = new HashMap<>();
    private final List<MgetRequest> mgets = new ArrayList<>();
    private boolean indexExists;
    private Exception createFailure;
    private boolean closed;

    OpenSearchClient client() {
        return new OpenSearchClient(this);
    }

    FakeOpenSearch withIndex() {
        indexExists = true;
        return this;
    }

    /** The request creating the index fails so (an {@link IOException}: no answer; else the error answered). */
    FakeOpenSearch failingCreate(Exception failure) {
        createFailure = failure;
        return this;
    }

    /** The index holds a document of this id at this (external) version. */
    FakeOpenSearch holding(String id, long version) {
        held.put(id, version);
        return this;
    }

    /** The multi-get requests sent, in order. */
    List<MgetRequest> mgets() {
        return mgets;
    }

    FakeOpenSearch then(Answer answer) {
        answers.add(answer);
        return this;
    }

    List<BulkRequest> bulks() {
        return bulks;
    }

    /** The operations of every bulk request, in order. */
    List<BulkOperation> operations() {
        return bulks.stream().flatMap(bulk -> bulk.operations().stream()).toList();
    }

    /** The requests that added fields to an existing index's mapping. */
    List<PutMappingRequest> mappingUpdates() {
        return mappingUpdates;
    }

    List<CreateIndexRequest> creates() {
        return creates;
    }

    boolean closed() {
        return closed;
    }

    /** Each document answered with the status given for it, in order; an error of the usual type with each failure. */
    static Answer items(int... statuses) {
        return request -> {
            List<BulkResponseItem> items = new ArrayList<>();
            for (int i = 0; i < statuses.length; i++) {
                BulkOperation operation = request.operations().get(i);
                int status = statuses[i];
                items.add(BulkResponseItem.of(item -> {
                    item.operationType(operation.isDelete() ? OperationType.Delete : OperationType.Index)
                        .index("dispatches").id(operation.isDelete() ? operation.delete().id() : operation.index().id())
                        .status(status);
                    if (status >= 300) {
                        item.error(e -> e.type(errorType(status)).reason("refused with " + status));
                    }
                    return item;
                }));
            }
            return BulkResponse.of(b -> b.took(1).errors(items.stream().anyMatch(i -> i.error() != null)).items(items));
        };
    }

    /** Every document indexed (201). */
    static Answer allIndexed() {
        return request -> items(request.operations().stream().mapToInt(operation -> 201).toArray()).to(request);
    }

    /** The whole request refused with this status, as the client reports it. */
    static Answer refused(int status) {
        return request -> {
            throw error(status, errorType(status));
        };
    }

    /** An error answer, as the client throws it. */
    static OpenSearchException error(int status, String type) {
        return new OpenSearchException(ErrorResponse.of(e -> e.status(status)
            .error(c -> c.type(type).reason("refused with " + status))));
    }

    /** No answer: the connection was refused. */
    static Answer unreachable() {
        return request -> {
            throw new ConnectException("Connection refused");
        };
    }

    private static String errorType(int status) {
        return switch (status) {
            case 400 -> "mapper_parsing_exception";
            case 409 -> "version_conflict_engine_exception";
            case 429 -> "es_rejected_execution_exception";
            default -> status >= 500 ? "unavailable_shards_exception" : "illegal_argument_exception";
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        if (request instanceof ExistsRequest) {
            return (ResponseT) new BooleanResponse(indexExists);
        }
        if (request instanceof CreateIndexRequest create) {
            creates.add(create);
            if (createFailure instanceof IOException unanswered) {
                throw unanswered;
            }
            if (createFailure instanceof RuntimeException answered) {
                throw answered;
            }
            indexExists = true;
            return (ResponseT) CreateIndexResponse.of(r -> r.index(create.index()).acknowledged(true)
                .shardsAcknowledged(true));
        }
        if (request instanceof PutMappingRequest update) {
            mappingUpdates.add(update);
            return (ResponseT) PutMappingResponse.of(r -> r.acknowledged(true));
        }
        if (request instanceof MgetRequest mget) {
            mgets.add(mget);
            List<MultiGetResponseItem<Object>> docs = new ArrayList<>();
            for (String id : mget.ids()) {
                Long version = held.get(id);
                docs.add(MultiGetResponseItem.of(item -> item.result(r -> r.index(mget.index()).id(id)
                    .found(version != null).version(version))));
            }
            return (ResponseT) MgetResponse.of(r -> r.docs(docs));
        }
        if (request instanceof BulkRequest bulk) {
            bulks.add(bulk);
            Answer answer = answers.isEmpty() ? allIndexed() : answers.poll();
            return (ResponseT) answer.to(bulk);
        }
        throw new UnsupportedOperationException("The sink task sends no " + request.getClass().getSimpleName());
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("The sink task sends no async "
            + "request"));
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return mapper;
    }

    @Override
    public TransportOptions options() {
        return TransportOptions.builder().build();
    }

    @Override
    public void close() {
        closed = true;
    }
}
