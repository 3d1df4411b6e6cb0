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
 * know, naming organisations and people, a quarter of them about attacks or counter-terrorism. Body lengths
 * follow wire copy: mostly 150 to 600 words, a long tail of longer stories (log-normal, median about 300 words).
 * The same seed gives the same dispatches.
 */
public final class SyntheticDispatches {

    private static final List<String> AGENCIES = List.of("Xinhua", "AP", "Reuters", "AFP", "dpa");
    private static final List<String> PLACES = List.of("TASHKENT", "KABUL", "NAIROBI", "PARIS", "BERLIN", "MANILA",
        "BAMAKO", "ISLAMABAD", "BAGHDAD", "JAKARTA", "LONDON", "MADRID", "ANKARA", "CAIRO", "LAGOS");
    private static final List<String> ORGANISATIONS = List.of("United Nations", "NATO", "Interpol", "European Union",
        "African Union", "World Health Organization", "International Monetary Fund", "Red Cross");
    private static final List<String> PEOPLE = List.of("Antonio Guterres", "Shavkat Mirziyoyev", "William Ruto",
        "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan", "Ferdinand Marcos");
    private static final List<String> SECURITY = List.of(
        "Police said a car bomb exploded near a checkpoint in {city}, killing {n} people and wounding dozens.",
        "Militants claimed responsibility for the attack, which officials in {city} called an act of terrorism.",
        "Counter-terrorism units arrested {n} suspects accused of planning bombings, the interior ministry said.",
        "Security forces in {city} raised the alert level after the suicide attack on a crowded market.");
    private static final List<String> NEWS = List.of(
        "The {org} said on Tuesday that talks in {city} would resume next week after a pause of {n} days.",
        "Officials in {city} met delegates from {n} countries to discuss trade, energy and transport links.",
        "{person} told reporters in {city} that the government expected growth of {n} percent this year.",
        "Farmers near {city} reported the best harvest in {n} years after steady rains in the spring.",
        "The central bank in {city} kept its main rate unchanged for the {n}th consecutive meeting.",
        "Ministers meeting in {city} with the {org} agreed to fund {n} new schools and clinics.");
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
        String body = datelineText + " (" + agency + ") -- " + paragraphs(place, security);
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
            .setHeadline(headline(place, security))
            .setDateline(Dateline.newBuilder().setText(datelineText).setPlace(place)
                .setDate(created.toString().substring(0, 10)).build())
            .setBody(body)
            .setOriginal(OriginalRef.newBuilder().setSource("bench").setSha256(sha256(body))
                .setSize(body.getBytes(StandardCharsets.UTF_8).length).setContentType("text/plain").build())
            .build();
    }

    private String headline(String place, boolean security) {
        String city = place.charAt(0) + place.substring(1).toLowerCase(Locale.ROOT);
        return security ? "Attack in " + city + " kills " + (2 + random.nextInt(20))
            : pick(ORGANISATIONS) + " officials meet in " + city;
    }

    private String paragraphs(String place, boolean security) {
        // Log-normal word count: median e^5.7 ~ 300 words, most stories between 150 and 600.
        int words = (int) Math.min(2_500, Math.max(60, Math.exp(5.7 + 0.45 * random.nextGaussian())));
        StringBuilder body = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            String sentence = sentence(place, security && written < words / 2);
            body.append(sentence).append(random.nextInt(3) == 0 ? "\n\n" : " ");
            written += sentence.split(" ").length;
        }
        return body.toString().trim();
    }

    private String sentence(String place, boolean security) {
        return pick(security ? SECURITY : NEWS)
            .replace("{city}", place.charAt(0) + place.substring(1).toLowerCase(Locale.ROOT))
            .replace("{org}", pick(ORGANISATIONS))
            .replace("{person}", pick(PEOPLE))
            .replace("{n}", Integer.toString(2 + random.nextInt(40)));
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
