package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void keepsTheMostRecentlyUsedUpToItsCapacityAndNeverANull() {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        AtomicInteger computed = new AtomicInteger();
        cache.get("a", key -> "A" + computed.incrementAndGet());
        cache.put("b", "B");
        assertThat(cache.get("a", key -> "recomputed")).isEqualTo("A1");
        cache.put("c", "C");    // "b" was least recently used

        assertThat(cache.get("b", key -> "B again")).isEqualTo("B again");
        assertThat(cache.get("missing", key -> null)).isNull();
        assertThat(cache.get("c", key -> "evicted by a null")).as("a null takes no room").isEqualTo("C");
        assertThat(cache.size()).isEqualTo(2);

        cache.clear();
        assertThat(cache.size()).isZero();
    }
}
