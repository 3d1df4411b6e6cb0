package io.wirefeed.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.wirefeed.schema.Dateline;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.OriginalRef;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SourceFormat;

/**
 * Generated wire copy for load tests: English dispatches from five agencies, datelined in places the gazetteers
 * know, each story about a cast of its own (see {@link Cast}), a quarter of them about attacks or
 * counter-terrorism. Body lengths follow wire copy: mostly 150 to 600 words, a long tail of longer stories
 * (log-normal, median about 300 words). The same seed gives the same dispatches.
 */
public final class SyntheticDispatches {

    private static final List<String> AGENCIES = List.of("Xinhua", "AP", "Reuters", "AFP", "dpa");
    private static final List<String> PLACES = List.of("TASHKENT", "KABUL", "NAIROBI", "PARIS", "BERLIN", "MANILA",
        "BAMAKO", "ISLAMABAD", "BAGHDAD", "JAKARTA", "LONDON", "MADRID", "ANKARA", "CAIRO", "LAGOS");
    private static final List<String> ORGANISATIONS = List.of("United Nations", "NATO", "Interpol", "European Union",
        "African Union", "World Health Organization", "International Monetary Fund", "Red Cross");
    private static final List<String> PEOPLE = List.of("Antonio Guterres", "Shavkat Mirziyoyev", "William Ruto",
        "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan", "Ferdinand Marcos");
    private static final List<String> FIRST_NAMES = List.of("Aziz", "Grace", "Pierre", "Anna", "Carlos", "Farida",
        "Omar", "Elif", "Chinedu", "Jana", "Lucia", "Minh", "Ivan", "Ama", "Rui", "Sofia", "Tariq", "Wanjiru",
        "Hannah", "Reza", "Ngozi", "Pablo", "Leila", "Kofi", "Mariam", "Dmitri", "Ayesha", "Jonas", "Zainab", "Luis");
    private static final List<String> SURNAMES = List.of("Karimov", "Odhiambo", "Dubois", "Schneider", "Santos",
        "Rahman", "Haddad", "Yilmaz", "Okafor", "Novak", "Fernandez", "Nguyen", "Petrov", "Mensah", "Costa",
        "Abdullahi", "Kowalski", "Moreau", "Bakr", "Tanaka", "Mwangi", "Soto", "Hassan", "Lindqvist", "Barzani",
        "Diallo", "Rossi", "Chaudhry", "Ivanova", "Mbeki");
    private static final List<String> ROLES = List.of("Finance Minister", "Trade Minister", "Mayor",
        "opposition leader", "central bank governor", "Energy Minister", "army spokesman", "police chief",
        "Health Minister", "union leader", "regional governor", "Interior Minister");
    private static final List<String> MINISTRIES = List.of("finance", "energy", "health", "education", "transport",
        "agriculture", "trade", "labour", "interior", "foreign");
    // The story's people twice: they speak in most sentences.
    private static final List<String> SUBJECTS = List.of("the {org}", "{person}", "officials in {city}",
        "a spokesman for the {org}", "the {ministry} ministry", "{person}");
    private static final List<String> SAID = List.of("said", "announced", "told reporters", "confirmed", "warned",
        "said in a statement", "told parliament", "estimated", "said late", "told state television");
    private static final List<String> WHEN = List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday",
        "on Friday", "at the weekend", "earlier this week", "after talks with {person}",
        "at a news conference in {city}", "during a visit to {city}", "before a cabinet meeting");
    private static final List<String> THINGS = List.of("fuel subsidies", "wheat imports", "the minimum wage",
        "rail freight", "coffee exports", "the budget deficit", "electricity tariffs", "mobile licences",
        "fertiliser prices", "bond yields", "tourist arrivals", "port fees", "water rationing", "school fees",
        "rice stocks", "gold reserves", "foreign debt", "housing permits", "copper output", "fishing quotas",
        "bus fares", "sugar prices", "car sales", "cement exports", "hospital budgets", "pension payments",
        "customs revenue", "solar capacity", "maize harvests", "airline routes");
    private static final List<String> CHANGES = List.of("rise", "fall", "grow", "shrink", "be cut", "be raised",
        "double", "be frozen");
    private static final List<String> PERIODS = List.of("this year", "next year", "in the first quarter",
        "over the next {n} months", "by the end of {month}", "before the elections", "within {n} weeks");
    private static final List<String> GROUPS_OF_PEOPLE = List.of("farmers", "workers", "students", "families",
        "traders", "pilgrims", "migrants", "nurses", "miners", "fishermen", "teachers", "drivers");
    private static final List<String> AFFECTED = List.of("displaced by floods", "left without power", "laid off",
        "evacuated", "vaccinated", "hired", "registered to vote", "given grants", "stranded", "resettled");
    private static final List<String> NEWS = List.of(
        "{thing} would {change} by {n} percent {period}",
        "{n} {people} had been {affected} since {month}",
        "talks on {thing} with the {org} would resume in {month}",
        "the government planned to review {thing} and {thing} {period}",
        "{people} in {city} had been {affected} after {thing} began to {change}");
    private static final List<String> TARGETS = List.of("checkpoint", "police station", "market", "military convoy",
        "hotel", "bus station", "border post", "government office", "bridge", "army base", "refinery", "stadium");
    private static final List<String> SECURITY = List.of(
        "a car bomb exploded near a {target} in {city}, killing {n} people",
        "militants attacked a {target} on the outskirts of {city} before dawn",
        "{n} suspects had been arrested over a plot to bomb a {target}",
        "counter-terrorism police raided {n} houses in {city} after the attack on a {target}",
        "security forces killed {n} militants in a gun battle near a {target}",
        "the suicide attack on a {target} in {city} was an act of terrorism");
    private static final List<String> SECURITY_HEADLINES = List.of("Attack in {city} kills {n}",
        "Blast near {target} in {city}, {n} dead", "Gunmen strike {target} in {city}");
    private static final List<String> NEWS_HEADLINES = List.of("{org} officials meet in {city} on {thing}",
        "{city} to review {thing}, {ministry} ministry says", "{thing} to {change} by {n} pct");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);

    private final SplittableRandom random;
    private final Instant start;
    private long sequence;

    /**
     * A start for traffic sent now: a day ago. Dispatches stamped months back would be judged past the dedupe
     * retention, and the broker (7-day retention by default) would delete their enriched records at its next
     * retention check, under the reader's eyes.
     */
    public static Instant recentStart() {
        return Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    public SyntheticDispatches(long seed, Instant start) {
        this.random = new SplittableRandom(seed);
        this.start = start;
    }

    /** The next dispatch: a new story, version 1. */
    public Dispatch next() {
        long number = ++sequence;
        String agency = pick(AGENCIES);
        String place = pick(PLACES);
        boolean security = random.nextInt(4) == 0;
        Instant created = start.plusMillis(number * 50);
        String datelineText = place + ", " + DAY.format(created);
        Cast cast = cast(place);
        String body = datelineText + " (" + agency + ") -- " + paragraphs(cast, security);
        String id = agency.toLowerCase(Locale.ROOT) + "-" + number;
        return Dispatch.newBuilder()
            .setId(id)
            .setGuid("urn:wirefeed:bench:" + id)
            .setVersion(1)
            .setAgency(agency)
            .setFormat(SourceFormat.values()[(int) (number % SourceFormat.values().length)])
            .setReceivedAt(created.plusMillis(200))
            .setVersionCreated(created)
            .setPubStatus(PubStatus.USABLE)
            .setUrgency(security ? 2 : 4)
            .setLanguage("en")
            .setHeadline(headline(cast, security))
            .setDateline(Dateline.newBuilder().setText(datelineText).setPlace(place)
                .setDate(created.toString().substring(0, 10)).build())
            .setBody(body)
            .setOriginal(OriginalRef.newBuilder().setSource("bench").setSha256(sha256(body))
                .setSize(body.getBytes(StandardCharsets.UTF_8).length).setContentType("text/plain").build())
            .build();
    }

    /**
     * Who and what a story is about: its city, two people (a name and a role each), an organisation and two
     * subjects. Its sentences keep coming back to them, as a story does, while another story has a cast of
     * its own: two new stories share the turns of phrase wire copy shares ("said on Tuesday that") but not
     * their sentences, so the dedupe step does not take them for copies of one another.
     */
    private record Cast(String city, List<String> people, String org, List<String> things) {
    }

    private Cast cast(String place) {
        return new Cast(place.charAt(0) + place.substring(1).toLowerCase(Locale.ROOT),
            List.of(person(), person()), pick(ORGANISATIONS), List.of(pick(THINGS), pick(THINGS)));
    }

    private String person() {
        return pick(ROLES) + " " + pick(FIRST_NAMES) + " " + pick(SURNAMES);
    }

    private String headline(Cast cast, boolean security) {
        return fill(pick(security ? SECURITY_HEADLINES : NEWS_HEADLINES), cast);
    }

    private String paragraphs(Cast cast, boolean security) {
        // Log-normal word count: median e^5.7 ~ 300 words, most stories between 150 and 600.
        int words = (int) Math.min(2_500, Math.max(60, Math.exp(5.7 + 0.45 * random.nextGaussian())));
        StringBuilder body = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            String sentence = sentence(cast, security && written < words / 2);
            body.append(sentence).append(random.nextInt(3) == 0 ? "\n\n" : " ");
            written += sentence.split(" ").length;
        }
        return body.toString().trim();
    }

    /** A sentence of wire copy: who said what, and when. */
    private String sentence(Cast cast, boolean security) {
        String claim = pick(security ? SECURITY : NEWS);
        String subject = pick(SUBJECTS);
        String sentence = random.nextBoolean()
            ? subject + " " + pick(SAID) + " " + pick(WHEN) + " that " + claim + "."
            : claim + ", " + subject + " " + pick(SAID) + " " + pick(WHEN) + ".";
        String filled = fill(sentence, cast);
        return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
    }

    /** The template with each {slot} filled, from the story's cast where it has one. */
    private String fill(String template, Cast cast) {
        StringBuilder text = new StringBuilder(template.length() + 64);
        int at = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
            int close = template.indexOf('}', open);
            text.append(template, at, open).append(fill(slot(template.substring(open + 1, close), cast), cast));
            at = close + 1;
        }
        return text.append(template, at, template.length()).toString();
    }

    private String slot(String name, Cast cast) {
        return switch (name) {
            case "city" -> cast.city();
            case "org" -> random.nextInt(4) == 0 ? pick(ORGANISATIONS) : cast.org();
            case "person" -> random.nextInt(6) == 0 ? pick(PEOPLE) : pick(cast.people());
            case "thing" -> pick(cast.things());
            case "ministry" -> pick(MINISTRIES);
            case "change" -> pick(CHANGES);
            case "period" -> pick(PERIODS);
            case "people" -> pick(GROUPS_OF_PEOPLE);
            case "affected" -> pick(AFFECTED);
            case "target" -> pick(TARGETS);
            case "month" -> pick(MONTHS);
            case "n" -> Integer.toString(2 + random.nextInt(900));
            default -> throw new IllegalArgumentException("no slot " + name);
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
