package org.hamgam.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void hidesUserInformationAndKeyParameters() {
        assertThat(Secrets.redact("engine at https://ann:pa55@mt.example.org/v1?api_key=abc123&model=m&token=t0k"))
                .isEqualTo("engine at https://***@mt.example.org/v1?api_key=***&model=m&token=***");
        assertThat(Secrets.redact("http://h/translate?key=XYZ")).isEqualTo("http://h/translate?key=***");
        assertThat(Secrets.redact("http://localhost:11434/v1/chat/completions?monkey=1"))
                .isEqualTo("http://localhost:11434/v1/chat/completions?monkey=1");
        assertThat(Secrets.redact("mail ann@example.org")).isEqualTo("mail ann@example.org");
    }
}
