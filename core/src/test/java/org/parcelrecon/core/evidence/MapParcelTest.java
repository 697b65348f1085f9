package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapParcelTest {
    @Test
    void validWhenMapQaFoundNothing() {
        assertThat(MapParcel.of("P-1", 150.3, "12", "345").isValid()).isTrue();
        assertThat(new MapParcel("P-2", 88.0, "12", "346", List.of("self-intersecting ring")).isValid()).isFalse();
    }

    @Test
    void rejectsNegativeArea() {
        assertThatThrownBy(() -> MapParcel.of("P-1", -1, "12", "345")).hasMessageContaining("areaM2");
    }
}
