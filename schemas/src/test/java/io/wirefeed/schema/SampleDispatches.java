package io.wirefeed.schema;

import java.time.Instant;
import java.util.List;

/** Dispatches for tests, complete in every field that matters to serialization. */
public final class SampleDispatches {

    private SampleDispatches() {
    }

    public static Dispatch dispatch(String id, int version) {
        return Dispatch.newBuilder()
            .setId(id)
            .setGuid("urn:newsml:xinhua.net:20260707:" + id)
            .setVersion(version)
            .setAgency("Xinhua")
            .setFormat(SourceFormat.NEWSML_G2)
            .setReceivedAt(Instant.parse("2026-07-07T08:15:30.123Z"))
            .setVersionCreated(Instant.parse("2026-07-07T08:15:00Z"))
            .setPubStatus(PubStatus.USABLE)
            .setUrgency(3)
            .setLanguage("en")
            .setHeadline("Uzbekistan hosts regional security talks")
            .setSlugline("UZBEKISTAN-SECURITY")
            .setDateline(Dateline.newBuilder().setText("TASHKENT, July 7").setPlace("TASHKENT")
                .setDate("2026-07-07").build())
            .setBody("TASHKENT, July 7 (Xinhua) -- Security officials from five countries met here on Monday."
                + "\n\nThe talks focused on border cooperation.")
            .setSubjects(List.of(Subject.newBuilder().setCode("medtop:20000604").setName("national security")
                .build()))
            .setSignals(version > 1 ? List.of(Signal.UPDATE) : List.of())
            .setOriginal(OriginalRef.newBuilder().setSource("http").setSha256("ab".repeat(32)).setSize(2048)
                .setContentType("application/vnd.iptc.g2.newsitem+xml").build())
            .build();
    }
}
