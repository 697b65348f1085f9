package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.core.testdata.SharedData;

class TruthCsvTest {

    @Test
    void readsSplinkLabelsKeepingOnlyMatches() throws IOException {
        TruthPairs t = TruthCsv.read(new StringReader("unique_id_l,source_dataset_l,unique_id_r,source_dataset_r,"
                + "clerical_match_score\n0,a,1,a,1.0\n0,a,4,a,0.0\n2,a,1,a,1\n"), true);
        assertThat(t.pairs()).containsExactly(List.of("0", "1"), List.of("1", "2"));
        assertThat(t.contains("1", "0")).isTrue();
    }

    @Test
    void readsPlainPairsByPositionWhenNoColumnIsNamed() throws IOException {
        TruthPairs t = TruthCsv.read(new StringReader("land_user,citizen\nL1,C9\nL2,\n"), false);
        assertThat(t.pairs()).containsExactly(List.of("L1", "C9"));
        assertThat(t.contains("C9", "L1")).isFalse();
    }

    @Test
    void rejectsRowsWithoutTwoIdsBrokenOrRepeatedNamingTheirLines() throws IOException {
        // issue 18: such rows were skipped without a word, and a stray quote swallowed the next row
        TruthCsv.Read read = TruthCsv.readChecked(new StringReader(
                "left_id,right_id\nL1,C1\nL2,\nL3,\"C3\nL4,C4\nL5,C5,x\nL1,C1\n"), false, "truth.csv");
        assertThat(read.pairs().pairs()).containsExactly(List.of("L1", "C1"), List.of("L4", "C4"));
        assertThat(read.rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(3L, "the row lacks the right id"),
                tuple(4L, "a quote opened in this row is never closed (a quote opened on this line runs on past it;"
                        + " the lines after it are read as rows of their own)"),
                tuple(6L, "the row has 3 fields; the header has 2"),
                tuple(7L, "the pair is already on line 2"));
    }

    @Test
    void readsLabelWords() throws IOException {
        TruthPairs t = TruthCsv.read(new StringReader("left_id,right_id,is_match\na,b,true\na,c,no\na,d,yes\n"),
                false);
        assertThat(t.size()).isEqualTo(2);
    }

    @Test
    void theSplinkLabelsAreTheClustersOfTheirDataset() throws IOException {
        TruthPairs labels = TruthCsv.read(SharedData.require("linkage/splink/fake_1000_labels.csv"), true);
        TruthPairs clusters = TruthPairs.fromClusters(
                TableCsv.read(SharedData.require("linkage/splink/fake_1000_splink_datasets.csv")), "unique_id",
                "cluster");
        assertThat(labels.size()).isEqualTo(2031);
        assertThat(labels.pairs()).isEqualTo(clusters.pairs());
    }
}
