package io.wirefeed.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What {@code /health} answers, from the service's liveness check. */
class HttpEdgeHealthTest {

    @Test
    void aliveServiceIsUp() {
        HttpReply reply = HttpEdge.health(null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void serviceOfNoUseIsDownWithTheReason() {
        HttpReply reply = HttpEdge.health("Kafka Streams is in state ERROR");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("\"status\":\"DOWN\"")
            .contains("\"reason\":\"Kafka Streams is in state ERROR\"");
    }
}
