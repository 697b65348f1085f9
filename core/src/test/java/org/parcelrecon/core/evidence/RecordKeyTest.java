package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKeyTest {
    @Test
    void keyWrittenWithTodaysCodeHasNotChanged() {
        RecordKey k = RecordKey.of("06979", "12", "345");
        assertThat(k.communeCodeAsWritten()).isEqualTo("06979");
        assertThat(k.communeCodeChanged()).isFalse();
        assertThat(k).hasToString("06979/12/345");
    }

    @Test
    void keyWrittenWithOldCodeHasChanged() {
        assertThat(new RecordKey("07072", "07069", "4", "88").communeCodeChanged()).isTrue();
    }

    @Test
    void blankCodeAsWrittenIsAllowed() {
        assertThat(new RecordKey("", "07069", "4", "88").communeCodeChanged()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // blank commune, sheet or plot: not a key
        "'',   12, 345, communeCode",
        "06979, ' ', 345, sheet",
        "06979, 12, '', plot",
    })
    void rejectsBlankParts(String commune, String sheet, String plot, String named) {
        assertThatThrownBy(() -> new RecordKey(commune, commune, sheet, plot))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }
}
