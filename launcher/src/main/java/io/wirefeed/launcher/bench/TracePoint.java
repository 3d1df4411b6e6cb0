package io.wirefeed.launcher.bench;

/**
 * The points a traced dispatch of the latency run is seen at, in pipeline order, and the stage that ends at each
 * (the time since the point before). Every stage is what lies between two points, so the stages of a dispatch add
 * up to its latency.
 */
public enum TracePoint {

    /** The bench's producer is handed the dispatch (ingest's publish). */
    SENT(null),
    /** The broker appended it to the dispatches topic (the record's log-append time): linger, request, append. */
    APPENDED("produce"),
    /** The describe step picked it up (header): the stream thread's fetch and poll loop, and records before it. */
    DESCRIBED("toDescribe"),
    /**
     * Its arrival on the dedupe step's repartition topic was read, uncommitted: describing and parking, serializing,
     * linger, append.
     */
    REPARTITIONED("describeAndRepartition"),
    /**
     * The dedupe step picked the arrival up (header): the wait for the describe task's commit (commit interval,
     * transaction markers), the dedupe task's fetch, and records before it.
     */
    JUDGED("repartitionCommit"),
    /** Its ruling on the rulings' repartition topic was read, uncommitted: judging, serializing, linger, append. */
    RULED("judge"),
    /**
     * Its parked dispatch was taken out with the ruling (header): the wait for the dedupe task's commit, the
     * describe task's fetch, and records before it.
     */
    UNPARKED("rulingCommit"),
    /** Its enriched record was read, uncommitted: unparking, serializing, linger, append. */
    ENRICHED("publish"),
    /** Its enriched record was read committed, as a subscriber reads it: the wait for the publishing task's commit. */
    VISIBLE("outputCommit");

    private final String stage;

    TracePoint(String stage) {
        this.stage = stage;
    }

    /** The name of the stage that ends here, as the report gives it; none for {@link #SENT}. */
    public String stage() {
        return stage;
    }
}
