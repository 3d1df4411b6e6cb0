package io.wirefeed.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local stack's servers in a JVM of their own, for {@link ChildrenDieWithTheirParentIT}: {@code
 * StackServersMain DATA_DIR} starts every server on the data directory, prints {@code READY} and the
 * postmaster's process id (PostgreSQL leaves the JVM's process tree), and waits to be stopped.
 */
public final class StackServersMain {

    private StackServersMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Infrastructure servers = Infrastructure.persistent(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "stack-servers-shutdown"));
        servers.kafka();
        servers.registry();
        servers.opensearch();
        String postmaster = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim();
        System.out.println("READY " + postmaster);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
