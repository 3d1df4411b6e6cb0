package io.wirefeed.service.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.wirefeed.schema.Entity;
import io.wirefeed.schema.Mention;

/**
 * Agency copy as HTML the console's pages can insert: every character of the text escaped (agency copy is
 * untrusted: a headline holding {@code <script>} shows as text), the entities' mentions marked.
 */
final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped, so that it is text in an element or an attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The first {@code maxChars} of one field of a dispatch, escaped, each entity mention in it wrapped in
     * {@code <mark class="entity place" title="...">}. Mentions that overlap an earlier one, or run past the text,
     * are left unmarked; a cut text ends in an ellipsis.
     */
    static String marked(String text, String field, List<Entity> entities, int maxChars) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), maxChars);
        List<Mark> marks = new ArrayList<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.getMentions()) {
                if (field.equals(mention.getField()) && mention.getStart() >= 0 && mention.getStart() < mention.getEnd()
                    && mention.getEnd() <= end) {
                    marks.add(new Mark(mention.getStart(), mention.getEnd(), entity));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        StringBuilder out = new StringBuilder(end + 64);
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            out.append(escape(text.substring(at, mark.start())));
            String type = mark.entity().getType().name().toLowerCase(Locale.ROOT);
            out.append("<mark class=\"entity ").append(type).append("\" title=\"")
                .append(escape(mark.entity().getName() + " (" + type + ")")).append("\">")
                .append(escape(text.substring(mark.start(), mark.end()))).append("</mark>");
            at = mark.end();
        }
        out.append(escape(text.substring(at, end)));
        if (end < text.length()) {
            out.append('\u2026');
        }
        return out.toString();
    }

    private record Mark(int start, int end, Entity entity) {
    }
}
