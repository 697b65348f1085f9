package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How strongly two comparisons agree together, beyond what the model's independence assumption allows: a check
 * for evidence counted twice.
 *
 * <p>Fellegi-Sunter adds the weights of comparisons as if their agreements were independent given the match
 * status. When one field follows another (a postcode made from the birth place, an email made from the name, a
 * column that copies another) the same evidence is added twice, and two different people who share the one fact
 * score as a match. This measures, for two comparisons, the association of "agrees" (the pair lands on a level
 * whose {@code m > u}, i.e. a level that adds weight) within each class of pairs:
 * <ul>
 *   <li>{@link Population#NON_MATCHES}: random pairs, each weighted by its probability of not matching under the
 *       model (random pairs are what training's {@code u} comes from, and are free of blocking's bias);</li>
 *   <li>{@link Population#LIKELY_MATCHES}: candidate pairs, each weighted by its match probability.</li>
 * </ul>
 * Pairs where either comparison is null are left out. The figure is the phi coefficient of the weighted 2×2 table
 * (−1 to 1; 0 when independent, 1 when one agrees exactly when the other does), with the lift
 * {@code P(both agree) / (P(first agrees) · P(second agrees))}: how many times more often they agree together than
 * independence predicts. Pairs of comparisons whose table has fewer than {@value #MIN_SUPPORT} (weighted) pairs in
 * any margin are not reported.
 *
 * <p>Example: a table whose {@code city_copy} column repeats {@code city}: the comparisons {@code city} and
 * {@code city_copy} agree together in every random pair where either agrees: phi 1.00 among non-matches.
 *
 * @param first          the first comparison's name (model order)
 * @param second         the second's
 * @param population     the pairs measured
 * @param phi            the phi coefficient of agreement
 * @param lift           {@code P(both) / (P(first) P(second))}
 * @param bothAgree      weighted pairs where both agree
 * @param pairs          weighted pairs where neither is null
 */
public record ComparisonDependence(String first, String second, Population population, double phi, double lift,
                                   double bothAgree, double pairs) {
    /** Phi at or above this (with {@link #STRONG_LIFT}) is strong dependence, worth a warning. */
    public static final double STRONG_PHI = 0.5;
    /** Lift at or above this (with {@link #STRONG_PHI}) is strong dependence, worth a warning. */
    public static final double STRONG_LIFT = 2;
    /** The least weighted count in each margin of the 2×2 table for a figure to be reported. */
    public static final int MIN_SUPPORT = 10;

    /**
     * Checks for nulls.
     *
     * @param first      the first comparison's name (model order)
     * @param second     the second's
     * @param population the pairs measured
     * @param phi        the phi coefficient of agreement
     * @param lift       {@code P(both) / (P(first) P(second))}
     * @param bothAgree  weighted pairs where both agree
     * @param pairs      weighted pairs where neither is null
     */
    public ComparisonDependence {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(population, "population");
    }

    /** Which pairs a figure was measured on. */
    public enum Population {
        /** Random pairs weighted by their probability of not matching. */
        NON_MATCHES("non-matching pairs"),
        /** Candidate pairs weighted by their probability of matching. */
        LIKELY_MATCHES("likely matches");

        private final String label;

        Population(String label) {
            this.label = label;
        }

        /** {@return a phrase for messages, e.g. {@code non-matching pairs}} */
        public String label() {
            return label;
        }
    }

    /**
     * Whether {@link #phi} is at least {@link #STRONG_PHI} and {@link #lift} at least {@link #STRONG_LIFT}: the two
     * agree together at least twice as often as independence predicts. Among matches nearly every comparison
     * agrees, so the lift there stays near 1 even when phi is high (FEBRL's swapped given and family names make
     * both disagree together: phi 0.52, lift 1.1); such dependence costs recall at most, and is not reported as
     * strong. Among non-matches a high lift is what makes different people look alike.
     *
     * @return whether the dependence is strong
     */
    public boolean isStrong() {
        return phi >= STRONG_PHI && lift >= STRONG_LIFT;
    }

    /**
     * A one-line description, e.g. {@code comparisons 'city' and 'city_copy' agree together far more than
     * independent evidence would: phi 1.00 among non-matching pairs (together 31.5 times as often as independence
     * predicts)}.
     *
     * @return the description
     */
    public String describe() {
        return String.format(Locale.ROOT, "comparisons '%s' and '%s' agree together far more than independent"
                + " evidence would: phi %.2f among %s (together %.1f times as often as independence predicts)",
                first, second, phi, population.label(), lift);
    }

    private static final int NULL = 0;
    private static final int DISAGREE = 1;
    private static final int AGREE = 2;

    /**
     * Measures every pair of comparisons in both populations: {@code randomPairs} random pairs (seeded) and at most
     * {@code maxCandidates} candidate pairs (sampled deterministically beyond that). Sorted by phi, strongest first.
     */
    static List<ComparisonDependence> measure(Engine engine, long randomPairs, long maxCandidates, long seed) {
        int comparisons = engine.comparisons.length;
        List<ComparisonDependence> out = new ArrayList<>();
        if (comparisons < 2) {
            return out;
        }
        Weights w = engine.weights;
        boolean[][] agrees = new boolean[comparisons][];
        boolean[][] isNull = new boolean[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            List<ComparisonLevel> levels = engine.model.comparisons().get(c).levels();
            agrees[c] = new boolean[levels.size()];
            isNull[c] = new boolean[levels.size()];
            for (int k = 0; k < levels.size(); k++) {
                isNull[c][k] = levels.get(k).isNull();
                agrees[c][k] = !isNull[c][k] && w.level[c][k] > 0;
            }
        }
        boolean enoughRows = engine.leftSize() > 0 && engine.rightSize() > 0
                && !(engine.dedupe && engine.leftSize() < 2);
        PatternCounts nonMatches = new PatternCounts();
        if (enoughRows) {
            for (PatternCounts part : Trainer.randomPairs(engine, randomPairs, seed, PatternCounts::new,
                    (counts, l, r, s) -> {
                        engine.levels(l, r, s);
                        double p = Weights.probability(engine.weight(l, s));
                        counts.add(states(s.levels, agrees, isNull), 1 - p);
                    })) {
                nonMatches.addAll(part);
            }
        }
        long candidates = Trainer.candidateCount(engine);
        double keep = candidates > maxCandidates ? (double) maxCandidates / candidates : 1.0;
        PatternCounts matches = new PatternCounts();
        for (PatternCounts part : engine.mapChunks((from, to) -> {
            PatternCounts counts = new PatternCounts();
            Scratch s = new Scratch(comparisons);
            engine.forEachCandidate(from, to, (l, r) -> {
                if (keep < 1.0 && Trainer.uniform(l, r, seed) >= keep) {
                    return;
                }
                engine.levels(l, r, s);
                double p = Weights.probability(engine.weight(l, s));
                counts.add(states(s.levels, agrees, isNull), p);
            });
            return counts;
        })) {
            matches.addAll(part);
        }
        for (int a = 0; a < comparisons; a++) {
            for (int b = a + 1; b < comparisons; b++) {
                addIfSupported(out, engine, nonMatches, a, b, Population.NON_MATCHES);
                addIfSupported(out, engine, matches, a, b, Population.LIKELY_MATCHES);
            }
        }
        out.sort(Comparator.comparingDouble(ComparisonDependence::phi).reversed()
                .thenComparing(ComparisonDependence::first).thenComparing(ComparisonDependence::second));
        return out;
    }

    private static long states(byte[] levels, boolean[][] agrees, boolean[][] isNull) {
        long p = 0;
        for (int c = 0; c < levels.length; c++) {
            int k = levels[c];
            long state = isNull[c][k] ? NULL : agrees[c][k] ? AGREE : DISAGREE;
            p |= state << (4 * c);
        }
        return p;
    }

    private static void addIfSupported(List<ComparisonDependence> out, Engine engine, PatternCounts counts, int a,
                                       int b, Population population) {
        double n11 = 0;
        double n10 = 0;
        double n01 = 0;
        double n00 = 0;
        for (int i = 0; i < counts.size(); i++) {
            long p = counts.pattern(i);
            int sa = PatternCounts.level(p, a);
            int sb = PatternCounts.level(p, b);
            if (sa == NULL || sb == NULL) {
                continue;
            }
            double n = counts.count(i);
            if (sa == AGREE) {
                if (sb == AGREE) {
                    n11 += n;
                } else {
                    n10 += n;
                }
            } else if (sb == AGREE) {
                n01 += n;
            } else {
                n00 += n;
            }
        }
        double aYes = n11 + n10;
        double aNo = n01 + n00;
        double bYes = n11 + n01;
        double bNo = n10 + n00;
        if (Math.min(Math.min(aYes, aNo), Math.min(bYes, bNo)) < MIN_SUPPORT) {
            return;
        }
        double total = aYes + aNo;
        double phi = (n11 * n00 - n10 * n01) / Math.sqrt(aYes * aNo * bYes * bNo);
        double lift = n11 * total / (aYes * bYes);
        out.add(new ComparisonDependence(engine.model.comparisons().get(a).name(),
                engine.model.comparisons().get(b).name(), population, phi, lift, n11, total));
    }
}
