package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "the Monetary Policy Committee of the Bank of Mongolia", "the 8th Division of the Iraqi Army", "the Special Branch
 * of the Royal Malaysia Police": a body's part "of the" body, read as one name no list knows, is two, the part and
 * the body. Not a name a list knows as one ("the International Committee of the Red Cross"); only where the part has
 * words of its own ("the Office of the Comptroller of the Currency" is one name) and
 * what follows "of the" is a body, by a list or by its head, and no place ("the Party of the Democratic Revolution",
 * "the Economics Institute of the Soviet Union" are one).
 */
final class BodiesOfBodies {

    /** Words that name a part of a body. */
    private static final Set<String> PARTS = WordSet.of("Board", "Committee", "Subcommittee", "Council", "Directorate",
        "Department", "Division", "Branch", "Unit", "Brigade", "Battalion", "Regiment", "Service", "Centre", "Center",
        "Institute", "Market", "Component", "Staff", "Commissariat", "Office", "Bureau", "Secretariat", "Section",
        "Squadron", "Command", "Inspectorate", "Laboratory", "Faculty");
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+the\\s+");

    private BodiesOfBodies() {
    }

    /** The mentions with each body's part of a body made two mentions, or one where the part has no name. */
    static List<FoundMention> split(List<FoundMention> mentions) {
        List<FoundMention> split = new ArrayList<>(mentions.size());
        for (FoundMention mention : mentions) {
            split.addAll(parts(mention));
        }
        return split;
    }

    private static List<FoundMention> parts(FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION || mention.entity().id() != null) {
            return List.of(mention);
        }
        Matcher ofThe = OF_THE.matcher(mention.text());
        if (!ofThe.find() || Gazetteer.shipped().knowsAs(NameKeys.of(mention.text()), KnownName.Kind.ORGANIZATION)) {
            return List.of(mention);  // a list's name is one ("the International Committee of the Red Cross")
        }
        do {
            String part = mention.text().substring(0, ofThe.start());
            String body = mention.text().substring(ofThe.end());
            if (part.indexOf(' ') > 0 && namesAPart(part) && namesABody(body)) {
                List<FoundMention> parts = new ArrayList<>(2);
                parts.add(unlisted(mention, mention.start(), part));
                parts.add(unlisted(mention, mention.start() + ofThe.end(), body));
                return parts;
            }
        } while (ofThe.find());
        return List.of(mention);
    }

    private static FoundMention unlisted(FoundMention of, int start, String written) {
        return new FoundMention(of.field(), start, start + written.length(), written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, of.entity().country()));
    }

    /** Capitalised words with a part's word among them ("Monetary Policy Committee", "Customs Surveillance Service"). */
    private static boolean namesAPart(String part) {
        for (String word : part.split("\\s+")) {
            if (PARTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body a list knows, or capitalised words ending with a body's head ("Royal Malaysia Police"), but no place
     * ("the Soviet Union") nor a word alone ("the Board").
     */
    private static boolean namesABody(String body) {
        if (body.indexOf(' ') < 0 && body.indexOf('\n') < 0) {
            return false;  // "the Audit Committee of the Board": a word alone is the body's own part
        }
        Gazetteer lists = Gazetteer.shipped();
        String key = NameKeys.of(body);
        boolean headed = NameVocabulary.ORGANISATION_HEADS.contains(EntityRecognizer.lastWord(Tokens.singleSpaced(body)));
        return (headed || lists.knowsAs(key, KnownName.Kind.ORGANIZATION)) && !lists.knowsAs(key, KnownName.Kind.COUNTRY,
            KnownName.Kind.REGION, KnownName.Kind.CAPITAL, KnownName.Kind.CITY);
    }
}
