package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.Entity;
import io.wirefeed.schema.Mention;
import org.junit.jupiter.api.Test;

class CountryResolverTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

    private record Recognised(List<Entity> entities, List<String> countries) {

        String countryOf(String name) {
            return entities.stream().filter(entity -> entity.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities)).getCountry();
        }
    }

    private static Recognised recognise(String headline, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("dateline", null);
        fields.put("body", body);
        List<Entity> entities = RECOGNIZER.recognise(fields);
        return new Recognised(entities, RECOGNIZER.countries(fields, entities));
    }

    @Test
    void peoplesNameTheirCountryWithoutBeingPlaces() {
        Recognised found = recognise("", "French officials met Saudi ministers and two South African envoys.");

        assertThat(found.countries()).containsExactlyInAnyOrder("FR", "SA", "ZA");
        assertThat(found.entities()).isEmpty();
    }

    @Test
    void theMostMentionedCountryComesFirst() {
        Recognised found = recognise("", "Talks in Paris ended. Japanese and French negotiators said France would "
            + "sign in Lyon.");

        assertThat(found.countries()).containsExactly("FR", "JP");
    }

    @Test
    void anOrganisationNoListKnowsTakesTheCountryItsNameGives() {
        Recognised found = recognise("", "Texas Commerce Bancshares Inc, Bank of New England Corp, Quebec's Caisse "
            + "Centrale Desjardins du Quebec, Morgan Stanley International and Bristol-Myers Co all said so.");

        assertThat(found.countryOf("Texas Commerce Bancshares Inc")).isEqualTo("US");
        assertThat(found.countryOf("Bank of New England Corp")).isEqualTo("US");
        assertThat(found.countryOf("Caisse Centrale Desjardins du Quebec")).isEqualTo("CA");
        // a town named like a person, and one half of a double-barrelled name, say nothing
        assertThat(found.countryOf("Morgan Stanley")).isNotEqualTo("FK");  // the list's, its international arm named with it
        assertThat(found.countryOf("Bristol-Myers Co")).isNotEqualTo("GB");
    }

    @Test
    void listedOrganisationsKeepTheirListsCountryAndAgenciesNone() {
        Recognised found = recognise("", "The Federal Reserve and the Organization of American States spoke to "
            + "Reuters.");

        assertThat(found.countryOf("Federal Reserve")).isEqualTo("US");
        assertThat(found.countryOf("Organization of American States")).isNull();
        assertThat(found.countryOf("Reuters")).isNull();
        assertThat(found.countries()).containsExactly("US");
    }

    @Test
    void aListedCompanysLegalFormBelongsToItsMention() {
        Recognised found = recognise("", "Daiwa Securities Co Ltd of Japan led the issue.");

        assertThat(found.entities()).flatExtracting(Entity::getMentions).extracting(Mention::getText)
            .containsExactly("Daiwa Securities Co Ltd", "Japan");
    }

    @Test
    void shortCodesAndWordsInCapitalsAreNoPlaces() {
        Recognised found = recognise("CENTRAL BANK SEES NO CHANGE", "Ratings were cut to BA-1 from BAA-3.");

        assertThat(found.entities()).isEmpty();
        assertThat(found.countries()).isEmpty();
    }

    @Test
    void companiesNamingNoPlaceTakeTheirListingsOrLegalFormsCountry() {
        Recognised found = recognise("COBANCO INC <CBCO> YEAR NET", "Cobanco Inc said its profit rose. Siemens "
            + "Energie GmbH and Vantor Plc said Skanska Foo AB (SKAb.ST) and Norcom Ltd (NCM.AX) would bid, and "
            + "Texas Commerce Bancshares Inc agreed.");

        assertThat(found.countryOf("Cobanco Inc")).isEqualTo("US");
        assertThat(found.countryOf("Siemens Energie GmbH")).isEqualTo("DE");
        assertThat(found.countryOf("Vantor Plc")).isEqualTo("GB");
        assertThat(found.countryOf("Skanska Foo AB")).isEqualTo("SE");
        assertThat(found.countryOf("Norcom Ltd")).isEqualTo("AU");
        assertThat(found.countryOf("Texas Commerce Bancshares Inc")).isEqualTo("US");
        assertThat(found.countries()).contains("US", "DE", "GB", "SE", "AU");
    }
}
