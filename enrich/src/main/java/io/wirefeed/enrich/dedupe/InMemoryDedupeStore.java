package io.wirefeed.enrich.dedupe;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dedupe state of one process, for offline enrichment ({@code enrich-file}) and unit tests. */
public final class InMemoryDedupeStore implements DedupeStore {

    private final Map<String, SeenVersion> versions = new HashMap<>();
    private final Map<String, SeenText> exact = new HashMap<>();
    private final Map<String, List<SeenText>> bands = new HashMap<>();

    @Override
    public SeenVersion version(String id) {
        return versions.get(id);
    }

    @Override
    public void putVersion(String id, SeenVersion seen) {
        versions.put(id, seen);
    }

    @Override
    public SeenText exact(String hash) {
        return exact.get(hash);
    }

    @Override
    public void putExact(String hash, SeenText seen) {
        exact.put(hash, seen);
    }

    @Override
    public List<SeenText> band(String key) {
        return bands.getOrDefault(key, List.of());
    }

    @Override
    public void putBand(String key, List<SeenText> seen) {
        bands.put(key, List.copyOf(seen));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = versions.size() + exact.size() + bands.size();
        versions.values().removeIf(seen -> seen.at().isBefore(cutoff));
        exact.values().removeIf(seen -> seen.at().isBefore(cutoff));
        bands.replaceAll((key, seen) -> seen.stream().filter(text -> !text.at().isBefore(cutoff)).toList());
        bands.values().removeIf(List::isEmpty);
        return before - versions.size() - exact.size() - bands.size();
    }
}
