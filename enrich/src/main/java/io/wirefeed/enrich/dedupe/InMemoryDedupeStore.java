package io.wirefeed.enrich.dedupe;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dedupe state of one process, for offline enrichment ({@code enrich-file}) and unit tests. */
public final class InMemoryDedupeStore implements DedupeStore {

    private final Map<String, SeenVersion> versions = new HashMap<>();
    private final Map<String, SeenText> exact = new HashMap<>();
    private final Map<String, SeenText> texts = new HashMap<>();
    private final Map<String, List<BandMember>> bands = new HashMap<>();

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
    public SeenText text(String id) {
        return texts.get(id);
    }

    @Override
    public void putText(String id, SeenText seen) {
        texts.put(id, seen);
    }

    @Override
    public List<BandMember> band(String key) {
        return bands.getOrDefault(key, List.of());
    }

    @Override
    public void putBand(String key, List<BandMember> members) {
        bands.put(key, List.copyOf(members));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = versions.size() + exact.size() + texts.size() + bands.size();
        versions.values().removeIf(seen -> seen.at().isBefore(cutoff));
        exact.values().removeIf(seen -> seen.at().isBefore(cutoff));
        texts.values().removeIf(seen -> seen.at().isBefore(cutoff));
        bands.replaceAll((key, members) -> members.stream().filter(member -> !member.at().isBefore(cutoff)).toList());
        bands.values().removeIf(List::isEmpty);
        return before - versions.size() - exact.size() - texts.size() - bands.size();
    }
}
