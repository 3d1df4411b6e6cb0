package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerKindTest {

    @Test
    void parsesNamesCaseInsensitively() {
        assertThat(ServerKind.parse("embedded")).isEqualTo(ServerKind.EMBEDDED);
        assertThat(ServerKind.parse(" Containers ")).isEqualTo(ServerKind.CONTAINERS);
    }

    @Test
    void rejectsUnknownNamesInsteadOfFallingBack() {
        assertThatThrownBy(() -> ServerKind.parse("docker"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'docker'")
            .hasMessageContaining("embedded, containers");
    }
}
