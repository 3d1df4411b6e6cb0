package io.wirefeed.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

/** Keys and the scopes bound to them, as written in http.api.keys. */
class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of("open-key", "padded-key==", "dpa-key=agency:DPA;id:urn:dpa:",
        "ap-key = agency:ap"));

    @Test
    void aKeyWithoutScopePublishesAnything() {
        assertThat(keys.scopeOf("Bearer open-key")).hasValueSatisfying(scope ->
            assertThat(scope.allows(dispatch("urn:xinhua:1", "Xinhua"))).isTrue());
    }

    @Test
    void aKeyEndingInEqualsSignsStaysWhole() {
        assertThat(keys.accepts("Bearer padded-key==")).isTrue();
        assertThat(keys.accepts("Bearer padded-key")).isFalse();
    }

    @Test
    void aScopedKeyPublishesItsAgencyOrItsIdPrefixOnly() {
        ApiKeys.Scope dpa = keys.scopeOf("bearer dpa-key").orElseThrow();
        assertThat(dpa.allows(dispatch("urn:other:1", "dpa"))).isTrue();
        assertThat(dpa.allows(dispatch("urn:dpa:2", "unknown"))).isTrue();
        assertThat(dpa.allows(dispatch("urn:ap:3", "AP"))).isFalse();
        assertThat(keys.scopeOf("Bearer ap-key").orElseThrow().allows(dispatch("urn:ap:3", "AP"))).isTrue();
        assertThat(keys.accepts("Bearer dpa-key=agency:DPA;id:urn:dpa:")).isFalse();
    }

    @Test
    void theAdminScopeMarksAKeyWithoutRestrictingIt() {
        ApiKeys admins = new ApiKeys(List.of("root-key=admin", "dpa-admin=admin;agency:dpa", "plain-key"));
        ApiKeys.Scope root = admins.scopeOf("Bearer root-key").orElseThrow();
        assertThat(root.admin()).isTrue();
        assertThat(root.allows(dispatch("urn:ap:3", "AP"))).isTrue();
        ApiKeys.Scope dpa = admins.scopeOf("Bearer dpa-admin").orElseThrow();
        assertThat(dpa.admin()).isTrue();
        assertThat(dpa.allows(dispatch("urn:ap:3", "AP"))).isFalse();
        assertThat(admins.scopeOf("Bearer plain-key").orElseThrow().admin()).isFalse();
        assertThat(admins.accepts("Bearer root-key=admin")).isFalse();
    }

    @Test
    void aMalformedScopeIsRefusedWithoutNamingTheKey() {
        assertThatThrownBy(() -> new ApiKeys(List.of("secret-key=agency:dpa;nonsense")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-key");
    }

    private static Dispatch dispatch(String id, String agency) {
        Dispatch dispatch = new Dispatch();
        dispatch.setId(id);
        dispatch.setAgency(agency);
        return dispatch;
    }
}
