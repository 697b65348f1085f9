package org.parcelrecon.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.Table;

class TruthPairsTest {

    @Test
    void makesEveryPairWithinAClusterForADeduplication() {
        Table t = Table.builder("id", "cluster").addRow("0", "a").addRow("1", "a").addRow("2", "a")
                .addRow("3", "b").addRow("4", "").build();
        TruthPairs truth = TruthPairs.fromClusters(t, "id", "cluster");
        assertThat(truth.pairs()).containsExactly(List.of("0", "1"), List.of("0", "2"), List.of("1", "2"));
        assertThat(truth.contains("2", "0")).isTrue();
        assertThat(truth.isUnordered()).isTrue();
    }

    @Test
    void pairsLeftWithRightRecordsOfTheSameClusterForALink() {
        Table left = Table.builder("id", "person").addRow("L1", "p1").addRow("L2", "p2").build();
        Table right = Table.builder("id", "person").addRow("R1", "p1").addRow("R2", "p1").addRow("R3", "p3")
                .build();
        TruthPairs truth = TruthPairs.fromClusters(left, right, "id", "person");
        assertThat(truth.pairs()).containsExactly(List.of("L1", "R1"), List.of("L1", "R2"));
        assertThat(truth.contains("R1", "L1")).isFalse();
    }

    @Test
    void dropsSelfPairsAndRefusesMalformedOnes() {
        assertThat(TruthPairs.of(List.of(List.of("a", "a")), true).size()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> TruthPairs.of(List.of(List.of("a")), true));
        Table t = Table.builder("id").addRow("1").build();
        assertThatIllegalArgumentException().isThrownBy(() -> TruthPairs.fromClusters(t, "id", "cluster"))
                .withMessageContaining("cluster");
    }
}
