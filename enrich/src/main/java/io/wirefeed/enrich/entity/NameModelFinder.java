package io.wirefeed.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wirefeed.schema.EntityType;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * An operator's own statistical name finder: an Apache OpenNLP {@code TokenNameFinderModel} file (trained on
 * their copy, say), whose person, organization and location spans become mentions. No such model is shipped:
 * none with a licence fit to redistribute is on Maven Central.
 */
public final class NameModelFinder implements MentionFinder {

    private final ThreadLocal<NameFinderME> finders;

    public NameModelFinder(TokenNameFinderModel model) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    public static NameModelFinder load(Path modelFile) {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new NameModelFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name finder model " + modelFile, e);
        }
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = Span.spansToStrings(tokens, text);
        NameFinderME finder = finders.get();
        List<FoundMention> found = new ArrayList<>();
        for (Span name : finder.find(words)) {
            EntityType type = typeOf(name.getType());
            if (type == null) {
                continue;
            }
            int start = tokens[name.getStart()].getStart();
            int end = tokens[name.getEnd() - 1].getEnd();
            String surface = text.substring(start, end);
            found.add(new FoundMention(field, start, end, surface, new GazetteerEntry(type, surface, null, null)));
        }
        finder.clearAdaptiveData();   // mentions in one text say nothing about the next one
        return found;
    }

    private static EntityType typeOf(String modelType) {
        return switch (modelType == null ? "" : modelType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "organization", "organisation", "org" -> EntityType.ORGANIZATION;
            case "location", "place", "loc", "gpe" -> EntityType.PLACE;
            default -> null;
        };
    }
}
