package io.wirefeed.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A thread-safe map that keeps at most {@code capacity} entries, dropping the least recently used.
 * The value of a missing key is computed outside the lock: a slow registry call must not block readers
 * of other keys, and computing a value twice under a race is harmless for registry answers. A computed
 * null (nothing there) is returned, not kept.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.apply(key);
        if (value != null) {
            synchronized (entries) {
                entries.put(key, value);
            }
        }
        return value;
    }

    public void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    public void removeIf(Predicate<K> matches) {
        synchronized (entries) {
            entries.keySet().removeIf(matches);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
