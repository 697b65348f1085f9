package org.parcelrecon.matching.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.KeyRef;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.eval.PairScore;

class PairsCsvTest {

    private static Linker linker() {
        Table left = Table.builder("id", "name").addRow("=cmd()", "Nguyễn Văn An").addRow("L,2", "Lê Hoa").build();
        Table right = Table.builder("id", "name").addRow("R1", "Nguyen Van An").addRow("-5", "Lê Hoa").build();
        LinkageModel model = LinkageModel.builder().blockOn(KeyRef.of("name", "vn_given|fold"))
                .comparison(Comparison.of("name", "name", "fold", ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(), ComparisonLevel.jaroWinkler(0.9), ComparisonLevel.otherwise()))
                .comparison(Comparison.of("match_weight", "name", "", ComparisonLevel.exact(),
                        ComparisonLevel.otherwise()))
                .build();
        return Linker.link(model, left, right);
    }

    @Test
    void writesTheFixedColumnsThenOneLevelColumnPerComparison() throws IOException {
        Linker linker = linker();
        StringWriter out = new StringWriter();
        long n = PairsCsv.write(out, linker, linker.pairs(0.0));
        String[] lines = out.toString().split("\n");
        assertThat(n).isEqualTo(2);
        assertThat(lines[0]).isEqualTo("left_id,right_id,match_probability,match_weight,name,match_weight_level");
        assertThat(lines[1]).startsWith("'=cmd(),R1,").endsWith(",exact,else");
        assertThat(lines[2]).startsWith("\"L,2\",-5,");
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Linker linker = linker();
        List<ScoredPair> pairs = linker.pairs(0.0);
        StringWriter out = new StringWriter();
        PairsCsv.write(out, linker, linker.stream(0.0));
        PairsCsv.Result back = PairsCsv.read(new StringReader(out.toString()));
        assertThat(back.rejected()).isEmpty();
        assertThat(back.pairs()).containsExactly(PairScore.of(pairs.get(0)), PairScore.of(pairs.get(1)));
    }

    @Test
    void reportsUnreadableRowsWithTheirLines() throws IOException {
        PairsCsv.Result r = PairsCsv.read(new StringReader(
                "match_probability,left_id,right_id\n0.9,a,b\nhigh,a,c\n0.5,,c\n1.5,a,d\n"));
        assertThat(r.pairs()).containsExactly(new PairScore("a", "b", 0.9));
        assertThat(r.rejected()).containsExactly("line 3: match_probability 'high' is not a number in [0, 1]",
                "line 4: an id is missing", "line 5: match_probability '1.5' is not a number in [0, 1]");
        PairsCsv.Result broken = PairsCsv.read(new StringReader(
                "left_id,right_id,match_probability\na,b,0.9\na,\"c,0.8\nd,e,0.7\nf,g\nh,i,0.6,x\n"));
        assertThat(broken.pairs()).containsExactly(new PairScore("a", "b", 0.9), new PairScore("d", "e", 0.7));
        assertThat(broken.rejected()).containsExactly("line 3: a quote opened in this row is never closed (a quote"
                        + " opened on this line runs on past it; the lines after it are read as rows of their own)",
                "line 5: the row has 2 fields; the header has 3", "line 6: the row has 4 fields; the header has 3");
        assertThatIllegalArgumentException().isThrownBy(() -> PairsCsv.read(new StringReader("a,b\n")))
                .withMessageContaining("left_id");
    }
}
