package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.wirefeed.edge.HttpReply;
import io.wirefeed.ingest.http.ApiKeys;
import org.junit.jupiter.api.Test;

/** The console's data is behind ingest's keys; replaying takes the admin scope. */
class ConsoleAuthTest {

    private final ConsoleAuth auth = new ConsoleAuth(new ApiKeys(List.of("reader-key", "dpa-key=agency:dpa",
        "root-key=admin")));

    @Test
    void withoutAValidKeyTheAnswerIs401() {
        for (String header : new String[] {null, "", "Bearer", "Bearer wrong", "Basic cmVhZGVyLWtleQ==", "reader-key"}) {
            HttpReply refused = auth.refusal(header, false);
            assertThat(refused).as(header).isNotNull();
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers()).containsEntry("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void anyKeyReads() {
        assertThat(auth.refusal("Bearer reader-key", false)).isNull();
        assertThat(auth.refusal("Bearer dpa-key", false)).isNull();
        assertThat(auth.refusal("bearer root-key", false)).isNull();
    }

    @Test
    void replayingWithoutTheAdminScopeIs403() {
        assertThat(auth.refusal("Bearer reader-key", true).status()).isEqualTo(403);
        assertThat(auth.refusal("Bearer dpa-key", true).status()).isEqualTo(403);
        assertThat(auth.refusal("Bearer wrong", true).status()).isEqualTo(401);
        assertThat(auth.refusal("Bearer root-key", true)).isNull();
    }
}
