package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class RegistryProbeTest {

    private final AtomicBoolean answers = new AtomicBoolean();
    private final RegistryProbe probe = new RegistryProbe(() -> {
        if (!answers.get()) {
            throw new SchemaRegistryException("connection refused", 0, 0);
        }
    });

    @Test
    void unknownUntilTheFirstProbeCountsAsUnreachable() {
        assertThat(probe.reachable()).isFalse();
    }

    @Test
    void followsTheLastAnswer() {
        answers.set(true);
        probe.probe();
        assertThat(probe.reachable()).isTrue();

        answers.set(false);
        probe.probe();
        assertThat(probe.reachable()).isFalse();

        answers.set(true);
        probe.probe();
        assertThat(probe.reachable()).isTrue();
    }

    @Test
    void anErrorOfAnyKindIsUnreachableNotAProbeThatDies() {
        RegistryProbe failing = new RegistryProbe(() -> {
            throw new IllegalStateException("TLS handshake failed");
        });
        failing.probe();
        assertThat(failing.reachable()).isFalse();
    }
}
