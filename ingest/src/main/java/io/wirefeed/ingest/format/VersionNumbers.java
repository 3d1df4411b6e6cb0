package io.wirefeed.ingest.format;

import io.wirefeed.schema.Dispatch;

/**
 * The version number a format's field writes (ninjs' {@code version}, NewsML-G2's {@code version} attribute). One that
 * is no number, or less than 0, is version 1 with a {@link ParseWarning#NUMBER_UNREADABLE}: no reason to refuse the
 * dispatch. Version 0 is version 1 without a warning: the AP Media API numbers an item's first version 0.
 */
public final class VersionNumbers {

    private VersionNumbers() {
    }

    public static int read(Dispatch.Builder dispatch, String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int version = Integer.parseInt(text.strip());
            if (version >= 0) {
                return Math.max(version, 1);
            }
        } catch (NumberFormatException notANumber) {
            // recorded below, as a negative number is
        }
        ParseWarning.NUMBER_UNREADABLE.record(dispatch, "version '" + text.strip() + "'");
        return 1;
    }
}
