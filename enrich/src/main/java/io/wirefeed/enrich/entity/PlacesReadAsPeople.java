package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Names no list knows that a finder read as people, where the words around make them places: a place's kind in lower
 * case after them ("in the Datta Khel area", "the El Collao province", "the Intan Jaya regency"), or a listed place
 * beside them in a list ("in Tetouan, Tangier and Had Soualem", "in Tanah Merah and Kuala Krai"), and the names listed
 * on from those. Pashto, Vietnamese,
 * Somali and Malay places have the shape of people's names; a name opening with a given name stays a person's in a
 * list ("Mayor Khan, Lima and Pedro Castillo").
 */
final class PlacesReadAsPeople {

    private static final Set<String> KINDS = WordSet.of("area", "district", "province", "region", "regency", "county",
        "village", "town", "valley", "mountains", "hills", "commune", "municipality", "subdistrict", "neighbourhood",
        "neighborhood", "township", "islands", "island", "governorate", "prefecture", "oblast");

    private PlacesReadAsPeople() {
    }

    /**
     * The mentions (of one field), those the words around make places as places: first where a place's kind or a
     * listed place stands beside them, then, name by name along a list, beside those ("Tanah Merah (1,544), Pasir
     * Puteh (907), Kuala Krai (512)" after a town the lists know).
     */
    static List<FoundMention> placed(String text, List<FoundMention> mentions) {
        List<FoundMention> read = List.copyOf(mentions);
        List<FoundMention> all = new ArrayList<>(read.size());
        List<FoundMention> placed = new ArrayList<>(0);
        for (FoundMention mention : read) {
            boolean place = unlistedPerson(mention) && (kindAfter(text, mention) || listedWithPlaces(text, mention, read,
                true));
            all.add(place ? asPlace(mention) : mention);
            if (place) {
                placed.add(all.get(all.size() - 1));
            }
        }
        for (int grown = placed.size(); grown > 0; ) {
            grown = 0;
            for (int i = 0; i < all.size(); i++) {
                FoundMention mention = all.get(i);
                if (unlistedPerson(mention) && listedWithPlaces(text, mention, placed, false)) {
                    all.set(i, asPlace(mention));
                    placed.add(all.get(i));
                    grown++;
                }
            }
        }
        return all;
    }

    private static boolean unlistedPerson(FoundMention mention) {
        return mention.entity().type() == EntityType.PERSON && mention.entity().id() == null;
    }

    private static FoundMention asPlace(FoundMention mention) {
        return new FoundMention(mention.field(), mention.start(), mention.end(), mention.text(),
            new GazetteerEntry(EntityType.PLACE, mention.entity().name(), null, mention.entity().country()));
    }

    /** "the Datta Khel area", "in Cal Miskaad mountains": "the" or "in" before, a place's kind after. */
    private static boolean kindAfter(String text, FoundMention mention) {
        int start = mention.start();
        boolean opened = start >= 4 && (text.startsWith("the ", start - 4) || text.startsWith("in ", start - 3));
        if (!opened || mention.end() + 1 >= text.length() || text.charAt(mention.end()) != ' ') {
            return false;
        }
        int end = mention.end() + 1;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return KINDS.contains(text.substring(mention.end() + 1, end));
    }

    /**
     * A place a list knows right before or after the mention in a list; no given name opening the mention, and no
     * place after it ("Tiemoko Diallo in Bamako and Ngouda Dione-Sarr in Dakar" are reporters).
     */
    private static boolean listedWithPlaces(String text, FoundMention mention, List<FoundMention> mentions,
                                            boolean listedOnly) {
        String first = mention.text().split("\\s+")[0];
        if (Lexicon.shipped().isGivenName(first) || text.startsWith(" in ", mention.end())
                || text.startsWith(" of ", mention.end())) {
            return false;
        }
        // after the name only the list's last joiner: "Reps. Kestrelman, Ore." is a state's lawmaker
        return ListedPlaces.beside(text, mention.start(), mention.end(), mentions, ListedPlaces.JOINERS,
            ListedPlaces.LAST_JOINERS, listedOnly) != null;
    }
}
