package io.wirefeed.service.deadletters;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;

/** One dead letter whole, as {@code wirefeed dead-letters show} prints it. */
public final class LetterView {

    private final StoredLetter stored;
    private final Outcome outcome;

    public LetterView(StoredLetter stored, Outcome outcome) {
        this.stored = stored;
        this.outcome = outcome;
    }

    /** The letter's fields, its record's key and headers, what a replay would do, and the original. */
    public String render(boolean base64) {
        StringBuilder text = new StringBuilder();
        line(text, "Dead letter", stored.id().toString());
        line(text, "Record time", stored.timestamp().toString());
        line(text, "Key", stored.key() == null ? "(none)" : stored.key());
        DeadLetter letter = stored.letter();
        if (letter == null) {
            line(text, "Unreadable", stored.unreadable());
        } else {
            line(text, "Stage", letter.getStage().name());
            line(text, "Reason", letter.getReason());
            line(text, "Error type", letter.getErrorType() == null ? "(none)" : letter.getErrorType());
            line(text, "Source", letter.getSource());
            line(text, "Content type", letter.getContentType() == null ? "(none declared)" : letter.getContentType());
            line(text, "Failed at", letter.getFailedAt().toString());
        }
        headers(text);
        line(text, "Replayed now", replayed());
        if (letter != null) {
            original(text, letter, base64);
        }
        return text.toString();
    }

    private void headers(StringBuilder text) {
        if (stored.headers().isEmpty()) {
            line(text, "Headers", "(none)");
            return;
        }
        text.append("Headers:\n");
        for (Map.Entry<String, byte[]> header : stored.headers()) {
            OriginalBytes value = new OriginalBytes(header.getValue() == null ? new byte[0] : header.getValue(), null);
            text.append("  ").append(header.getKey()).append(": ")
                .append(value.text().orElseGet(() -> "(binary) " + value.base64())).append('\n');
        }
    }

    private String replayed() {
        return switch (outcome.kind()) {
            case ACCEPTED -> "would be published as " + dispatches(outcome);
            case REFUSED -> "would be refused again: " + outcome.reason();
            case NOT_REPLAYABLE -> "cannot be replayed: " + outcome.reason();
            case REPLAYED_BEFORE -> "replayed before: " + outcome.reason();
        };
    }

    private void original(StringBuilder text, DeadLetter letter, boolean base64) {
        byte[] bytes = stored.original();
        OriginalBytes original = new OriginalBytes(bytes, letter.getContentType());
        Optional<String> asText = bytes.length == 0 ? Optional.of("") : original.text();
        if (asText.isPresent()) {
            text.append(String.format(Locale.ROOT, "Original (%,d bytes, as text):%n", bytes.length))
                .append(asText.get());
            if (!asText.get().endsWith("\n")) {
                text.append('\n');
            }
        } else {
            text.append("Original (not text): ").append(original.summary());
        }
        if (base64) {
            text.append("Original as base64:\n").append(original.base64()).append('\n');
        }
    }

    /** Each dispatch as {@code id v<version> "headline"}, comma-separated. */
    static String dispatches(Outcome outcome) {
        StringBuilder text = new StringBuilder();
        for (Dispatch dispatch : outcome.dispatches()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(dispatch.getId()).append(" v").append(dispatch.getVersion()).append(" \"")
                .append(shortened(dispatch.getHeadline())).append('"');
        }
        return text.toString();
    }

    private static String shortened(String headline) {
        String oneLine = headline.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(value).append('\n');
    }
}
