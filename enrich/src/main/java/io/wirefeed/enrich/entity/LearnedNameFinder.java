package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * The last word on names no list or rule knows: each run of capitalised words the earlier finders did not judge
 * ({@link CapitalisedRuns}) is weighed by a {@link NameModel} from its words and their context, and kept as a
 * person, organisation or place when the model puts that above "no entity" by more than a margin; where it names no
 * whole run, the run's {@link RunParts parts} are weighed the same way. A run around the earlier finders' shorter
 * mentions that the model names wins over them, being longer ({@code EntityRecognizer}). Rules stay first because
 * they are exact where they fire; the model covers the long tail of villages, small companies and clubs that rules
 * cannot list ("a resident of Karimama", "Erdenes Tavantolgoi JSC").
 */
public final class LearnedNameFinder implements MentionFinder {

    /** Margins above this keep the guess; higher trades recall for precision (see docs/evaluation.md). */
    static final float MARGIN = 3f;

    private final NameModel model;
    private final Gazetteer gazetteer;
    private final SpanFeatures features;

    LearnedNameFinder(NameModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.features = new SpanFeatures(Lexicon.shipped(), gazetteer);
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        if ("dateline".equals(field)) {
            return List.of();    // the dateline's place and agency are the rules' (Datelines, DatelineAgencyFinder)
        }
        List<FoundMention> found = new ArrayList<>();
        String plain = plain(text);
        for (CapitalisedRuns.Run run : CapitalisedRuns.in(plain, taken, field)) {
            if (everydayWordThen(EntityType.ORGANIZATION, plain, run, taken, field)
                    || afterTold(plain, run) && earlierNamesOnly(run, taken, field)
                    || !judge(field, text, plain, run, everydayWordThen(EntityType.PERSON, plain, run, taken, field),
                    found)) {
                for (CapitalisedRuns.Run part : run.parts()) {
                    judge(field, text, plain, part, false, found);
                }
            }
        }
        return found;
    }

    /**
     * Whether the model names the run; if so, its mention is added to {@code found}. A run of an everyday word and an
     * earlier finder's person is a title and the person, or a longer name of the person, never a body around them.
     */
    private boolean judge(String field, String text, String plain, CapitalisedRuns.Run run, boolean titleThenPerson,
                          List<FoundMention> found) {
        if (compassPointOfCountry(plain, run)) {
            return false;
        }
        NameModel.Scorer scorer = model.scorer();
        features.of(field, plain, run, scorer);
        NameModel.Guess guess = scorer.guess();
        if (guess.type() == null || guess.margin() <= MARGIN || guess.type() == EntityType.PERSON && oneWord(plain, run)
                || titleThenPerson && guess.type() != EntityType.PERSON) {
            return false;
        }
        String surface = text.substring(run.start(), run.end());
        found.add(new FoundMention(field, run.start(), run.end(), surface,
            new GazetteerEntry(guess.type(), Tokens.singleSpaced(surface), null, null)));
        return true;
    }

    /** "Northern Vietnam": a compass point before a country names the country's part, as the rules read it. */
    private boolean compassPointOfCountry(String text, CapitalisedRuns.Run run) {
        int space = text.indexOf(' ', run.start());
        return space > 0 && space < run.end() && NameVocabulary.compassPointOfCountry(text.substring(run.start(), space),
            NameKeys.of(text.substring(space + 1, run.end()).strip()), gazetteer);
    }

    /** Nouns for a company, which open no company's name ("NV Philips", "SA Brewing Holdings" keep their forms). */
    private static final Set<String> COMPANY_NOUNS = WordSet.of("Company", "Corporation");

    /**
     * An everyday word, then an earlier finder's person: "Board Dilvar Oskenbay", "Coach Ange Postecoglou" (a title
     * and the person); "Company", then an earlier finder's organisation: "the U.S. Company Alcoa" (no longer name of
     * the company).
     */
    private static boolean everydayWordThen(EntityType type, String text, CapitalisedRuns.Run run,
                                            List<FoundMention> taken, String field) {
        int firstSpace = text.indexOf(' ', run.start());
        if (!run.holds().contains(type) || firstSpace < 0 || firstSpace >= run.end()) {
            return false;
        }
        String first = text.substring(run.start(), firstSpace);
        if (type == EntityType.PERSON ? !Lexicon.shipped().isCommonWord(first) : !COMPANY_NOUNS.contains(first)) {
            return false;
        }
        int second = firstSpace;
        while (second < run.end() && text.charAt(second) == ' ') {
            second++;
        }
        for (FoundMention mention : taken) {
            if (mention.field().equals(field) && mention.end() == run.end() && mention.start() == second
                    && mention.entity().type() == type) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Neyra told Reuters Peru was current": after "told", a run of two or more earlier finders' mentions and nothing
     * else is the one told and the clause's subject, not a longer name around them (elsewhere such runs are often one
     * name: "Lakki Marwat", "Amnesty International Nigeria").
     */
    private static boolean earlierNamesOnly(CapitalisedRuns.Run run, List<FoundMention> taken, String field) {
        List<FoundMention> inside = taken.stream().filter(mention -> mention.field().equals(field)
            && mention.start() >= run.start() && mention.end() <= run.end())
            .sorted(Comparator.comparingInt(FoundMention::start)).toList();
        int covered = run.start();
        for (FoundMention mention : inside) {
            if (mention.start() > covered + 1) {
                return false;  // a word of the run no earlier finder took
            }
            covered = Math.max(covered, mention.end());
        }
        return inside.size() >= 2 && covered == run.end();
    }

    private static boolean afterTold(String text, CapitalisedRuns.Run run) {
        return text.startsWith("told ", run.start() - "told ".length());
    }

    /** The text with no-break spaces, at the same offsets, as the model was trained. */
    static String plain(String text) {
        return text.indexOf('\u00A0') < 0 ? text : text.replace('\u00A0', ' ');
    }

    /**
     * Agencies write a person in full first ("Rubén Alvarado") and the rules link the surname after it; a word
     * alone that the model calls a person was, on Reuters' copy, most often a company ("Moulinex", "Sogeti").
     */
    private static boolean oneWord(String text, CapitalisedRuns.Run run) {
        return CapitalisedRuns.lastSpace(text, run.start(), run.end()) < 0;
    }
}
