package io.wirefeed.enrich.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.wirefeed.enrich.text.WordSet;

/**
 * The words agency copy writes around and inside names, by what they tell about the name: the legal forms and
 * head words of organisations, the titles and roles of people, the words that join the parts of one name. Lists
 * kept by hand, in English as the wires write it; a word may be in several.
 */
final class NameVocabulary {

    /** Words that join two capitalised words of one name. */
    static final Set<String> JOINERS = words(
        "of", "and", "&", "de", "du", "des", "la", "le", "der", "den", "van", "von", "da", "do", "dos", "das", "di",
        "del", "della", "dello", "delle", "degli", "dei", "los", "las", "y", "for", "al", "el", "bin", "bint", "binti",
        "ibn", "on", "the", "und", "et", "och", "dela", "delos");

    /** Joiners that may not end a name and, when no head word follows, split it ("Britain and France"). */
    static final Set<String> SPLITTING_JOINERS = words(
        "and", "&", "of", "for", "on", "the", "und", "et", "y", "och");

    /** Trades that end a company's name beside its legal form ("Continental Airlines", "General Motors"). */
    static final Set<String> COMPANY_WORDS = words(
        "Bancorp", "Bancorporation", "Electric", "Industries", "Enterprises", "Partners", "Associates", "Trust", "Trustco",
        "Securities", "Airlines", "Airways", "Motors", "Systems", "Communications", "Petroleum", "Resources",
        "Technologies", "Technology", "Pharmaceuticals", "Laboratories", "Labs", "Electronics", "Financial",
        "Bankshares", "Insurance", "Investments", "Capital", "Energy", "Mining", "Chemicals", "Chemical", "Steel",
        "Foods", "Brands", "Stores", "Telecom", "Telecommunications", "Media", "Entertainment", "Properties", "Realty",
        "Ventures", "Software", "International", "Worldwide", "Services", "Products", "Manufacturing", "Shipping",
        "Oil", "Gas", "Power", "Utilities", "Railroad", "Railways", "Railway", "Bros", "Brothers", "Fund", "Funds",
        "Exchange", "Industrie", "Industrias", "Industria", "Gesellschaft", "Werke", "Bancshares", "Savings",
        "Markets", "Lines", "Commodities", "Pharma", "Biotech", "Therapeutics", "Biosciences", "Biologics",
        "Semiconductor", "Semiconductors", "Logistics", "Aerospace", "Automotive", "Textiles", "Networks",
        "Solutions", "Dynamics", "Robotics", "Instruments", "Devices", "Materials", "Minerals", "Metals", "Refining",
        "Construction", "Engineering", "Hotels", "Resorts", "Beverages", "Brewing", "Breweries", "Distillers",
        "Publishing", "Broadcasting", "Healthcare", "Finance", "Leasing", "Credit", "Management", "Advisors",
        "Advisers", "Consulting", "Water", "Express", "Film", "Films", "Studios", "Pictures", "Mobility", "Sawmill", "Goods",
        "Guaranty");

    static final Set<String> ORGANISATION_HEADS = words(
        "Ministry", "Department", "Commission", "Committee", "Subcommittee", "Council", "Board", "Agency", "Bureau",
        "Office", "Service", "Authority", "Administration", "Directorate", "Bank", "Reserve", "Treasury",
        "Association", "Federation", "Union", "Organization", "Organisation", "Institute", "Institution",
        "University", "College", "School", "Academy", "Foundation", "Society", "League", "Party", "Movement", "Front",
        "Army", "Navy", "Corps", "Forces", "Force", "Brigade", "Brigades", "Guard", "Guards", "Police", "Court",
        "Tribunal", "Parliament", "Congress", "Senate", "Assembly", "Chamber", "Cabinet", "Government", "Alliance",
        "Coalition", "Centre", "Center", "Club", "Team", "Confederation", "Syndicate", "Consortium", "Cooperative",
        "Co-operative", "Hospital", "Exchange", "Mission", "Network", "Station", "Observatory", "Museum",
        "Orchestra", "Church", "Diet", "Secretariat", "Inspectorate", "Prosecutor's", "Command", "Regiment",
        "Division", "Battalion", "Unit", "Cartel", "Journal", "Gazette", "Herald", "Tribune", "Chronicle", "Examiner",
        "Inquirer", "Enquirer", "Courier", "Laboratory", "Fund", "Embassy", "Consulate", "Radio",
        "Television", "Gendarmerie", "Marechaussee", "Constabulary", "Carabinieri", "Militia", "Library", "Zoo",
        "Diocese", "Archdiocese", "banka", "Banka", "bankas", "Bankas", "Landesbank", "Girozentrale", "spořitelna",
        "sporitelna", "Clinic", "Archive");

    /** The American parties' words, which name members ("House Republicans", "Nebraska Republican Reps."). */
    static final Set<String> PARTY_ADJECTIVES = words("Republican", "Republicans", "Democratic", "Democrat", "Democrats",
        "GOP");

    /** Titles and roles written before a person's name. */
    static final Set<String> TITLES = words(
        "President", "Vice", "Minister", "Premier", "Chancellor", "Secretary", "Secretary-General", "Senator", "Sen",
        "Sens", "Representative", "Rep", "Reps", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Ambassador",
        "General", "Gen", "Colonel", "Col", "Lieutenant", "Lt", "Major", "Maj", "Captain", "Capt", "Commander", "Admiral", "Adm",
        "Sergeant", "Sgt", "Chairman", "Chairwoman", "Chair", "Speaker", "King", "Queen", "Prince", "Princess",
        "Sheikh", "Emir", "Pope", "Judge", "Justice", "Prosecutor", "Attorney", "Director", "Chief", "Executive",
        "Officer", "Spokesman", "Spokeswoman", "Spokesperson", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor",
        "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "Rabbi",
        "Imam", "Ayatollah", "Mullah", "Analyst", "Economist", "Coach", "Manager", "Striker", "Midfielder",
        "Defender", "Goalkeeper", "Deputy", "Councillor", "Commissioner", "Chief Executive", "President-elect",
        "Vice-President", "Vice-Chairman", "Treasurer", "Superintendent", "Inspector", "Detective", "Constable",
        "Marshal", "Field", "Brigadier", "Rear", "Dean", "Rector", "Chef", "Founder", "Candidate", "Leader", "Head", "Envoy",
        "Delegate", "Counsel", "Lawyer", "Dr.", "Mr.", "Mrs.", "Ms.", "Datuk", "Datin", "Dato'", "Seri", "Wira",
        "Tun", "Tan Sri", "CEO", "CFO", "COO", "MP", "MEP", "Brig", "Undersecretary", "Mufti", "Patriarch", "Sheikha",
        "Consul", "Sayyid", "Qari", "Mawlawi", "Maulana", "Mawlana", "Maulvi", "Moulvi", "Councilman", "Councilwoman",
        "Alderman", "Assemblyman", "Assemblywoman", "Corporal", "Cpl", "Sepoy", "Naik", "Lance Naik", "Sowar",
        "Malam", "Mallam",
        "Prefect", "Auditor", "Comptroller", "Ombudsman", "Registrar", "Solicitor", "Panglima", "Dato",
        "Administrator", "Chairperson", "Commandant", "Coordinator", "Member", "MEC", "Counselor", "Counsellor", "Adviser",
        "Advisor", "Voivode", "Voivod", "Engineer", "Engr", "Barrister", "Alhaji", "Alhaja", "Hajia", "Haji",
        "Hajjah", "Agwam", "Sheriff", "Pvt", "Warden", "Havildar", "Hawaldar", "Subedar", "Rifleman", "Insp", "Const",
        "Yokozuna", "Ozeki", "Sekiwake", "Komusubi", "Maegashira", "Hajj", "Hajji", "Haj", "Supt", "SSP", "DSP", "ASP",
        "ACP", "DCP", "IGP", "DIG", "Commodore", "Cdre", "Ensign", "Cmdr", "Cdr", "Madam", "Togbe", "Togbui", "Shaheed",
        "Mohtarma", "Janab", "Woizero", "Collector");

    /** People's everyday roles, before a name ("said pensioner Varvara Sleptsova") or after it ("Anchalee Yusoh, a vendor"). */
    private static final Set<String> EVERYDAY_ROLES = words(
        "pensioner", "retiree", "vendor", "shopkeeper", "villager", "fisherman", "guide", "passenger", "tourist",
        "housewife", "mechanic", "labourer", "laborer", "grandmother", "grandfather", "neighbour", "neighbor",
        "volunteer", "protester", "demonstrator");

    /** Lower-case roles written right before a name ("analyst John Smith", "striker Dostonbek Khamdamov"). */
    static final Set<String> ROLES = words(EVERYDAY_ROLES,
        "analyst", "economist", "spokesman", "spokeswoman", "spokesperson", "coach", "striker", "midfielder",
        "defender", "goalkeeper", "forward", "captain", "manager", "president", "minister", "chairman", "chairwoman",
        "director", "secretary", "lawyer", "attorney", "prosecutor", "judge", "senator", "governor", "mayor",
        "ambassador", "leader", "commander", "official", "officer", "adviser", "advisor", "dealer", "trader",
        "strategist", "executive", "founder", "chief", "head", "deputy", "envoy", "correspondent", "reporter", "told",
        "said", "says", "according", "by", "chancellor", "premier", "colleague", "wife", "husband", "son", "daughter",
        "brother", "sister", "actor", "actress", "singer", "writer", "author", "player", "champion", "winger",
        "batsman", "bowler", "driver", "rider", "cyclist", "runner", "swimmer", "tennis", "golfer", "boxer",
        "executives", "ministers", "officials", "leaders", "champions", "players", "artists", "siblings", "brothers",
        "sisters", "compatriot", "compatriots", "teammate", "teammates", "countryman", "countrywoman", "opponent",
        "fly-half", "scrum-half", "half", "hooker", "flanker", "prop", "lock", "centre", "center", "full-back",
        "fullback", "wing", "pitcher", "quarterback", "shortstop", "catcher", "goaltender", "defenceman", "defenseman",
        "guard", "artisan", "artist", "painter", "sculptor", "novelist", "poet", "filmmaker", "musician",
        "composer", "designer", "architect", "surgeon", "physician", "businessman", "businesswoman", "entrepreneur",
        "investor", "banker", "coordinator", "owner", "CEO", "CFO", "COO", "MP", "MEP", "deputy", "lawmaker",
        "legislator", "candidate", "activist", "researcher", "scientist", "professor", "doctor", "nurse",
        "teacher", "farmer", "resident", "student", "worker", "widow", "mother", "father", "princess", "prince",
        "singer", "rapper", "dancer", "athlete", "sprinter", "marathoner", "skier", "jockey", "referee", "umpire",
        "yokozuna", "ozeki", "sekiwake", "komusubi", "maegashira",
        "striker", "winger", "midfielder", "defender", "goalkeeper", "keeper", "forward", "all-rounder",
        "opener", "skipper", "veteran", "rookie", "newcomer", "novice", "chairperson", "administrator",
        "commissioner", "diplomat", "negotiator", "aide", "adviser", "advisor", "counsel", "secretary-general",
        "director-general", "vice-president", "president-elect", "premier", "journalist", "editor", "columnist",
        "photographer", "historian", "expert", "consultant", "lecturer", "survivor", "victim", "witness",
        "suspect", "defendant", "plaintiff", "cleric", "preacher", "priest", "pastor", "monk", "nun",
        "soprano", "mezzo-soprano", "tenor", "baritone", "bass-baritone", "maestro", "conductor", "pianist", "violinist",
        "cellist", "guitarist", "drummer", "choreographer", "ballerina", "biologist", "physicist", "chemist",
        "mathematician", "astronomer", "geologist", "archaeologist", "anthropologist", "curator", "chef");

    /** Verbs of speech after a person's name ("Guarini said"). */
    /** The Arabic article as names write it capitalised: "Al-Wafra", "El-Erian". */
    static final Set<String> ARABIC_ARTICLES = WordSet.of("Al", "El");

    static final Set<String> SAID = words(
        "said", "says", "told", "added", "stated", "noted", "explained", "argued", "warned", "insisted", "declared",
        "announced", "wrote", "asked", "replied", "confirmed");

    /** Words that open an organisation's name in Romance and German copy ("Banco do Brasil", "Societe Generale"). */
    static final Set<String> LEADING_HEADS = words(
        "Banco", "Banca", "Banque", "Societe", "Société", "Compagnie", "Cie", "Compania", "Compañía", "Companhia",
        "Instituto", "Institut", "Ministerio", "Ministère", "Caisse", "Credito", "Crédit", "Credit", "Deutsche",
        "Groupe", "Grupo", "Gruppo", "Fondation", "Fundación", "Université", "Universidad", "Partido", "Parti",
        "Banka", "Bankhaus");

    /** Words that close a place's name: seas, basins, mountains ("North Sea", "Cooper Basin"). */
    static final Set<String> PLACE_HEADS = words(
        "Sea", "Ocean", "Gulf", "Bay", "Basin", "Shelf", "River", "Mountains", "Mountain", "Mount", "Island",
        "Islands", "Peninsula", "Strait", "Straits", "Canal", "Lake", "Valley", "Desert", "Plateau", "Coast",
        "Atlantic", "Pacific", "Delta", "Channel", "Province", "Region", "County", "Prefecture", "Oblast",
        "Governorate", "Territory", "Territories", "Shoal", "Reef", "Atoll", "Archipelago", "Lagoon", "Falls",
        "Range", "Hills", "Heights", "Glacier", "Highway", "Zone", "District", "Regency", "Shire", "Parish",
        "Municipality", "Township", "Subdistrict", "Tehsil", "Harbour", "Harbor");

    /** "North Waziristan", "Upper Midwest", "Western Cape": a compass point opening a name opens a place's. */
    static final Set<String> COMPASS_POINTS = words("North", "South", "East", "West", "Northern", "Southern",
        "Eastern", "Western", "Upper", "Lower", "Central", "Northeast", "Northwest", "Southeast", "Southwest");

    /** "Northern Vietnam": a compass point before a country's name (its key) names the country's part, no place. */
    static boolean compassPointOfCountry(String first, String restKey, Gazetteer lists) {
        return COMPASS_POINTS.contains(first) && lists.knowsAs(restKey, KnownName.Kind.COUNTRY);
    }

    /** Words that open a place's name before another name: "Lake Chad", "Gulf of Maine", "Upper Midwest". */
    static final Set<String> LEADING_PLACE_HEADS = words(
        "Lake", "Mount", "Gulf", "Bay", "Cape", "Isle", "Strait", "Sea", "Upper", "Lower");

    /** "the Abai region", "the Thu Bon river": a place's kind written after it in lower case, part of its mention. */
    static boolean kindWrittenAfter(Tokens words, int last) {
        return last + 1 < words.size() && words.joinedToNext(last) && !words.possessive(last)
            && KINDS_IN_LOWER_CASE.contains(words.word(last + 1));
    }

    /** "towns on the slopes including Nicolosi", "provinces such as Ituri": a list a plural place noun announces. */
    static boolean announcedPlaceList(Tokens words, int first) {
        int at = first - 1;
        if (at < 0 || !words.joinedToNext(at)) {
            return false;
        }
        String before = words.word(at);
        if (before.equals("as") && at >= 1 && words.word(at - 1).equals("such")) {
            at--;
        } else if (!before.equals("including") && !before.equals("like")) {
            return false;
        }
        for (int j = at - 1; j >= Math.max(0, at - PLACE_LIST_REACH); j--) {
            char after = words.after(j);
            if (after == '.' || after == ';' || after == ':' || after == '?' || after == '!') {
                return false;
            }
            if (PLACES_ANNOUNCED.contains(words.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a kind of place, in lower case: "the Adale district", "the town of Adale". */
    static final Set<String> PLACE_NOUNS = WordSet.of("district", "province", "region", "county", "town",
        "village", "city", "prefecture", "municipality", "governorate", "oblast", "island", "islands", "valley",
        "neighbourhood", "neighborhood", "suburb", "township", "commune", "borough", "state", "settlement",
        "hamlet", "department", "canton", "atoll", "peninsula", "river", "glacier", "forest", "subdistrict",
        "regency", "parish");

    /** The same kinds in the plural, after a list: "the Kinabatangan, Beluran and Tongod districts". */
    private static final Set<String> PLACE_NOUNS_PLURAL = WordSet.of("districts", "provinces", "regions", "counties",
        "towns", "villages", "prefectures", "municipalities", "governorates", "oblasts", "neighbourhoods",
        "neighborhoods", "suburbs", "townships", "communes", "boroughs", "settlements", "departments", "cantons",
        "subdistricts", "regencies", "parishes");

    /** Whether a word in lower case names a kind of place, singular or plural ("district", "villages"). */
    static boolean placeKind(String word) {
        return PLACE_NOUNS.contains(word) || PLACE_NOUNS_PLURAL.contains(word);
    }

    /**
     * "the Adale district", "the Gabala and Oghuz districts", "the Kinabatangan, Beluran and Tongod districts": a
     * name the kind of place follows, or one listed before a plural kind. Word {@code last} ends the name.
     */
    static boolean listedBeforeKind(Tokens words, int from, int last) {
        if (words.possessive(last)) {
            return false;
        }
        boolean listed = listedAfter(words, from);
        int j = last;
        for (int step = 0; step < PLACE_LIST_REACH * 2 && j + 1 < words.size(); step++) {
            String next = words.word(j + 1);
            if (words.joinedToNext(j) && (PLACE_NOUNS_PLURAL.contains(next) && listed
                    || step == 0 && PLACE_NOUNS.contains(next))) {
                return true;
            }
            int on = listGoesOn(words, j);
            if (on < 0) {
                return false;
            }
            listed |= on > j + 1 || !words.joinedToNext(j);
            j = on;
        }
        return false;
    }

    /** Whether a name at word {@code from} follows another in a list ("Beluran" after "Kinabatangan,"). */
    private static boolean listedAfter(Tokens words, int from) {
        // "Rohingya villages": a plural kind after one name alone lists no names
        return from >= 2 && words.capitalised(from - 1) && words.after(from - 1) == ','
            || from >= 2 && LIST_WORDS.contains(words.word(from - 1)) && words.capitalised(from - 2);
    }

    private static final Set<String> LIST_WORDS = WordSet.of("and", "or");

    /** The next name word of a list of names after word {@code j} (", Beluran", "and Tongod", "Marwat"), or -1. */
    private static int listGoesOn(Tokens words, int j) {
        boolean joined = words.joinedToNext(j);
        String next = words.word(j + 1);
        if (joined && (next.equals("and") || next.equals("or")) && j + 2 < words.size() && words.capitalised(j + 2)
                && words.joinedToNext(j + 1)) {
            return words.possessive(j + 2) ? -1 : j + 2;
        }
        return words.capitalised(j + 1) && (joined || words.after(j) == ',') && !words.possessive(j + 1) ? j + 1 : -1;
    }

    /** Plural nouns that announce a list of places, and how many words before the list they may stand. */
    private static final Set<String> PLACES_ANNOUNCED = WordSet.of("towns", "cities", "villages", "provinces",
        "districts", "regions", "states", "countries", "ports", "islands", "municipalities", "suburbs", "capitals");
    private static final int PLACE_LIST_REACH = 8;

    private static final Set<String> KINDS_IN_LOWER_CASE = WordSet.of("region", "province", "oblast", "governorate",
        "prefecture", "river", "peninsula", "valley", "glacier", "forest");

    /** Function words that open a sentence but no name. */
    static final Set<String> FUNCTION_WORDS = words(
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "About", "And", "But", "Or", "Its", "His", "Her",
        "Their", "Our", "This", "That", "These", "Those", "When", "After", "Before", "While", "Under", "As", "If",
        "Since", "Although", "Though", "Because", "Both", "All", "Some", "Many", "Most", "Several", "Other", "Such",
        "Also", "Meanwhile", "However", "Earlier", "Later", "Last", "Next", "Over", "Among", "Between", "During",
        "Against", "Without", "Despite", "Unlike", "Like", "Through", "Until", "Once", "Then", "There", "Here", "It",
        "He", "She", "They", "We", "You", "I", "Analysts", "Officials", "Sources", "Shares", "Dealers", "Traders",
        "Economists", "Now", "Yet", "Instead", "Thus", "Separately", "Elsewhere", "Moreover", "Furthermore",
        "Additionally", "Currently", "Recently", "Previously", "Initially", "Finally", "Subsequently", "Overall",
        "Concerning", "Regarding", "Including", "Excluding");

    /** In a headline in capitals, words a company's name does not run back across ("CUTS", "TO"). */
    static final Set<String> HEADLINE_BREAKS = words(
        "SAYS", "SAID", "TO", "BY", "OF", "FOR", "IN", "ON", "AT", "AND", "WITH", "FROM", "CUTS", "BUYS", "SELLS",
        "SEES", "SETS", "GETS", "HAS", "HAVE", "IS", "ARE", "WILL", "MAY", "UNIT", "UNITS", "STAKE", "INTO", "OVER",
        "AGAINST", "ACQUIRE", "ACQUIRES", "BUY", "SELL", "BID", "MERGER", "TALKS", "RAISES", "LOWERS", "OFFER",
        "OFFERS", "COMPLETES", "AGREES", "PLANS", "NET", "UP", "DOWN", "THE", "A", "AN", "NEW", "REPORTS", "POSTS",
        "BOOSTS", "FILES", "WINS", "GIVES", "TAKES", "MAKES", "NAMES", "OUT", "VS", "SHARE", "SHARES", "DIVIDEND",
        "QTR", "YEAR", "1ST", "2ND", "3RD", "4TH", "EXTENDS", "STARTS", "BUYING", "SELLING", "SEEKS", "URGES",
        "PUTS", "ENDS", "JOINS", "FORMS", "OPENS", "CLOSES", "SIGNS", "PAYS", "WITHDRAWS", "REJECTS", "ACCEPTS",
        "CUT", "MORE", "APPROVES", "SUES", "ELECTS", "HIRES", "NOMINATES", "ASSIGNS", "AFFIRMS", "CONFIRMS",
        "UPGRADES", "DOWNGRADES", "RATES", "REVIEWS", "SUSPENDS", "BEGINS", "EXPANDS", "ORDERS", "AWARDS", "LIFTS",
        "DROPS", "HOLDS", "TOPS", "UNVEILS", "DECLINES", "TERMINATES", "RESUMES", "LAUNCHES", "RETAINS", "RAISE",
        "CUTTING", "AGAIN", "ALSO", "NOT", "FINES", "SOARS", "FOLLOWING", "AFTER", "CORRECTED", "ISSUES", "RISES",
        "JUMPS", "SLIPS", "EASES", "SURGES", "PLUNGES", "HALTS", "DELAYS", "RECEIVES", "EXPECTS",
        "REVISES", "REDUCES", "INCREASES", "DENIES", "PROPOSES", "CANCELS", "OWNS", "OPPOSES", "SETTLES", "RECALLS",
        "REDEEMS", "CALLS", "MULLS", "WEIGHS", "UPS", "REPEATS", "TRIMS", "HIKES", "SLASHES", "FORM", "SAY", "SEE",
        "AGREE", "SIGN", "SEEK", "JOIN", "GET", "IT", "BACK", "BACKS", "WOULD", "COULD", "CAN", "SHOULD", "MUST");

    /** Capitals that are not organisations. */
    static final Set<String> NOT_ACRONYMS = words(
        "GDP", "GNP", "CEO", "CFO", "COO", "TV", "AIDS", "HIV", "OK", "PM", "AM", "EST", "EDT", "GMT", "UTC", "CET",
        "USD", "EUR", "JPY", "GBP", "DLRS", "DLR", "CTS", "PCT", "MLN", "BLN", "LBS", "NET", "SHR", "QTR", "YR", "II",
        "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "IPO", "CD", "CDs", "DNA", "COVID", "SARS", "ID", "PC",
        "IT", "AI", "FAQ", "PDF", "URL", "VAT", "NB", "PS", "MD", "PhD", "BA", "MBA", "MP", "MPs", "LNG", "LPG",
        "OPEC's", "ATM", "SUV", "EV", "EVs", "GPS", "UFO", "VIP", "RPT", "UPDATE", "URGENT", "FLASH", "BULLETIN",
        "ADVISORY", "CORRECTED", "REFILE", "KILL", "WRAPUP", "NYSE's", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY",
        "YTD", "EPS", "P/E", "ADR", "ADRs", "ETF", "ETFs", "OTC", "M&A", "R&D", "NOTE", "NOTES", "CORRECTS", "BC",
        "AP-NY", "ET", "PT", "CT", "MT", "CST", "PST", "MST", "BST", "CEST", "REUTER", "REUTERS", "MORE", "END",
        "ENDS", "SEE", "NYSE",
        // sport's and medicine's abbreviations ("a 12-yard TD pass", "an MRI on his knee")
        "TD", "TDs", "MRI", "ACL",
        // rates and securities ("13/16 points over LIBOR", "priced CMOs"), no bodies
        "LIBOR", "LIBID", "EURIBOR", "SOFR", "SONIA", "HIBOR", "SIBOR", "TIBOR", "PIBOR", "CMO", "CMOS", "FRN", "FRNs",
        "ECU", "ECUs", "SDR", "SDRs",
        // currencies' ISO codes ("VND 1.2 trillion"), not those that are also bodies' or words (PEN, COP, MAD, TRY)
        "VND", "IDR", "INR", "PKR", "NGN", "KES", "ZAR", "BRL", "MXN", "RUB", "CNY", "HKD", "SGD", "MYR", "THB",
        "KRW", "TWD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "ILS", "EGP",
        "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "TND", "DZD", "GHS", "UGX", "TZS", "ETB", "XOF", "XAF", "ARS",
        "CLP", "UAH", "KZT", "UZS", "LKR", "BDT", "NPR", "MMK", "KHR",
        // the CFA franc ("12 billion CFA francs") and earnings' measures
        "CFA", "EBITDA", "EBIT", "EBITA",
        // stock indices, units, trade terms and ranks that wires write in capitals
        "DAX", "CAC", "FTSE", "WIG", "KOSPI", "TOPIX", "SENSEX", "NIFTY", "IBEX", "MIB", "SMI", "ATX", "AEX", "BUX",
        "HSI", "KLCI", "TASI", "GW", "MW", "KW", "GWh", "MWh", "TWh", "KWh", "BPD", "TEU", "TEUs", "DWT", "CIF",
        "FOB", "TNT", "WTI", "DGP", "IGP", "FM", "SAR", "ALS", "UAV", "UAVs", "APC", "APCs", "RPG", "RPGs", "AK",
        // devices and wars ("an IED", "FPV drones", "from WWII"); not CCTV, China's broadcaster as well as cameras
        "IED", "IEDs", "VBIED", "VBIEDs", "FPV", "SIM", "WWI", "WWII", "WW1", "WW2",
        // credit ratings
        "AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Baa", "Caa");

    /**
     * Particles inside people's names ("Ludwig van Beethoven", "Osama bin Laden", "Romulo dela Paz", as Filipinos write
     * "de la").
     */
    static final Set<String> PARTICLES = words(
        "de", "van", "von", "da", "der", "den", "bin", "bint", "binti", "al", "el", "ibn", "del", "di", "la", "las", "le",
        "los", "dos", "du", "dela", "delos", "della");

    /** Words before a name that do not make one word a person ("said Skanska", "by Reuters"). */
    static final Set<String> SPEECH_BEFORE = words(
        "said", "says", "told", "according", "by");

    /**
     * Nouns agencies put before a company's or body's name ("carmaker Toyota", "German lender Commerzbank", "rival
     * Banister") or after it with a comma ("Skanska, a construction group").
     */
    static final Set<String> ORGANISATION_DESCRIPTORS = words(
        "company", "companies", "group", "firm", "bank", "lender", "insurer", "reinsurer", "carmaker", "automaker",
        "airline", "carrier", "retailer", "miner", "producer", "maker", "manufacturer", "supplier", "distributor",
        "chipmaker", "drugmaker", "conglomerate", "giant", "operator", "broker", "brokerage", "exchange", "unit",
        "subsidiary", "affiliate", "rival", "partner", "shipper", "shipbuilder", "builder", "developer", "utility",
        "refiner", "explorer", "brewer", "publisher", "broadcaster", "network", "newspaper", "agency", "club",
        "side", "team", "outfit", "startup", "start-up", "fund", "investor", "bidder", "buyer", "acquirer", "issuer",
        "underwriter", "manager", "owner", "parent", "ministry", "regulator", "watchdog", "party", "movement",
        "union", "faction", "militia", "organisation", "organization", "association", "federation", "institute",
        "university", "charity", "consortium", "telecoms", "telecom", "automaker", "steelmaker", "planemaker",
        "firms", "banks", "insurers", "carriers", "newspapers", "daily", "weekly", "agencies", "journal",
        "magazine", "exporter", "importer", "trader", "cooperative", "co-operative", "platform", "app",
        "marketplace", "retailers", "operators", "suppliers", "makers", "producers", "clubs", "sides", "teams",
        "parties", "groups", "institution", "bottler", "competitors", "rivals", "lenders", "brands", "platforms",
        "apps", "startups", "miners", "airlines", "automakers", "carmakers", "refiners", "traders", "buyers");
    /** Roles written after a person's name and a comma ("Zhang Wei, a spokesman for the ministry"). */
    static final Set<String> PERSON_ROLES_AFTER = words(EVERYDAY_ROLES,
        "spokesman", "spokeswoman", "spokesperson", "president", "minister", "chairman", "chairwoman", "director",
        "secretary", "lawyer", "attorney", "prosecutor", "judge", "senator", "governor", "mayor", "ambassador",
        "leader", "commander", "official", "officer", "adviser", "advisor", "analyst", "economist", "strategist",
        "executive", "founder", "chief", "head", "deputy", "envoy", "professor", "researcher", "scientist",
        "coach", "striker", "midfielder", "defender", "goalkeeper", "captain", "manager", "player", "mother",
        "father", "wife", "husband", "son", "daughter", "widow", "resident", "teacher", "doctor", "nurse",
        "student", "farmer", "worker", "owner", "chancellor", "premier", "representative", "congressman",
        "congresswoman", "lawmaker", "legislator", "diplomat", "general", "colonel", "activist", "candidate",
        "author", "writer", "actor", "actress", "singer", "director-general", "ceo", "chairperson", "vice",
        "administrator", "commissioner", "undersecretary", "under-secretary", "secretary-general", "partner",
        "vice-president", "vice-chairman", "treasurer", "president-elect", "economist", "inspector", "superintendent",
        "sheriff", "pilot", "engineer", "banker", "trader", "dealer", "broker", "investor", "entrepreneur",
        "billionaire", "businessman", "businesswoman", "citizen", "national", "native", "member", "aide",
        "negotiator", "mediator", "organiser", "organizer", "editor", "columnist", "photographer", "journalist",
        "correspondent", "reporter", "historian", "expert", "specialist", "consultant", "lecturer", "survivor",
        "victim", "witness", "suspect", "defendant", "plaintiff", "veteran", "champion", "winner", "medallist",
        "medalist", "coach", "boss", "cousin", "brother", "sister", "grandson", "granddaughter", "uncle", "aunt");
    /** Words right after a company's name that show it is one ("Siemens shares", "Toyota's profit"). */
    static final Set<String> ORGANISATION_AFTER = words(
        "shares", "stock", "stocks", "shareholders", "stake", "subsidiary", "unit", "board", "spokesman",
        "spokeswoman", "spokesperson", "executives", "employees", "workers", "headquarters", "stores", "plants",
        "factories", "profit", "profits", "revenue", "revenues", "earnings", "sales", "bonds", "debt", "union",
        "party", "network", "bank", "cluster", "television", "newspaper", "daily", "coalition", "alliance",
        "movement", "militia", "faction", "cartel", "gang", "consortium", "conglomerate", "group's");

    /**
     * Keys of peoples and faiths of no one country ("a European consortium", "Asian stocks", "Sunni militias"):
     * like a country's people, no name of their own. Regions' names ("the Caribbean", "the Baltic") are not here.
     */
    static final Set<String> PEOPLES_OF_NO_COUNTRY = Stream.of("European", "Europeans", "Asian", "Asians", "African",
        "Africans", "Arab", "Arabs", "Latin", "Latin American", "Latin Americans", "North American", "South American",
        "Central American", "Southeast Asian", "South Asian", "East Asian", "Central Asian", "Middle Eastern",
        "Westerner", "Westerners", "Nordic", "Scandinavian", "Scandinavians", "Hispanic", "Hispanics", "Latino",
        "Latinos", "Kurdish", "Kurds", "Pashtun", "Pashtuns", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Muslim",
        "Muslims", "Christian", "Christians", "Jewish", "Jews", "Catholic", "Catholics", "Protestant",
        "Protestants", "Sunni", "Sunnis", "Shiite", "Shiites", "Shi'ite", "Hindu", "Hindus", "Buddhist",
        "Buddhists", "Sikh", "Sikhs", "Evangelical", "Evangelicals", "Moslem", "Moslems", "Shia", "Shias", "Alawite",
        "Alawites", "Druze", "Copts").map(NameKeys::of).collect(Collectors.toSet());

    /**
     * Capitalised words that are never names nor parts of one: days and months, also in capitals as datelines write
     * them ("SUVA, 09 JULY 2027 (PACNEWS)"), where a short one would read as an acronym.
     */
    static final Set<String> CALENDAR = words(Stream.of(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December")
        .flatMap(word -> Stream.of(word, word.toUpperCase(Locale.ROOT))).toArray(String[]::new));

    /** Months as datelines abbreviate them ("Nov 9", "NOV 9"): a date only before a number ("Jan Carlzon" is not). */
    private static final Set<String> MONTHS_ABBREVIATED = words("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
        "NOV", "DEC");

    /** A day of the month as a wire that spells its numbers writes it ("May Eight", "April Twenty-one"), in lower case. */
    private static final Set<String> SPELLED_DAYS = words("one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty");

    /** Whether word {@code i} is a day or month. */
    static boolean calendar(Tokens words, int i) {
        String word = words.name(i);
        if (CALENDAR.contains(word)) {
            return true;
        }
        return isMonthBeforeNumber(word) && i + 1 < words.size()
            && words.start(i + 1) - words.end(i) <= 2 && isDayAt(words.text(), words.start(i + 1));
    }

    /** Whether a day of the month opens the text at {@code at}: a figure ("9") or a spelled number ("Eight"). */
    static boolean isDayAt(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        if (Character.isDigit(text.charAt(at))) {
            return true;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return Character.isUpperCase(text.charAt(at))
            && SPELLED_DAYS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    private NameVocabulary() {
    }

    /** Whether the word is a day or month written out ("Tuesday", "December"). */
    static boolean isCalendarWord(String word) {
        return CALENDAR.contains(word);
    }

    /**
     * "Apr/Jun", "Jan/Mar", "May/June": a month and another after a slash are a delivery period, not a name, wherever
     * the word at [{@code start}, {@code end}) stands in such a pair.
     */
    static boolean inMonthRange(String text, int start, int end) {
        if (!isMonth(text.substring(start, end))) {
            return false;
        }
        if (end < text.length() && text.charAt(end) == '/') {
            int next = end + 1;
            while (next < text.length() && Character.isLetter(text.charAt(next))) {
                next++;
            }
            return isMonth(text.substring(end + 1, next));
        }
        if (start > 0 && text.charAt(start - 1) == '/') {
            int previous = start - 1;
            while (previous > 0 && Character.isLetter(text.charAt(previous - 1))) {
                previous--;
            }
            return isMonth(text.substring(previous, start - 1));
        }
        return false;
    }

    /** "Oct-Sept", "July-June", "January-December": a crop or quota year's months, written as one word. */
    static boolean isMonthRange(String word) {
        int dash = word.indexOf('-');
        if (dash < 0) {
            dash = word.indexOf('\u2013');
        }
        return dash > 0 && isMonth(word.substring(0, dash)) && isMonth(word.substring(dash + 1));
    }

    private static boolean isMonth(String word) {
        return MONTHS_ABBREVIATED.contains(word) || CALENDAR.contains(word) && !word.endsWith("day") || "May".equals(word);
    }

    /** Whether the word is a month as dates abbreviate it, or May: a date only before a number ("Jan Carlzon"). */
    static boolean isMonthBeforeNumber(String word) {
        return MONTHS_ABBREVIATED.contains(word) || "May".equals(word);
    }

    /** Whether a company's name may end with the word: a legal form ("Inc", "AG") or a trade ("Airlines"). */
    static boolean endsCompanyName(String word) {
        return CompanyForms.isSuffix(word) || COMPANY_WORDS.contains(word);
    }

    /** A set of words; lists that grow by hand may name a word twice. */
    private static Set<String> words(String... words) {
        return WordSet.of(words);
    }

    static Set<String> words(Set<String> shared, String... more) {
        Set<String> all = new HashSet<>(shared);
        all.addAll(Arrays.asList(more));
        return WordSet.of(all);
    }
}
