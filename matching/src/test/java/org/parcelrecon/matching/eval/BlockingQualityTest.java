package org.parcelrecon.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.KeyRef;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.Table;

class BlockingQualityTest {

    @Test
    void countsTrueCandidatesAllCandidatesAndIdsNotInTheTables() {
        Table t = Table.builder("id", "name", "cluster").addRow("0", "an", "a").addRow("1", "an", "a")
                .addRow("2", "anh", "a").addRow("3", "binh", "b").addRow("4", "binh", "c").build();
        LinkageModel model = LinkageModel.builder().dedupe().blockOn(KeyRef.of("name"))
                .comparison(Comparison.of("name", "name", "", ComparisonLevel.exact(), ComparisonLevel.otherwise()))
                .build();
        Linker linker = Linker.dedupe(model, t);
        TruthPairs truth = TruthPairs.of(List.of(List.of("0", "1"), List.of("0", "2"), List.of("2", "1"),
                List.of("9", "1")), true);
        BlockingQuality q = BlockingQuality.of(linker, truth);
        assertThat(q.truePairs()).isEqualTo(3);
        assertThat(q.truePairsFound()).isEqualTo(1);
        assertThat(q.truePairsNotInTables()).isEqualTo(1);
        assertThat(q.candidatePairs()).isEqualTo(2);
        assertThat(q.allPairs()).isEqualTo(10);
        assertThat(q.pairsCompleteness()).isEqualTo(1.0 / 3);
        assertThat(q.reductionRatio()).isEqualTo(0.8);
        assertThat(q.toString()).contains("pairs-completeness 0.33333 (1 of 3 true pairs)");
    }
}
