package io.wirefeed.edge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;

/**
 * How a service's main runs: started, then alive until the JVM is asked to stop, then closed by the hook; or, when
 * the service says it can go on no longer, ended with {@link #FAILED} so that whatever supervises the process
 * (Kubernetes, compose's {@code restart: on-failure}, systemd) starts it again.
 */
public final class ServiceLifecycle {

    /** The exit code of a service that failed for good. */
    public static final int FAILED = 1;

    private ServiceLifecycle() {
    }

    public static void runUntilStopped(AutoCloseable service, String name) throws InterruptedException {
        runUntilStoppedOrFailed(service, name, new CompletableFuture<>());
    }

    /**
     * Runs until the JVM is stopped (0) or until {@code failure} completes with why the service cannot go on
     * ({@link #FAILED}); either way the shutdown hook closes the service, once, as the JVM ends.
     */
    public static int runUntilStoppedOrFailed(AutoCloseable service, String name, CompletionStage<String> failure)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(ServiceLifecycle.class).warn("{} did not close cleanly", name, e);
            } finally {
                stopped.countDown();
            }
        }, name + "-shutdown"));
        failure.thenAccept(reason -> {
            LoggerFactory.getLogger(ServiceLifecycle.class).error("{} cannot go on: {}; exiting so that it is restarted",
                name, reason);
            stopped.countDown();
        });
        stopped.await();
        return failure.toCompletableFuture().isDone() ? FAILED : 0;
    }
}
