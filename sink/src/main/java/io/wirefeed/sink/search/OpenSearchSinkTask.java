package io.wirefeed.sink.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.sink.DispatchRecordReader;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each batch with one bulk request. Redelivery is harmless: the document id is the dispatch id and its
 * external version the dispatch's, so an older or equal version is refused by OpenSearch (a version conflict,
 * taken as done); a re-tag ({@code retag}, from {@code wirefeed reprocess}) replaces its own version's
 * document, when the index still holds that version. 429 and 5xx answers and lost connections are retriable; a
 * document OpenSearch rejects as malformed goes to the connector's dead-letter queue.
 */
public final class OpenSearchSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchSinkTask.class);
    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;

    private OpenSearchSinkConfig config;
    private OpenSearchClient client;
    private DispatchRecordReader reader;
    private ErrantRecordReporter reporter;

    @Override
    public void start(Map<String, String> props) {
        config = new OpenSearchSinkConfig(props);
        open(props, client(config), null);
    }

    /**
     * Starts with the clients given: OpenSearch's, and the schema registry's (null: the one the settings name).
     * For unit tests, which hand in fakes, as kafka-connect-elasticsearch's task takes its client.
     */
    void start(Map<String, String> props, OpenSearchClient client, SchemaRegistryClient registry) {
        config = new OpenSearchSinkConfig(props);
        open(props, client, registry);
    }

    private void open(Map<String, String> props, OpenSearchClient client, SchemaRegistryClient registry) {
        reporter = context == null ? null : context.errantRecordReporter();
        reader = new DispatchRecordReader(props, registry, reporter);
        this.client = client;
        createIndex();
    }

    private static OpenSearchClient client(OpenSearchSinkConfig config) {
        HttpHost[] hosts = config.urls().stream().map(URI::create)
            .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort())).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper());
        String user = config.getString(OpenSearchSinkConfig.CONNECTION_USERNAME_CONFIG);
        if (!user.isEmpty()) {
            char[] password = config.getPassword(OpenSearchSinkConfig.CONNECTION_PASSWORD_CONFIG).value().toCharArray();
            transport.setHttpClientConfigCallback(http -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                for (HttpHost host : hosts) {
                    credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(user, password));
                }
                return http.setDefaultCredentialsProvider(credentials);
            });
        }
        return new OpenSearchClient(transport.build());
    }

    private void createIndex() {
        String index = config.getString(OpenSearchSinkConfig.INDEX_CONFIG);
        try (InputStream in = OpenSearchSinkTask.class.getResourceAsStream("mappings.json")) {
            JsonpMapper mapper = client._transport().jsonpMapper();
            TypeMapping mappings = TypeMapping._DESERIALIZER.deserialize(mapper.jsonProvider().createParser(
                new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))), mapper);
            if (client.indices().exists(e -> e.index(index)).value()) {
                // The mapping is strict: fields added since the index was created must be added to it, or every
                // document carrying them is refused. Adding fields is the only change a mapping allows.
                client.indices().putMapping(p -> p.index(index).properties(mappings.properties()));
                return;
            }
            client.indices().create(c -> c.index(index).mappings(mappings).settings(s -> s.numberOfShards("1")));
            LOG.info("Created index {}", index);
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw new ConnectException("Cannot create index " + index + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new RetriableException("OpenSearch unreachable while creating index " + index + ": " + e, e);
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        Map<SinkRecord, EnrichedDispatch> read = new LinkedHashMap<>();
        for (SinkRecord record : records) {
            EnrichedDispatch dispatch = reader.read(record);
            if (dispatch != null && !skipped(dispatch)) {
                read.put(record, dispatch);
            }
        }
        Set<String> held = retagsToWrite(read.values());
        List<BulkOperation> operations = new ArrayList<>();
        List<SinkRecord> sources = new ArrayList<>();
        read.forEach((record, dispatch) -> {
            if (!dispatch.getRetag() || held.contains(versionKey(dispatch))) {
                operations.add(operation(dispatch));
                sources.add(record);
            }
        });
        if (operations.isEmpty()) {
            return;
        }
        settle(call("Bulk request", () -> client.bulk(b -> b.operations(operations))), sources);
    }

    /** A request to OpenSearch. */
    private interface Request<T> {
        T send() throws IOException;
    }

    /** The request's answer; no answer, throttling and server errors are retriable, other refusals fail the task. */
    private static <T> T call(String what, Request<T> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new RetriableException("OpenSearch unreachable: " + e, e);
        } catch (OpenSearchException e) {
            if (e.status() == TOO_MANY_REQUESTS || e.status() >= 500) {
                throw new RetriableException("OpenSearch answered " + e.status() + ": " + e.getMessage(), e);
            }
            throw new ConnectException(what + " refused: " + e.getMessage(), e);
        }
    }

    /**
     * The re-tags ("id@version") whose version the index holds now, or that an earlier record of the batch writes. A
     * re-tag of a version replaced since, or of a story whose kill deleted its document, is not written: indexed
     * with external_gte, it would bring a deleted story back once OpenSearch has forgotten the deletion.
     */
    private Set<String> retagsToWrite(Collection<EnrichedDispatch> batch) {
        Set<String> held = new HashSet<>();
        Set<String> toAsk = new LinkedHashSet<>();
        for (EnrichedDispatch dispatch : batch) {
            if (!dispatch.getRetag()) {
                held.add(versionKey(dispatch));
            } else if (!held.contains(versionKey(dispatch))) {
                toAsk.add(dispatch.getId());
            }
        }
        if (toAsk.isEmpty()) {
            return held;
        }
        String index = config.getString(OpenSearchSinkConfig.INDEX_CONFIG);
        for (MultiGetResponseItem<Object> item : call("Multi-get", () -> client.mget(m -> m.index(index)
                .ids(List.copyOf(toAsk)).realtime(true).source(source -> source.fetch(false)), Object.class)).docs()) {
            if (item.isResult() && item.result().found()) {
                held.add(item.result().id() + "@" + item.result().version());
            }
        }
        return held;
    }

    private static String versionKey(EnrichedDispatch dispatch) {
        return dispatch.getId() + "@" + dispatch.getVersion();
    }

    private boolean skipped(EnrichedDispatch dispatch) {
        return config.duplicates() == OpenSearchSinkConfig.Duplicates.SKIP
            && dispatch.getDedupe().getVerdict() == DedupeVerdict.DUPLICATE;
    }

    private BulkOperation operation(EnrichedDispatch dispatch) {
        String index = config.getString(OpenSearchSinkConfig.INDEX_CONFIG);
        long version = dispatch.getVersion();
        boolean kill = dispatch.getDedupe().getVerdict() == DedupeVerdict.KILL;
        if (kill && config.onKill() == OpenSearchSinkConfig.OnKill.DELETE) {
            return BulkOperation.of(b -> b.delete(d -> d.index(index).id(dispatch.getId()).version(version)
                .versionType(VersionType.External)));
        }
        Map<String, Object> document = SearchDocuments.of(dispatch, kill);
        // A re-tag replaces the document of its own version (external_gte), never a later version's.
        VersionType versionType = dispatch.getRetag() ? VersionType.ExternalGte : VersionType.External;
        return BulkOperation.of(b -> b.index(i -> i.index(index).id(dispatch.getId()).version(version)
            .versionType(versionType).document(document)));
    }

    /** Version conflicts are done; throttling and server errors retry the batch; bad documents are dead-lettered. */
    private void settle(BulkResponse response, List<SinkRecord> sources) {
        boolean retry = false;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null || item.status() == CONFLICT) {
                continue;
            }
            if (item.status() == TOO_MANY_REQUESTS || item.status() >= 500) {
                retry = true;
                continue;
            }
            SinkRecord record = sources.get(i);
            DataException rejected = new DataException("OpenSearch rejected the document of " + record.topic() + "/"
                + record.kafkaPartition() + "/" + record.kafkaOffset() + ": " + item.error().type() + ": "
                + item.error().reason());
            if (reporter == null) {
                throw rejected;
            }
            reporter.report(record, rejected);
        }
        if (retry) {
            throw new RetriableException("OpenSearch throttled or failed part of a bulk request; retrying the batch");
        }
    }


    @Override
    public void stop() {
        if (client != null) {
            try {
                client._transport().close();
            } catch (IOException e) {
                LOG.warn("Closing the OpenSearch client failed", e);
            }
        }
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public String version() {
        return new OpenSearchSinkConnector().version();
    }
}
