package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static Finding.Builder area() {
        return Finding.builder(ReasonCode.AREA_MISMATCH, Severity.CONTRADICTION).message("Registered area (diện tích) differs");
    }

    @Test
    void keepsEvidenceInTheOrderItWasPut() {
        Finding f = area().put("z", "1").put("a", "2").put("m", "3").build();
        assertThat(f.evidence().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void writesNumbersInPlainNotation() {
        Finding f = area().put("small", 150.3).put("large", 12_000_000.0).put("count", 3L).put("flag", true).build();
        assertThat(f.evidence()).containsExactly(
                Map.entry("small", "150.3"), Map.entry("large", "12000000"), Map.entry("count", "3"), Map.entry("flag", "true"));
    }

    @Test
    void masksIdsUnlessAskedForFullNumbers() {
        Finding masked = area().putId("citizenId", "022123456734", IdDisclosure.MASKED).build();
        Finding full = area().putId("citizenId", "022123456734", IdDisclosure.FULL).build();
        assertThat(masked.evidence()).containsEntry("citizenId", "022*******34");
        assertThat(full.evidence()).containsEntry("citizenId", "022123456734");
    }

    @Test
    void rejectsMissingOrBlankMessage() {
        assertThatThrownBy(() -> Finding.builder(ReasonCode.RENUMBERED, Severity.INFO).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RENUMBERED");
        assertThatThrownBy(() -> new Finding(ReasonCode.RENUMBERED, Severity.INFO, " ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RENUMBERED");
    }

    @Test
    void rejectsTheSameEvidenceNameTwice() {
        assertThatThrownBy(() -> area().put("a", "1").put("a", "2").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidenceIsUnmodifiable() {
        Finding f = area().put("a", "1").build();
        assertThatThrownBy(() -> f.evidence().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withSeverityChangesOnlyTheSeverity() {
        Finding f = area().put("a", "1").build();
        Finding w = f.withSeverity(Severity.WARNING);
        assertThat(w.severity()).isEqualTo(Severity.WARNING);
        assertThat(w.code()).isEqualTo(f.code());
        assertThat(w.message()).isEqualTo(f.message());
        assertThat(w.evidence()).isEqualTo(f.evidence());
        assertThat(f.withSeverity(Severity.CONTRADICTION)).isSameAs(f);
    }
}
