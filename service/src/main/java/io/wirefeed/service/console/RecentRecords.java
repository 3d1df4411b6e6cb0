package io.wirefeed.service.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** The last {@code capacity} things added, newest first when read; older ones are forgotten. Thread-safe. */
final class RecentRecords<T> {

    private final int capacity;
    private final ArrayDeque<T> records;

    RecentRecords(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.records = new ArrayDeque<>(Math.min(capacity, 1_024));
    }

    synchronized void add(T record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    /** Up to {@code limit} of the records that pass, newest first. */
    synchronized List<T> newest(Predicate<? super T> passing, int limit) {
        List<T> out = new ArrayList<>(Math.min(limit, records.size()));
        for (Iterator<T> it = records.descendingIterator(); it.hasNext() && out.size() < limit;) {
            T record = it.next();
            if (passing.test(record)) {
                out.add(record);
            }
        }
        return out;
    }

    synchronized int size() {
        return records.size();
    }
}
