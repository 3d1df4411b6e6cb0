package io.wirefeed.enrich.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency a dateline names by its code: "BAGHDAD (AA) -", "YEREVAN, January 20 (ARMENPRESS) -", in the dateline
 * field or at the opening of the body, when no other finder took the code.
 */
public final class DatelineAgencyFinder implements MentionFinder {

    /** A place and perhaps a date, then the code in parentheses, at the very start of the text. */
    private static final Pattern DATELINE_CODE =
        Pattern.compile("^\\s*\\p{Lu}[^(\\n]{1,60}?\\((\\p{Lu}[\\p{L}&]{1,15})\\)");

    private final NewsAgencies agencies = NewsAgencies.shipped();

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        if (!field.equals("dateline") && !field.equals("body")) {
            return List.of();
        }
        Matcher code = DATELINE_CODE.matcher(text);
        if (!code.lookingAt()) {
            return List.of();
        }
        GazetteerEntry agency = agencies.called(code.group(1));
        FoundMention mention = agency == null ? null
            : new FoundMention(field, code.start(1), code.end(1), code.group(1), agency);
        return mention == null || mention.overlapsAny(taken) ? List.of() : List.of(mention);
    }
}
