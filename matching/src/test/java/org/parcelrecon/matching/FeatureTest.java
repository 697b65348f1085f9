package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.compare.Levenshtein;
import org.parcelrecon.matching.keys.KeyFunctions;

class FeatureTest {

    @Property(tries = 1000)
    void bagDistanceNeverExceedsTheEditDistance(
            @ForAll @StringLength(max = 20) @Chars({'0', '1', '2', '9', 'a', 'q', 'ă', 'đ', ' '}) String a,
            @ForAll @StringLength(max = 20) @Chars({'0', '1', '2', '9', 'a', 'q', 'ă', 'đ', ' '}) String b) {
        Table t = Table.builder("v").addRow(a).addRow(b).build();
        Feature f = Feature.build(KeyRef.of("v"), KeyFunctions.builtIn().resolve(""), t, t);
        if (a.isBlank() || b.isBlank()) {
            return;
        }
        long[] bags = f.bags();
        int bound = Feature.bagDistance(bags[f.left[0]], bags[f.left[1]]);
        assertThat(bound).isLessThanOrEqualTo(Levenshtein.of(a.strip(), b.strip()));
    }

    @Test
    void sharesOneDictionaryBetweenTheTwoSides() {
        Table left = Table.builder("name").addRow("Nguyễn").addRow("Trần").addRow("").build();
        Table right = Table.builder("name").addRow("NGUYEN").addRow("Lê").build();
        List<Feature> fs = Feature.buildColumn(List.of(KeyRef.of("name", "fold"), KeyRef.of("name", "lower")),
                List.of(KeyFunctions.builtIn().resolve("fold"), KeyFunctions.builtIn().resolve("lower")), left, right);
        Feature folded = fs.get(0);
        assertThat(folded.left[0]).isEqualTo(folded.right[0]);
        assertThat(folded.left[2]).isEqualTo(Feature.MISSING);
        assertThat(folded.counts[folded.left[0]]).isEqualTo(2);
        assertThat(folded.totalCount).isEqualTo(4);
        assertThat(fs.get(1).left[0]).isNotEqualTo(fs.get(1).right[0]);
    }
}
