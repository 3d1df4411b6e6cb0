package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "Reporter: Walda Prameswari Editor: Rahmad Nasution", "(By Teng Pei-ju and Wu Kuan-hsiung)", "Reporting by Jane
 * Doe; Editing by Mark Potter": the names of a byline or a credit line are people's, whether or not their given names
 * are names the lexicon knows, and a byline's names are none of the places or companies their words may also be. Each
 * name is two to four capitalised words (a hyphen may join a word in lower case, "Pei-ju"), the names parted by commas
 * and "and", up to what no name goes on with (the next label, "Editor:", included).
 */
final class BylineNames implements MentionFinder {

    /** The labels and phrases a credit line opens with, each read where it stands as written. */
    private static final List<String> MARKERS = List.of("Reporter: ", "Reporters: ", "Editor: ", "Editors: ",
        "Writer: ", "Translator: ", "Translators: ", "Reporting by ", "Editing by ", "Writing by ",
        "Additional reporting by ", "(By ");
    /** Words a credit line's last name may run into where its lines were joined ("Copyright © ANTARA"). */
    private static final Set<String> AFTER_CREDITS = WordSet.of("Copyright", "Photo", "Photos", "Source", "Enditem");
    private static final int LONGEST_NAME = 4;

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>(0);
        for (String marker : MARKERS) {
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                names(field, text, at + marker.length(), taken, found);
            }
        }
        return found;
    }

    /** The names listed from character {@code from} on, added to {@code found} unless another finder took them. */
    private static void names(String field, String text, int from, List<FoundMention> taken, List<FoundMention> found) {
        Tokens words = Tokens.of(text);
        int first = wordAt(words, from);
        while (first >= 0) {
            int last = nameEnd(words, first);
            if (last - first + 1 < 2 || countWords(words, first, last) > LONGEST_NAME) {
                return;
            }
            int start = words.start(first);
            int end = words.end(last);
            FoundMention mention = FoundMention.unlisted(field, text, start, end, EntityType.PERSON);
            if (!mention.overlapsAny(taken) && !mention.overlapsAny(found)) {
                found.add(mention);
            }
            first = nextName(words, last);
        }
    }

    /** The word that starts at character {@code at}, capitalised, or -1. */
    private static int wordAt(Tokens words, int at) {
        for (int i = 0; i < words.size(); i++) {
            if (words.start(i) == at) {
                return words.capitalised(i) ? i : -1;
            }
            if (words.start(i) > at) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The last word of the name from word {@code first}: capitalised words (and particles) joined by a space, or a
     * hyphen, on one line ("Copyright" below a byline is no name's), up to a word a label's colon follows (the next
     * label's own).
     */
    private static int nameEnd(Tokens words, int first) {
        int last = first;
        while (last + 1 < words.size() && (words.next(last) == ' ' || words.joined(last))
                && words.start(last + 1) - words.end(last) == 1
                && (words.capitalised(last + 1) || words.joined(last) || particleOfSurname(words, last + 1))
                && words.next(last + 1) != ':' && !words.word(last + 1).equals("and")
                && !AFTER_CREDITS.contains(words.word(last + 1))) {
            last++;
        }
        return last;
    }

    /** "Ahmed Saeed al-Obeidi", "Rafael de Souza": a particle in lower case before the surname it opens. */
    private static boolean particleOfSurname(Tokens words, int i) {
        return i + 1 < words.size() && NameVocabulary.PARTICLES.contains(words.word(i)) && words.capitalised(i + 1)
            && words.start(i + 1) - words.end(i) == 1;
    }

    /** Words of the name, a hyphenated word counted once ("Teng Pei-ju" is two). */
    private static int countWords(Tokens words, int first, int last) {
        int count = 1;
        for (int i = first; i < last; i++) {
            count += words.joined(i) ? 0 : 1;
        }
        return count;
    }

    /** The first word of the next name listed after word {@code last} (after a comma or "and"), or -1. */
    private static int nextName(Tokens words, int last) {
        int next = last + 1;
        if (next >= words.size()) {
            return -1;
        }
        String between = words.text().substring(words.end(last), words.start(next)).strip();
        if (between.equals(",") && words.capitalised(next)) {
            return next;
        }
        if (between.isEmpty() && words.word(next).equals("and") && next + 1 < words.size() && words.capitalised(next + 1)
                && words.text().substring(words.end(next), words.start(next + 1)).equals(" ")) {
            return next + 1;
        }
        return -1;
    }
}
