package io.wirefeed.edge;

import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;

/** How a service's main runs: started, then alive until the JVM is asked to stop, then closed by the hook. */
public final class ServiceLifecycle {

    private ServiceLifecycle() {
    }

    public static void runUntilStopped(AutoCloseable service, String name) throws InterruptedException {
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
        stopped.await();
    }
}
