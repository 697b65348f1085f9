package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

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
import net.jqwik.api.Tuple;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.testdata.SharedData;

class JaroWinklerTest {
    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // equal, including empty
        "''|''|1.0",
        "nguyen|nguyen|1.0",
        // nothing in common, or one side empty
        "''|a|0.0",
        "abc|xyz|0.0",
        // the textbook cases
        "martha|marhta|0.9611111111111111",
        "dwayne|duane|0.84",
        "dixon|dicksonx|0.8133333333333332",
        // Vietnamese given names, folded and not
        "huong|huon|0.96",
        "hương|huong|0.76",
    })
    void scoresTheTextbookAndVietnameseCases(String a, String b, double expected) {
        assertThat(JaroWinkler.of(a, b)).isCloseTo(expected, within(1e-9));
        assertThat(JaroWinkler.of(b, a)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> JaroWinkler.of(null, "a")).withMessage("a");
        assertThatNullPointerException().isThrownBy(() -> JaroWinkler.of("a", null)).withMessage("b");
    }

    @Test
    void usesOnlyThePrefixOfLongerBuffers() {
        JaroWinkler jw = new JaroWinkler();
        char[] a = "marthaXXXX".toCharArray();
        char[] b = "marhtaYY".toCharArray();
        assertThat(jw.similarity(a, 6, b, 6)).isCloseTo(0.9611111111111111, within(1e-12));
    }

    @Test
    void jaroLeavesOutThePrefixBonus() {
        assertThat(new JaroWinkler().jaro("martha".toCharArray(), "marhta".toCharArray()))
                .isCloseTo(0.9444444444444445, within(1e-12));
    }

    @Property(tries = 3000)
    void agreesWithCommonsTextOnRandomStrings(@ForAll("similarStrings") Tuple.Tuple2<String, String> pair) {
        String a = pair.get1();
        String b = pair.get2();
        assertThat(new JaroWinkler().similarity(a, b)).isCloseTo(REFERENCE.apply(a, b), within(1e-9));
    }

    @Property(tries = 3000)
    void agreesWithCommonsTextOnAsciiStringsAroundTheBitParallelLimit(@ForAll("asciiPairs") Tuple.Tuple2<String, String> pair) {
        // up to 64 ASCII characters take the bit-parallel path; longer ones the general loop
        double expected = new JaroWinklerSimilarity().apply(pair.get1(), pair.get2());
        assertThat(JaroWinkler.of(pair.get1(), pair.get2())).isCloseTo(expected, within(1e-9));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> asciiPairs() {
        Arbitrary<String> s = Arbitraries.strings().withChars("abcab dn").ofMinLength(0).ofMaxLength(70);
        return Arbitraries.oneOf(
                s.tuple2(),
                s.map(x -> Tuple.of(x, x.length() > 1 ? x.substring(1) + x.charAt(0) : x)));
    }

    @Property(tries = 500)
    void isSymmetricAndInTheUnitInterval(@ForAll("similarStrings") Tuple.Tuple2<String, String> pair) {
        double ab = JaroWinkler.of(pair.get1(), pair.get2());
        double ba = JaroWinkler.of(pair.get2(), pair.get1());
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(ab).isCloseTo(ba, within(1e-12));
    }

    @Test
    void agreesWithCommonsTextOnRealNamesFromFebrl() throws IOException {
        Path file = SharedData.require("linkage/febrl/dataset3.csv");
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, 801)) {
            String[] cells = line.split(",", -1);
            names.add(cells[1].trim());
            names.add(cells[2].trim());
            names.add(cells[4].trim());
        }
        JaroWinkler jw = new JaroWinkler();
        int compared = 0;
        for (int i = 0; i < names.size(); i += 7) {
            for (int j = 0; j < names.size(); j += 13) {
                String a = names.get(i);
                String b = names.get(j);
                assertThat(jw.similarity(a, b)).as("%s vs %s", a, b).isCloseTo(REFERENCE.apply(a, b), within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> similarStrings() {
        // A small alphabet (with Vietnamese letters) so that matches and transpositions are common.
        Arbitrary<String> s = Arbitraries.strings().withChars("abcdeaăâđêôơư ").ofMinLength(0).ofMaxLength(14);
        return Arbitraries.oneOf(
                s.tuple2(),
                s.map(x -> Tuple.of(x, shuffleTwo(x))),
                s.map(x -> Tuple.of(x, x + "n")));
    }

    private static String shuffleTwo(String x) {
        if (x.length() < 2) {
            return x;
        }
        char[] c = x.toCharArray();
        int i = c.length / 2;
        char t = c[i];
        c[i] = c[i - 1];
        c[i - 1] = t;
        return new String(c);
    }
}
