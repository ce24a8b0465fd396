package be.buddyflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertThat(LogSafe.of("BF-2026-000001\r\n2026-12-01 INFO forged by=admin"))
                .isEqualTo("BF-2026-000001\\u000d\\u000a2026-12-01 INFO forged by=admin");
        assertThat(LogSafe.of("a\tb\u001b[31mc\u2028d\u0085e")).isEqualTo("a\\u0009b\\u001b[31mc\\u2028d\\u0085e");
    }

    @Test
    void ordinaryValuesStayAsTheyAre() {
        assertThat(LogSafe.of("sofie")).isEqualTo("sofie");
        assertThat(LogSafe.of("Zoë Élodie")).isEqualTo("Zoë Élodie");
        assertThat(LogSafe.of(null)).isEqualTo("null");
        assertThat(LogSafe.hasControlCharacters("BF-2026-000001")).isFalse();
        assertThat(LogSafe.hasControlCharacters("x\ny")).isTrue();
    }
}
