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
        builder.setBody(orEmpty(builder.getBody()));
        if (!builder.hasAgency() || builder.getAgency().isBlank()) {
            builder.setAgency(UNKNOWN_AGENCY);
        }
        signals(builder);
        furniture(builder);
        dateline(builder);
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
     * The dateline at the start of the body when the format gave none. Not finding one is a warning in every
     * format, as it is in dateline text (whose parser has said so already): a dateline the parser cannot read
     * should show, not only the absence of one.
     */
    private static void dateline(Dispatch.Builder builder) {
        if (builder.getDateline() != null || builder.getBody().isEmpty()
                || warned(builder, ParseWarning.DATELINE_MISSING)) {
            return;
        }
        Optional<Datelines.Found> found = Datelines.find(builder.getBody(), reference(builder));
        if (found.isEmpty()) {
            ParseWarning.DATELINE_MISSING.record(builder, "none at the start of the body");
            return;
        }
        builder.setDateline(found.get().dateline());
        if (UNKNOWN_AGENCY.equals(builder.getAgency()) && found.get().agency() != null) {
            builder.setAgency(found.get().agency());
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
