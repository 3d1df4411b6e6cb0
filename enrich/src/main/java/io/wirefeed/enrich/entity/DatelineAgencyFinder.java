package io.wirefeed.enrich.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * The agency a dateline names by its code: "BAGHDAD (AA) -", "YEREVAN, January 20 (ARMENPRESS) -", in the dateline
 * field or at the opening of the body, when no other finder took the code. A code the list does not know is an
 * organisation of its own when it is written in capitals, as agencies write their codes ("SUVA, 09 JULY 2027 (PACNEWS)",
 * "(RNZ Pacific)"), and is no English word nor an editor's abbreviation ("(UPDATED)", "(RPT)").
 */
public final class DatelineAgencyFinder implements MentionFinder {

    /** A place and perhaps a date, then the code in parentheses, at the very start of the text. */
    private static final Pattern DATELINE_CODE =
        Pattern.compile("^\\s*\\p{Lu}[^(\\n]{1,60}?\\((\\p{Lu}[\\p{L}&]{1,15}(?: \\p{Lu}\\p{L}{1,15})?)\\)");
    /** An agency's code as agencies write one: capitals, perhaps a word after them ("RNZ Pacific"). */
    private static final Pattern UNLISTED_CODE = Pattern.compile("\\p{Lu}{2,10}(?: \\p{Lu}\\p{L}{1,15})?");
    /** Editors' abbreviations in brackets after a place, which no dictionary holds. */
    private static final Set<String> EDITORS_ABBREVIATIONS = Set.of("RPT", "EDS", "ADV", "CORR", "UPD", "URG");

    private final NewsAgencies agencies = NewsAgencies.shipped();
    private final Lexicon lexicon = Lexicon.shipped();

    /**
     * A code in capitals that is no English word ("(UPDATED)", "(EXCLUSIVE)", "(PHOTOS)" are an editor's) nor an
     * editor's abbreviation ("(RPT)").
     */
    private boolean unlistedCode(String code) {
        return UNLISTED_CODE.matcher(code).matches() && !EDITORS_ABBREVIATIONS.contains(code)
            && !lexicon.isCommonWord(code);
    }

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
        if (agency == null && unlistedCode(code.group(1))) {
            agency = new GazetteerEntry(EntityType.ORGANIZATION, code.group(1), null, null);
        }
        FoundMention mention = agency == null ? null
            : new FoundMention(field, code.start(1), code.end(1), code.group(1), agency);
        return mention == null || mention.overlapsAny(taken) ? List.of() : List.of(mention);
    }
}
