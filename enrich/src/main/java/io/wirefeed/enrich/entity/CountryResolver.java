package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;

/**
 * The countries a dispatch is about, as a subscriber filters by them: the countries of the places it names
 * (its dateline's among them), of the organisations it names, and of the peoples it names ("French officials",
 * "the Saudis"), which name a country without being places. An organisation no list knows takes the country its
 * name gives ("Texas Commerce Bancshares", "British Petroleum Co").
 */
public final class CountryResolver {

    /** A town must be at least this large for a company named after it to be taken as based in its country. */
    private static final long TOWN_NAMING_A_COMPANY = 100_000;
    private static final int LONGEST_NAME = 3;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public CountryResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = Lexicon.shipped();
    }

    /** ISO 3166-1 alpha-2 codes, the most mentioned first (of equals, the first mentioned). */
    public List<String> countries(Map<String, String> fields, List<Entity> entities) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Entity entity : entities) {
            if (entity.getCountry() != null) {
                mentions.merge(entity.getCountry(), entity.getMentions().size(), Integer::sum);
            }
        }
        for (String text : fields.values()) {
            if (text != null && !text.isEmpty()) {
                peoples(text, mentions);
            }
        }
        List<String> countries = new ArrayList<>(mentions.keySet());
        countries.sort((a, b) -> Integer.compare(mentions.get(b), mentions.get(a)));
        return countries;
    }

    /**
     * The country an organisation's name gives, or null: a country or people it names, else a state or province,
     * else a capital, else a large city ("Caisse centrale Desjardins du Quebec", not the Togolese region Centrale).
     * A place named like a person ("Morgan Stanley") or an English word gives nothing.
     */
    String countryInName(String name) {
        Tokens words = Tokens.ofName(name);
        KnownName best = null;
        for (int i = 0; i < words.size(); i++) {
            int last = longest(words, i);
            for (KnownName known : names(words, i, last)) {
                if (namesCountry(known, words, i, last) && (best == null || rank(known) <= rank(best))) {
                    best = known;
                    break;
                }
            }
            i = Math.max(i, last);
        }
        return best == null ? null : best.entry().country();
    }

    private static int rank(KnownName known) {
        return switch (known.kind()) {
            case COUNTRY, DEMONYM -> 0;
            case REGION -> 1;
            case CAPITAL -> 2;
            default -> 3;
        };
    }

    private boolean namesCountry(KnownName known, Tokens words, int first, int last) {
        String word = words.word(first);
        // "Bristol-Myers", "Rolls-Royce": a town in a double-barrelled name is someone's name
        boolean plainName = !lexicon.isCommonWord(word) && !lexicon.isGivenName(word)
            && !(first == last && (words.joined(first) || first > 0 && words.joined(first - 1)));
        boolean severalWords = first < last;
        return switch (known.kind()) {
            case COUNTRY, DEMONYM -> true;
            case REGION -> severalWords || !lexicon.isCommonWord(word);
            case CAPITAL -> severalWords || plainName;
            case CITY -> known.population() >= TOWN_NAMING_A_COMPANY && (severalWords || plainName);
            default -> false;
        };
    }

    private void peoples(String text, Map<String, Integer> mentions) {
        Tokens words = Tokens.of(text);
        for (int i = 0; i < words.size(); i++) {
            if (!words.capitalised(i)) {
                continue;
            }
            int last = longest(words, i);
            KnownName[] names = names(words, i, last);
            if (names.length > 0 && names[0].kind() == KnownName.Kind.DEMONYM) {
                mentions.merge(names[0].entry().country(), 1, Integer::sum);
            }
            i = Math.max(i, last);
        }
    }

    /** The last word of the longest known run of words starting at word {@code first} ("South African"). */
    private int longest(Tokens words, int first) {
        int best = first;
        // Most words start no longer name: the first word's key is the tokens' own, so asking costs no new string.
        String key = words.key(first, false);
        for (int j = first; j + 1 < words.size() && j - first + 1 < LONGEST_NAME && words.joinedToNext(j)
                && gazetteer.isPrefix(key); j++) {
            if (gazetteer.lookup(key + " " + words.key(j + 1, true)).length > 0) {
                best = j + 1;
            }
            key = key + " " + words.key(j + 1, false);
        }
        return best;
    }

    private KnownName[] names(Tokens words, int first, int last) {
        if (first == last) {
            return gazetteer.lookup(words.key(first, true));
        }
        StringBuilder key = new StringBuilder(words.key(first, false));
        for (int j = first + 1; j <= last; j++) {
            key.append(' ').append(words.key(j, j == last));
        }
        return gazetteer.lookup(key.toString());
    }

    /**
     * The country of an entity: the one its list gives, else for an organisation no list knows, the one its name
     * gives, else its ticker's ("Cobanco Inc &lt;CBCO&gt;"), else its legal form's ("Plc"). A listed organisation
     * without a country is international ("Organization of American States").
     */
    String countryOf(GazetteerEntry entry) {
        if (entry.type() != EntityType.ORGANIZATION || listed(entry)) {
            return entry.country();
        }
        String named = countryInName(entry.name());
        if (named != null) {
            return named;
        }
        return entry.country() != null ? entry.country() : ListingCountry.ofLegalForm(entry.name());
    }

    private boolean listed(GazetteerEntry entry) {
        for (KnownName known : gazetteer.lookup(NameKeys.of(entry.name()))) {
            if (known.entry().equals(entry)) {
                return true;
            }
        }
        return false;
    }
}
