package io.wirefeed.registry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a client and counts the calls that reach it, to show what a cache in front of it saves. */
public final class CountingRegistryClient {

    private final AtomicInteger calls = new AtomicInteger();
    private final SchemaRegistryClient client;

    public CountingRegistryClient(SchemaRegistryClient delegate) {
        this.client = (SchemaRegistryClient) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {SchemaRegistryClient.class}, (proxy, method, args) -> {
                if (!"close".equals(method.getName())) {
                    calls.incrementAndGet();
                }
                try {
                    return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    public SchemaRegistryClient client() {
        return client;
    }

    public int calls() {
        return calls.get();
    }
}
