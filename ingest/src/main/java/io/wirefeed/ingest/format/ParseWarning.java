package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.wirefeed.schema.Dispatch;

/**
 * Why a dispatch went through although part of it could not be read as its format says. Each is recorded on
 * the dispatch as {@code <code>: <detail>} in {@link Dispatch#getWarnings()}; the code is one of a fixed set
 * so that it can label a metric, the detail says what was seen (abbreviated, never the whole document).
 */
public enum ParseWarning {

    /**
     * An ANPA-1312 or IPTC 7901 message without its control characters (SOH, STX, ETX, EOT): read from its header
     * line, text and timestamp line.
     */
    FRAMING_MISSING,
    /** The dispatch had no headline: one was cut from the first sentence of its lead. */
    HEADLINE_DERIVED,
    /** A header (ANPA-1312 or IPTC 7901) did not have its format's fields: urgency, category, slug are absent. */
    HEADER_UNREADABLE,
    /** A timestamp (trailer, header, feed date) in no known layout: the time is left out. */
    TIME_UNREADABLE,
    /** A number (version, word count) that does not fit: it is left out. */
    NUMBER_UNREADABLE,
    /**
     * No dateline could be read: text copy's first line is then the headline; other formats' bodies open without one
     * (or with one in a style not read).
     */
    DATELINE_MISSING,
    /** Page furniture (navigation, share and print links, sign-off markers) was cut from the end of the body. */
    FURNITURE_REMOVED,
    /** An item of a format that carries ids had none (ninjs without uri or guid): one was derived from its story. */
    ID_DERIVED,
    /** No body text could be read (none sent, or in a form not read): the dispatch is its headline alone. */
    BODY_MISSING,
    /**
     * No body text (a NewsML-G2 item whose content is remote, a ninjs item with descriptions only), but a summary or
     * caption: the summary is the body.
     */
    BODY_FROM_SUMMARY,
    /**
     * Another item of the same feed or NewsML-G2 newsMessage had nothing to read (neither headline nor body): it was
     * left out, and each item the document did carry says which.
     */
    ITEM_SKIPPED,
    /**
     * An ANPA-1312 or IPTC 7901 message whose transmission stopped before its end of text (ETX): read as far as it
     * came, without a trailer; its text may be cut short.
     */
    TEXT_TRUNCATED;

    private static final int DETAIL_LIMIT = 80;

    /** The code as it appears on records and metrics: {@code headline-derived}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Adds this warning, with what was seen, to the dispatch being built. */
    public void record(Dispatch.Builder dispatch, String detail) {
        List<String> warnings = new ArrayList<>(dispatch.hasWarnings() ? dispatch.getWarnings() : List.of());
        String text = detail.replaceAll("\\p{Cntrl}+", " ").strip();
        warnings.add(code() + ": " + (text.length() <= DETAIL_LIMIT ? text : text.substring(0, DETAIL_LIMIT - 3) + "..."));
        dispatch.setWarnings(warnings);
    }

    /** The warning a recorded {@code <code>: <detail>} names, if it is one of these. */
    public static Optional<ParseWarning> of(String recorded) {
        String code = recorded.split(":", 2)[0].strip();
        for (ParseWarning warning : values()) {
            if (warning.code().equals(code)) {
                return Optional.of(warning);
            }
        }
        return Optional.empty();
    }
}
