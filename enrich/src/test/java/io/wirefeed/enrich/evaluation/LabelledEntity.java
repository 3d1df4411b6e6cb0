package io.wirefeed.enrich.evaluation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.Mention;

/**
 * An entity as an annotator labelled it or as the tagger found it: its type and the forms it goes by (its name
 * and every mention as written). Two are the same entity when their types agree and a form is shared, compared
 * without case, diacritics, full stops or the kind of apostrophe and dash, so that "U.S." is "US" and "Krakow" is
 * "Kraków", but "Chrysler" is not "Chrysler Corp" unless one of them was written both ways.
 */
record LabelledEntity(EntityType type, String name, Set<String> forms) {

    /** A labelled entity: {"type", "name", "mentions": [...]}, or the development part's "TYPE:name". */
    static LabelledEntity fromLabel(JsonNode label) {
        if (label.isTextual()) {
            String[] parts = label.asText().split(":", 2);
            return of(EntityType.valueOf(parts[0]), parts[1], Set.of(parts[1]));
        }
        Set<String> written = new LinkedHashSet<>();
        label.path("mentions").forEach(mention -> written.add(mention.asText()));
        return of(EntityType.valueOf(label.get("type").asText()), label.get("name").asText(), written);
    }

    static LabelledEntity found(Entity entity) {
        Set<String> written = new LinkedHashSet<>();
        for (Mention mention : entity.getMentions()) {
            written.add(mention.getText());
        }
        return of(entity.getType(), entity.getName(), written);
    }

    private static LabelledEntity of(EntityType type, String name, Set<String> written) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalise(name));
        written.forEach(form -> forms.add(normalise(form)));
        forms.remove("");
        return new LabelledEntity(type, name, Set.copyOf(forms));
    }

    boolean sameAs(LabelledEntity other) {
        return type == other.type && other.forms.stream().anyMatch(forms::contains);
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[.\u2019'`]", "").replaceAll("[\\s\u2010-\u2015-]+",
            " ").trim();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
