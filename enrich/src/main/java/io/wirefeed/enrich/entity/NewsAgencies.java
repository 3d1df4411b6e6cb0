package io.wirefeed.enrich.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The news agencies of the shipped organisation list, by the codes datelines give them: "STOCKHOLM (TT)" is
 * Tidningarnas Telegrambyrå, "ANKARA (Anadolu)" Anadolu Agency. A code is an agency's listed name or the initials of
 * one; initials two agencies share stand for neither, unless one signs with them by custom ("AA" is Anadolu's).
 */
final class NewsAgencies {

    /**
     * Codes an agency signs with by custom that its initials do not give, or that another agency's initials share:
     * Anadolu signs "(AA)" (Agencia Andina "(ANDINA)"), Hina "(Hina)", Kenya's agency "(KNA)" (Kuwait's signs "KUNA"),
     * the Philippine "(PNA)" (Jordan's signs "Petra"). Dateline codes only, never searched for in
     * text ("AA" is also a credit rating, "Hina" a given name).
     */
    private static final Map<String, String> CODES_BY_CUSTOM = Map.ofEntries(Map.entry("AA", "Anadolu Agency"),
        Map.entry("HINA", "Croatian News Agency"), Map.entry("STA", "Slovenian Press Agency"),
        Map.entry("TDH", "Turkmenistan State News Agency"), Map.entry("KPL", "Lao News Agency"),
        Map.entry("AIB", "Agence d'Information du Burkina"), Map.entry("EPD", "Evangelischer Pressedienst"),
        Map.entry("NNT", "National News Bureau of Thailand"), Map.entry("ATOP", "Agence Togolaise de Presse"),
        Map.entry("AMAP", "Agence Malienne de Presse et Publicité"),
        Map.entry("ZANIS", "Zambia News and Information Services"), Map.entry("NAMPA", "Namibia Press Agency"),
        Map.entry("BOPA", "Botswana Press Agency"), Map.entry("LANA", "Libya News Agency"),
        Map.entry("ANDINA", "Agencia Andina"), Map.entry("KNA", "Kenya News Agency"),
        Map.entry("PNA", "Philippine News Agency"), Map.entry("INA", "Iraqi News Agency"),
        Map.entry("SPA", "Saudi Press Agency"), Map.entry("ENA", "Ethiopian News Agency"),
        Map.entry("CNA", "Central News Agency"), Map.entry("FNA", "Fars News Agency"),
        Map.entry("ANA", "Athens-Macedonian News Agency"));

    private static final NewsAgencies SHIPPED = read();

    private final Map<String, GazetteerEntry> byCode;

    private NewsAgencies(Map<String, GazetteerEntry> byCode) {
        this.byCode = byCode;
    }

    static NewsAgencies shipped() {
        return SHIPPED;
    }

    /** The agency a dateline's code stands for, or null. */
    GazetteerEntry called(String code) {
        return byCode.get(NameKeys.of(code));
    }

    private static NewsAgencies read() {
        Map<String, GazetteerEntry> names = new HashMap<>();
        Map<String, GazetteerEntry> initials = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (List<String> row : Gazetteer.lines("organizations.tsv")) {
            if (row.size() < 4 || !row.get(3).equals("agency")) {
                continue;
            }
            // the entry as Gazetteer makes it, so that both finders' mentions merge into one entity
            GazetteerEntry agency = Gazetteer.organisation(row);
            names.put(NameKeys.of(row.get(1)), agency);
            for (String name : Gazetteer.organisationNames(row)) {
                names.putIfAbsent(NameKeys.of(name), agency);
                String spelt = initialsOf(name);
                if (spelt.length() >= 2 && initials.putIfAbsent(spelt, agency) != null
                        && !initials.get(spelt).equals(agency)) {
                    shared.put(spelt, true);
                }
            }
        }
        shared.keySet().forEach(initials::remove);
        initials.forEach(names::putIfAbsent);
        CODES_BY_CUSTOM.forEach((code, name) -> names.put(NameKeys.of(code),
            java.util.Objects.requireNonNull(names.get(NameKeys.of(name)), name)));
        return new NewsAgencies(Map.copyOf(names));
    }

    /** "Anadolu Agency": "aa", as a name key. */
    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return NameKeys.of(initials.toString());
    }
}
