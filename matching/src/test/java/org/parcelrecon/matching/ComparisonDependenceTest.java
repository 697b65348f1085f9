package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A table whose {@code city_copy} column copies {@code city} (as a fake postcode follows the birth place): the two
 * comparisons agree together in every pair where either agrees, and are reported; independent fields are not.
 */
class ComparisonDependenceTest {

    static Table peopleWithACopiedColumn() {
        SplittableRandom random = new SplittableRandom(11);
        Table.Builder t = Table.builder("id", "first", "family", "year", "city", "city_copy");
        for (int p = 0; p < 1500; p++) {
            String first = "f" + random.nextInt(200);
            String family = "g" + random.nextInt(150);
            String year = Integer.toString(1940 + random.nextInt(60));
            String city = "c" + random.nextInt(40);
            int copies = p % 3 == 0 ? 2 : 1;
            for (int k = 0; k < copies; k++) {
                String f = k > 0 && random.nextDouble() < 0.2 ? first + "x" : first;
                String c = k > 0 && random.nextDouble() < 0.2 ? "c" + random.nextInt(40) : city;
                t.addRow(p + "-" + k, f, family, year, c, c);
            }
        }
        return t.build();
    }

    static LinkageModel model() {
        LinkageModel.Builder b = LinkageModel.builder().dedupe().idColumn("id")
                .blockOn(KeyRef.of("first"))
                .blockOn(KeyRef.of("family"))
                .blockOn(KeyRef.of("year"));
        for (String column : List.of("first", "family", "year", "city", "city_copy")) {
            b.comparison(Comparison.of(column, column, "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                    ComparisonLevel.otherwise()));
        }
        return b.build();
    }

    @Test
    void reportsAColumnThatCopiesAnotherAndNotIndependentOnes() {
        Linker linker = Linker.dedupe(model(), peopleWithACopiedColumn());
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults().withRandomPairs(200_000)));
        List<ComparisonDependence> all = trained.comparisonDependence(200_000, 5);
        List<ComparisonDependence> strong = all.stream().filter(ComparisonDependence::isStrong).toList();
        assertThat(strong).isNotEmpty().allSatisfy(d -> {
            assertThat(List.of(d.first(), d.second())).containsExactly("city", "city_copy");
        });
        ComparisonDependence top = strong.get(0);
        assertThat(top.population()).isEqualTo(ComparisonDependence.Population.NON_MATCHES);
        assertThat(top.phi()).isGreaterThan(0.99);
        assertThat(top.lift()).isGreaterThan(20);
        assertThat(top.describe()).startsWith("comparisons 'city' and 'city_copy' agree together")
                .contains("phi 1.00 among non-matching pairs");
        // independent fields: no association among non-matches
        assertThat(all).filteredOn(d -> d.population() == ComparisonDependence.Population.NON_MATCHES
                        && d.first().equals("first") && d.second().equals("year"))
                .singleElement().satisfies(d -> assertThat(Math.abs(d.phi())).isLessThan(0.1));
    }
}
