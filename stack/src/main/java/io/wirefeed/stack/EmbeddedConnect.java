package io.wirefeed.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;

/**
 * A real Kafka Connect worker in standalone mode, in this JVM: connectors found on the classpath by service
 * loading, offsets in a file under the data directory (so they survive a restart), REST on a loopback port.
 */
public final class EmbeddedConnect implements AutoCloseable {

    private final Connect<?> connect;
    private final ConnectRest rest;

    private EmbeddedConnect(Connect<?> connect) {
        this.connect = connect;
        this.rest = new ConnectRest(connect.rest().advertisedUrl());
    }

    /** Starts a worker whose records are bytes: the connectors deserialize them themselves. */
    public static EmbeddedConnect start(String bootstrapServers, Path dataDir, int restPort) {
        return new EmbeddedConnect(new ConnectStandalone().startConnect(workerConfig(bootstrapServers, dataDir,
            restPort)));
    }

    /** The settings of a standalone worker for the project's sink connectors. */
    public static Map<String, String> workerConfig(String bootstrapServers, Path dataDir, int restPort) {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        // The enriched topic is written in transactions: what an aborted one left in the log must reach no store.
        worker.put("consumer.isolation.level", "read_committed");
        worker.put("offset.storage.file.filename", dataDir.resolve("connect.offsets").toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("plugin.discovery", "service_load");
        worker.put("listeners", "http://127.0.0.1:" + restPort);
        return worker;
    }

    public ConnectRest rest() {
        return rest;
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
