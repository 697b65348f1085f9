package org.parcelrecon.matching.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.testdata.SharedData;

class LevenshteinTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // empty strings
        "''|''|9|0",
        "''|abc|9|3",
        "''|abc|2|-1",
        // the textbook case, within and past the bound
        "kitten|sitting|3|3",
        "kitten|sitting|2|-1",
        // citizen IDs: two swapped digits are two edits, a dropped digit one
        "022190012345|022190012354|2|2",
        "022190012345|02219001234|1|1",
        // diacritics count unless the values are folded first
        "hung|hùng|1|1",
        "hung|hung|0|0",
    })
    void boundedDistanceMatchesTheTable(String a, String b, int bound, int expected) {
        Levenshtein lev = new Levenshtein();
        assertThat(lev.distance(a.toCharArray(), b.toCharArray(), bound)).isEqualTo(expected);
        assertThat(lev.distance(b.toCharArray(), a.toCharArray(), bound)).isEqualTo(expected);
    }

    @Test
    void unboundedDistance() {
        assertThat(Levenshtein.of("kitten", "sitting")).isEqualTo(3);
        assertThat(Levenshtein.of("", "")).isZero();
    }

    @Test
    void refusesNegativeBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Levenshtein().distance(new char[0], new char[0], -1))
                .withMessageContaining("-1");
    }

    @Property(tries = 3000)
    void agreesWithCommonsText(@ForAll("strings") String a, @ForAll("strings") String b,
                               @ForAll @IntRange(min = 0, max = 6) int bound) {
        Levenshtein lev = new Levenshtein();
        assertThat(lev.distance(a.toCharArray(), b.toCharArray(), bound))
                .isEqualTo(new LevenshteinDistance(bound).apply(a, b));
        assertThat(lev.distance(a.toCharArray(), b.toCharArray()))
                .isEqualTo(LevenshteinDistance.getDefaultInstance().apply(a, b));
    }

    @Property(tries = 500)
    void obeysTheTriangleInequality(@ForAll("strings") String a, @ForAll("strings") String b,
                                    @ForAll("strings") String c) {
        assertThat(Levenshtein.of(a, c)).isLessThanOrEqualTo(Levenshtein.of(a, b) + Levenshtein.of(b, c));
    }

    @Test
    void agreesWithCommonsTextOnRealAddressesFromFebrl() throws IOException {
        Path file = SharedData.require("linkage/febrl/dataset2.csv");
        List<String> values = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, 601)) {
            String[] cells = line.split(",", -1);
            values.add(cells[2].trim());
            values.add(cells[4].trim());
            values.add(cells[10].trim());
        }
        Levenshtein lev = new Levenshtein();
        for (int i = 0; i < values.size(); i += 5) {
            for (int j = 0; j < values.size(); j += 11) {
                char[] a = values.get(i).toCharArray();
                char[] b = values.get(j).toCharArray();
                for (int bound : new int[] {0, 1, 2, 4}) {
                    assertThat(lev.distance(a, b, bound)).isEqualTo(
                            new LevenshteinDistance(bound).apply(values.get(i), values.get(j)));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.strings().withChars("abcăđ0").ofMinLength(0).ofMaxLength(12);
    }
}
