package io.wirefeed.searchnode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node on loopback until the JVM is stopped: {@code SearchNodeMain HOME PORT_FILE [PORT]}.
 * The node keeps its data under HOME; once it listens, its HTTP port (PORT, or a free one) is written to
 * PORT_FILE.
 */
public final class SearchNodeMain {

    /** The node with the two plugins a search sink needs: the HTTP layer and the English analyzer. */
    private static final class LocalNode extends Node {
        LocalNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }

    private SearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Path home = Path.of(args[0]).toAbsolutePath();
        Path portFile = Path.of(args[1]).toAbsolutePath();
        Settings settings = Settings.builder()
            .put("cluster.name", "wirefeed-local")
            .put("node.name", "wirefeed-search")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", args.length > 2 ? args[2] : "0")
            .put("transport.port", "0")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Node node = new LocalNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
            () -> "wirefeed-search"));
        node.start();
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
        Files.writeString(partial, Integer.toString(port), StandardCharsets.UTF_8);
        Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not close cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "search-node-shutdown"));
        stopped.await();
    }
}
