package io.wirefeed.ingest.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;

/**
 * What every format's dispatch gets after its parser has read what the format says: markers taken off the
 * headline as signals (and a numbered update as the version, when the format gave none), trailing page
 * furniture cut from the body, a dateline found in the text when the format has no field for it, the agency
 * named by the dateline when the format names none, a headline cut from the lead when the dispatch has none, an
 * id derived from the story when the format carries none, and a refusal of dispatches with neither headline
 * nor body. What it changes beyond the format's word is recorded as a {@link ParseWarning}.
 */
public final class DispatchCompletion {

    public static final String UNKNOWN_AGENCY = "unknown";

    private DispatchCompletion() {
    }

    public static Dispatch complete(Dispatch.Builder builder) throws InvalidDispatchException {
        return complete(builder, null);
    }

    /**
     * Completes a dispatch whose agency the document's packaging names ({@code packagingAgency}: a feed's title, an
     * IPTC 7901 header's source, null if none) rather than the dispatch: the agency its dateline names comes first,
     * since a feed or a service carries other agencies' stories, and the packaging's name only when it names none.
     */
    public static Dispatch complete(Dispatch.Builder builder, String packagingAgency) throws InvalidDispatchException {
        builder.setBody(orEmpty(builder.getBody()));
        if (!builder.hasAgency() || builder.getAgency().isBlank()) {
            builder.setAgency(UNKNOWN_AGENCY);
        }
        signals(builder);
        withoutHeadlineRepeated(builder);
        furniture(builder);
        dateline(builder, packagingAgency);
        if (builder.getHeadline().isBlank() && builder.getBody().isBlank()) {
            throw new InvalidDispatchException("Dispatch has neither a headline nor body text");
        }
        if (builder.getBody().isBlank()) {
            ParseWarning.BODY_MISSING.record(builder, "no body text read");
        }
        if (!builder.hasId() || builder.getId().isBlank()) {
            builder.setId(StoryIds.derive(builder.getAgency(), storyKey(builder)));
        }
        // After the id: a story's id stays what it was before headlines were derived (its body then).
        if (builder.getHeadline().isBlank()) {
            builder.setHeadline(LeadHeadline.of(builder.getBody(), reference(builder)));
            ParseWarning.HEADLINE_DERIVED.record(builder, "headline derived from lead");
        }
        return builder.build();
    }

    private static void signals(Dispatch.Builder builder) {
        List<Signal> signals = new ArrayList<>(builder.getSignals() == null ? List.of() : builder.getSignals());
        HeadlineSignals.Parsed headline = HeadlineSignals.parse(orEmpty(builder.getHeadline()));
        headline.signals().stream().filter(s -> !signals.contains(s)).forEach(signals::add);
        if (builder.getPubStatus() == PubStatus.CANCELED && !signals.contains(Signal.KILL)) {
            signals.add(Signal.KILL);
        }
        // White space folded: a tab or a line break inside a headline is layout, not text.
        builder.setHeadline(headline.headline().replaceAll("\\s+", " ")).setSignals(signals);
        if (!builder.hasVersion() && headline.version() > 1) {
            builder.setVersion(headline.version());
        }
    }

    /**
     * The body without a first paragraph that only repeats the headline, as an XHTML body's {@code <h1>} does: the
     * story, and its dateline, open after it.
     */
    private static void withoutHeadlineRepeated(Dispatch.Builder builder) {
        String body = builder.getBody();
        int end = body.indexOf("\n\n");
        if (end > 0 && !builder.getHeadline().isBlank()
                && body.substring(0, end).replaceAll("\\s+", " ").strip().equalsIgnoreCase(builder.getHeadline())) {
            builder.setBody(body.substring(end + 2).stripLeading());
        }
    }

    private static void furniture(Dispatch.Builder builder) {
        PageFurniture.Cut cut = PageFurniture.cut(builder.getBody());
        if (!cut.removed().isEmpty()) {
            builder.setBody(cut.body());
            ParseWarning.FURNITURE_REMOVED.record(builder,
                cut.removed().stream().map(line -> "'" + line + "'").collect(Collectors.joining(", ")));
        }
    }

    private static Instant reference(Dispatch.Builder builder) {
        return builder.getVersionCreated() != null ? builder.getVersionCreated() : builder.getReceivedAt();
    }

    /**
     * The dateline at the start of the body when the format gave none, and the agency it names when the format
     * names none (else the packaging's). Not finding a dateline is a warning in every format, as it is in dateline
     * text (whose parser has said so already): a dateline the parser cannot read should show, not only the absence
     * of one.
     */
    private static void dateline(Dispatch.Builder builder, String packagingAgency) {
        boolean wantDateline = builder.getDateline() == null && !warned(builder, ParseWarning.DATELINE_MISSING);
        boolean wantAgency = UNKNOWN_AGENCY.equals(builder.getAgency());
        Optional<Datelines.Found> found = (wantDateline || wantAgency) && !builder.getBody().isEmpty()
            ? Datelines.find(builder.getBody(), reference(builder)) : Optional.empty();
        if (wantDateline && found.isEmpty() && !builder.getBody().isEmpty()) {
            ParseWarning.DATELINE_MISSING.record(builder, "none at the start of the body");
        } else if (wantDateline && found.isPresent()) {
            builder.setDateline(found.get().dateline());
        }
        if (wantAgency) {
            // the body's dateline, else the one the format gave as a field ("SANTIAGO, March 14, 2025 (AFP)")
            String named = found.map(Datelines.Found::agency).orElse(builder.getDateline() == null ? null
                : Datelines.agencyNamed(builder.getDateline().getText()));
            builder.setAgency(named != null ? named
                : packagingAgency != null && !packagingAgency.isBlank() ? packagingAgency.strip() : UNKNOWN_AGENCY);
        }
    }

    private static boolean warned(Dispatch.Builder builder, ParseWarning warning) {
        return builder.hasWarnings()
            && builder.getWarnings().stream().anyMatch(recorded -> ParseWarning.of(recorded).equals(Optional.of(warning)));
    }

    private static String storyKey(Dispatch.Builder builder) {
        if (builder.getSlugline() != null && !builder.getSlugline().isBlank()) {
            return builder.getSlugline();
        }
        return builder.getHeadline().isBlank() ? builder.getBody() : builder.getHeadline();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.trim();
    }
}
