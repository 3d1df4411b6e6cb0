package io.wirefeed.service.console;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One browser following the live feed: the events waiting for it in a bounded queue, written by its own request
 * thread. The thread that reads Kafka only offers; when the queue is full the client is dropped: the queue is
 * emptied, its writer told to end the stream with a {@code dropped} event, and, if it is stuck writing to a
 * browser that reads nothing, interrupted (which closes the connection). A slow browser so costs its own view only.
 */
final class LiveClient {

    /** Where the events go: the response body, in tests anything. */
    @FunctionalInterface
    interface EventSink {
        void write(String event) throws IOException;
    }

    static final String DROPPED = "event: dropped\ndata: {\"reason\":\"this view fell too far behind the feed; "
        + "reload to catch up\"}\n\n";
    static final String ENDED = "event: ended\ndata: {\"reason\":\"the stream's time is up; reconnect\"}\n\n";
    static final String KEEP_ALIVE = ": keep-alive\n\n";

    private final FeedFilter filter;
    private final ArrayBlockingQueue<String> queue;
    private final long keepAliveNanos;
    private volatile boolean dropped;
    private volatile boolean writing;
    private volatile Thread writer;

    LiveClient(FeedFilter filter, int queueSize, long keepAliveMillis) {
        this.filter = filter;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.keepAliveNanos = TimeUnit.MILLISECONDS.toNanos(keepAliveMillis);
    }

    FeedFilter filter() {
        return filter;
    }

    boolean dropped() {
        return dropped;
    }

    /** Queues an event without waiting; false, and the client dropped, when its queue is full. */
    boolean offer(String event) {
        if (dropped) {
            return false;
        }
        if (queue.offer(event)) {
            return true;
        }
        drop();
        return false;
    }

    private void drop() {
        dropped = true;
        queue.clear();
        Thread stuck = writer;
        if (stuck != null && writing) {
            stuck.interrupt();
        }
    }

    /**
     * Writes the queued events until the lifetime is over (then an {@code ended} event), the client is dropped
     * (a {@code dropped} event), or the browser goes (the sink throws). Comments keep the connection alive and
     * find a browser that is gone.
     */
    void run(EventSink sink, long lifetimeNanos) throws IOException {
        writer = Thread.currentThread();
        long deadline = System.nanoTime() + lifetimeNanos;
        try {
            while (true) {
                if (dropped) {
                    Thread.interrupted();
                    write(sink, DROPPED);
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    write(sink, ENDED);
                    return;
                }
                String event;
                try {
                    event = queue.poll(Math.min(left, keepAliveNanos), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    if (!dropped) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    continue;
                }
                if (event != null) {
                    write(sink, event);
                } else if (deadline - System.nanoTime() > 0) {
                    write(sink, KEEP_ALIVE);
                }
            }
        } finally {
            writer = null;
        }
    }

    private void write(EventSink sink, String event) throws IOException {
        writing = true;
        try {
            sink.write(event);
        } finally {
            writing = false;
        }
    }
}
