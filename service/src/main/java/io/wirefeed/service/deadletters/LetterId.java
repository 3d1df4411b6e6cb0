package io.wirefeed.service.deadletters;

/**
 * Where a dead letter is: its topic, partition and offset, written {@code topic/partition/offset} (or
 * {@code partition/offset} on the dead-letter topic in use), as dead letters name the records they come from.
 */
public record LetterId(String topic, int partition, long offset) {

    /** Parses {@code topic/partition/offset} or {@code partition/offset}; {@code topic} is the default topic. */
    public static LetterId parse(String text, String topic) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new LetterId(topic, Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
            if (parts.length == 3 && !parts[0].isBlank()) {
                return new LetterId(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(text), e);
        }
        throw new IllegalArgumentException(invalid(text));
    }

    private static String invalid(String text) {
        return "'" + text + "' is not a dead letter's id: topic/partition/offset or partition/offset";
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "/" + offset;
    }
}
