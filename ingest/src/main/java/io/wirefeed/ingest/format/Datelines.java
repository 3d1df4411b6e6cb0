package io.wirefeed.ingest.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.Dateline;

/**
 * Recognises the dateline at the start of a dispatch's text, in the styles agencies write it:
 * {@code TASHKENT, July 7 (Xinhua) --}, {@code ULAANBAATAR, Mongolia (AP) _}, {@code Berlin (dpa) -},
 * {@code Srinagar, Nov 9 (PTI) Two...}, {@code Madrid, Nov 20 (EFE).-}, {@code Lisbon, 25 Nov 2026 (Lusa) -},
 * {@code MOSCOW, November 4. /TASS/.}, {@code ASTANA. KAZINFORM -}, {@code KARACHI, Dec 16 (APP):},
 * {@code Riyadh, December 15, 2026, SPA --}, {@code ABU DHABI, 16th December, 2026 (WAM) --},
 * {@code New Delhi [India], December 17 (ANI):}, {@code Bannu (Pakistan) (AFP) -}, {@code Tehran, IRNA -},
 * {@code MOSCOW. Dec 18 (Interfax) -}, {@code Addis Ababa, December 18/2026(ENA)-}, {@code Bishkek, Dec. 16 / Kabar /.},
 * {@code TOKYO, Dec. 17 Kyodo -}, {@code Madrid, 16 dic (EFE).-} (months in the languages {@link MonthNames} knows),
 * agency first, {@code (ANSA) - NAPLES, NOV 9 -}, and date first, {@code Dec. 16 (UPI) --}. The place starts with a
 * capital and a date or an agency must follow it; without a dash (or colon) after it, the agency and a date both
 * (or an agency between slashes). A date without a year is put in the year closest to the reference time. A town
 * alone as a paragraph ({@code ISTANBUL}) is read by {@link #placeAlone} where the caller knows it stands so.
 */
public final class Datelines {

    /** A dateline found, the agency it names (if any) and the text after it. */
    public record Found(Dateline dateline, String agency, String rest) {
    }

    private static final String MONTH = MonthNames.PATTERN;
    private static final String AGENCY_REST = "[\\p{L} .&-]{0,30}";
    private static final String AGENCY = "\\p{L}" + AGENCY_REST;
    private static final String DASH = "(?:-{2,3}|—|–|_|\\.?-|:)";
    /**
     * A double hyphen or an em dash written with no space before the story's first word, after an agency's bracket or
     * slash or a place in capitals ("(Jiji Press)--Typhoon", "WASHINGTON--The"); never after a date or a word in
     * lower case, as a sentence's dashes stand ("Monday, Oct. 19--Black Monday--").
     */
    private static final String CLOSED_UP_DASH = "(?<=[)/]|\\p{Lu}{2})(?:-{2,3}|—)(?=[\\p{Lu}\"“‘'])";
    private static final String COUNTRY = "\\p{Lu}[\\p{L} .]{1,30}";
    /** A country, or a region's code as GNA writes it: "Sefwi Wiawso (WN/R), March 7, GNA". */
    private static final String COUNTRY_OR_REGION = "\\p{Lu}[\\p{L} ./]{1,30}";
    /**
     * A town and perhaps its country: "New Delhi [India]" as ANI tags it, "Bannu (Pakistan) (AFP)" as AFP and
     * "Culiacán (Mexico), Jan 14 (EFE)" as EFE add it for a lesser-known place (in brackets only before the agency's
     * or the date), "ULAANBAATAR, Mongolia"; or two towns a story was filed from, "LONDON/SINGAPORE, Jan 12" as
     * Reuters writes them (the first is the dateline's place; the second of at most three capitalised words, so
     * that a topic's code, "JAPAN-PHILIPPINES/COAST GUARD", and the headline after it are none).
     */
    private static final String PLACE = "^(?<place>\\p{Lu}[\\p{L} .'’\\-]{1,40}?"
        + "(?:/\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2}(?=, | \\())?)"
        + "(?: \\[(?<tagged>" + COUNTRY + ")\\]| \\((?<country>" + COUNTRY_OR_REGION + ")\\)(?= ?\\(|, ))?"
        + "(?:, (?<region>\\p{Lu}[\\p{L} .]{1,30}?))??";
    /**
     * After the place a comma or, as Interfax writes it ("MOSCOW. Dec 18"), a full stop; "Dec.16" as Trend writes it;
     * the year may follow a slash ("December 18/2026").
     */
    private static final String DATE = "(?:[,.]? (?:(?<month>" + MONTH + ")(?:\\. ?| )(?<day>\\d{1,2})"
        + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)? (?<monthAfter>" + MONTH + ")\\.?)(?:(?:,? |/)(?<year>\\d{4}))?)";
    /** "(Xinhua)", "(VNS/VNA)", "(ANDINA)." as Andina closes it, "/TASS/." or, spaced as Kabar writes it, "/ Kabar /.". */
    private static final String NAMED_AGENCY = "(?:,? ?\\((?<agency>\\p{L}[\\p{L} .&/-]{0,30})\\)(?:\\.(?= ))?"
        + "|\\.? / ?(?<slashed>" + AGENCY + ")/\\.?";
    /** A place, a date or an agency, and a dash. */
    private static final Pattern DATELINE = Pattern.compile(PLACE + DATE + "?" + NAMED_AGENCY
        + "|\\. (?<capitals>\\p{Lu}{3,}(?: \\p{Lu}{2,})?)|,? (?<afterComma>\\p{Lu}(?:\\p{Lu}+|\\p{Ll}+)(?: \\p{Lu}{2,})?))?"
        + "\\s*(?:" + DASH + "\\s+|" + CLOSED_UP_DASH + ")");
    /** Where a full stop ends no abbreviation of a place's name ("ST. PETERSBURG, March 10. /TASS/."). */
    private static final String NOT_AN_ABBREVIATION = "(?<!\\b(?:ST|St|MT|Mt|FT|Ft|PT|Pt|STE|Ste))";
    /**
     * "Srinagar, Nov 9 (PTI) Two", "MOSCOW, November 4. /TASS/. The", "Havana, Dec 15 (Prensa Latina) "Las alas
     * rotas"": a place, a date and an agency, no dash, and a capital or a quotation mark; or
     * "BAKU, Azerbaijan, December 8. Azerbaijan's": a place in capitals and a date, and a full stop. Without a date,
     * only an agency between slashes ("Ulaanbaatar /MONTSAME/. The"): brackets are as often a ticker or an aside.
     */
    private static final Pattern UNDASHED = Pattern.compile(PLACE + DATE + "?" + NAMED_AGENCY
        + "|, (?<agencyAndStop>\\p{Lu}{3,})\\.|(?<stop>" + NOT_AN_ABBREVIATION + "\\.))\\s+(?=[\"“«‘']?\\p{Lu})");
    /** "(ANSA) - NAPLES, NOV 9 -": the agency before the place. */
    private static final Pattern AGENCY_FIRST = Pattern.compile("^\\((?<agency>" + AGENCY + ")\\)\\s*(?:" + DASH
        + "\\s*)?");
    /**
     * Agencies that write their code after the town without a date, hyphenated ("Baghdad-INA", "Doha-QNA") or after a
     * comma ("Tehran, IRNA -"). Only these: "Ex-PM Imran Khan", "Mercedes-AMG" and "Ford, GM --" are no datelines.
     */
    private static final Set<String> CODED = Set.of("INA", "SPA", "QNA", "KUNA", "BNA", "ONA", "SANA", "IRNA", "NNA",
        "WAM", "MENA", "SABA", "SUNA", "LANA", "APS", "MAP", "TAP");
    /** "Baghdad-INA The Security Media Cell": a town, a hyphen and the code of an agency that writes its datelines so. */
    private static final Pattern HYPHENATED = Pattern.compile("^(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)-"
        + "(?<agency>\\p{Lu}{3,4})\\s+(?=\\p{Lu})");
    /** "Dec. 16 (UPI) -- The State Department": UPI's date and agency, no place. */
    private static final Pattern DATE_FIRST = Pattern.compile("^(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})"
        + "(?:,? (?<year>\\d{4}))? \\((?<agency>\\p{Lu}" + AGENCY_REST + ")\\)\\s*" + DASH + "\\s+");
    /**
     * "ISTANBUL", "ADDIS ABABA", "DAR ES SALAAM": a town in capitals as a paragraph of its own, as Anadolu writes it;
     * at most two words, or three around a short one, so that "WASHINGTON POST REPORTS" is none.
     */
    private static final Pattern ALONE = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}{1,3}(?= \\p{Lu}))?"
        + "(?: \\p{Lu}[\\p{Lu}'’.-]+)?");
    /** A town's name is at most this long (as in a dateline's place); a longer line of capitals is none. */
    private static final int TOWN_LIMIT = 40;
    /** Words in capitals that open an editor's line ("UPDATE - Police now say"): no dateline, no keyword line. */
    static final Set<String> EDITORIAL = Set.of("UPDATE", "UPDATED", "BREAKING", "CORRECTION", "CORRECTED",
        "URGENT", "FLASH", "ALERT", "ADVISORY", "NOTE", "EDITORS", "EDS", "REPEAT", "WARNING", "EMBARGOED", "EXCLUSIVE",
        "ANALYSIS", "FACTBOX", "INTERVIEW", "PREVIEW", "REVIEW", "OPINION", "COMMENT", "WRAPUP", "RPT", "REFILE",
        "FEATURE", "PROFILE", "OBITUARY", "EDITORIAL", "SIDEBAR", "MORE", "END", "ENDS");

    private Datelines() {
    }

    /**
     * The dateline a paragraph of a town alone ("ISTANBUL") is. Only the caller knows whether the paragraph stands
     * where such a dateline does (between the headline and the story): alone, a word in capitals is as often a
     * kicker or a headline.
     */
    public static Optional<Found> placeAlone(String paragraph) {
        String line = paragraph.strip();
        if (line.length() > TOWN_LIMIT || !ALONE.matcher(line).matches() || EDITORIAL.contains(line.split(" ")[0])) {
            return Optional.empty();
        }
        return Optional.of(new Found(Dateline.newBuilder().setText(line).setPlace(line).setDate(null).build(), null, ""));
    }

    /**
     * The town a dateline element names: what comes before a comma or a bracket ("TASHKENT, July 7", "Bannu
     * (Pakistan)" as AFP writes a lesser-known place, "Berlin (dpa)", "New Delhi [India]" as ANI tags it).
     */
    public static String town(String written) {
        int end = written.length();
        for (char mark : new char[] {',', '(', '['}) {
            int at = written.indexOf(mark);
            end = at > 0 ? Math.min(end, at) : end;
        }
        return written.substring(0, end).trim();
    }

    /** An agency named in brackets or between slashes at the end of a written dateline. */
    private static final Pattern AGENCY_AT_END = Pattern.compile("(?:\\((?<bracketed>\\p{L}[\\p{L} .&/-]{0,30})\\)"
        + "|/ ?(?<slashed>\\p{L}[\\p{L} .&-]{0,30}?) ?/)\\.?\\s*$");

    /**
     * The agency a dateline a format gives as a field of its own names at its end ("SANTIAGO, March 14, 2025 (AFP)",
     * "MOSCOW, July 9 /TASS/"), or null; never an editor's word ("(UPDATED)").
     */
    public static String agencyNamed(String written) {
        Matcher named = AGENCY_AT_END.matcher(written);
        if (!named.find()) {
            return null;
        }
        String agency = (named.group("bracketed") != null ? named.group("bracketed") : named.group("slashed")).strip();
        return EDITORIAL.contains(agency.toUpperCase(Locale.ROOT)) ? null : agency;
    }

    public static Optional<Found> find(String text, Instant reference) {
        Matcher first = AGENCY_FIRST.matcher(text);
        if (first.lookingAt()) {
            return agencyFirst(text, first, reference);
        }
        return hyphenated(text).or(() -> dateFirst(text, reference)).or(() -> placeAndDate(text, reference));
    }

    /** "(ANSA) - NAPLES, NOV 9 -": the agency, then the place and date as any dateline writes them. */
    private static Optional<Found> agencyFirst(String text, Matcher first, Instant reference) {
        String agency = first.group("agency");
        if (EDITORIAL.contains(agency.toUpperCase(Locale.ROOT))) {
            return Optional.empty();  // "(Updated) NATO - The alliance"
        }
        return placeAndDate(text.substring(first.end()), reference).map(found -> new Found(
            Dateline.newBuilder(found.dateline()).setText(text.substring(0, first.end()) + found.dateline()
                .getText()).build(), found.agency() == null ? agency : found.agency(), found.rest()));
    }

    private static Optional<Found> hyphenated(String text) {
        Matcher hyphenated = HYPHENATED.matcher(text);
        if (!hyphenated.lookingAt() || !CODED.contains(hyphenated.group("agency"))) {
            return Optional.empty();
        }
        return Optional.of(new Found(Dateline.newBuilder().setText(text.substring(0, hyphenated.end()).trim())
            .setPlace(hyphenated.group("place")).setDate(null).build(), hyphenated.group("agency"),
            text.substring(hyphenated.end())));
    }

    private static Optional<Found> dateFirst(String text, Instant reference) {
        Matcher dateFirst = DATE_FIRST.matcher(text);
        if (!dateFirst.lookingAt()) {
            return Optional.empty();
        }
        String date = resolve(dateFirst.group("month"), Integer.parseInt(dateFirst.group("day")),
            dateFirst.group("year"), reference);
        String written = withoutDash(text.substring(0, dateFirst.end()).stripTrailing()).trim();
        return Optional.of(new Found(Dateline.newBuilder().setText(written).setPlace(null).setDate(date).build(),
            dateFirst.group("agency"), text.substring(dateFirst.end())));
    }

    private static Optional<Found> placeAndDate(String text, Instant reference) {
        Matcher matcher = DATELINE.matcher(text);
        boolean dashed = matcher.find();
        if (!dashed) {
            matcher = UNDASHED.matcher(text);
            if (!undashedDateline(matcher)) {
                return Optional.empty();
            }
        }
        String month = firstOf(matcher.group("month"), matcher.group("monthAfter"), null);
        String agency = agencyOf(matcher, dashed, month);
        String written = withoutDash(text.substring(0, matcher.end()).stripTrailing()).trim();
        boolean placeOnly = month == null && agency == null;
        if (placeOnly && !(dashed && placeInCapitals(written, text.substring(matcher.end())))
                || dashed && !dashFits(matcher, text)) {
            return Optional.empty();
        }
        String place = firstTown(placeOnly ? written.split(",")[0].trim() : matcher.group("place").trim());
        String day = firstOf(matcher.group("day"), matcher.group("dayFirst"), null);
        String date = month == null ? null : resolve(month, Integer.parseInt(day), matcher.group("year"), reference);
        return Optional.of(new Found(Dateline.newBuilder().setText(written).setPlace(place).setDate(date).build(),
            agency, text.substring(matcher.end())));
    }

    /** "LONDON" of "LONDON/SINGAPORE". */
    private static String firstTown(String place) {
        int slash = place.indexOf('/');
        return slash < 0 ? place : place.substring(0, slash);
    }

    private static boolean undashedDateline(Matcher matcher) {
        if (!matcher.find() || matcher.group("stop") != null && !stoppedDateline(matcher)) {
            return false;  // "Paris, Dec 8. The talks", "UPDATE, Dec 8. Police": sentences
        }
        boolean dated = matcher.group("month") != null || matcher.group("monthAfter") != null;
        return dated || matcher.group("slashed") != null;  // not "Apple (AAPL.O) Chief", "PARIS, France. The talks"
    }

    /**
     * The agency a dateline names, in brackets, between slashes or after the place; a word after the place is an
     * agency only after a date ("SYDNEY, Dec 16 AAP -", "TOKYO, Dec. 17 Kyodo -") or as the code of an agency that
     * writes no date ("Tehran, IRNA -"; "LAGOS, NIGERIA -" names a country), and never an editor's word.
     */
    private static String agencyOf(Matcher matcher, boolean dashed, String month) {
        String afterComma = dashed ? matcher.group("afterComma") : null;
        boolean agencyAfterComma = afterComma != null && (month != null || CODED.contains(afterComma));
        String afterPlace = dashed ? firstOf(matcher.group("capitals"), agencyAfterComma ? afterComma : null, null)
            : matcher.group("agencyAndStop");
        String slashed = matcher.group("slashed") == null ? null : matcher.group("slashed").trim();
        String named = firstOf(matcher.group("agency"), slashed, afterPlace);
        return named != null && EDITORIAL.contains(named.toUpperCase(Locale.ROOT)) ? null : named;
    }

    /** "BAKU, Azerbaijan, December 8. Azerbaijan's": a place in capitals, its country or region, a date. */
    private static boolean stoppedDateline(Matcher matcher) {
        String place = matcher.group("place").trim();
        return place.length() > 2 && place.equals(place.toUpperCase(Locale.ROOT)) && matcher.group("region") != null;
    }

    /**
     * "KARACHI, Dec 16 (APP):": a colon ends a dateline only after an agency in brackets after a place of
     * capitalised words ("Correction, Dec 9:" and "Police said (AFP):" are none).
     */
    private static boolean dashFits(Matcher matcher, String text) {
        boolean colon = text.substring(0, matcher.end()).stripTrailing().endsWith(":");
        boolean named = matcher.group("agency") != null && capitalisedWords(matcher.group("place"));
        return !(colon && !named);
    }

    /**
     * "ZAMBOANGA CITY –", "LAGOS, NIGERIA -", "ERBIL, Kurdistan Region -": a town in capitals with its country or
     * region (in capitals, or a region's name in capitalised words ending in its kind, before the story), or named a
     * city, and a dash are a dateline without date or agency. One word in capitals is not ("NATO -", "WRAP -",
     * "TESLA -"), nor a headline in capitals ("NIGERIA - ATTACK KILLS 12").
     */
    private static boolean placeInCapitals(String written, String rest) {
        String[] parts = written.split(",");
        String place = parts[0].trim();
        String[] words = place.split(" ");
        boolean placed = parts.length == 2 || words.length >= 2 && words[words.length - 1].equals("CITY");
        String lead = rest.length() > 12 ? rest.substring(0, 12) : rest;
        boolean regionWritten = parts.length == 2 && regionNamed(parts[1]) && place.length() >= 3 && opensStory(lead);
        return placed && townInCapitals(place, words)
            && (written.equals(written.toUpperCase(Locale.ROOT)) || regionWritten)
            && !lead.equals(lead.toUpperCase(Locale.ROOT));
    }

    /** A town's name in capitals, of three words at most, no editor's word ("UPDATE"). */
    private static boolean townInCapitals(String place, String[] words) {
        return place.equals(place.toUpperCase(Locale.ROOT)) && words.length <= 3
            && place.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '-')
            && !EDITORIAL.contains(words[0]);
    }

    /** Whether a story's first word may open with this: a capital, a figure or a quotation mark. */
    private static boolean opensStory(String lead) {
        return !lead.isEmpty() && (Character.isUpperCase(lead.charAt(0)) || Character.isDigit(lead.charAt(0))
            || "\"“‘'".indexOf(lead.charAt(0)) >= 0);
    }

    /** What a region's name written in capitalised words ends with: "Kurdistan Region", "Gaza Strip". */
    private static final Set<String> REGION_WORDS = Set.of("Region", "Province", "Governorate", "State", "Strip",
        "Territory", "Oblast", "Krai", "Republic", "County", "District", "Prefecture", "Island", "Islands");

    /** "Kurdistan Region", not "Russia" ("OPEC, Russia - Oil producers agreed") or "Acme Corp". */
    private static boolean regionNamed(String region) {
        String[] words = region.trim().split("\\s+");
        return words.length >= 2 && words.length <= 4 && capitalisedWords(region)
            && REGION_WORDS.contains(words[words.length - 1]);
    }

    private static boolean capitalisedWords(String place) {
        for (String word : place.trim().split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String firstOf(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    /** The written dateline without the dash that ends it (in linear time: the text may end in a long run). */
    private static String withoutDash(String text) {
        if (text.endsWith("---")) {
            return text.substring(0, text.length() - 3);
        }
        if (text.endsWith("--") || text.endsWith(".-")) {
            return text.substring(0, text.length() - 2);
        }
        boolean dash = !text.isEmpty() && "—–_-".indexOf(text.charAt(text.length() - 1)) >= 0;
        return dash ? text.substring(0, text.length() - 1) : text;
    }

    private static String resolve(String monthName, int day, String year, Instant reference) {
        Month month = MonthNames.of(monthName);
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day).toString();
            }
            LocalDate around = reference.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate best = null;
            for (int candidateYear = around.getYear() - 1; candidateYear <= around.getYear() + 1; candidateYear++) {
                LocalDate candidate = LocalDate.of(candidateYear, month, Math.min(day, month.length(true)));
                if (best == null || Math.abs(candidate.toEpochDay() - around.toEpochDay())
                        < Math.abs(best.toEpochDay() - around.toEpochDay())) {
                    best = candidate;
                }
            }
            return best.getDayOfMonth() == day ? best.toString() : null;
        } catch (DateTimeException e) {
            return null;   // "Feb 31": a dateline, but no date
        }
    }
}
