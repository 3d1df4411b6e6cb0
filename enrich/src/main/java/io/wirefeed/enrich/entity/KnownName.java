package io.wirefeed.enrich.entity;

/**
 * One entity a name may stand for, with what decides between the entities one name may stand for ("Victoria":
 * an Australian state, a Canadian city, a queen): which list it comes from, how many people live there, and
 * whether it is only that entity when written exactly so (acronyms: "US" is the United States, "Us" is not),
 * and for a town, the ISO 3166-2 code of the state it is in where the lists give it ("US-TX": "Plainview, Tex.").
 */
record KnownName(GazetteerEntry entry, Kind kind, long population, boolean exactCase, String written,
                 String region) {

    /** The lists, in the order they win a name they share. */
    enum Kind {
        /** An operator's watchlist. */
        WATCHED,
        COUNTRY,
        ORGANIZATION,
        /** A public figure of the curated list ("Ronald Reagan", "Reagan"). */
        PERSON,
        /** A capital city: its name means it everywhere in the world's copy. */
        CAPITAL,
        /** A state, province or region (first-level subdivision). */
        REGION,
        /** A subdivision smaller states name first-level (municipalities, districts, parishes). */
        MINOR_REGION,
        CITY,
        /** A second-level subdivision (a department, province or district): after the town of the same name. */
        DISTRICT,
        /** "French", "Somalis": a country's people or adjective; names the country but is no place. */
        DEMONYM;

        /** Whether the kind is a country's subdivision at some level (a region, a minor region or a district). */
        boolean subdivision() {
            return this == REGION || this == MINOR_REGION || this == DISTRICT;
        }
    }
}
