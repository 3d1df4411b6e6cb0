package io.wirefeed.ingest.format.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HeadlineSignals;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.TextDecoding;
import io.wirefeed.ingest.format.TitleBlock;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * Plain text copy whose story opens with a dateline, such as
 * {@code ULAANBAATAR, May 2 -- Mongolia's parliament approved...}. Paragraphs before the dateline paragraph
 * are the headline (with markers such as {@code UPDATE 1-} read as signals, bylines left out); markers in front of
 * the dateline itself ({@code UPDATE 2-TASHKENT, July 7 (Reuters) - ...}) are signals too. The agency is the one
 * the dateline names. Text without a dateline is read all the same: its first paragraph is the headline, and
 * the missing dateline a {@link ParseWarning}. One document is one dispatch.
 */
public final class DatelineTextParser implements DispatchParser {

    /** Control characters other than tab and line ends: line noise, never text. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern NOISE = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]+");
    /** A headline is at most this long; a longer first paragraph of undated text is story, not headline. */
    private static final int HEADLINE_LIMIT = 300;

    @Override
    public SourceFormat format() {
        return SourceFormat.DATELINE_TEXT;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        String text = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        // Paragraphs with their lines, for the title block; folded to one line, for the rest.
        List<String> lined = titleApartFromLead(paragraphs(TextDecoding.lineFeeds(NOISE.matcher(text).replaceAll(" "))),
            document);
        List<String> paragraphs = new ArrayList<>(lined.stream().map(DatelineTextParser::fold).toList());
        if (paragraphs.isEmpty()) {
            throw new InvalidDispatchException("Empty document");
        }
        Dispatch.Builder dispatch = document.newDispatch(0, document.sha256()).setFormat(SourceFormat.DATELINE_TEXT);
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<Datelines.Found> dateline = dateline(paragraphs, i, dispatch, document);
            if (dateline.isPresent()) {
                Datelines.Found found = dateline.get();
                TitleBlock.Read title = TitleBlock.read(lined.subList(0, i).stream()
                    .flatMap(paragraph -> paragraph.lines()).toList());
                dispatch.setHeadline(title.headline()).setSlugline(title.slug())
                    .setDateline(found.dateline())
                    .setAgency(found.agency() == null ? DispatchCompletion.UNKNOWN_AGENCY : found.agency())
                    .setBody(body(lined, paragraphs, i));
                return List.of(DispatchCompletion.complete(dispatch));
            }
        }
        return List.of(DispatchCompletion.complete(undated(dispatch, paragraphs)));
    }

    /**
     * The dateline opening paragraph {@code i}, found behind any markers before it (the markers become the
     * dispatch's signals and version, and leave the paragraph), or the second paragraph when it is a town alone.
     */
    private static Optional<Datelines.Found> dateline(List<String> paragraphs, int i, Dispatch.Builder dispatch,
            RawDocument document) {
        HeadlineSignals.Parsed marked = HeadlineSignals.parse(paragraphs.get(i));
        if (!marked.signals().isEmpty()) {
            Optional<Datelines.Found> found = Datelines.find(marked.headline(), document.receivedAt());
            if (found.isPresent()) {
                paragraphs.set(i, marked.headline());
                dispatch.setSignals(marked.signals());
                if (marked.version() > 1) {
                    dispatch.setVersion(marked.version());
                }
                return found;
            }
        }
        Optional<Datelines.Found> found = Datelines.find(paragraphs.get(i), document.receivedAt());
        // "ISTANBUL" alone (Anadolu) only as the second paragraph: after the headline, before the story.
        return found.isPresent() || i != 1 || paragraphs.size() < 3 ? found : Datelines.placeAlone(paragraphs.get(i));
    }

    /**
     * The paragraphs with a first paragraph that runs from the title lines into the lead without a blank line
     * ("JAPAN-PHILIPPINES/COAST GUARD", the headline, then "TOKYO, July 11 (Kyodo) -- ...") parted where its dateline
     * opens a line, so that the title lines are the title block and the rest the lead.
     */
    private static List<String> titleApartFromLead(List<String> lined, RawDocument document) {
        if (lined.isEmpty() || lined.get(0).indexOf('\n') < 0
                || Datelines.find(HeadlineSignals.parse(fold(lined.get(0))).headline(), document.receivedAt()).isPresent()) {
            return lined;
        }
        List<String> lines = lined.get(0).lines().toList();
        for (int k = 1; k < lines.size(); k++) {
            if (Datelines.find(HeadlineSignals.parse(lines.get(k)).headline(), document.receivedAt()).isPresent()) {
                List<String> parted = new ArrayList<>(lined.size() + 1);
                parted.add(String.join("\n", lines.subList(0, k)));
                parted.add(String.join("\n", lines.subList(k, lines.size())));
                parted.addAll(lined.subList(1, lined.size()));
                return parted;
            }
        }
        return lined;
    }

    /**
     * The story from paragraph {@code i}, its lines read as {@link HtmlText#normaliseParagraphs} reads plain text's
     * (a paragraph a line where the text is written so); the dateline's paragraph as found, without its markers.
     */
    private static String body(List<String> lined, List<String> paragraphs, int i) {
        List<String> story = new ArrayList<>(lined.subList(i, lined.size()));
        if (!fold(story.get(0)).equals(paragraphs.get(i))) {
            story.set(0, paragraphs.get(i));
        }
        return HtmlText.normaliseParagraphs(String.join("\n\n", story));
    }

    /** Text without a dateline: the first paragraph is the headline if it is short enough to be one. */
    private static Dispatch.Builder undated(Dispatch.Builder dispatch, List<String> paragraphs) {
        List<String> rest = withoutBylines(paragraphs);
        if (rest.size() > 1 && rest.get(0).length() <= HEADLINE_LIMIT) {
            dispatch.setHeadline(rest.get(0)).setBody(String.join("\n\n", withoutBylines(rest.subList(1, rest.size()))));
            ParseWarning.DATELINE_MISSING.record(dispatch, "first line taken as headline");
        } else {
            dispatch.setHeadline("").setBody(String.join("\n\n", rest));
            ParseWarning.DATELINE_MISSING.record(dispatch, "no dateline");
        }
        return dispatch;
    }

    private static List<String> withoutBylines(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs);
        kept.removeIf(TitleBlock::isByline);
        return kept;
    }

    /**
     * Blank-line separated paragraphs, each with its lines; text without blank lines has a paragraph per line.
     * Lines are split on line ends only and folded one by one: {@code split("\\s*\\R\\s*")} is quadratic in a
     * long run of spaces.
     */
    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\n[ \t\f\u000B]*\n")) {
            String lines = block.lines().map(DatelineTextParser::fold).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        if (paragraphs.size() == 1) {
            return new ArrayList<>(paragraphs.get(0).lines().toList());
        }
        return paragraphs;
    }

    private static String fold(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
