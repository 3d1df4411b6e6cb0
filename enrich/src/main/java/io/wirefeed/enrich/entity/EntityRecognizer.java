package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.Mention;

/**
 * People, organisations and places of a dispatch: the finders' mentions in headline, dateline and body, then
 * two links a reader makes without thinking: an acronym defined in the text ("Shanghai Cooperation
 * Organization (SCO)") stands for its long form wherever it appears, and a person's family or given name alone
 * ("Zhang said") stands for the full name mentioned before. Mentions of one entity are merged into one
 * {@link Entity}.
 */
public final class EntityRecognizer {

    private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\s*\\(([\\p{Lu}][\\p{Lu}\\d&.-]{1,9})\\)");

    // Possessive quantifiers: a long form is words up to the parenthesis, so giving back letters or words can never
    // help the match, and backtracking into them made this search a noticeable part of recognition.
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]++";
    private static final Pattern ACRONYM = Pattern.compile("\\(([\\p{Lu}][\\p{Lu}\\d&.-]{1,9})\\)");
    private static final Pattern LONG_FORM_BEFORE = Pattern.compile("(" + WORD + "(?:\\s+(?:of\\s+|for\\s+|and\\s+"
        + "|the\\s+)?+" + WORD + "){1,7}+)\\s*$");
    private static final int LONG_FORM_REACH = 120;
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
    private static final Pattern NOT_CAPITALS = Pattern.compile("[^\\p{Lu}]");

    private final List<MentionFinder> finders;
    private final CountryResolver countries;

    /** The finders, with countries resolved from the shipped lists. */
    public EntityRecognizer(List<MentionFinder> finders) {
        this(finders, new CountryResolver(Gazetteer.shipped()));
    }

    public EntityRecognizer(List<MentionFinder> finders, CountryResolver countries) {
        this.finders = List.copyOf(finders);
        this.countries = countries;
    }

    /** The shipped gazetteer and the name rules. */
    public static EntityRecognizer standard() {
        return new EntityRecognizer(standardFinders(Gazetteer.shipped()));
    }

    /** The finders of {@link #standard()}, over these lists: the rules, then the shipped name model. */
    public static List<MentionFinder> standardFinders(Gazetteer lists) {
        List<MentionFinder> finders = new ArrayList<>(ruleFinders(lists));
        finders.add(new LearnedNameFinder(NameModel.shipped(), lists));
        return List.copyOf(finders);
    }

    /** The finders that work by lists and rules alone, whose leftovers the name model is trained on. */
    static List<MentionFinder> ruleFinders(Gazetteer lists) {
        return List.of(new PartnershipNames(lists), new BylineNames(), new GazetteerFinder(lists), new ConventionalNameFinder(),
            PatternNameFinder.numberedUnits(), PatternNameFinder.protectedAreas(), new SportsCountryCodes(lists),
            new ProperNameFinder(), new InitialledNames(lists),
            new DatelineAgencyFinder(),
            new BareInstitutionFinder(lists), new TownOfStateFinder(), new LawmakerStateFinder(lists),
            new EverydayWordPlaceFinder(lists));
    }

    /** Entities of the fields, given as field name to text in reading order (headline, dateline, body). */
    public List<Entity> recognise(Map<String, String> fields) {
        List<FoundMention> mentions = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null || field.getValue().isEmpty()) {
                continue;
            }
            List<FoundMention> inField = new ArrayList<>();
            for (MentionFinder finder : finders) {
                inField.addAll(finder.find(field.getKey(), field.getValue(), List.copyOf(inField)));
            }
            List<int[]> noEntity = crudeGrades(field.getValue(), inField);
            noEntity.addAll(TickerNotations.in(field.getValue()));
            noEntity.addAll(Facilities.in(field.getValue()));
            List<FoundMention> found = List.copyOf(inField);
            List<int[]> signOffs = WireSignOffs.in(field.getValue());
            inField.removeIf(mention -> namesNoEntity(field.getValue(), mention) || insideAny(mention, noEntity)
                || mention.entity().id() == null && insideAny(mention, signOffs) || CountryModifiers.spanned(mention, found));
            inField.replaceAll(mention -> PlusGroups.widened(field.getValue(), GluedInitials.fromTheInitial(
                field.getValue(), UnitNumbers.withNumber(field.getValue(), withLegalFormAfterComma(field.getValue(),
                withNationalBankForm(field.getValue(), mention))))));
            inField = NamedUnits.named(field.getKey(), field.getValue(), BodiesOfBodies.split(inField));
            inField = PlacesReadAsPeople.placed(field.getValue(), inField);
            mentions.addAll(CompanyUnits.joined(field.getValue(),
                longestFirst(AngledNames.named(field.getKey(), field.getValue(), inField))));
        }
        SHOUTING.get().clear();
        TitleCaseHeadline.dropUnconfirmed(fields, mentions);
        AngledNames.relinkWrittenAs(fields, mentions);
        ShoutedHeadline.nameTheRestsCompanies(fields, mentions);
        ShoutedHeadline.dropAcronymsNothingElseNames(fields, mentions);
        linkAcronyms(fields, mentions);
        linkShortNames(fields, mentions);
        linkClubTowns(fields, mentions);
        List<String> order = List.copyOf(fields.keySet());
        mentions.sort((a, b) -> a.field().equals(b.field()) ? Integer.compare(a.start(), b.start())
            : Integer.compare(order.indexOf(a.field()), order.indexOf(b.field())));
        List<Entity> entities = merge(mentions);
        ShoutedHeadline.dropDescriptionsTakenForNames(fields, entities);
        return entities;
    }

    /** Whether what a finder took is no entity after all: an index, an office, a rate, an amount, a period... */
    private static boolean namesNoEntity(String text, FoundMention mention) {
        return StockIndices.headsIndex(text, mention) || partyAndState(mention)
            || formsAlone(mention) || namesAnInstrument(mention) || namesAShareClass(text, mention)
            || namesAPeople(text, mention) || namesARate(text, mention) || namesADebtInstrument(text, mention)
            || CurrencyCodes.namesAnAmount(text, mention) || NameVocabulary.isMonthRange(mention.text())
            || namesACompetition(mention) || namesAPortfolio(text, mention) || TradeTerms.namedBy(text, mention)
            || namesAnOfficeOrAFacility(mention) || namesALawsSponsors(mention);
    }

    /** A people no country is named for, or the people of a place ("Albertans"), read as a place or a body. */
    private static boolean namesAPeople(String text, FoundMention mention) {
        return peopleOfNoCountry(mention) || Residents.named(text, mention, Gazetteer.shipped());
    }

    /** Three or more names one hyphen joins to the next: a law's sponsors ("Hart-Scott-Rodino"), no person. */
    private static final Pattern SPONSORS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+){2,}");

    private static boolean namesALawsSponsors(FoundMention mention) {
        return mention.entity().type() == EntityType.PERSON && mention.entity().id() == null
            && SPONSORS.matcher(mention.text()).matches();
    }

    /** An office or its titles ("Kyrgyz President", "Deputy Prime Minister") or a hotel, read as a body or a person. */
    private static boolean namesAnOfficeOrAFacility(FoundMention mention) {
        return OfficeHolders.namesAnOffice(mention) || OfficeHolders.titlesAlone(mention)
            || Facilities.hotelReadAsPerson(mention);
    }

    /** What introduces a minister's portfolio: not "Ministers of" nor "Minister of the", which bodies follow. */
    private static final List<String> PORTFOLIO_OPENERS = List.of("Minister of ", "Minister for ");

    /**
     * "Minister for Home Affairs", "the Minister of Mines and Energy": a minister's portfolio, which is no body (the
     * ministry is), read as one no list knows. A portfolio is named by everyday words; a body after a minister's title
     * is not ("Foreign Minister of Mercosur").
     */
    private static boolean namesAPortfolio(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION || mention.entity().id() != null) {
            return false;
        }
        for (String opener : PORTFOLIO_OPENERS) {
            int at = mention.start() - opener.length();
            if (at >= 0 && text.startsWith(opener, at)) {
                return everyday(mention.text());
            }
        }
        return false;
    }

    /** Whether every word of the name is an everyday English word ("Home Affairs", "Mines and Energy"). */
    private static boolean everyday(String name) {
        for (String word : name.split(" ")) {
            if (!Lexicon.shipped().isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** The last words of competitions' names ("Davis Cup Finals", "Australian Open", "Monaco Grand Prix"). */
    private static final Set<String> COMPETITIONS = WordSet.of("Cup", "Finals", "Playoff", "Playoffs", "Championships",
        "Tournament", "Trophy", "Open", "Prix");

    /**
     * "the AFC Champions League Elite", "the Davis Cup Finals": a competition, which is no body (its organiser is),
     * read as one no list knows. Not "Championship" nor "Olympics", which bodies take as names ("the Ultimate Fighting
     * Championship", "Special Olympics").
     */
    private static boolean namesACompetition(FoundMention mention) {
        if (mention.entity().type() == EntityType.PERSON || mention.entity().id() != null) {
            return false;
        }
        String name = mention.entity().name();
        if (LEAGUES_AND_CONFERENCES.contains(name)) {
            return true;    // "in Serie A", "the Western Conference": read as a place or a body
        }
        return mention.entity().type() == EntityType.ORGANIZATION
            && (COMPETITIONS.contains(lastWord(name)) && name.indexOf(' ') > 0
            || name.contains("Champions League") || name.contains("Europa League") || name.contains("Conference League"));
    }

    /** National football leagues' competitions and the conferences of North American leagues, by name. */
    private static final Set<String> LEAGUES_AND_CONFERENCES = WordSet.of("Serie A", "Serie B", "La Liga", "LaLiga", "Ligue 1",
        "Ligue 2", "Bundesliga", "Eredivisie", "Primeira Liga", "Super Lig", "Western Conference", "Eastern Conference");

    /** The last words of crude oils' grades ("West Texas Intermediate", "Arab Light", "Swann Hills Light Sweet"). */
    private static final Set<String> CRUDE_GRADES = WordSet.of("Intermediate", "Light", "Heavy", "Medium", "Sweet",
        "Sour", "Blend");

    /**
     * "West Texas Intermediate", "Bonny Light": in a text about crude oil, the grades, which are products, read as places
     * or people no list knows (a company's short name, "Mitsubishi Heavy", stands). Neither they nor the places in
     * them ("Texas") are entities.
     */
    private static List<int[]> crudeGrades(String text, List<FoundMention> mentions) {
        List<int[]> grades = new ArrayList<>(0);
        for (FoundMention mention : mentions) {
            if (namesACrudeGrade(text, mention)) {
                grades.add(new int[] {mention.start(), mention.end()});
            }
        }
        return grades;
    }

    /** Whether the mention lies inside one of the spans, each {start, end}. */
    private static boolean insideAny(FoundMention mention, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] <= mention.start() && mention.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesACrudeGrade(String text, FoundMention mention) {
        String name = mention.text();
        EntityType type = mention.entity().type();
        return type != EntityType.ORGANIZATION && mention.entity().id() == null && name.indexOf(' ') > 0
            && CRUDE_GRADES.contains(lastWord(name))
            && (text.contains("crude") || text.contains("Crude") || text.contains("CRUDE"))
            && (type == EntityType.PLACE || pricedAfter(text, mention.end()));
    }

    /**
     * "Bonny Light 18.10 dlrs", "Swann Hills Light Sweet by 50 cts": a price or a change of it after a name, which a
     * grade read as a person has and a person surnamed Sweet or Light ("said Tom Sweet, head of...") has not.
     */
    private static boolean pricedAfter(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at < text.length() && (Character.isDigit(text.charAt(at)) || text.startsWith("by ", at)
            || text.startsWith("at ", at) && at + 3 < text.length() && Character.isDigit(text.charAt(at + 3))
            || text.startsWith("crude", at));
    }

    /**
     * "the Export Enhancement Program (EEP)", "the Petroleum Revenue Tax (PRT)": an acronym defined after an instrument's
     * head word, unless a list knows it as a body's ("the United Nations Development Program (UNDP)").
     */
    private static boolean instrumentsAcronym(String wordBefore, String acronym) {
        return INSTRUMENT_HEADS.contains(wordBefore)
            && !Gazetteer.shipped().knowsAs(NameKeys.of(acronym), KnownName.Kind.ORGANIZATION);
    }

    /**
     * "the International Tin Agreement", "the Louvre Accord", "the Export Enhancement Program", "the Retail Price
     * Index", "Acquired Immune Deficiency Syndrome": a name no list knows, headed by a word for an agreement, a law, a
     * programme, a statistic or an illness, is no organisation, however capitalised or defined by an acronym. But a
     * body named after one is ("the Department of Law", "the Government of National Accord", "the Parties to the
     * Nauru Agreement"), and so is a body the lists know by another spelling ("United Nations Development Program").
     */
    private static boolean namesAnInstrument(FoundMention mention) {
        GazetteerEntry entity = mention.entity();
        if (entity.type() != EntityType.ORGANIZATION || entity.id() != null) {
            return false;
        }
        // The last word first, without splitting the name: this runs for every mention no list knows.
        String name = entity.name();
        int head = name.length();
        while (head > 0 && !isSpace(name.charAt(head - 1))) {
            head--;
        }
        if (head == 0 || !INSTRUMENT_HEADS.contains(name.substring(head))) {
            return false;
        }
        return !bodyNamedAfter(wordsOf(name)) && !listedOrganisation(name);
    }

    /** "Department of Law", "Government of National Accord", "Parties to the Nauru Agreement": a body's head first. */
    private static boolean bodyNamedAfter(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of") || words[i].equals("for") || words[i].equals("to")) {
                for (int j = 0; j < i; j++) {
                    if (NameVocabulary.ORGANISATION_HEADS.contains(words[j]) || words[j].equals("Parties")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether the lists know the name as an organisation's, also with a programme spelled the British way. */
    private static boolean listedOrganisation(String name) {
        Gazetteer lists = Gazetteer.shipped();
        return lists.knowsAs(NameKeys.of(name), KnownName.Kind.ORGANIZATION)
            || name.endsWith(" Program") && lists.knowsAs(NameKeys.of(name + "me"), KnownName.Kind.ORGANIZATION);
    }

    /**
     * "Western and Latin finance officials", "Hispanic viewers", "our Latin American debt": a people no country is
     * named for, which the name model or the rules may read as a place or a body no list knows; the lists' names and
     * people ("Christian") stand.
     */
    private static boolean peopleOfNoCountry(FoundMention mention) {
        if (mention.entity().type() == EntityType.PERSON || mention.entity().id() != null) {
            return false;
        }
        String key = NameKeys.of(mention.text());
        return NameVocabulary.PEOPLES_OF_NO_COUNTRY.contains(key)
            || mention.entity().type() == EntityType.PLACE && LANGUAGES_FAITHS_AND_REGIONS_PEOPLES.contains(key);
    }

    /**
     * Keys of languages, faiths and peoples of a country's region that the name model may read as a place no list
     * knows ("groups in Arabic and Italian", "the Islamism department", "Chechen fighters").
     */
    private static final Set<String> LANGUAGES_FAITHS_AND_REGIONS_PEOPLES = Stream.of("Arabic", "Urdu", "Pashto",
        "Dari", "Farsi", "Swahili", "Hausa", "Amharic", "Hindi", "Bengali", "Telugu", "Marathi", "Gujarati", "Kannada",
        "Malayalam", "Mandarin", "Cantonese", "Islam", "Islamism", "Islamic", "Islamist", "Islamists",
        "Chechen", "Chechens", "Dagestani", "Dagestanis").map(NameKeys::of).collect(Collectors.toSet());

    /** "Class B common stock", "units Series A": a class of a company's shares or debt, no organisation of its own. */
    private static boolean namesAShareClass(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        String name = mention.text();
        if (name.length() == 1) {
            return CLASS_OF_SHARES.matcher(text).region(Math.max(0, mention.start() - "series ".length()), mention.end())
                .find();
        }
        return CLASS_OF_SHARES.matcher(name).matches();
    }

    /** "Class B", "class A", "Series C" (ending where the mention ends). */
    private static final Pattern CLASS_OF_SHARES = Pattern.compile("(?i:class|series) [A-Z]$");

    /** Heads of agreements, laws, programmes, taxes, statistics and illnesses. */
    private static final Set<String> INSTRUMENT_HEADS = WordSet.of("Agreement", "Accord", "Arrangement", "Treaty", "Act",
        "Law", "Program", "Tax", "Requirement", "Index", "Product", "Syndrome", "Disease", "Virus", "Bond",
        "Bonds");

    /**
     * "the London Interbank Offered Rate": a place naming an interbank rate is the rate's name, no mention of the place
     * (but "the Tokyo interbank market" is in Tokyo).
     */
    private static boolean namesARate(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.PLACE) {
            return false;
        }
        return INTERBANK_RATE.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** The rest of an interbank rate's name: "Interbank Offered Rate(s)", "interbank borrowing rates". */
    private static final Pattern INTERBANK_RATE = Pattern.compile("(?i)\\s+interbank\\s+(?:offered|bid|borrowing|mean)\\s+rate");

    /**
     * "U.S. Treasury securities", "the Treasury Bill rate": government debt named after its issuer is a product, no
     * mention of the treasury (but "Treasury Secretary James Baker", "the Treasury said" and "the Treasury issues new
     * rules" are).
     */
    private static boolean namesADebtInstrument(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION) {
            return false;
        }
        return mention.text().endsWith("Treasury") && debtAfter(text, mention.end())
            || TREASURY_DEBT_NAMED.matcher(mention.text()).matches();
    }

    /** Whether the word after {@code end} names debt ({@link BareInstitutionFinder#TREASURY_ISSUES}), not a verb. */
    private static boolean debtAfter(String text, int end) {
        Matcher next = NEXT_WORDS.matcher(text).region(end, text.length());
        if (!next.lookingAt() || !BareInstitutionFinder.TREASURY_ISSUES.contains(next.group(1))) {
            return false;
        }
        return !(next.group(1).endsWith("s") && next.group(2) != null && VERB_OBJECTS.contains(next.group(2)));
    }

    private static final Pattern NEXT_WORDS = Pattern.compile("[ \\n]+([a-z-]+)(?:[ \\n]+([a-z]+))?");
    /** Words after "issues", "notes" or "yields" that make it a verb ("issues new rules", "notes that"). */
    private static final Set<String> VERB_OBJECTS = WordSet.of("that", "the", "a", "an", "new", "its", "their", "no",
        "more", "guidance", "rules", "data", "figures", "warnings");
    private static final Pattern TREASURY_DEBT_NAMED = Pattern.compile("(?:U\\.S\\. )?Treasury (?:Bills?|Bonds?|Notes?)");

    /**
     * A legal form read alone as a company ("Citibank NA", "Co AG" cut from their names), unless a list knows it by that
     * name ("(NA)", the agency Noticias Argentinas).
     */
    private static boolean formsAlone(FoundMention mention) {
        return mention.entity().type() == EntityType.ORGANIZATION && mention.entity().name().equals(mention.text())
            && CompanyForms.isFormsAlone(mention.text());
    }

    /**
     * "National Amusements, Inc", "Apple, Inc.", "Hengrun Fine Chemical Co., Ltd.": a legal form after a comma closes
     * the company's name, as American and Chinese copy write it; the mention takes it in (a sentence's full stop stays
     * out unless the form is written with one), and names a company even where the name alone read as a place or
     * a person.
     */
    static FoundMention withLegalFormAfterComma(String text, FoundMention mention) {
        int comma = mention.end();
        if (text.startsWith("., ", comma) && CompanyForms.isSuffix(lastWord(mention.text()) + ".")) {
            comma++;  // "Co., Ltd.": the first form's full stop, then the comma
        }
        if (!text.startsWith(", ", comma)) {
            return mention;
        }
        int at = comma + 2;
        int end = CompanyForms.formEnd(text, at);
        if (end < 0) {
            return mention;
        }
        GazetteerEntry company = companyClosedBy(mention, text.substring(at, end));
        return company == null ? mention
            : new FoundMention(mention.field(), mention.start(), end, text.substring(mention.start(), end), company);
    }

    /**
     * The company a name closed by a legal form is, whatever the name alone was read as ("National Amusements"), or
     * null where the form may be something else after a place or a person ("Reno, NV", "Port Augusta, SA").
     */
    private static GazetteerEntry companyClosedBy(FoundMention mention, String form) {
        if (mention.entity().type() == EntityType.ORGANIZATION) {
            return mention.entity();
        }
        return CompanyForms.isUnmistakableLegalForm(form)
            ? new GazetteerEntry(EntityType.ORGANIZATION, mention.text(), null, null) : null;
    }

    /**
     * "Mellon Bank N.A.", "The Chase Manhattan Bank, N.A.", "Marine Midland Bank NA said", "Citibank NA and": an American
     * national bank's form is part of its name as Reuters and the banks write it; not another country's bank's nor a
     * body's NA (Pakistan's National Assembly: "the State Bank, NA Standing Committee"; "not available" in a table).
     */
    static FoundMention withNationalBankForm(String text, FoundMention mention) {
        GazetteerEntry bank = mention.entity();
        if (bank.type() != EntityType.ORGANIZATION || !mention.text().endsWith("Bank") && !mention.text().endsWith("bank")
                || bank.id() != null && !"US".equals(bank.country())) {
            return mention;
        }
        int end = mention.end();
        int formEnd = -1;
        if (text.startsWith(" N.A.", end) || text.startsWith(", N.A.", end)) {
            formEnd = text.indexOf("N.A.", end) + 4;
        } else if (text.startsWith(" NA", end) && bareNationalAssociation(text, mention)) {
            formEnd = end + 3;
        }
        return formEnd < 0 || formEnd < text.length() && Character.isLetterOrDigit(text.charAt(formEnd)) ? mention
            : new FoundMention(mention.field(), mention.start(), formEnd, text.substring(mention.start(), formEnd), bank);
    }

    /** Whether a bank's "NA" without its stops is its form: by what follows it, and whether a list knows the bank. */
    private static boolean bareNationalAssociation(String text, FoundMention bank) {
        int after = bank.end() + " NA".length();
        return "US".equals(bank.entity().country())
            ? LISTED_NATIONAL_ASSOCIATION_AFTER.matcher(text).region(after, text.length()).lookingAt()
            : NATIONAL_ASSOCIATION_AFTER.matcher(text).region(after, text.length()).lookingAt()
            && !Gazetteer.shipped().knowsAs(NameKeys.of(bank.text()), KnownName.Kind.ORGANIZATION);
    }

    /** What follows a bank's "NA" written without its stops: the clause's end or the bank's verb. */
    private static final Pattern NATIONAL_ASSOCIATION_AFTER = Pattern.compile(
        "(?:[,.;:)]|$| (?:said|says|is|was|will|has|had|agreed|reported)\\b)");
    /** And after a listed American bank's, "and" or "unit" too ("Citibank NA and Saudi French"). */
    private static final Pattern LISTED_NATIONAL_ASSOCIATION_AFTER = Pattern.compile(
        "(?:[,.;:)]|$| (?:said|says|is|was|will|has|had|agreed|reported|and|unit)\\b)");

    static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /**
     * "Sen. James McClure (R-Idaho)", "McClure, R-Idaho,": a US lawmaker's party and state, of which the state is the
     * name (the gazetteer finds it), not the whole.
     */
    private static boolean partyAndState(FoundMention mention) {
        String text = mention.text();
        return mention.entity().type() != EntityType.PLACE && text.length() > 2 && "RDI".indexOf(text.charAt(0)) >= 0
            && text.charAt(1) == '-' && Character.isUpperCase(text.charAt(2)) && text.indexOf(' ') < 0;
    }

    /** The countries the dispatch of these fields and {@link #recognise recognised} entities is about. */
    public List<String> countries(Map<String, String> fields, List<Entity> entities) {
        return countries.countries(fields, entities);
    }

    /**
     * Where mentions overlap, the longest wins ("State Security Service of Azerbaijan" over "Azerbaijan"); of
     * equally long ones, the earlier finder's.
     */
    private static List<FoundMention> longestFirst(List<FoundMention> mentions) {
        List<FoundMention> byLength = new ArrayList<>(mentions);
        byLength.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<FoundMention> kept = new ArrayList<>();
        for (FoundMention mention : byLength) {
            if (!mention.overlapsAny(kept)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static void linkAcronyms(Map<String, String> fields, List<FoundMention> mentions) {
        Map<String, GazetteerEntry> defined = new HashMap<>();
        for (FoundMention mention : List.copyOf(mentions)) {
            if (mention.entity().type() == EntityType.PERSON) {
                continue;
            }
            String text = fields.get(mention.field());
            Matcher definition = ACRONYM_DEFINITION.matcher(text).region(mention.end(), text.length());
            // "Oslo (NTB)": after a place, a parenthesis its initials do not spell is the dateline's agency
            if (definition.lookingAt() && (mention.entity().type() != EntityType.PLACE
                    || initialsSpell(mention.text(), definition.group(1)))) {
                defined.putIfAbsent(definition.group(1), mention.entity());
            }
        }
        Map<String, List<MatchResult>> acronyms = new HashMap<>();
        fields.forEach((field, text) -> acronyms.put(field, text == null ? List.of() : parenthesisedAcronyms(text)));
        Set<String> terms = new HashSet<>();
        fields.forEach((field, text) -> defineUnknown(field, text, acronyms.get(field), mentions, defined, terms));
        defined.forEach((acronym, entity) -> addEveryOccurrence(fields, mentions, acronym, entity, false));
        fields.forEach((field, text) -> definedTerms(text, acronyms.get(field), terms));
        terms.removeAll(defined.keySet());
        mentions.removeIf(mention -> mention.entity().type() == EntityType.ORGANIZATION && terms.contains(mention.text()));
    }

    /**
     * "liquid assets in public hands (ALP)", "gross domestic product (GDP)": capitals the text defines after words
     * in lower case, other than an organisation's noun ("the central bank (BCRA)"), are a term of its own and not
     * an organisation a list knows by them (the Australian Labor Party); so are those defined after an instrument's
     * name ("the Export Enhancement Program (EEP)").
     */
    private static void definedTerms(String text, List<MatchResult> acronyms, Set<String> terms) {
        for (MatchResult acronym : acronyms) {
            int end = acronym.start();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, end);
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !organisationNoun(word)
                    || instrumentsAcronym(word, acronym.group(1))) {
                terms.add(acronym.group(1));
            }
        }
    }

    /**
     * The text's capitals in parentheses, "(SCO)". Found from each opening parenthesis: a regex's find() tries a match
     * at every character, which made this search a quarter of recognition.
     */
    private static List<MatchResult> parenthesisedAcronyms(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher acronym = ACRONYM.matcher(text);
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            if (acronym.region(at, text.length()).lookingAt()) {
                found.add(acronym.toMatchResult());
            }
        }
        return found;
    }

    /** "Regional Anti-Terrorist Bureau (RATB)": a long form no finder knew is an organisation all the same. */
    private static void defineUnknown(String field, String text, List<MatchResult> acronyms, List<FoundMention> mentions,
                                      Map<String, GazetteerEntry> defined, Set<String> terms) {
        for (MatchResult acronym : acronyms) {
            // Look for the long form only just before the parenthesis: a regex over the whole text backtracks.
            int from = Math.max(0, acronym.start() - LONG_FORM_REACH);
            Matcher longForm = LONG_FORM_BEFORE.matcher(text).region(from, acronym.start());
            if (!longForm.find() || defined.containsKey(acronym.group(1))
                    || !initialsSpell(longForm.group(1), acronym.group(1))) {
                continue;
            }
            FoundMention mention = new FoundMention(field, longForm.start(1), longForm.end(1), longForm.group(1),
                new GazetteerEntry(EntityType.ORGANIZATION, longForm.group(1), null, null));
            if (namesAnInstrument(mention)) {
                // "Gross National Product (GNP)": a term, and so is GNP, unless the lists know it as a body's
                if (!Gazetteer.shipped().knowsAs(NameKeys.of(acronym.group(1)), KnownName.Kind.ORGANIZATION)) {
                    terms.add(acronym.group(1));
                }
            } else if (!mention.overlapsAny(mentions)) {
                mentions.add(mention);
                defined.put(acronym.group(1), mention.entity());
            }
        }
    }

    /** "bank", "office", "bloc", "army": a noun that stands for an organisation in lower case. */
    private static boolean organisationNoun(String word) {
        String head = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return NameVocabulary.ORGANISATION_DESCRIPTORS.contains(word) || NameVocabulary.ORGANISATION_HEADS.contains(head)
            || NameVocabulary.ORGANISATION_HEADS.contains(singular) || BODIES.contains(word);
    }

    /** Lower-case nouns for bodies that are no names' heads: "the regional bloc (ECOWAS)", "its ally (MHP)". */
    private static final Set<String> BODIES = WordSet.of("bloc", "blocs", "body", "bodies", "ally", "allies", "arm",
        "wing", "grouping", "outfit", "rebels", "insurgents", "militants", "broadcaster", "daily", "court", "tribunal",
        "regulator", "watchdog", "alliance", "coalition", "cartel", "forces", "police", "army", "navy", "operator");

    /** Whether the capitals starting the long form's words spell the acronym ("NEW YORK (AP)" does not). */
    static boolean initialsSpell(String longForm, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : WORD_BREAKS.split(longForm)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String letters = NOT_CAPITALS.matcher(acronym).replaceAll("");
        return initials.toString().equals(letters) || initials.toString().endsWith(letters);
    }

    /**
     * "Stoltenberg" for "Gerhard Stoltenberg", "Chrysler" and "CHRYSLER" for "Chrysler Corp", "OHIO MATTRESS" for
     * "Ohio Mattress Co": the short forms a text uses for a person or organisation it named in full. A short form
     * takes the place of what a list made of the same words (the town of Dayton in "Dayton Hudson").
     */
    private static void linkShortNames(Map<String, String> fields, List<FoundMention> mentions) {
        Map<String, GazetteerEntry> parts = new LinkedHashMap<>();
        Map<String, GazetteerEntry> firstSurnames = new LinkedHashMap<>();
        Set<String> towns = new HashSet<>();
        Set<String> founders = new HashSet<>();
        for (FoundMention mention : mentions) {
            GazetteerEntry entity = mention.entity();
            String[] words = wordsOf(entity.name());
            if (entity.type() == EntityType.PERSON && words.length >= 2) {
                personsParts(words, entity, parts, firstSurnames);
            } else if (entity.type() == EntityType.ORGANIZATION && entity.id() == null && words.length >= 2) {
                organisationsParts(fields, mentions, words, entity, parts, towns, founders);
            }
        }
        // a second word yields to any name's first or last ("Sarah Huckabee Sanders ... Mike Huckabee. Huckabee said")
        firstSurnames.forEach(parts::putIfAbsent);
        parts.forEach((word, entity) -> addEveryOccurrence(fields, mentions, word, entity, towns.contains(word),
            founders.contains(word)));
    }

    /**
     * The short forms of an organisation's name: without its legal form, its trading name, and its founder's surname
     * ("J.C. Penney Co Inc ... Penney's stores", "Roy F Weston Inc ... Weston said") or else its first word ("Boston" of
     * "Boston Bruins"); a first word, or a surname the lists know as a town, stays the town after a place preposition
     * ("its plant in Weston, Fla."), and a founder's name stays a person's after a title.
     */
    private static void organisationsParts(Map<String, String> fields, List<FoundMention> mentions, String[] words,
                                           GazetteerEntry organisation, Map<String, GazetteerEntry> parts,
                                           Set<String> towns, Set<String> founders) {
        String trading = companysParts(fields, mentions, words, organisation, parts);
        if (trading != null) {
            founders.add(trading);
        }
        int kept = withoutLegalForm(words);
        String partners = partnersShortForm(words, kept);
        if (partners != null) {
            parts.putIfAbsent(partners, organisation);
        }
        if (founderNamed(words, kept)) {
            String surname = words[kept - 1];
            parts.putIfAbsent(surname, organisation);
            founders.add(surname);
            if (knownTown(surname)) {
                towns.add(surname);
            }
        } else {
            // "Donaldson" of "Donaldson, Lufkin and Jenrette Securities Corp": the comma is no part of the word
            String first = words[0].endsWith(",") ? words[0].substring(0, words[0].length() - 1) : words[0];
            if (kept >= 2 && standsAlone(first) && !institutionOfTown(first, words[kept - 1])) {
                parts.putIfAbsent(first, organisation);
                towns.add(first);
            }
        }
    }

    /**
     * "Welsh Carson" of "Welsh, Carson, Anderson and Stowe IV": a firm named after three or more partners goes by the
     * first two; null for any other name.
     */
    private static String partnersShortForm(String[] words, int kept) {
        if (kept < 5 || !words[0].endsWith(",") || !words[1].endsWith(",")) {
            return null;
        }
        String first = words[0].substring(0, words[0].length() - 1);
        String second = words[1].substring(0, words[1].length() - 1);
        // two names together say enough: "Welsh" alone is a word, "Welsh Carson" a firm
        return capitalised(first) && capitalised(second) ? first + " " + second : null;
    }

    /** A company's name without its legal form, and its trading name when it has one; the trading name, or null. */
    private static String companysParts(Map<String, String> fields, List<FoundMention> mentions, String[] words,
                                        GazetteerEntry company, Map<String, GazetteerEntry> parts) {
        int kept = withoutLegalForm(words);
        if (kept == words.length) {
            return null;
        }
        parts.putIfAbsent(String.join(" ", Arrays.copyOf(words, kept)), company);
        String trading = tradingName(words, kept);
        if (trading == null || placeMentioned(fields, mentions, trading)) {
            return null;
        }
        parts.putIfAbsent(trading, company);
        return trading;
    }

    /**
     * The short forms of a person's name: the first word, the last, and a second that may be a first surname
     * ("Delgado" of "Rafael Delgado Pimentel", "Lim" of "Jason Lim Teck Seng").
     */
    private static void personsParts(String[] words, GazetteerEntry person, Map<String, GazetteerEntry> parts,
                                     Map<String, GazetteerEntry> firstSurnames) {
        String surname = words[words.length - 1];
        if (words[0].length() > 1) {
            parts.putIfAbsent(words[0], person);  // not an initial: "A R Rahman" is no "A" elsewhere
        }
        parts.putIfAbsent(surname, person);
        if (words.length >= 3 && firstSurname(words[1])) {
            firstSurnames.putIfAbsent(words[1], person);
        }
        String capitalised = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
        int dash = surname.indexOf('-');
        if (dash > 0 && NameVocabulary.ARABIC_ARTICLES.contains(capitalised.substring(0, dash))) {
            // "Abdel Fattah al-Sisi ... Al-Sisi said": the article is written in capitals opening a sentence
            parts.putIfAbsent(capitalised, person);
        }
    }

    /** A second word of a name that a short form may use: no initial, particle or given name ("Mary Ann Baker"). */
    private static boolean firstSurname(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !word.endsWith(".")
            && !NameVocabulary.PARTICLES.contains(word) && !Lexicon.shipped().isGivenName(word);
    }

    /**
     * "One Veszprém HC beat OTP Bank-Pick Szeged 33-29 ... Szeged had levelled": in a match report, a town inside a
     * club's name after its first word (a sponsor's, as often as not) stands for the club, as a first word does in
     * {@link #linkShortNames}; not a town after "of" ("Bank of Tokyo"), nor a capital (a club's or the city's).
     */
    private static void linkClubTowns(Map<String, String> fields, List<FoundMention> mentions) {
        String body = fields.get("body");
        if (body == null || !Tokens.of(body).reportsMatches()) {  // the finders read the body's tokens already
            return;
        }
        Map<String, GazetteerEntry> towns = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (FoundMention mention : mentions) {
            GazetteerEntry entity = mention.entity();
            if (entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String[] words = wordsOf(entity.name());
            // a club's name, not a body's ("Greater Manchester Police")
            if (entity.id() != null || NameVocabulary.ORGANISATION_HEADS.contains(words[words.length - 1])) {
                continue;
            }
            for (int w = 1; w < words.length; w++) {
                // not "Bank of Tokyo", nor a district named after the town ("Port Adelaide", "North Melbourne")
                if (NameVocabulary.JOINERS.contains(words[w - 1]) || PARTS_OF_TOWNS.contains(words[w - 1])
                        || !townOfClub(words[w])) {
                    continue;
                }
                GazetteerEntry claimed = towns.putIfAbsent(words[w], entity);
                if (claimed != null && !claimed.equals(entity)) {
                    shared.add(words[w]);
                }
            }
        }
        towns.keySet().removeIf(shared::contains);  // "Inter Milan beat AC Milan": a town two clubs share is neither's
        towns.forEach((town, entity) -> addEveryOccurrence(fields, mentions, town, entity, true));
    }

    /** A town's name, also a county's ("Szeged", "Veszprém"), but no country's, people's or capital's. */
    private static boolean townOfClub(String word) {
        String key = NameKeys.of(word);
        return capitalisedName(word) && Gazetteer.shipped().knowsAs(key, KnownName.Kind.CITY)
            && !Gazetteer.shipped().knowsAs(key, KnownName.Kind.COUNTRY, KnownName.Kind.DEMONYM, KnownName.Kind.CAPITAL);
    }

    /**
     * The words of a name, split at white space as {@code \s+} splits it, without a regular expression: this runs
     * for every mention of every dispatch.
     */
    static String[] wordsOf(String name) {
        List<String> words = new ArrayList<>(4);
        int at = 0;
        while (at < name.length()) {
            int end = at;
            while (end < name.length() && !isSpace(name.charAt(end))) {
                end++;
            }
            words.add(name.substring(at, end));
            at = end;
            while (at < name.length() && isSpace(name.charAt(at))) {
                at++;
            }
        }
        if (words.size() == 1 && words.get(0).isEmpty() && !name.isEmpty()) {
            return new String[0];    // white space alone, which a split leaves nothing of
        }
        return words.isEmpty() ? new String[] {name} : words.toArray(String[]::new);
    }

    /** White space as {@code \s} reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * How many of a company's words are left without its legal forms and a qualifier in brackets: "Cheung Kong" of
     * "Cheung Kong (Holdings) Ltd", "Standard Chartered Bank" of "Standard Chartered Bank (Hong Kong) Ltd".
     */
    private static int withoutLegalForm(String[] words) {
        int kept = words.length;
        while (kept > 1) {
            if (CompanyForms.isSuffix(words[kept - 1])) {
                kept--;
                continue;
            }
            if (kept > 2 && words[kept - 2].equalsIgnoreCase("de") && CompanyForms.isVariableCapital(words[kept - 1])) {
                kept -= 2;      // "Nissan Mexicana SA de CV": the Mexican form is three words
                continue;
            }
            int opening = kept - 1;
            while (opening > 0 && kept - opening <= 3 && !words[opening].startsWith("(")) {
                opening--;
            }
            if (!words[kept - 1].endsWith(")") || !words[opening].startsWith("(") || opening == 0) {
                break;
            }
            kept = opening;
        }
        return kept;
    }

    /**
     * "Southern California" of "Southern California Gas Co", where the story also has rain in Southern California:
     * the same words as a place the lists know, or as a place after "in", "at", "near"... (not "Southern Natural
     * said", which reads as a place by its compass point alone).
     */
    private static boolean placeMentioned(Map<String, String> fields, List<FoundMention> mentions, String name) {
        return mentions.stream().anyMatch(mention -> mention.entity().type() == EntityType.PLACE
            && mention.text().equals(name)
            && (mention.entity().id() != null || afterPlacePreposition(fields.get(mention.field()), mention.start())));
    }

    /**
     * "Walter Reade" of "Walter Reade Organization Inc", "De Laurentiis" of "De Laurentiis Entertainment Group Inc":
     * a company's name without its legal form and the trade words before it, when two words or more are left and
     * they name no place ("Hong Kong" of "Hong Kong Telecom Ltd"); or null. A company named after its founders is
     * written so in the rest of the story, and those words would otherwise read as a person.
     */
    private static String tradingName(String[] words, int withoutForm) {
        int kept = withoutForm;
        while (kept > 2 && (NameVocabulary.COMPANY_WORDS.contains(words[kept - 1]) || TRADE_HEADS.contains(words[kept - 1]))) {
            kept--;
        }
        if (kept == withoutForm) {
            return null;
        }
        for (int i = 0; i < kept; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                return null;    // "Bank of Tokyo-Mitsubishi": a joiner, so no founder's name
            }
        }
        String name = String.join(" ", Arrays.copyOf(words, kept));
        return namesRegion(name) || Gazetteer.shipped().knowsAs(NameKeys.of(name), KnownName.Kind.CITY) ? null : name;
    }

    /**
     * Whether a company's name before its legal form is a person's: initials ("J.C. Penney", with or without its
     * form), or a given name, perhaps an initial, and a legal form ("Roy F Weston Inc"); the surname no English word
     * ("Georgia Gulf Corp" is no Mr Gulf's).
     */
    private static boolean founderNamed(String[] words, int kept) {
        if (kept < 2 || kept > 3 || !standsAlone(words[kept - 1])) {
            return false;
        }
        if (kept == 2 && INITIALS.matcher(words[0]).matches()) {
            return true;
        }
        return kept < words.length && Lexicon.shipped().isGivenName(words[0])
            && (kept == 2 || INITIAL.matcher(words[1]).matches());
    }

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    /** Heads that a company's name may end with before its legal form, beside the trade words and legal forms. */
    private static final Set<String> TRADE_HEADS = WordSet.of("Organization", "Organisation");

    /**
     * Whether an organisation's first word may stand for it alone ("Chrysler"): a name, not an English word, an
     * acronym or a country or region ("Minnesota" in a story on Minnesota Power is the state).
     */
    private static boolean standsAlone(String word) {
        return capitalisedName(word) && !namesRegion(word);
    }

    /** A capital, then lower case: "Carson". */
    private static boolean capitalised(String word) {
        return word.length() > 1 && Lexicon.isCapitalised(word);
    }

    /** A word of three letters or more written with a capital, not all in capitals, that no dictionary has. */
    private static boolean capitalisedName(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !Lexicon.shipped().isCommonWord(word)
            && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "Garissa University College", "Mbale Regional Referral Hospital": the town alone is the town. */
    private static boolean institutionOfTown(String first, String last) {
        return NameVocabulary.ORGANISATION_HEADS.contains(last)
            && Gazetteer.shipped().knowsAs(NameKeys.of(first), KnownName.Kind.CITY);
    }

    private static boolean namesRegion(String word) {
        return Gazetteer.shipped().knowsAs(NameKeys.of(word), KnownName.Kind.COUNTRY, KnownName.Kind.DEMONYM,
            KnownName.Kind.REGION, KnownName.Kind.CAPITAL);
    }

    /**
     * Every occurrence of a short form or acronym becomes a mention of its entity; a first word that may be a town
     * ("Boston" of "Boston Bruins") stays the town after "in", "at", "near" or "from", or before a kind of place.
     */
    private static void addEveryOccurrence(Map<String, String> fields, List<FoundMention> mentions, String word,
                                           GazetteerEntry entity, boolean mayBeTown) {
        addEveryOccurrence(fields, mentions, word, entity, mayBeTown, false);
    }

    /**
     * The same, for a short form that may also be a person's name (a company named after its founder): not after a
     * title or a noun for a person ("Mr Walter Reade said", "its founder, Harlan Voss,").
     */
    private static void addEveryOccurrence(Map<String, String> fields, List<FoundMention> mentions, String word,
                                           GazetteerEntry entity, boolean mayBeTown, boolean mayBePerson) {
        fields.forEach((field, text) -> {
            if (text == null || text.isEmpty()) {
                return;
            }
            String searched = SHOUTING.get().computeIfAbsent(text, EntityRecognizer::searchable);
            String sought = searched == text ? word : word.toUpperCase(Locale.ROOT);
            for (int at = searched.indexOf(sought); at >= 0; at = searched.indexOf(sought, at + 1)) {
                int end = at + sought.length();
                if (isWordEdge(text, at - 1) && isWordEdge(text, end)
                        && !(mayBeTown && (townAfterPreposition(text, at, word, entity) || placeKindAfter(text, end)
                            || datelinePlace(field, text, at, end)))
                        && !(mayBePerson && afterPersonCue(text, at))) {
                    FoundMention mention = new FoundMention(field, at, end, text.substring(at, end), entity);
                    mentions.removeIf(other -> other.overlaps(mention) && yields(other, mention));
                    if (!mention.overlapsAny(mentions)) {
                        mentions.add(mention);
                    }
                }
            }
        });
    }

    /**
     * Whether a title or a noun for a person comes right before {@code at}, perhaps with a comma: "Mr", "Mr.", "its
     * founder,". Not a verb ("said"), and not across a sentence's end.
     */
    private static boolean afterPersonCue(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        boolean comma = end > 0 && text.charAt(end - 1) == ',';
        boolean stop = end > 0 && text.charAt(end - 1) == '.';
        int wordEnd = comma || stop ? end - 1 : end;
        String before = text.substring(lettersBefore(text, wordEnd), wordEnd);
        return stop ? Tokens.isTitleAbbreviation(before)   // "Mr.", "Dr.", "Sen."; not "said." ending a sentence
            : NameVocabulary.TITLES.contains(before) || PERSON_NOUNS.contains(before);
    }

    /** Nouns a person's name stands beside: "its founder, Harlan Voss,", "chairman Walter Reade". */
    private static final Set<String> PERSON_NOUNS = WordSet.of("founder", "chairman", "chairwoman", "president",
        "executive", "director", "owner", "heir", "son", "daughter", "widow", "grandson", "granddaughter");

    /** A field written in capitals, to be searched in capitals; any other field as it is. */
    private static String searchable(String text) {
        return Tokens.of(text).shouting() ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** The searchable form of each field of the dispatch being recognised (cleared for each dispatch). */
    private static final ThreadLocal<Map<String, String>> SHOUTING = ThreadLocal.withInitial(HashMap::new);

    /**
     * Whether a mention gives way to a short form over the same words: a town or region a list knew, or a name
     * typed by its shape alone, within the short form's span.
     */
    private static boolean yields(FoundMention other, FoundMention shortForm) {
        if (other.entity().equals(shortForm.entity()) || other.start() < shortForm.start()
                || other.end() > shortForm.end()) {
            return false;
        }
        String id = other.entity().id();
        return id == null || id.startsWith("geonames:") || id.startsWith("iso3166-2:");
    }

    /** "Leverkusen, Germany (dpa) - Bayer Leverkusen moved up": the dateline's place, in its field or opening the body. */
    private static boolean datelinePlace(String field, String text, int at, int end) {
        return field.equals("dateline") || (at == 0 && DATELINE_AFTER_PLACE.matcher(text).region(end, text.length())
            .lookingAt());
    }

    /** After a dateline's place: its country or state, then the agency's or date's bracket or a dash. */
    private static final Pattern DATELINE_AFTER_PLACE = Pattern.compile(
        "(?:, (?:\\p{Lu}[\\p{L}.]*)(?: \\p{Lu}[\\p{L}.]*){0,3})?(?: \\(| -| \\u2013| \\u2014|, \\p{Lu}\\p{Ll}{2}\\.? \\d)");

    /** "southwest of Boalemo district": a kind of place after the word makes it the place. */
    private static boolean placeKindAfter(String text, int end) {
        int start = end;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int stop = start;
        while (stop < text.length() && Character.isLowerCase(text.charAt(stop))) {
            stop++;
        }
        String word = text.substring(start, stop);
        return start > end && (NameVocabulary.placeKind(word) || CIVIC_NOUNS.contains(word));
    }

    /** Words naming a district or suburb after its town: "Port Adelaide", "North Melbourne", "Western Sydney". */
    private static final Set<String> PARTS_OF_TOWNS = WordSet.of("North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Central", "Greater", "Port", "Upper", "Lower", "New", "Old");

    /** What a town has and a club does not: "Bilbao mayor Juan Mari Aburto", "Manchester residents". */
    private static final Set<String> CIVIC_NOUNS = WordSet.of("mayor", "governor", "residents", "police", "council",
        "municipality", "citizens", "authorities", "airport", "port", "hospital", "court");

    /**
     * "plants in Kinangop": a place preposition before a name's first word makes it the town; but people "at" or
     * "from" a company are its people ("officials at Purolator", of "Purolator Courier Corp"), unless the lists know
     * the word as a town.
     */
    private static boolean townAfterPreposition(String text, int at, String word, GazetteerEntry entity) {
        String preposition = placePrepositionBefore(text, at);
        if (preposition == null) {
            return false;
        }
        String[] words = wordsOf(entity.name());
        boolean company = withoutLegalForm(words) < words.length;
        return !company || !(preposition.equals("at") || preposition.equals("from")) || knownTown(word);
    }

    /** Whether the lists know the word as a town or a district ("Weston", "Boston"). */
    private static boolean knownTown(String word) {
        return Gazetteer.shipped().knowsAs(NameKeys.of(word), KnownName.Kind.CITY, KnownName.Kind.CAPITAL,
            KnownName.Kind.MINOR_REGION, KnownName.Kind.DISTRICT);
    }

    private static boolean afterPlacePreposition(String text, int at) {
        return placePrepositionBefore(text, at) != null;
    }

    /** The place preposition right before {@code at} ("in", "at", "near"...), or null. */
    private static String placePrepositionBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String before = end < at ? text.substring(lettersBefore(text, end), end) : "";
        return PLACE_PREPOSITIONS.contains(before) ? before : null;
    }

    /** Where the letters that end at {@code end} start: the word before a mention. */
    private static int lettersBefore(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "near", "from",
        "outside");

    private static boolean isWordEdge(String text, int index) {
        return index < 0 || index >= text.length()
            || !Character.isLetterOrDigit(text.charAt(index)) && text.charAt(index) != '-';
    }

    private List<Entity> merge(List<FoundMention> mentions) {
        // Avro's constructors rather than its builders: a builder copies the schema's fields on every call.
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (FoundMention mention : mentions) {
            GazetteerEntry entry = mention.entity();
            String key = entry.type() + "|" + (entry.id() != null ? entry.id() : entry.name());
            Entity entity = entities.computeIfAbsent(key, k -> new Entity(entry.type(), entry.name(), entry.id(),
                countries.countryOf(entry), new ArrayList<>()));
            entity.getMentions().add(new Mention(mention.text(), mention.field(), mention.start(), mention.end()));
        }
        return new ArrayList<>(entities.values());
    }
}
