package io.wirefeed.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class ServiceLifecycleTest {

    @Test
    void aServiceThatCanGoOnNoLongerEndsItsMainWithAFailure() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();
        ExecutorService main = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exitCode = main.submit(() -> ServiceLifecycle.runUntilStoppedOrFailed(() -> { }, "test",
                failure));
            assertThat(waitedFor(exitCode)).as("still running").isFalse();

            failure.complete("Kafka Streams is in ERROR");

            assertThat(exitCode.get(10, TimeUnit.SECONDS)).isEqualTo(ServiceLifecycle.FAILED);
        } finally {
            main.shutdownNow();
        }
    }

    private static boolean waitedFor(Future<Integer> exitCode) throws Exception {
        try {
            exitCode.get(300, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        }
    }
}
