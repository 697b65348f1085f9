package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {
    @Test
    void onlyContradictionAndMissingBlock() {
        assertThat(Severity.INFO.isBlocking()).isFalse();
        assertThat(Severity.WARNING.isBlocking()).isFalse();
        assertThat(Severity.CONTRADICTION.isBlocking()).isTrue();
        assertThat(Severity.MISSING.isBlocking()).isTrue();
    }

    @Test
    void missingOutranksContradiction() {
        assertThat(Severity.values()).containsExactly(Severity.INFO, Severity.WARNING, Severity.CONTRADICTION, Severity.MISSING);
    }
}
