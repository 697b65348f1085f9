package org.parcelrecon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void registerRecordHasRowsAndMayLackMapParcel() {
        Evidence e = Evidence.builder(EvidenceFixtures.KEY).addRow(EvidenceFixtures.rowWithUser().build()).build();
        assertThat(e.isRegistered()).isTrue();
        assertThat(e.mapParcels()).isEmpty();
        assertThat(e.change()).isEmpty();
    }

    @Test
    void unregisteredParcelHasOneMapParcelAndNoRows() {
        Evidence e = Evidence.unregisteredParcel(EvidenceFixtures.KEY, EvidenceFixtures.mapParcel());
        assertThat(e.isRegistered()).isFalse();
        assertThat(e.mapParcels()).containsExactly(EvidenceFixtures.mapParcel());
    }

    @Test
    void rejectsEvidenceWithNeitherRowsNorMapParcels() {
        assertThatThrownBy(() -> Evidence.builder(EvidenceFixtures.KEY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("06979/12/345")
                .hasMessageContaining("neither register rows nor map parcels");
    }

    @Test
    void copiesListsSoLaterChangesDoNotLeakIn() {
        List<RegisterRow> rows = new ArrayList<>(List.of(EvidenceFixtures.row().build()));
        Evidence e = new Evidence(EvidenceFixtures.KEY, rows, List.of(), Optional.empty());
        rows.clear();
        assertThat(e.rows()).hasSize(1);
        assertThatThrownBy(() -> e.rows().add(EvidenceFixtures.row().build()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalEvidenceFromEqualInputs() {
        assertThat(EvidenceFixtures.clean()).isEqualTo(EvidenceFixtures.clean());
    }
}
