package io.wirefeed.enrich;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * The stateless steps of enrichment: language, entities and topics of one dispatch. Its verdict is UNIQUE and
 * its story its own id until the {@link io.wirefeed.enrich.dedupe.Deduplicator} says otherwise.
 *
 * <p>Entity recognition is not linear in the length of a text, so no more than a set number of characters is
 * analysed: the headline, the dateline and the body in that order, the first that does not fit cut at a word
 * boundary and those after it left out. The record says how many were analysed ({@code analysedChars}) and keeps
 * every field whole.
 */
public final class DispatchDescriber {

    /** Characters analysed per dispatch unless set otherwise: wire stories longer than this are rare. */
    public static final int DEFAULT_MAX_ANALYSED_CHARS = 20_000;
    /** How far back from the cap a word boundary is looked for, so that no word is cut in two. */
    private static final int WORD_REACH = 100;

    private final LanguageDetector language;
    private final EntityRecognizer entities;
    private final TopicClassifier topics;
    private final int maxAnalysedChars;

    public DispatchDescriber(LanguageDetector language, EntityRecognizer entities, TopicClassifier topics) {
        this(language, entities, topics, DEFAULT_MAX_ANALYSED_CHARS);
    }

    private DispatchDescriber(LanguageDetector language, EntityRecognizer entities, TopicClassifier topics,
                              int maxAnalysedChars) {
        if (maxAnalysedChars < 1) {
            throw new IllegalArgumentException("At least one character must be analysed, not " + maxAnalysedChars);
        }
        this.language = language;
        this.entities = entities;
        this.topics = topics;
        this.maxAnalysedChars = maxAnalysedChars;
    }

    /** The same steps, analysing at most {@code maxChars} characters of a dispatch's text. */
    public DispatchDescriber analysing(int maxChars) {
        return new DispatchDescriber(language, entities, topics, maxChars);
    }

    public static DispatchDescriber standard() {
        return new DispatchDescriber(new LanguageDetector(), EntityRecognizer.standard(), TopicClassifier.shipped());
    }

    public EnrichedDispatch describe(Dispatch dispatch, Instant now) {
        Analysed text = analysed(dispatch.getHeadline(),
            dispatch.getDateline() == null ? null : dispatch.getDateline().getText(), dispatch.getBody());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", text.headline());
        fields.put("dateline", text.dateline());
        fields.put("body", text.body());
        List<Entity> found = entities.recognise(fields);
        return EnrichedDispatch.newBuilder()
            .setId(dispatch.getId())
            .setGuid(dispatch.getGuid())
            .setVersion(dispatch.getVersion())
            .setAgency(dispatch.getAgency())
            .setFormat(dispatch.getFormat())
            .setReceivedAt(dispatch.getReceivedAt())
            .setFirstCreated(dispatch.getFirstCreated())
            .setVersionCreated(dispatch.getVersionCreated())
            .setPubStatus(dispatch.getPubStatus())
            .setUrgency(dispatch.getUrgency())
            .setEmbargoedUntil(dispatch.getEmbargoedUntil())
            .setLanguage(language.detect(text.headline() + "\n" + text.body(), dispatch.getLanguage()))
            .setDeclaredLanguage(dispatch.getLanguage())
            .setHeadline(dispatch.getHeadline())
            .setSlugline(dispatch.getSlugline())
            .setDateline(dispatch.getDateline())
            .setBody(dispatch.getBody())
            .setSubjects(dispatch.getSubjects())
            .setSignals(dispatch.getSignals())
            .setOriginal(dispatch.getOriginal())
            .setEntities(found)
            .setCountries(entities.countries(fields, found))
            .setTopics(topics.classify(text.headline(), text.body(), dispatch.getSubjects(), found))
            .setDedupe(Dedupe.newBuilder().setVerdict(DedupeVerdict.UNIQUE).build())
            .setStory(dispatch.getId())
            .setEnrichedAt(now)
            .setAnalysedChars(text.analysedChars())
            .setWarnings(dispatch.getWarnings())
            .build();
    }

    /** What is analysed of a dispatch's text, and how many characters that is when it is not all of it. */
    private record Analysed(String headline, String dateline, String body, Integer analysedChars) {
    }

    private Analysed analysed(String headline, String dateline, String body) {
        if (length(headline) + length(dateline) + length(body) <= maxAnalysedChars) {
            return new Analysed(headline, dateline, body, null);
        }
        // The first field that does not fit is cut; those after it are left out.
        String keptHeadline = prefix(headline, maxAnalysedChars);
        int left = length(keptHeadline) < length(headline) ? 0 : maxAnalysedChars - length(headline);
        String keptDateline = prefix(dateline, left);
        left = length(keptDateline) < length(dateline) ? 0 : left - length(dateline);
        String keptBody = prefix(body, left);
        return new Analysed(keptHeadline, keptDateline, keptBody,
            length(keptHeadline) + length(keptDateline) + length(keptBody));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** At most {@code max} characters from the start, cut after white space near the end when there is some. */
    static String prefix(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max;
        for (int at = max; at > 0 && at > max - WORD_REACH; at--) {
            if (Character.isWhitespace(text.charAt(at - 1))) {
                cut = at;
                break;
            }
        }
        if (cut == max && cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }
}
