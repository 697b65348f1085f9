package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParcelChangeTest {
    @Test
    void defaultsToNotRenumberedWithoutAreaOrOldIds() {
        ParcelChange c = ParcelChange.builder(ChangeClass.UNCHANGED).build();
        assertThat(c.renumbered()).isFalse();
        assertThat(c.areaChangePercent()).isEmpty();
        assertThat(c.oldParcelIds()).isEmpty();
    }

    @Test
    void keepsOldIdsInOrder() {
        ParcelChange c = ParcelChange.builder(ChangeClass.MERGED).addOldParcelId("B").addOldParcelId("A").build();
        assertThat(c.oldParcelIds()).containsExactly("B", "A");
    }

    @Test
    void rejectsNonFiniteAreaChange() {
        assertThatThrownBy(() -> ParcelChange.builder(ChangeClass.SPLIT).areaChangePercent(Double.NaN).build())
                .hasMessageContaining("areaChangePercent");
    }
}
