package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * Names the gazetteer knows, read word by word: at each capitalised word, the longest run of words whose
 * {@link NameKeys key} is a known name. With 120,000 names most capitalised words name some town somewhere, so
 * a name stands for a place only as far as the text bears it out:
 * <ul>
 *   <li>countries, organisations, capitals and states or provinces are taken as they come;</li>
 *   <li>a smaller town needs a place's context: a dateline, "in", "near" or "from" before it, its state or country
 *       after a comma ("Belvidere, Ill."), or its country named in the same text;</li>
 *   <li>a name that is also an English word or a given name ("Reading", "Victoria") needs a dateline, a comma and
 *       its region, or a preposition and its country in the text;</li>
 *   <li>of several places of one name, the one in a country the text names wins, then the capital, the region, and
 *       the larger town.</li>
 * </ul>
 * In a field written in capitals (a headline) only countries, organisations, capitals, regions and large cities
 * are taken: there, capitals say nothing.
 */
public final class GazetteerFinder implements MentionFinder {

    private static final int LARGE_CITY = 100_000;
    /**
     * What makes a place's name a company's, a carrier's or a side's after it: "the Amazon warehouse", "the Gulf
     * carrier", "Sydney coach Steve Corica".
     */
    private static final Set<String> NOT_AFTER_A_REGION = WordSet.of("warehouse", "warehouses", "facility", "facilities",
        "carrier", "carriers", "airline", "shares", "stock", "founder", "deal", "workers", "employees", "store",
        "stores", "unit", "subsidiary", "platform", "app", "account", "boss", "chief", "executive", "executives",
        "investors", "spokesman", "spokeswoman", "spokesperson", "union", "delivery", "deliveries", "seller",
        "sellers", "website", "brand", "group", "team", "squad", "coach");
    /** A city of a million or more, whose name means it when it stands alone though a given name ("Sydney was hit"). */
    private static final int GREAT_CITY = 1_000_000;
    /** A capital this large is what copy means by its name, whatever country it names besides. */
    private static final int GREAT_CAPITAL = 1_000_000;
    /** "in Sölden", "near Nicolosi": after a preposition, any town the list has that is no word or given name. */
    private static final int TOWN_AFTER_PREPOSITION = 1_000;
    private static final int TOWN_IN_NAMED_COUNTRY = 20_000;
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "near", "from", "outside", "to", "across",
        "into", "towards", "toward", "around", "via", "of");
    /** "Kostanay Region", "Lagos State", "Republic of Tatarstan": a subdivision named with its kind. */
    private static final Set<String> REGION_NOUNS = WordSet.of("Region", "Province", "Oblast", "Prefecture",
        "Governorate", "Department", "Territory", "Republic", "Krai", "Okrug", "Voivodeship", "Canton", "Emirate",
        "State");
    private static final Set<String> PLACE_NOUNS_BEFORE = WordSet.of("town", "city", "village", "province", "region",
        "state", "district", "county", "port", "capital", "suburb", "island", "islands");
    /** "in nearby Dettelbach", "neighbouring Shopian", "southern Kandahar": words that place what follows. */
    private static final Set<String> PLACE_ADJECTIVES_BEFORE = WordSet.of("nearby", "neighbouring", "neighboring",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public GazetteerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = Lexicon.shipped();
    }

    /** A run of words the gazetteer knows: words {@code first} to {@code last}, and what it may stand for. */
    private record Run(int first, int last, KnownName[] names) {
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        Tokens words = Tokens.of(text);
        boolean shouting = words.shouting();
        List<Run> runs = runs(words);
        Set<String> countries = namedCountries(words, runs, shouting);
        List<FoundMention> found = new ArrayList<>();
        int lastPlace = -10;
        boolean matchReport = !shouting && words.reportsMatches();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            GazetteerEntry side = shouting ? null : side(words, run, matchReport);
            if (side != null) {
                found.add(team(field, words, run, side));
                continue;
            }
            GazetteerEntry entry = currency(words, run) || ampersandPartner(words, runs, r) || nameAfterSheikh(words, run)
                ? null : chosen(field, words, runs, r, countries, shouting, placing(words, runs, r, lastPlace));
            if (entry != null && entry.type() == EntityType.PLACE) {
                lastPlace = run.last();
            }
            FoundMention branch = entry != null && entry.isCountry() && !found.isEmpty()
                ? NationalBranches.branch(field, words, run.first(), run.last(), found.get(found.size() - 1),
                    entry.country())
                : null;
            if (branch != null) {
                found.set(found.size() - 1, branch);  // "Greenpeace Chile": the body's branch, not the body and a place
            } else if (entry != null) {
                found.add(mention(field, words, runs, r, entry));
            }
        }
        return found;
    }

    private static FoundMention mention(String field, Tokens words, List<Run> runs, int r, GazetteerEntry entry) {
        Run run = runs.get(r);
        return r > 0 && nationalSociety(words, runs.get(r - 1), run, entry) ? society(field, words, runs.get(r - 1), run)
            : mention(field, words, run, entry);
    }

    /**
     * "The Bolivian Red Cross", "the Turkish Red Crescent", "the Kenya Red Cross Society": a people's or country's
     * Red Cross is its national society, not the international committee the lists know as "Red Cross".
     */
    private static boolean nationalSociety(Tokens words, Run before, Run run, GazetteerEntry entry) {
        if (words.shouting() || entry.type() != EntityType.ORGANIZATION || !entry.name().contains("Red Cross")
                && !entry.name().contains("Red Crescent") || before.last() != run.first() - 1
                || !words.joinedToNext(before.last())) {
            return false;
        }
        for (KnownName name : before.names()) {
            if (name.kind() == KnownName.Kind.DEMONYM || name.kind() == KnownName.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private static FoundMention society(String field, Tokens words, Run people, Run run) {
        int last = run.last();
        if (words.joinedToNext(last) && "Society".equals(words.name(last + 1))) {
            last++;
        }
        for (KnownName known : people.names()) {
            if (known.entry().country() != null) {
                return organisation(field, words, people.first(), last, known.entry().country());
            }
        }
        return organisation(field, words, people.first(), last, null);
    }

    /**
     * Sports whose national bodies are named by the sport and the country: "Cricket Ireland", "Tennis Australia",
     * "Athletics Kenya".
     */
    private static final Set<String> SPORTS_OF_BODIES = WordSet.of("Cricket", "Rugby", "Football", "Tennis", "Athletics",
        "Hockey", "Netball", "Basketball", "Swimming", "Cycling", "Golf", "Rowing", "Sailing", "Gymnastics", "Volleyball",
        "Triathlon", "Squash", "Badminton", "Softball", "Baseball", "Judo", "Boxing", "Surfing", "Archery", "Canoe",
        "Equestrian", "Skate", "Snowsports", "Swim");
    /** The nations of the United Kingdom, which have sports bodies of their own: "Cricket Scotland". */
    private static final Set<String> HOME_NATIONS = WordSet.of("England", "Scotland", "Wales", "Northern Ireland");

    private static boolean nationOfASport(GazetteerEntry entry) {
        return entry.isCountry() || entry.type() == EntityType.PLACE && HOME_NATIONS.contains(entry.name());
    }

    /**
     * A sport's name written just before the country, a space between them: a national body's name. Not in a
     * headline, where "Cricket-Ireland beat Zimbabwe" is a sport's slug and title case capitalises every word.
     */
    private static boolean sportOfABody(Tokens words, int country) {
        return country > 0 && SPORTS_OF_BODIES.contains(words.name(country - 1)) && !words.shouting()
            && words.text().substring(words.end(country - 1), words.start(country)).equals(" ");
    }

    /** "Cricket Ireland", and a head written after the country: "Football Kenya Federation". */
    private static FoundMention sportsBody(String field, Tokens words, Run run, GazetteerEntry country) {
        int last = run.last();
        if (words.joinedToNext(last) && NameVocabulary.ORGANISATION_HEADS.contains(words.name(last + 1))) {
            last++;
        }
        return organisation(field, words, run.first() - 1, last, country.country());
    }

    /**
     * Where the words around a run place it: among places (a list of them, or a region or country after a comma),
     * and in which region or country when one follows it ("Plainview, Tex."): the run naming it, or null.
     */
    private record Placing(boolean amongPlaces, Run placedIn) {
    }

    private static Placing placing(Tokens words, List<Run> runs, int r, int lastPlace) {
        Run run = runs.get(r);
        Run next = r + 1 < runs.size() ? runs.get(r + 1) : null;
        Run afterNext = r + 2 < runs.size() ? runs.get(r + 2) : null;
        boolean regionAfter = next != null && regionAfterComma(words, run, next);
        boolean listed = coordinated(words, lastPlace, run.first());
        // "Tyumen, Sverdlovsk and Chelyabinsk", "Gaziantep, Sanliurfa, Kocaeli": a list, not a town and its region
        boolean list = listed || regionAfter && afterNext != null && listedNext(words, next, afterNext);
        return new Placing(regionAfter || listed, regionAfter && !list ? next : null);
    }

    /** Whether the run after {@code next} follows it in a list: after a comma, "and" or "or". */
    private static boolean listedNext(Tokens words, Run next, Run afterNext) {
        int gap = afterNext.first() - next.last();
        if (gap == 1) {
            return words.after(next.last()) == ',';
        }
        String joiner = words.word(next.last() + 1);
        return gap == 2 && (joiner.equals("and") || joiner.equals("or"));
    }

    /** The mention of the run, as far as the entity's name goes: a company's legal form, a team's nickname. */
    private static FoundMention mention(String field, Tokens words, Run run, GazetteerEntry entry) {
        return !"headline".equals(field) && nationOfASport(entry) && sportOfABody(words, run.first())
            ? sportsBody(field, words, run, entry)
            : listed(field, words, run, entry);
    }

    /** Where a mention ending at word {@code last} ends: with a possessive the name holds, with a qualifier's bracket. */
    private static int mentionEnd(Tokens words, Run run, int last) {
        if (last != run.last()) {
            return words.nameEnd(last);
        }
        if (words.next(last) == ')' && qualified(words, run)) {
            return words.end(last) + 1;  // "Communist Party of India (Maoist)"
        }
        return possessiveInName(words, run) ? words.end(last) : words.nameEnd(last);
    }

    /** Whether the run's name ends with a bracketed qualifier. */
    private static boolean qualified(Tokens words, Run run) {
        for (int j = run.first(); j < run.last(); j++) {
            if (!words.joinedToNext(j) && qualifierOpens(words, j)) {
                return true;
            }
        }
        return false;
    }

    /** "El Arish", "Al Mukalla": a town the lists know by its name alone, written with the Arabic article. */
    private static int firstWord(Tokens words, Run run, GazetteerEntry entry) {
        int before = run.first() - 1;
        return isTown(entry) && before >= 0 && words.joinedToNext(before)
            && NameVocabulary.ARABIC_ARTICLES.contains(words.word(before)) ? before : run.first();
    }

    /** The mention of what the list names, with the words around it that belong to its name. */
    private static FoundMention listed(String field, Tokens words, Run run, GazetteerEntry entry) {
        if (isTown(entry) && SportsTeams.end(words, run.first(), run.last()) >= 0
                && !afterPeoplesTitle(words, run.first())) {
            return team(field, words, run, entry);
        }
        if (cartelOfPlace(words, run, entry)) {
            return organisation(field, words, run.first(), run.last() + 1, entry.country());
        }
        boolean subdivision = entry.id() != null && entry.id().startsWith("iso3166-2:");
        int first = subdivision && regionNounBefore(words, run.first()) ? run.first() - 2 : firstWord(words, run, entry);
        int last = entry.type() == EntityType.ORGANIZATION ? withLegalForm(words, run)
            : subdivision && regionNounAfter(words, run.last()) || kindWrittenAfter(words, run.last(), entry)
            || isTown(entry) && (hyphenatedTwin(words, run.last()) || cityAfter(words, run.last())) ? run.last() + 1
            : run.last();
        int start = words.start(first);
        int end = mentionEnd(words, run, last);
        return new FoundMention(field, start, end, words.text().substring(start, end), entry);
    }

    /** "Zamboanga City", "ZAMBOANGA CITY": a town the lists know without the word its country writes after it. */
    private static boolean cityAfter(Tokens words, int last) {
        return last + 1 < words.size() && words.joinedToNext(last) && !words.possessive(last)
            && (words.word(last + 1).equals("City") || words.word(last + 1).equals("CITY"));
    }

    /**
     * "Kötschach-Mauthen", "Villach-Land": a town joined by a hyphen to a name no list knows as a place is one
     * place's name ("Moscow-Beijing" is two, "Jakarta-Bandung" too).
     */
    private static boolean hyphenatedTwin(Tokens words, int last) {
        if (!words.joined(last) || !words.capitalised(last + 1) || words.allCaps(last + 1) || words.possessive(last)
                || words.next(last + 1) == '.' && words.name(last + 1).length() <= 3) {  // "Minneapolis-St. Paul"
            return false;
        }
        String next = words.name(last + 1);
        return !Lexicon.shipped().isCommonWord(next) && !SAINTS.contains(next)
            && !Gazetteer.shipped().knowsAs(words.key(last + 1, true), KnownName.Kind.COUNTRY, KnownName.Kind.CITY,
                KnownName.Kind.CAPITAL, KnownName.Kind.REGION, KnownName.Kind.DEMONYM, KnownName.Kind.ORGANIZATION,
                KnownName.Kind.WATCHED);  // "the Liverpool-Everton derby": two sides
    }

    /** "Minneapolis-St Paul", "Tampa-St Petersburg": a saint or fort opens another town's name. */
    private static final Set<String> SAINTS = WordSet.of("St", "Ste", "Saint", "Sainte", "Ft", "Fort", "Mt");

    /** "Moody's": a name the gazetteer knows with its possessive keeps it. */
    private static boolean possessiveInName(Tokens words, Run run) {
        return words.possessive(run.last()) && run.names().length > 0
            && NameKeys.of(run.names()[0].written()).endsWith(words.key(run.last(), false));
    }

    /** The countries the runs name, by name or people. */
    private static Set<String> namedCountries(Tokens words, List<Run> runs, boolean shouting) {
        Set<String> countries = new HashSet<>();
        for (Run run : runs) {
            for (KnownName name : run.names()) {
                if ((name.kind() == KnownName.Kind.COUNTRY || name.kind() == KnownName.Kind.DEMONYM && !ofRegion(words, run))
                        && writtenAs(words, run, name, shouting)) {
                    countries.add(name.entry().country());
                    break;
                }
            }
        }
        return countries;
    }

    /**
     * "Rain fell in Texas, Oklahoma and Georgia", "Atlanta, Georgia": a country's name that is also a state of another
     * country is the state where it is listed with that country's states and with no country, or written after a town
     * of that country and a comma; else the country ("Georgia, Ukraine and Moldova", "Georgia and Armenia signed a
     * deal in Washington"). A territory ISO 3166 codes both ways with the same letters stays the country it also is
     * ("Puerto Rico": PR and US-PR). Null when the run names no such state.
     */
    private static KnownName stateOfTheSameName(Tokens words, List<Run> runs, int r) {
        Run run = runs.get(r);
        KnownName country = ofKind(run, KnownName.Kind.COUNTRY);
        if (country == null) {
            return null;
        }
        Run before = listedBefore(words, runs, r);
        Run after = r + 1 < runs.size() && listedBefore(words, runs, r + 1) != null ? runs.get(r + 1) : null;
        boolean listedWithACountry = namesKind(before, KnownName.Kind.COUNTRY) || namesKind(after, KnownName.Kind.COUNTRY);
        Run town = r > 0 && regionAfterComma(words, runs.get(r - 1), run) ? runs.get(r - 1) : null;
        for (KnownName state : run.names()) {
            String of = state.entry().country();
            if (stateNamedLike(state, country) && (town != null && namesKindIn(town, KnownName.Kind.CITY, of)
                    || !listedWithACountry && (onlyAState(before, of) || onlyAState(after, of)))) {
                return state;
            }
        }
        return null;
    }

    /** The run's first name of the kind, or null (also for no run). */
    private static KnownName ofKind(Run run, KnownName.Kind kind) {
        if (run != null) {
            for (KnownName name : run.names()) {
                if (name.kind() == kind) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The run listed right before run {@code r} (after a comma, "and" or "or"), or null. */
    private static Run listedBefore(Tokens words, List<Run> runs, int r) {
        return r > 0 && coordinated(words, runs.get(r - 1).last(), runs.get(r).first()) ? runs.get(r - 1) : null;
    }

    /** A state of another country written as the country is, not a territory coded both ways ("US-PR" and "PR"). */
    private static boolean stateNamedLike(KnownName state, KnownName country) {
        String of = state.entry().country();
        String itself = country.entry().country();
        return state.kind() == KnownName.Kind.REGION && of != null && !of.equals(itself)
            && state.written().equals(country.written()) && state.entry().id() != null
            && !state.entry().id().endsWith("-" + itself);
    }

    /** Whether the run names a state or region of the country and nothing else a place may be: no town, no country. */
    private static boolean onlyAState(Run run, String country) {
        if (run == null || !namesKindIn(run, KnownName.Kind.REGION, country)) {
            return false;
        }
        for (KnownName name : run.names()) {
            switch (name.kind()) {
                case COUNTRY, CITY, CAPITAL -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    private static boolean namesKindIn(Run run, KnownName.Kind kind, String country) {
        for (KnownName name : run.names()) {
            if (name.kind() == kind && country.equals(name.entry().country())) {
                return true;
            }
        }
        return false;
    }

    /** "Latin American", "North American": a region's people, not the country's. */
    private static boolean ofRegion(Tokens words, Run run) {
        return run.first() > 0 && words.joinedToNext(run.first() - 1)
            && REGION_PREFIXES.contains(words.word(run.first() - 1));
    }

    private static final Set<String> REGION_PREFIXES = WordSet.of("Latin", "North", "South", "Central", "Pan");

    /** "US$81.6 million", "NZ$": a currency's sign, no place ("U.S. dollars" is left to the reader). */
    private static boolean currency(Tokens words, Run run) {
        int end = words.end(run.last());
        return end < words.text().length() && words.text().charAt(end) == '$';
    }

    /**
     * The town or region a run names, the largest of that name, when it names no country or body: a side in a match
     * report ("beat Cagliari 2-1"), or a team's town before its nickname ("Denver Nuggets", "Minnesota Timberwolves").
     */
    private static KnownName townOf(Run run) {
        KnownName town = null;
        for (KnownName name : run.names()) {
            switch (name.kind()) {
                case COUNTRY, ORGANIZATION, WATCHED, DEMONYM -> {
                    return null;  // a country or a club the lists know is what it is
                }
                case CITY, CAPITAL, REGION -> { }
                default -> {
                    continue;  // the province of the same name ("Cagliari", "Lecce")
                }
            }
            if (town == null || name.population() > town.population()) {
                town = name;
            }
        }
        return town;
    }

    /** "beat Connor Hellebuyck": a town's name that is a given name, before a name no list knows, opens a person's. */
    private boolean givenNameOfPerson(Tokens words, Run run) {
        int next = run.last() + 1;
        return run.first() == run.last() && lexicon.isGivenName(words.name(run.first())) && next < words.size()
            && words.joinedToNext(run.last()) && words.capitalised(next) && !words.allCaps(next)
            && (!lexicon.isCommonWord(words.name(next)) || afterTitle(words, run.first()));
    }

    /** The town a team of the run is named for ("Boston Bruins", "beat Cagliari 2-1"), or null. */
    private GazetteerEntry side(Tokens words, Run run, boolean matchReport) {
        KnownName town = givenNameOfPerson(words, run) ? null : townOf(run);
        return town != null && (nicknamed(words, run) || matchReport && SportsTeams.playsAsSide(words, run.first(),
            run.last())) ? town.entry() : null;
    }

    /**
     * "Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah", "Sheikh Jaber Al-Mubarak": a word after an Arabic honorific
     * and before more of a name opens a person's name, whatever place it also names.
     */
    private static boolean nameAfterSheikh(Tokens words, Run run) {
        int next = run.last() + 1;
        return !words.shouting() && run.first() == run.last() && run.first() > 0 && words.joinedToNext(run.first() - 1)
            && SHEIKHS.contains(words.word(run.first() - 1)) && next < words.size() && words.joinedToNext(run.last())
            && words.capitalised(next) && !words.allCaps(next);
    }

    private static final Set<String> SHEIKHS = WordSet.of("Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sheik", "Sayyid");

    /** "Denver Nuggets", "Chicago Bulls": a town, then an English plural that is no surname ("Austin Roberts"). */
    private boolean nicknamed(Tokens words, Run run) {
        int end = SportsTeams.end(words, run.first(), run.last());
        return end > run.last() && lexicon.isCommonWord(words.name(end)) && !afterPeoplesTitle(words, run.first());
    }

    /**
     * After a title or a role only people hold, capitalised or not: "chairman Lawton Chiles", "analyst Norman Mains" are
     * people, whatever a chile is ("leader Dallas Cowboys", "coach", "member" stand before teams too).
     */
    private static boolean afterPeoplesTitle(Tokens words, int i) {
        if (i == 0 || !words.joinedToNext(i - 1)) {
            return false;
        }
        return PEOPLES_TITLES.contains(words.word(i - 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PEOPLES_TITLES = WordSet.of("chairman", "chairwoman", "senator", "sen", "sen.",
        "rep", "rep.", "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor", "judge",
        "minister", "ambassador", "secretary", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "spokesman",
        "spokeswoman", "president", "executive", "director", "analyst", "economist", "strategist", "lawyer", "attorney",
        "prosecutor", "trader", "dealer", "official");

    private static boolean isTown(GazetteerEntry entry) {
        return entry.type() == EntityType.PLACE && entry.id() != null && !entry.isCountry();
    }

    /** Capitalised words that may follow a side's town without being its sponsor or nickname. */
    private static final Set<String> FUNCTION_WORDS_OF_SIDES = WordSet.of("The", "On", "In", "At", "But", "And");

    /** "Boston Bruins", "FC Seoul", "Cagliari" in a match report: a club of the town, based in its country. */
    private static FoundMention team(String field, Tokens words, Run run, GazetteerEntry town) {
        int last = SportsTeams.end(words, run.first(), run.last());
        if (last < 0) {
            last = run.last();
            // a side's sponsor or nickname after its town: "Seoul E-Land", "Ulsan HD"
            while (last < run.last() + 2 && !words.possessive(last) && words.joinedToNext(last)
                    && words.capitalised(last + 1) && !FUNCTION_WORDS_OF_SIDES.contains(words.name(last + 1))) {
                last++;
            }
        }
        return organisation(field, words, SportsTeams.start(words, run.first()), last, town.country());
    }

    /**
     * "The Sinaloa cartel", "the Gulf cartel": a cartel written in lower case after the region or town it is named
     * for is an organisation ("Mexico cartel violence" describes; so does a "Brazil cartel watchdog").
     */
    private static boolean cartelOfPlace(Tokens words, Run run, GazetteerEntry entry) {
        int last = run.last();
        return entry.type() == EntityType.PLACE && !entry.isCountry() && last + 1 < words.size()
            && words.joinedToNext(last) && !words.possessive(last) && words.word(last + 1).equals("cartel");
    }

    /** An organisation no list names, written from word {@code first} to {@code last}, based in {@code country}. */
    private static FoundMention organisation(String field, Tokens words, int first, int last, String country) {
        int start = words.start(first);
        int end = words.nameEnd(last);
        String name = words.text().substring(start, end);
        return new FoundMention(field, start, end, name, new GazetteerEntry(EntityType.ORGANIZATION,
            Tokens.singleSpaced(name), null, country));
    }

    /** "Daiwa Securities Co Ltd": the legal form after a listed company's name is part of the mention. */
    private static int withLegalForm(Tokens words, Run run) {
        int end = run.last();
        // "Standard and Poor's Corp": a possessive the name is known with goes on to the legal form
        while ((!words.possessive(end) || end == run.last() && possessiveInName(words, run)) && words.joinedToNext(end)
                && !words.joined(end)) {
            if (CompanyForms.isSuffix(words.name(end + 1)) && !CompanyForms.personalComputer(words, end)) {
                end++;
            } else if (andCompany(words, end)) {
                end += 2;  // "Goldman Sachs and Co", "Merrill Lynch & Co Inc"
            } else if (internationalArm(words, end + 1)) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "Chemical Bank International", "Swiss Bank Corp International": a company's international arm, named by its
     * name and "International" where no other name's word follows.
     */
    private static boolean internationalArm(Tokens words, int i) {
        return words.name(i).equals("International") && !(words.joinedToNext(i) && words.capitalised(i + 1));
    }

    /**
     * "Abercrombie & Fitch", "Johnson & Johnson": names an ampersand joins are one firm's, not the town or the
     * rating agency a list knows by one of them (a known firm of that name was found whole); but "Jammu & Kashmir",
     * "Trinidad & Tobago": places on both sides are places.
     */
    private static boolean ampersandPartner(Tokens words, List<Run> runs, int r) {
        Run run = runs.get(r);
        if (namesKind(run, KnownName.Kind.COUNTRY)) {
            return false;  // "Britain & Ireland"
        }
        int before = run.first() - 1;
        int after = run.last() + 1;
        boolean place = namesPlace(run);
        boolean partnerBefore = ampersandAt(words, before) && words.capitalised(before - 1)
            && !(place && r > 0 && placeEndingAt(runs.get(r - 1), before - 1));
        boolean partnerAfter = ampersandAt(words, after) && words.capitalised(after + 1)
            && !words.name(after + 1).equals("Co") && !(place && r + 1 < runs.size()
                && placeStartingAt(runs.get(r + 1), after + 1));
        return partnerBefore || partnerAfter;
    }

    /** Whether word {@code i} is an ampersand between two words. */
    private static boolean ampersandAt(Tokens words, int i) {
        return i > 0 && i + 1 < words.size() && words.word(i).equals("&") && words.joinedToNext(i - 1)
            && words.joinedToNext(i);
    }

    private static boolean namesKind(Run run, KnownName.Kind kind) {
        return ofKind(run, kind) != null;
    }

    private static boolean placeEndingAt(Run run, int last) {
        return run != null && run.last() == last && namesPlace(run);
    }

    private static boolean placeStartingAt(Run run, int first) {
        return run != null && run.first() == first && namesPlace(run);
    }

    private static boolean namesPlace(Run run) {
        for (KnownName name : run.names()) {
            if (name.entry().type() == EntityType.PLACE && name.kind() != KnownName.Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    private static boolean andCompany(Tokens words, int i) {
        return i + 2 < words.size() && (words.word(i + 1).equals("and") || words.word(i + 1).equals("&"))
            && words.joinedToNext(i + 1) && (words.name(i + 2).equals("Co") || words.name(i + 2).equals("Company"));
    }

    /** "Los Angeles, Seattle and Anchorage": a name listed right after a place is a place's name. */
    private static boolean coordinated(Tokens words, int lastPlace, int first) {
        if (first - lastPlace == 1) {
            return words.after(lastPlace) == ',';
        }
        if (first - lastPlace != 2) {
            return false;
        }
        String between = words.word(lastPlace + 1);
        return (between.equals("and") || between.equals("or")) && words.joinedToNext(lastPlace);
    }

    /**
     * Leftmost longest runs of known names, each starting at a capitalised word. A possessive ends a name ("France's
     * DGSI") unless the list knows the name with it ("Uzbekistan's Security Council").
     */
    private List<Run> runs(Tokens words) {
        List<Run> runs = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (!words.capitalised(i) && !gazetteer.startsInLowerCase(words.key(i, false)) || inTicker(words, i)) {
                continue;
            }
            Run run = longestAt(words, i, prefix);
            if (run != null) {
                runs.add(run);
                i = run.last();
            }
        }
        return runs;
    }

    /** The longest run of known names starting at word {@code i}, or null; {@code prefix} is a buffer to reuse. */
    private Run longestAt(Tokens words, int i, StringBuilder prefix) {
        int best = -1;
        KnownName[] bestNames = NONE;
        KnownName[] single = lookup(words, "", i);
        if (single.length > 0) {
            best = i;
            bestNames = single;
        }
        prefix.setLength(0);
        prefix.append(words.key(i, false));
        boolean bracketed = false;
        boolean comma = false;
        for (int j = i; j + 1 < words.size() && j - i < LONGEST_NAME; j++) {
            if (listedComma(words, j, prefix)) {
                prefix.append(',');  // "Donaldson, Lufkin & Jenrette": the list writes the comma too
                comma = true;
            } else if (!keyGoesOn(words, j) || !gazetteer.isPrefix(prefix.toString())) {
                break;
            }
            bracketed |= qualifierOpens(words, j) && !words.joinedToNext(j);
            KnownName[] names = namesEndingAt(words, prefix, j + 1, bracketed);
            if (comma) {
                names = organisations(names);
            }
            if (names.length > 0 && !titledCoordination(words, i, names)) {
                best = j + 1;
                bestNames = names;
            }
            prefix.append(' ').append(words.key(j + 1, false));
        }
        return best >= 0 ? new Run(i, best, bestNames) : null;
    }

    /**
     * Of names read across a comma, the bodies': a place's comma is a list's ("Armagh, Banbridge and Craigavon" are
     * three towns before they are a district) or an index's inverted form ("Virgin Islands, British").
     */
    private static KnownName[] organisations(KnownName[] names) {
        return Arrays.stream(names).filter(name -> name.entry().type() == EntityType.ORGANIZATION)
            .toArray(KnownName[]::new);
    }

    /**
     * A comma and a space after word {@code j} where a listed name has them ("Sears, Roebuck and Co", "Ministry of
     * Agriculture, Fisheries and Food"); a comma ends every other name ("Paris, Texas").
     */
    private boolean listedComma(Tokens words, int j, StringBuilder prefix) {
        return words.next(j) == ',' && words.start(j + 1) == words.end(j) + 2 && words.text().charAt(words.end(j) + 1) == ' '
            && gazetteer.isPrefix(prefix + ",");
    }

    /** Whether a listed name may go on past word {@code j}: joined to the next, a qualifier's bracket or a slash. */
    private static boolean keyGoesOn(Tokens words, int j) {
        return words.joinedToNext(j) || qualifierOpens(words, j) || slashed(words, j);
    }

    private static boolean titledCoordination(Tokens words, int i, KnownName[] names) {
        return afterTitle(words, i) && Arrays.stream(names).allMatch(GazetteerFinder::ampersandSpelledOut);
    }

    /** "Premier Li and Fung Kai-man": a titled person coordinated with another, no firm's "&" spelled out. */
    private static boolean afterTitle(Tokens words, int i) {
        return i > 0 && words.joinedToNext(i - 1) && NameVocabulary.TITLES.contains(words.word(i - 1));
    }

    /** "Li and Fung": a listed name written with "and" where the list has "&". */
    private static boolean ampersandSpelledOut(KnownName name) {
        return name.entry().name().indexOf('&') >= 0 && name.written().contains(" and ");
    }

    /** "Royal Dutch/Shell", "Radio Free Europe/Radio Liberty": a slash alone between word {@code j} and the next. */
    private static boolean slashed(Tokens words, int j) {
        return words.start(j + 1) - words.end(j) == 1 && words.text().charAt(words.end(j)) == '/';
    }

    /**
     * "Communist Party of India (Maoist)": a bracket after word {@code j} opening the qualifier a listed name ends
     * with (the key leaves brackets out, and the mention closes with the bracket).
     */
    private static boolean qualifierOpens(Tokens words, int j) {
        int gap = words.start(j + 1) - words.end(j);
        return (gap == 1 || gap == 2 && words.next(j) == ' ') && words.text().charAt(words.start(j + 1) - 1) == '(';
    }

    /**
     * The known names the prefix and word {@code at} spell; a bracketed qualifier's names only where its bracket
     * closes ("Communist Party of India (Marxist-Leninist)" is not "(Marxist)").
     */
    private KnownName[] namesEndingAt(Tokens words, StringBuilder prefix, int at, boolean bracketed) {
        if (bracketed && words.next(at) != ')') {
            return NONE;
        }
        return continuesName(words, at) ? lookup(words, prefix + " ", at)
            : writtenInLowerCase(lookup(words, prefix + " ", at), words.word(at));
    }

    /** A word a known name may go on with: a capital, an elided article and a capital ("Côte d'Ivoire"), a number. */
    private static boolean continuesName(Tokens words, int i) {
        String word = words.word(i);
        boolean elided = word.length() > 2 && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019')
            && Character.isUpperCase(word.charAt(2));
        return words.capitalised(i) || elided || Character.isDigit(word.charAt(0));
    }

    /** "the Baltic states", "Gulf states": the names a list writes with this word in lower case. */
    private static KnownName[] writtenInLowerCase(KnownName[] names, String word) {
        if (names.length == 0) {
            return names;
        }
        String spaced = " " + word + " ";
        return Arrays.stream(names).filter(name -> (" " + name.written() + " ").contains(spaced))
            .toArray(KnownName[]::new);
    }

    /** "&lt;PSG&gt;", "&lt;UN&gt;", "&lt;CCI.N&gt;": a ticker's letters (with its exchange's) name no club or body. */
    private static boolean inTicker(Tokens words, int i) {
        String text = words.text();
        int start = words.start(i);
        int end = words.end(i);
        if (end < text.length() && text.charAt(end) == '.') {
            int exchange = end + 1;
            while (exchange < text.length() && exchange - end <= RIC_EXCHANGE && Character.isUpperCase(text.charAt(exchange))) {
                exchange++;
            }
            end = exchange > end + 1 ? exchange : end;
        }
        return start > 0 && text.charAt(start - 1) == '<' && end < text.length() && text.charAt(end) == '>';
    }

    /** The most letters of an exchange's code after a ticker ("CCI.N", "NIPN.T", "BARC.L", "AIRP.PA"). */
    private static final int RIC_EXCHANGE = 3;

    /**
     * The names of a key ending in word {@code last}: with its possessive when a name has one ("Moody's", before
     * the Texas town of Moody), else without it ("France's"); but a country without it is not read as a town with it
     * ("Cuba's" is Cuba's, not the Spanish village of Cubas).
     */
    private KnownName[] lookup(Tokens words, String before, int last) {
        if (words.possessive(last)) {
            KnownName[] with = gazetteer.lookup(joined(before, words.key(last, false)));
            // "KOC's plans": an acronym's possessive is no town's name ending in s (the Hungarian village of Kocs)
            if (with.length > 0 && !(townsOnly(with) && words.nameInCapitals(last) && !words.shouting())) {
                if (!townsOnly(with)) {
                    return with;
                }
                KnownName[] without = gazetteer.lookup(joined(before, words.key(last, true)));
                return namesACountry(without) ? without : with;
            }
        }
        return gazetteer.lookup(joined(before, words.key(last, true)));
    }

    /**
     * Whether every name is a town's or a region's: a country named without the possessive outweighs them, but a town
     * whose name ends so keeps it before a bigger town without ("St. George's", Grenada's capital).
     */
    private static boolean townsOnly(KnownName[] names) {
        for (KnownName name : names) {
            if (name.entry().type() != EntityType.PLACE || name.kind() == KnownName.Kind.COUNTRY) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesACountry(KnownName[] names) {
        for (KnownName name : names) {
            if (name.kind() == KnownName.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** The key of a word after the words before it; a word alone is its own key, kept by the tokens, hash and all. */
    private static String joined(String before, String key) {
        return before.isEmpty() ? key : before + key;
    }

    private static final KnownName[] NONE = new KnownName[0];
    private static final Set<String> NO_COUNTRIES = java.util.Collections.emptySet();
    private static final int SHORT_ACRONYM = 3;
    private static final int LONGEST_NAME = 12;

    /** What the run names: a state a country is named like where the text says so, else {@link #choose}'s choice. */
    private GazetteerEntry chosen(String field, Tokens words, List<Run> runs, int r, Set<String> countries,
                                  boolean shouting, Placing placing) {
        KnownName state = shouting ? null : stateOfTheSameName(words, runs, r);
        return state != null ? state.entry() : choose(field, words, runs.get(r), countries, shouting, placing);
    }

    private GazetteerEntry choose(String field, Tokens words, Run run, Set<String> countries, boolean shouting,
                                  Placing placing) {
        KnownName subdivision = shouting ? null : namedWithKind(words, run, countries);
        if (subdivision != null) {
            return subdivision.entry();
        }
        KnownName located = placing.placedIn() == null || shouting ? null : locatedIn(words, run, placing.placedIn());
        if (located != null) {
            return located.entry();
        }
        KnownName bestPlace = null;
        KnownName worldPlace = null;  // the best wherever it is, when the best is in a country the text names
        for (KnownName name : run.names()) {
            if (!writtenAs(words, run, name, shouting)) {
                continue;
            }
            switch (name.kind()) {
                case WATCHED, COUNTRY -> {
                    return name.entry();
                }
                case ORGANIZATION -> {
                    if (shouting && everydayAlias(words, run, name)) {
                        return null;
                    }
                    return name.entry();
                }
                case PERSON -> {
                    // "HAWLEY" in a headline in capitals is as likely a company: the body's full name will tell
                    if (surnameOfAnother(words, run) || shouting && run.first() == run.last()) {
                        continue;
                    }
                    return name.entry();
                }
                case DEMONYM -> {
                    return null;
                }
                default -> {
                    bestPlace = bestPlace == null || better(name, bestPlace, countries) ? name : bestPlace;
                    worldPlace = worldPlace == null || better(name, worldPlace, NO_COUNTRIES) ? name : worldPlace;
                }
            }
        }
        if (bestPlace == null) {
            return null;
        }
        // a London, Kentucky the text does not bear out leaves London, England; a county the text does not bear out
        // leaves its town ("Klaipeda is close to the threshold": the city of 190,000, not Klaipeda County)
        for (KnownName place : bestPlace == worldPlace ? List.of(bestPlace) : List.of(bestPlace, worldPlace)) {
            if (placeBorneOut(field, words, run, place, countries, shouting, placing.amongPlaces())
                    && !givenNamesAbbreviation(words, run, place)) {
                return place.entry();
            }
        }
        return townOverItsCounty(field, words, run, countries, shouting, placing);
    }

    /**
     * "In Lithuania, Klaipeda is close to the threshold": the town, when the county of its name is not borne out and
     * the text places it (a country, a list of places, a preposition); not on population alone ("Porto said it had
     * agreed to sell the striker" is the club).
     */
    private GazetteerEntry townOverItsCounty(String field, Tokens words, Run run, Set<String> countries,
                                             boolean shouting, Placing placing) {
        KnownName town = largestTown(words, run, shouting);
        boolean placed = town != null && (countries.contains(town.entry().country()) || placing.amongPlaces()
            || placePreposition(words, run.first()));
        return placed && !words.reportsMatches()
            && placeBorneOut(field, words, run, town, countries, shouting, placing.amongPlaces()) ? town.entry() : null;
    }

    /** The most populous town or capital a run may name. */
    private static KnownName largestTown(Tokens words, Run run, boolean shouting) {
        KnownName town = null;
        for (KnownName name : run.names()) {
            boolean isTown = name.kind() == KnownName.Kind.CITY || name.kind() == KnownName.Kind.CAPITAL;
            if (isTown && writtenAs(words, run, name, shouting) && (town == null || name.population() > town.population())) {
                town = name;
            }
        }
        return town;
    }

    /**
     * "Gul Rahman", "Reagan Smith", "Abdullah Gul", "the Gramm-Rudman law": a public figure's one-word name inside
     * a longer name is another person's, or no person's.
     */
    private boolean surnameOfAnother(Tokens words, Run run) {
        int i = run.first();
        boolean after = i > 0 && words.joinedToNext(i - 1)
            && (lexicon.isGivenName(words.name(i - 1)) || words.joined(i - 1) && words.capitalised(i - 1));
        return run.first() == run.last()
            && (after || i + 1 < words.size() && words.joinedToNext(i) && words.capitalised(i + 1));
    }

    /** The subdivision a run names when its kind is written with it: "Kostanay Region", "Republic of Tatarstan". */
    private static KnownName namedWithKind(Tokens words, Run run, Set<String> countries) {
        boolean kindAfter = regionNounAfter(words, run.last());
        boolean kindBefore = regionNounBefore(words, run.first());
        if (!kindAfter && !kindBefore) {
            return null;
        }
        KnownName best = null;
        for (KnownName name : run.names()) {
            boolean subdivision = name.kind().subdivision();
            // "Ohio State" is a university and a team far more often than a state
            boolean usState = kindAfter && "US".equals(name.entry().country());
            if (subdivision && !usState && (best == null || better(name, best, countries))) {
                best = name;
            }
        }
        return best;
    }

    /** "the Abai region", "the Thu Bon river": a place's kind in lower case after it is part of its mention. */
    private static boolean kindWrittenAfter(Tokens words, int last, GazetteerEntry entry) {
        return entry.type() == EntityType.PLACE && entry.id() != null && !entry.isCountry()
            && NameVocabulary.kindWrittenAfter(words, last);
    }

    private static boolean regionNounAfter(Tokens words, int last) {
        return last + 1 < words.size() && words.joinedToNext(last) && REGION_NOUNS.contains(words.word(last + 1));
    }

    private static boolean regionNounBefore(Tokens words, int first) {
        return first >= 2 && words.word(first - 1).equals("of") && words.joinedToNext(first - 2)
            && words.joinedToNext(first - 1) && REGION_NOUNS.contains(words.word(first - 2));
    }

    /** Acronyms only in capitals ("US", "U.S.", not "Us"); "Md." only as "Md." (not "MD-11"). */
    private static boolean writtenAs(Tokens words, Run run, KnownName name, boolean shouting) {
        String written = name.written();
        if (!shouting && codeNotName(words, run, name)) {
            return false;
        }
        if (written.endsWith(".") && !written.endsWith(words.word(run.last()) + ".") && !written.equals(
                words.text().substring(words.start(run.first()), words.end(run.last())))) {
            return false;
        }
        if (written.endsWith(".") && written.length() > 2 && written.charAt(written.length() - 3) != '.'
                && words.next(run.last()) != '.') {
            return false;
        }
        if (!name.exactCase() || shouting) {
            return true;
        }
        for (int at = words.start(run.first()); at < words.nameEnd(run.last()); at++) {
            if (Character.isLowerCase(words.text().charAt(at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "GROWTH TREND SEEN" in a headline in capitals: a one-word other name of a body that is an English word ("Trend"
     * for the Trend News Agency) is the word there; a body whose own name it is ("SENATE") or an acronym the list
     * writes in capitals ("SPA") still is the body.
     */
    private boolean everydayAlias(Tokens words, Run run, KnownName name) {
        return run.first() == run.last() && !name.exactCase() && !name.written().equals(name.entry().name())
            && lexicon.isCommonWord(words.name(run.first()));
    }

    /** "in August", "Nov": a month, no place. */
    private static boolean month(Tokens words, Run run) {
        return run.first() == run.last() && NameVocabulary.calendar(words, run.first());
    }

    /** "in Congress" in a US story is no Arizona village: a place named by a word needs some size. */
    private static boolean sizeable(KnownName place) {
        return place.kind() != KnownName.Kind.CITY || place.population() >= TOWN_IN_NAMED_COUNTRY;
    }

    /** "BA-1" in running text: a code, not the Fijian town of Ba. */
    private static final Set<String> LOCATIVES = WordSet.of("in", "at", "from", "near", "to", "FOB", "IN", "AT", "FROM");

    /** "UN", "DIGOS": capitals in copy written in mixed case, a short code or an acronym, not the name a list writes. */
    private static boolean codeNotName(Tokens words, Run run, KnownName name) {
        return !name.exactCase() && (shortCode(words, run) || acronymLikeTown(words, run, name));
    }

    /**
     * "Officers of DIGOS arrested six": in copy written in mixed case, a town's or a district's name in capitals inside a
     * sentence is an acronym (Digos is a Philippine city); a dateline's town opens its line or comes before the agency's
     * bracket or a date ("KABUL, June 3", "ISLAMABAD (Reuters)"), and a market's table writes its towns in capitals
     * after a preposition ("1,647,000 bushels in CHICAGO"): those stay places.
     */
    private static boolean acronymLikeTown(Tokens words, Run run, KnownName name) {
        int i = run.first();
        if (i != run.last() || !words.allCaps(i) || !(name.kind() == KnownName.Kind.CITY
                || name.kind() == KnownName.Kind.DISTRICT || name.kind() == KnownName.Kind.MINOR_REGION)) {
            return false;
        }
        int start = words.start(i);
        boolean opensLine = start == 0 || words.text().charAt(start - 1) == '\n';
        boolean beforeDate = i + 1 < words.size() && NameVocabulary.calendar(words, i + 1);
        boolean placed = i > 0 && words.joinedToNext(i - 1) && LOCATIVES.contains(words.word(i - 1));
        return !opensLine && !beforeDate && !placed && !words.text().startsWith(" (", words.end(i));
    }

    private static boolean shortCode(Tokens words, Run run) {
        return run.first() == run.last() && words.allCaps(run.first())
            && words.end(run.first()) - words.start(run.first()) <= SHORT_ACRONYM;
    }

    private static boolean better(KnownName candidate, KnownName best, Set<String> countries) {
        boolean candidateNamed = countries.contains(candidate.entry().country());
        boolean bestNamed = countries.contains(best.entry().country());
        if (candidateNamed != bestNamed) {
            // "U.S. shares traded in London": a great capital, not a small namesake in the country the text names
            return candidateNamed ? !greatCapitalOverTown(best, candidate) : greatCapitalOverTown(candidate, best);
        }
        if (candidate.kind() != best.kind()) {
            return candidate.kind().ordinal() < best.kind().ordinal();
        }
        return candidate.population() > best.population();
    }

    private static boolean greatCapitalOverTown(KnownName capital, KnownName town) {
        return capital.kind() == KnownName.Kind.CAPITAL && capital.population() >= GREAT_CAPITAL
            && town.kind() == KnownName.Kind.CITY && town.population() < LARGE_CITY;
    }

    private boolean placeBorneOut(String field, Tokens words, Run run, KnownName place, Set<String> countries,
                                  boolean shouting, boolean amongPlaces) {
        boolean dateline = inDateline(field, words, run);
        if (monthOrAgency(words, run, dateline)) {
            return false;
        }
        if (shouting) {
            return dateline || borneOutInCapitals(words, run, place);
        }
        boolean regionAfter = dateline || amongPlaces || abbreviationWithStop(words, run, place);
        boolean countryNamed = countries.contains(place.entry().country());
        boolean preposition = placePreposition(words, run.first()) && !regionOfTownAbroad(words, run, place, countryNamed);
        if (ambiguous(words, run)) {
            return regionAfter || preposition && countryNamed && sizeable(place) || capitalAlone(words, run, place)
                || oceanOrRegionAfterThe(words, run, place) || largeCityWhereSomethingHappens(words, run, place);
        }
        return switch (place.kind()) {
            case CAPITAL, REGION -> true;
            case CITY -> place.population() >= LARGE_CITY || regionAfter
                || preposition && place.population() >= TOWN_AFTER_PREPOSITION
                || countryNamed && place.population() >= TOWN_IN_NAMED_COUNTRY;
            // "in Lanao del Sur": a subdivision's name of several words is no namesake of anything else ("the tomb
            // of Saint Peter" is no parish of Antigua)
            default -> regionAfter || preposition && (countryNamed || run.first() != run.last()
                && !words.word(run.first() - 1).equals("of"));
        };
    }

    /** "Srinagar, Nov 9": a month, in a dateline too; "CAIRO, March 10 (MENA)": the dateline's agency. */
    private static boolean monthOrAgency(Tokens words, Run run, boolean dateline) {
        return month(words, run) || dateline && agencyClosing(words, run);
    }

    /**
     * "CAIRO, March 10 (MENA)": the brackets that close a dateline hold its agency, not a town ("BIJAPUR
     * (Chhattisgarh) [India], May 15 (ANI)" names the state in brackets, and goes on after them).
     */
    private static boolean agencyClosing(Tokens words, Run run) {
        String text = words.text();
        int start = words.start(run.first());
        int end = words.end(run.last());
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')'
            && text.substring(end + 1).strip().replaceAll("^[-_\u2013\u2014]+", "").isBlank();
    }

    /** "CENTRAL BANK": in capitals a word is no name, so a region or capital named by a word needs a dateline. */
    private boolean borneOutInCapitals(Tokens words, Run run, KnownName place) {
        return !ambiguous(words, run) && (place.kind() == KnownName.Kind.CAPITAL
            || place.kind() == KnownName.Kind.REGION || place.population() >= LARGE_CITY);
    }

    /** "TASHKENT, July 7 (Xinhua)", "NEW YORK (AP)": the dateline field, or the place opening a body. */
    private static boolean inDateline(String field, Tokens words, Run run) {
        boolean opening = run.first() == 0 || words.opensSentence(run.first()) && words.allCaps(run.first());
        return field.equals("dateline") || opening && (words.after(run.last()) == ','
            || words.after(run.last()) == '(');
    }

    /** "in the Abai region": a region's name, not a namesake town abroad. */
    private static boolean regionOfTownAbroad(Tokens words, Run run, KnownName place, boolean countryNamed) {
        return !countryNamed && place.kind() == KnownName.Kind.CITY && NameVocabulary.kindWrittenAfter(words, run.last());
    }

    /**
     * "talks in Muscat", "snow fell in Buffalo", "a plant near Derby": a large city named by an English word or a
     * given name, right after a preposition of where something is and before no other name ("a stake in Phoenix
     * Group"), is the city.
     */
    private static boolean largeCityWhereSomethingHappens(Tokens words, Run run, KnownName place) {
        int i = run.first();
        return place.entry().type() == EntityType.PLACE && place.population() >= LARGE_NAMESAKE_CITY && i > 0
            && words.joinedToNext(i - 1) && WHERE_SOMETHING_IS.contains(words.word(i - 1))
            && !(i > 1 && words.joinedToNext(i - 2) && HELD_IN.contains(words.word(i - 2).toLowerCase(Locale.ROOT)))
            && !words.possessive(i) && !(i + 1 < words.size() && words.joinedToNext(i) && words.capitalised(i + 1))
            && !regionAbroadOfTheName(run, place);
    }

    /** "a stake in Phoenix", "his interest in Derby": what a company or a club is held or followed in. */
    private static final Set<String> HELD_IN = WordSet.of("stake", "stakes", "interest", "interests", "invest",
        "invests", "invested", "investing", "investment", "investments", "shares", "holding", "holdings", "position",
        "confidence", "faith", "trust", "role", "deal");

    /** "in Surrey": the name is also a region of another country's than the city's (England's county, Canada's city). */
    private static boolean regionAbroadOfTheName(Run run, KnownName city) {
        for (KnownName name : run.names()) {
            if (name.kind().subdivision() && !Objects.equals(name.entry().country(), city.entry().country())) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of where something is: not "to", "of" or "from", which people and companies follow too. */
    private static final Set<String> WHERE_SOMETHING_IS = WordSet.of("in", "near", "outside", "around", "across");
    /** A city this large is what "in" followed by its name means, though the name is also a word. */
    private static final int LARGE_NAMESAKE_CITY = 250_000;

    /** "in Belvidere", "town of Hofu": a preposition or a place's noun right before the name. */
    private static boolean placePreposition(Tokens words, int first) {
        if (first == 0 || !words.joinedToNext(first - 1)) {
            return false;
        }
        // "In Kandy, a businessman...": a preposition opening the sentence is one all the same
        String before = words.word(first - 1).toLowerCase(java.util.Locale.ROOT);
        if (before.equals("the") && first >= 2 && words.joinedToNext(first - 2)) {
            before = words.word(first - 2).toLowerCase(java.util.Locale.ROOT);  // "at the Malaba crossing"
        }
        return PLACE_PREPOSITIONS.contains(before) || PLACE_NOUNS_BEFORE.contains(before)
            || PLACE_ADJECTIVES_BEFORE.contains(before) || NameVocabulary.announcedPlaceList(words, first);
    }

    /**
     * "Washington charged France", "Santiago said": a capital that is also a given name, but no English word, is
     * the capital when no other name goes on from it ("Washington Irving", "Paris Hilton", "Denzel Washington").
     */
    private boolean capitalAlone(Tokens words, Run run, KnownName place) {
        int i = run.first();
        // "Adelaide recorded its hottest day": a great city too, outside sport ("Sydney coach Steve Corica")
        boolean great = place.kind() == KnownName.Kind.CAPITAL || (place.kind() == KnownName.Kind.CITY
            && place.population() >= GREAT_CITY && !words.reportsMatches() && !sideBefore(words, i));
        return great && !lexicon.isCommonWord(words.name(i))
            && !(i + 1 < words.size() && words.joinedToNext(i) && words.capitalised(i + 1))
            && !(i > 0 && words.joinedToNext(i - 1) && words.capitalised(i - 1)
                && !FUNCTION_WORDS_OF_SIDES.contains(words.name(i - 1)));
    }

    /**
     * "in the Pacific", "the Arctic is warming": a region of the world named by an English word is the region after
     * "the" when no other name goes on from it ("the Pacific Dunlop board", "the Arctic Council").
     */
    private static boolean oceanOrRegionAfterThe(Tokens words, Run run, KnownName place) {
        int i = run.first();
        return place.kind() == KnownName.Kind.REGION && place.entry().country() == null
            && i > 0 && words.joinedToNext(i - 1) && words.word(i - 1).equalsIgnoreCase("the")
            && !(i + 1 < words.size() && words.joinedToNext(i)
                && (words.capitalised(i + 1) || NOT_AFTER_A_REGION.contains(words.word(i + 1))));
    }

    /** "Sydney coach", "Adelaide FC", "Sydney's Joel King": a city before what only its side has, or a possessive. */
    private static boolean sideBefore(Tokens words, int i) {
        return words.possessive(i) || i + 1 < words.size() && words.joinedToNext(i)
            && NOT_AFTER_A_REGION.contains(words.word(i + 1));
    }

    /**
     * "Petrobangla Chairman Md. Abdul Mannan Patwary": Maryland's abbreviation before a given name, after a title or
     * opening the text, abbreviates a person's name (Mohammad), as South Asian copy writes it ("in Annapolis Md. Larry
     * Hogan", "D-Md. John Boehner" stay Maryland).
     */
    private static boolean givenNamesAbbreviation(Tokens words, Run run, KnownName place) {
        return place.written().endsWith(".") && run.first() == run.last() && words.next(run.last()) == '.'
            && words.givenNameAbbreviated(run.first());
    }

    /** "Ill.", "Calif.": an abbreviation written with its stop is no English word. */
    private static boolean abbreviationWithStop(Tokens words, Run run, KnownName place) {
        return place.written().endsWith(".") && words.next(run.last()) == '.';
    }

    /** A one-word name that is also an English word or a given name: "Reading", "Mobile", "Victoria". */
    private boolean ambiguous(Tokens words, Run run) {
        if (run.first() != run.last()) {
            return false;
        }
        String word = words.name(run.first());
        return lexicon.isCommonWord(word) || lexicon.isGivenName(word);
    }

    /** "Belvidere, Ill.", "Medford, Oregon", "Hofu, Japan": a comma, then the run of a region or country. */
    private static boolean regionAfterComma(Tokens words, Run run, Run next) {
        return next.first() == run.last() + 1 && words.after(run.last()) == ','
            && (namesKind(next, KnownName.Kind.COUNTRY) || namesKind(next, KnownName.Kind.REGION));
    }

    /**
     * "Birmingham, Ala.", "Plainview, Tex.", "London, Ontario", "Athens, Georgia": of the places a name may be, the
     * largest in a region or country the run after it names, however small (Birmingham, England is larger); null
     * when none is, or when the name is a region of that country itself ("Guanajuato, Mexico": the state).
     */
    private static KnownName locatedIn(Tokens words, Run run, Run placedIn) {
        KnownName best = null;
        for (KnownName container : placedIn.names()) {
            boolean placesTowns = container.kind() == KnownName.Kind.COUNTRY || container.kind() == KnownName.Kind.REGION;
            if (!placesTowns || container.entry().country() == null) {
                continue;  // a region of several countries ("Central Asia") places nothing
            }
            if (container.kind() == KnownName.Kind.COUNTRY
                    && namesKindIn(run, KnownName.Kind.REGION, container.entry().country())) {
                return null;
            }
            for (KnownName name : run.names()) {
                if (townIn(name, container.entry()) && writtenAs(words, run, name, false)
                        && (best == null || name.population() > best.population())) {
                    best = name;
                }
            }
        }
        return best;
    }

    /** Whether the name is a town in the region ("US-TX", where the lists know a town's) or country. */
    private static boolean townIn(KnownName name, GazetteerEntry container) {
        if (name.kind() != KnownName.Kind.CITY && name.kind() != KnownName.Kind.CAPITAL) {
            return false;
        }
        String region = container.id() != null && container.id().startsWith("iso3166-2:")
            ? container.id().substring("iso3166-2:".length()) : null;
        return region != null && name.region() != null ? region.equals(name.region())
            : container.country().equals(name.entry().country());
    }
}
