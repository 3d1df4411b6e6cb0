package io.wirefeed.launcher.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;

/**
 * A wire's traffic for load tests: mostly new stories ({@link SyntheticDispatches}), with a share of resends
 * (the same id and version again), updates (the next version, a sentence added), kills (the next version,
 * canceled) and near duplicates (another agency's copy of a story, a few words changed). Seeded: the same
 * settings give the same traffic.
 */
public final class WireTraffic {

    /** Shares of the dispatches that are not new stories (each 0 to 1, together under 1). */
    public record Mix(double resends, double updates, double kills, double nearDuplicates) {

        public static final Mix WIRE = new Mix(0.05, 0.08, 0.01, 0.04);

        public Mix {
            if (resends < 0 || updates < 0 || kills < 0 || nearDuplicates < 0
                    || resends + updates + kills + nearDuplicates >= 1) {
                throw new IllegalArgumentException("shares must be 0 or more and add up to less than 1");
            }
        }
    }

    private final SyntheticDispatches stories;
    private final Mix mix;
    private final SplittableRandom random;
    private final List<Dispatch> recent = new ArrayList<>();

    public WireTraffic(long seed, Instant start, Mix mix) {
        this.stories = new SyntheticDispatches(seed, start);
        this.mix = mix;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** The next {@code count} dispatches. */
    public List<Dispatch> next(int count) {
        List<Dispatch> dispatches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dispatches.add(next());
        }
        return dispatches;
    }

    public Dispatch next() {
        double draw = random.nextDouble();
        if (recent.isEmpty() || draw >= mix.resends() + mix.updates() + mix.kills() + mix.nearDuplicates()) {
            return remember(stories.next());
        }
        Dispatch earlier = recent.get(random.nextInt(recent.size()));
        if (draw < mix.resends()) {
            return earlier;
        }
        if (draw < mix.resends() + mix.updates()) {
            return remember(nextVersion(earlier, PubStatus.USABLE, Signal.UPDATE,
                earlier.getBody() + "\n\nOfficials said more details would be released later."));
        }
        if (draw < mix.resends() + mix.updates() + mix.kills()) {
            recent.remove(earlier);
            return nextVersion(earlier, PubStatus.CANCELED, Signal.KILL, "KILL. This story has been withdrawn.");
        }
        return remember(nearDuplicate(earlier));
    }

    private Dispatch remember(Dispatch dispatch) {
        recent.add(dispatch);
        if (recent.size() > 500) {
            recent.remove(0);
        }
        return dispatch;
    }

    private static Dispatch nextVersion(Dispatch earlier, PubStatus status, Signal signal, String body) {
        return Dispatch.newBuilder(earlier)
            .setVersion(earlier.getVersion() + 1)
            .setPubStatus(status)
            .setSignals(List.of(signal))
            .setBody(body)
            .setReceivedAt(earlier.getReceivedAt().plusSeconds(60))
            .build();
    }

    private Dispatch nearDuplicate(Dispatch earlier) {
        String agency = earlier.getAgency().equals("AFP") ? "dpa" : "AFP";
        String id = agency.toLowerCase(Locale.ROOT) + "-copy-" + random.nextLong(Long.MAX_VALUE);
        return Dispatch.newBuilder(earlier)
            .setId(id)
            .setGuid("urn:wirefeed:bench:" + id)
            .setVersion(1)
            .setAgency(agency)
            .setSignals(List.of())
            .setBody(earlier.getBody().replace(" said ", " stated ").replace("(" + earlier.getAgency() + ")",
                "(" + agency + ")"))
            .setReceivedAt(earlier.getReceivedAt().plusSeconds(30))
            .build();
    }
}
