package io.wirefeed.enrich.stream;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.common.errors.InterruptException;

/**
 * The time budget of one dispatch's description. The work runs on a worker thread of the processor's own while the
 * stream thread waits for it, at most for the budget; past it the stream thread gives up on the dispatch
 * ({@link OverBudgetException}, which the processing exception handler dead-letters) and goes on. The worker is
 * interrupted and left to finish by itself: text analysis does not listen to interrupts, so it ends when its work
 * does, which the cap on analysed text bounds. The next dispatch gets a new worker.
 */
final class DescribeBudget implements AutoCloseable {

    private final Duration budget;
    private final String threadName;
    private ExecutorService worker;
    private int workers;

    DescribeBudget(Duration budget, String threadName) {
        this.budget = budget;
        this.threadName = threadName;
    }

    /** The work's result, its own exception, or {@link OverBudgetException} once the budget is spent. */
    <T> T run(Callable<T> work, Supplier<String> what) {
        if (worker == null) {
            String name = threadName + "-" + ++workers;
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
        }
        Future<T> result = worker.submit(work);
        try {
            return result.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            abandon(result);
            throw new OverBudgetException(what.get() + " took longer than the time budget of " + budget.toMillis()
                + " ms (analysis.budget.ms); it was given up on and the stream went on");
        } catch (InterruptedException e) {
            abandon(result);
            throw new InterruptException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void abandon(Future<?> result) {
        result.cancel(true);
        worker.shutdownNow();
        worker = null;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** A dispatch whose description took longer than the budget. */
    static final class OverBudgetException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OverBudgetException(String message) {
            super(message);
        }
    }
}
