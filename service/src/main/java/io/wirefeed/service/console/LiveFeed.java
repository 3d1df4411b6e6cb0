package io.wirefeed.service.console;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The browsers following the live feed, at most {@code maxClients} at once. Each dispatch goes to the clients whose
 * filter it passes, each alert to every client, as server-sent events; a client that cannot keep up is dropped
 * ({@link LiveClient}), never waited for.
 */
final class LiveFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxClients;
    private final int queueSize;
    private final long keepAliveMillis;
    private final List<LiveClient> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong droppedClients = new AtomicLong();

    LiveFeed(int maxClients, int queueSize, long keepAliveMillis) {
        this.maxClients = maxClients;
        this.queueSize = queueSize;
        this.keepAliveMillis = keepAliveMillis;
    }

    /** A new client, or null when as many follow the feed as may. */
    synchronized LiveClient join(FeedFilter filter) {
        if (clients.size() >= maxClients) {
            return null;
        }
        LiveClient client = new LiveClient(filter, queueSize, keepAliveMillis);
        clients.add(client);
        return client;
    }

    void leave(LiveClient client) {
        clients.remove(client);
    }

    void dispatch(DispatchView view) {
        String event = event("dispatch", view);
        for (LiveClient client : clients) {
            if (client.filter().matches(view)) {
                offer(client, event);
            }
        }
    }

    void alert(AlertView alert) {
        String event = event("alert", alert);
        clients.forEach(client -> offer(client, event));
    }

    private void offer(LiveClient client, String event) {
        if (!client.offer(event)) {
            if (clients.remove(client)) {
                droppedClients.incrementAndGet();
            }
        }
    }

    int clients() {
        return clients.size();
    }

    long droppedClients() {
        return droppedClients.get();
    }

    static String event(String type, Object data) {
        try {
            return "event: " + type + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serializable as JSON: " + data.getClass(), e);
        }
    }
}
