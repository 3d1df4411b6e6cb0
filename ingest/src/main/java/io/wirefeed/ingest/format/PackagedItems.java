package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import org.w3c.dom.Element;

/**
 * The dispatches of a document that packages several (a feed's items, a NewsML-G2 newsMessage's newsItems), read one
 * by one: an item that cannot be one (nothing to read in it) is left out and said so on every other item, so that one
 * empty item does not refuse the others' news; a document of nothing but such items is refused, with the first one's
 * reason.
 */
public final class PackagedItems {

    /** Reads the item at {@code position} (from 0) of the document. */
    @FunctionalInterface
    public interface ItemReader {
        Dispatch read(Element item, int position) throws InvalidDispatchException;
    }

    private PackagedItems() {
    }

    /** {@code kind} names an item in the reasons: "RSS item", "Atom entry", "newsItem". */
    public static List<Dispatch> read(String kind, List<Element> items, ItemReader reader) throws InvalidDispatchException {
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

    /** How many skipped items each dispatch names: a document of thousands of empty items names the first ones. */
    static final int SKIPPED_NAMED = 10;

    private static List<Dispatch> withSkippedSaid(List<Dispatch> dispatches, List<String> skipped) {
        List<String> named = new ArrayList<>(skipped.subList(0, Math.min(skipped.size(), SKIPPED_NAMED)));
        if (skipped.size() > SKIPPED_NAMED) {
            named.add((skipped.size() - SKIPPED_NAMED) + " more items alike");
        }
        List<Dispatch> said = new ArrayList<>(dispatches.size());
        for (Dispatch dispatch : dispatches) {
            Dispatch.Builder builder = Dispatch.newBuilder(dispatch);
            named.forEach(reason -> ParseWarning.ITEM_SKIPPED.record(builder, reason));
            said.add(builder.build());
        }
        return said;
    }
}
