package io.wirefeed.service.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories the console has seen, each with its records in the order of the enriched topic (a story's records
 * share its key, so its partition: that order is the order enrichment judged them in): versions, corrections,
 * duplicates and the kill. Bounded: at most {@code maxStories} stories, the least recently seen forgotten first,
 * and the last {@link #PER_STORY} records of each. Found by story key or by the id of any of its dispatches.
 */
final class StoryIndex {

    static final int PER_STORY = 50;

    private final Map<String, List<DispatchView>> stories;
    private final Map<String, String> storyOfId;

    StoryIndex(int maxStories) {
        this.stories = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<DispatchView>> eldest) {
                return size() > maxStories;
            }
        };
        // Several ids may lead to one story; the bound keeps the id index within a few times the stories'.
        this.storyOfId = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > 4 * maxStories;
            }
        };
    }

    synchronized void add(DispatchView view) {
        List<DispatchView> records = stories.computeIfAbsent(view.story(), story -> new ArrayList<>());
        if (records.size() == PER_STORY) {
            records.remove(0);
        }
        records.add(view);
        storyOfId.put(view.id(), view.story());
    }

    /** The story a key or a dispatch id names, its records in order; empty when it is not (or no longer) known. */
    synchronized List<DispatchView> story(String keyOrId) {
        List<DispatchView> records = stories.get(keyOrId);
        if (records == null) {
            String story = storyOfId.get(keyOrId);
            records = story == null ? null : stories.get(story);
        }
        return records == null ? List.of() : List.copyOf(records);
    }
}
