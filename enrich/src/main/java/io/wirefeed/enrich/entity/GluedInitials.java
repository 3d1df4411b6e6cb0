package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * "J.Enkhtuvshin", "Ts.Oyunchimeg": a person as Mongolian copy writes one, the initial of the father's name glued to
 * the given name by a full stop. The form is a person's wherever it stands ("Herder D.Batbayar from Ikh-Uul"); where
 * a finder read capitalised words before it into the name ("Light Industry J.Enkhtuvshin", a minister's portfolio),
 * the person begins at the initial, and where it read the initial alone ("Governor Ts"), the person is the whole
 * name. Not a name the lists know ("St.Petersburg").
 */
final class GluedInitials {

    /** One capital, or a Mongolian digraph, a full stop and a name, with no letter or full stop right before. */
    private static final Pattern NAME = Pattern.compile(
        "(?<![\\p{L}.])(?:\\p{Lu}|Ts|Kh|Ch|Sh|Zh)\\.\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?(?!\\p{L})(?!\\.\\p{L})");
    /** How far past a mention's end its glued name may run ("Ts" of "Ts.Oyunchimeg"). */
    private static final int REACH = 40;

    private GluedInitials() {
    }

    /** The glued names of the text no other finder read, as people. */
    static List<FoundMention> people(String field, String text, List<FoundMention> taken, Gazetteer lists) {
        if (text.indexOf('.') < 0) {
            return List.of();
        }
        List<FoundMention> found = new ArrayList<>(0);
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            FoundMention person = FoundMention.unlisted(field, text, name.start(), name.end(), EntityType.PERSON);
            if (!person.overlapsAny(taken) && lists.lookup(NameKeys.of(person.text())).length == 0) {
                found.add(person);
            }
        }
        return found;
    }

    /**
     * The person a mention names as the glued name it holds or begins: from the initial on when words before it were
     * read into the name, the whole name when only its initial was ("Governor Ts" of "Governor Ts.Oyunchimeg").
     */
    static FoundMention fromTheInitial(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.PERSON || mention.entity().id() != null
                || mention.end() >= text.length() || text.indexOf('.', mention.start()) < 0) {
            return mention;
        }
        Matcher name = NAME.matcher(text).region(mention.start(), Math.min(text.length(), mention.end() + REACH));
        if (name.find() && name.start() < mention.end() && name.end() >= mention.end()
                && (name.start() == mention.start() || Character.isWhitespace(text.charAt(name.start() - 1)))) {
            return FoundMention.unlisted(mention.field(), text, name.start(), name.end(), EntityType.PERSON);
        }
        return mention;
    }
}
