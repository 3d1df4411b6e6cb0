package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paragraphs of one blank-line separated block of plain text. Many feeds write a paragraph a line with no
 * blank line between (ninjs and RSS plain text, dpa's text, AFP's and Xinhua's 7901): the block's lines are then
 * its paragraphs, when at least half of them are longer than a hard wrap makes them or (three or more) every
 * one but the last ends a sentence. Else the lines are a hard-wrapped paragraph, in which a line indented after
 * one that ends a sentence still opens a new paragraph (teleprinter copy indents its paragraphs).
 */
final class PlainParagraphs {

    /** Longer than teleprinter and e-mail wraps (64 to 80 columns) make a line. */
    private static final int WRAP_LIMIT = 100;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…\"”’»)]$");
    private static final Pattern INDENTED = Pattern.compile("^(?:\\t|  )\\s*\\S.*");

    private PlainParagraphs() {
    }

    /** The paragraphs of a block, each its lines joined as they were (white space not yet folded). */
    static List<String> of(String block) {
        List<String> lines = block.lines().filter(line -> !line.isBlank()).toList();
        List<String> paragraphs = new ArrayList<>();
        // Two lines that each end a sentence are as often a wrapped paragraph: three or more say more.
        boolean linePerParagraph = lines.size() > 1 && lines.stream().filter(line -> line.strip().length() > WRAP_LIMIT)
            .count() * 2 >= lines.size()
            || lines.size() > 2 && lines.subList(0, lines.size() - 1).stream().allMatch(PlainParagraphs::endsSentence);
        StringBuilder paragraph = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            boolean opens = previous != null
                && (linePerParagraph || INDENTED.matcher(line).matches() && endsSentence(previous));
            if (opens) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
            paragraph.append(line).append('\n');
            previous = line;
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).matches();
    }
}
