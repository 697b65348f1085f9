package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.eval.Evaluation;
import org.parcelrecon.matching.eval.Metrics;
import org.parcelrecon.matching.eval.PairScore;
import org.parcelrecon.matching.eval.TruthPairs;

/**
 * Training on generated data whose error rates are known: 3,000 people on the left, 2,000 of them and 1,000
 * others on the right; first names mistyped at rate 0.10, birth years off by one at 0.05, cities missing at 0.2.
 */
class TrainingTest {
    private static final double TYPO = 0.10;
    private static final double YEAR_OFF = 0.05;
    private static Table left;
    private static Table right;
    private static TruthPairs truth;

    @BeforeAll
    static void generate() {
        SplittableRandom random = new SplittableRandom(7);
        String[] first = new String[300];
        for (int i = 0; i < first.length; i++) {
            first[i] = word(random, 4 + random.nextInt(4));
        }
        String[] family = new String[120];
        for (int i = 0; i < family.length; i++) {
            family[i] = word(random, 3 + random.nextInt(5));
        }
        Table.Builder l = Table.builder("id", "first", "family", "year", "city");
        Table.Builder r = Table.builder("id", "first", "family", "year", "city");
        List<List<String>> links = new ArrayList<>();
        for (int p = 0; p < 4000; p++) {
            String f = first[skewed(random, first.length)];
            String g = family[skewed(random, family.length)];
            int year = 1940 + random.nextInt(66);
            String city = "c" + random.nextInt(25);
            if (p < 3000) {
                l.addRow("L" + p, f, g, Integer.toString(year), city);
            }
            if (p >= 1000) {
                String f2 = random.nextDouble() < TYPO ? typo(random, f) : f;
                int y2 = random.nextDouble() < YEAR_OFF ? year + 1 : year;
                String c2 = random.nextDouble() < 0.2 ? "" : city;
                r.addRow("R" + p, f2, g, Integer.toString(y2), c2);
                if (p < 3000) {
                    links.add(List.of("L" + p, "R" + p));
                }
            }
        }
        left = l.build();
        right = r.build();
        truth = TruthPairs.of(links, false);
    }

    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) (n * u * u);
    }

    private static String word(SplittableRandom random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String typo(SplittableRandom random, String s) {
        char[] c = s.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        c[i] = c[i] == 'z' ? 'y' : (char) (c[i] + 1);
        return new String(c);
    }

    static LinkageModel model() {
        return LinkageModel.builder().idColumn("id")
                .blockOn(KeyRef.of("first"), KeyRef.of("year"))
                .blockOn(KeyRef.of("family"), KeyRef.of("city"))
                .blockOn(KeyRef.of("family"), KeyRef.of("year"))
                .comparison(Comparison.of("first", "first", "", ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact().withTermFrequency(1.0), ComparisonLevel.jaroWinkler(0.85),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("family", "family", "", ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact().withTermFrequency(1.0), ComparisonLevel.otherwise()))
                .comparison(Comparison.of("year", "year", "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.numericWithin(1), ComparisonLevel.otherwise()))
                .comparison(Comparison.of("city", "city", "", ComparisonLevel.nullLevel(), ComparisonLevel.exact(),
                        ComparisonLevel.otherwise()))
                .build();
    }

    private static TrainingOptions options() {
        return TrainingOptions.defaults().withRandomPairs(200_000);
    }

    @Test
    void recoversTheErrorRatesWithoutLabels() {
        LinkageModel trained = Linker.link(model(), left, right).train(options());
        List<ComparisonLevel> firstLevels = trained.comparison("first").orElseThrow().levels();
        assertThat(firstLevels.get(1).m()).isCloseTo(1 - TYPO, within(0.03));
        List<ComparisonLevel> yearLevels = trained.comparison("year").orElseThrow().levels();
        assertThat(yearLevels.get(1).m()).isCloseTo(1 - YEAR_OFF, within(0.03));
        assertThat(yearLevels.get(2).m()).isCloseTo(YEAR_OFF, within(0.03));
        // u of "same year" among random pairs: about 1/66.
        assertThat(yearLevels.get(1).u()).isCloseTo(1.0 / 66, within(0.004));
        // 2,000 of the 3,000 x 3,000 pairs are matches.
        assertThat(trained.probabilityTwoRandomRecordsMatch()).isCloseTo(2000.0 / 9e6, within(2e-5));
    }

    @Test
    void linksTheGeneratedPeopleWithHighPrecisionAndRecall() {
        Linker linker = Linker.link(model(), left, right);
        Linker trained = linker.withModel(linker.train(options()));
        List<PairScore> predictions = new ArrayList<>();
        for (ScoredPair p : trained.pairs(0.01)) {
            predictions.add(PairScore.of(p));
        }
        Metrics m = Evaluation.evaluate(truth, predictions, 0.5);
        assertThat(m.precision()).isGreaterThan(0.99);
        assertThat(m.recall()).isGreaterThan(0.97);
    }

    @Test
    void isDeterministicForASeedAndTheTrainedModelRoundTrips() {
        Linker linker = Linker.link(model(), left, right);
        LinkageModel once = linker.train(options());
        LinkageModel again = linker.train(options());
        assertThat(again).isEqualTo(once);
        assertThat(LinkageModel.fromJson(once.toJson())).isEqualTo(once);
        List<ScoredPair> a = linker.withModel(once).pairs(0.5);
        List<ScoredPair> b = Linker.link(LinkageModel.fromJson(once.toJson()), left, right).pairs(0.5);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void keepsFixedLevels() {
        LinkageModel m = model();
        Comparison city = m.comparison("city").orElseThrow();
        Comparison fixed = city.withLevels(List.of(city.levels().get(0),
                city.levels().get(1).withM(0.7, true).withU(0.3, true), city.levels().get(2)));
        LinkageModel withFixed = m.withComparisons(List.of(m.comparisons().get(0), m.comparisons().get(1),
                m.comparisons().get(2), fixed));
        LinkageModel trained = Linker.link(withFixed, left, right).train(options());
        ComparisonLevel exact = trained.comparison("city").orElseThrow().levels().get(1);
        assertThat(exact.m()).isEqualTo(0.7);
        assertThat(exact.u()).isEqualTo(0.3);
        assertThat(trained.comparison("city").orElseThrow().levels().get(2).m()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void trainsWithRulesOtherThanTheBlockingRules() {
        TrainingOptions opts = options().withTrainingRules(List.of(BlockingRule.on(KeyRef.of("year"),
                KeyRef.of("city"))));
        LinkageModel trained = Linker.link(model(), left, right).train(opts);
        assertThat(trained.comparison("first").orElseThrow().levels().get(1).m()).isCloseTo(1 - TYPO, within(0.04));
        // The year comparison reads a column of the only training rule: its m is not trained.
        assertThat(trained.comparison("year").orElseThrow().levels().get(1).m())
                .isEqualTo(model().comparison("year").orElseThrow().levels().get(1).m());
    }
}
