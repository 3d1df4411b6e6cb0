package io.wirefeed.enrich.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.schema.EntityType;

/**
 * "Greenpeace Chile", "Amnesty International Nigeria", "Transparency International PNG": an international
 * non-governmental organisation's national branch, named by the organisation and the country, is an organisation of its
 * own (based in that country), not the organisation and a place. Only the curated list's organisations of no country and
 * of no other category (neither intergovernmental bodies nor news agencies: "told Reuters Peru was current" is two
 * names).
 */
final class NationalBranches {

    private static final Set<String> INTERNATIONAL = read();

    private NationalBranches() {
    }

    /**
     * The branch's mention where a country's name follows, after one space, the mention of such an organisation just
     * found; or null.
     */
    static FoundMention branch(String field, Tokens words, int first, int last, FoundMention organisation, String code) {
        GazetteerEntry body = organisation.entity();
        if (body.type() != EntityType.ORGANIZATION || body.country() != null || !INTERNATIONAL.contains(body.name())
                || !organisation.field().equals(field) || !words.text().startsWith(" ", organisation.end())
                || words.start(first) != organisation.end() + 1) {
            return null;
        }
        int end = words.nameEnd(last);
        String name = words.text().substring(organisation.start(), end);
        return new FoundMention(field, organisation.start(), end, name,
            new GazetteerEntry(EntityType.ORGANIZATION, name, null, code));
    }

    private static Set<String> read() {
        Set<String> names = new HashSet<>();
        for (List<String> row : Gazetteer.lines("organizations.tsv")) {
            boolean countryless = row.size() <= 4 || row.get(4).isEmpty();
            if (row.size() > 3 && row.get(3).equals("other") && countryless) {
                names.add(row.get(1));
            }
        }
        return Set.copyOf(names);
    }
}
