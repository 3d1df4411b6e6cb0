package io.wirefeed.enrich.entity;

import io.wirefeed.schema.EntityType;

/**
 * "OPEC+", "BRICS+": a group's acronym with a plus written after it is the group widened by its partners (OPEC with
 * Russia and the other producers that cut output with it), an organisation of its own, not the group the acronym names.
 */
final class PlusGroups {

    private PlusGroups() {
    }

    /** The mention as the widened group where a plus closes its acronym; the mention itself otherwise. */
    static FoundMention widened(String text, FoundMention mention) {
        int end = mention.end();
        boolean plus = end < text.length() && text.charAt(end) == '+'
            && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
        if (!plus || mention.entity().type() != EntityType.ORGANIZATION || !acronym(mention.text())) {
            return mention;
        }
        String written = mention.text() + "+";
        return new FoundMention(mention.field(), mention.start(), end + 1, written,
            new GazetteerEntry(EntityType.ORGANIZATION, written, null, null));
    }

    /** Two or more letters, all capitals but perhaps the rest of a word written as one ("Opec"). */
    private static boolean acronym(String written) {
        if (written.length() < 2 || !Character.isUpperCase(written.charAt(0))) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (!Character.isLetter(written.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
