package io.wirefeed.ingest.format.feed;

import java.util.ArrayList;
import java.util.List;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.schema.Dispatch;
import org.w3c.dom.Element;

/**
 * The dispatches of a feed's items, read one by one: an item that cannot be one (nothing to read in it) is left out
 * and said so on every other item, so that one empty item does not refuse a feed's news; a feed of nothing but such
 * items is refused, with the first one's reason.
 */
final class FeedItems {

    /** Reads the item at {@code position} (from 0) of the feed. */
    @FunctionalInterface
    interface ItemReader {
        Dispatch read(Element item, int position) throws InvalidDispatchException;
    }

    private FeedItems() {
    }

    /** {@code kind} names an item in the reasons: "RSS item", "Atom entry". */
    static List<Dispatch> read(String kind, List<Element> items, ItemReader reader) throws InvalidDispatchException {
        List<Dispatch> dispatches = new ArrayList<>(items.size());
        List<String> skipped = new ArrayList<>();
        InvalidDispatchException first = null;
        for (int position = 0; position < items.size(); position++) {
            try {
                dispatches.add(reader.read(items.get(position), position));
            } catch (InvalidDispatchException e) {
                skipped.add(kind + " " + (position + 1) + " of " + items.size() + ": " + e.getMessage());
                first = first == null ? e : first;
            }
        }
        if (dispatches.isEmpty() && first != null) {
            throw new InvalidDispatchException(skipped.get(0) + (skipped.size() > 1 ? " (and every other item alike)" : ""),
                first);
        }
        return skipped.isEmpty() ? dispatches : withSkippedSaid(dispatches, skipped);
    }

    private static List<Dispatch> withSkippedSaid(List<Dispatch> dispatches, List<String> skipped) {
        List<Dispatch> said = new ArrayList<>(dispatches.size());
        for (Dispatch dispatch : dispatches) {
            Dispatch.Builder builder = Dispatch.newBuilder(dispatch);
            skipped.forEach(reason -> ParseWarning.ITEM_SKIPPED.record(builder, reason));
            said.add(builder.build());
        }
        return said;
    }
}
