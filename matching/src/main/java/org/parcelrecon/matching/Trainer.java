package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Estimates a model's parameters without labels, in three steps as Splink does:
 * <ol>
 *   <li>{@code u} of each level from random pairs (almost all of which are non-matches);</li>
 *   <li>{@code m} by expectation-maximisation, one session per training blocking rule, on the pairs that rule
 *       makes, with {@code u} held fixed; comparisons that read a column of the session's rule are left out of it,
 *       since the rule has made them agree; each level's {@code m} is the mean over the sessions that trained it;</li>
 *   <li>the prior λ: the fixed point of {@code λ = Σ P(match | pair; λ) / N} over the candidate pairs, N being the
 *       number of all pairs (an EM update of λ alone that takes the pairs blocking leaves out as non-matches);</li>
 *   <li>for a link scored with one match per left record ({@link Linker#withOneMatchPerLeft()}): the share q of
 *       left records whose match is none of their candidates
 *       ({@link LinkageModel#probabilityMatchNotAmongCandidates()}), and {@code m} again, by EM of the mixture in
 *       which each left record's match is one of its candidates, with odds {@code o_i = 2^w_i}, or none, with odds
 *       κ ({@link Engine#noMatchWeight()}): each candidate's share is {@code o_i / (κ + Σ o_j)}, q the mean share
 *       of none, over up to {@value #UNMATCHED_SAMPLE} left records taken evenly. The sessions of step 2 leave out
 *       the comparisons their rule reads, so a comparison such as the citizen ID is trained only among pairs
 *       blocked on name, birth year and commune, where namesakes with other IDs pass for matches whose ID is
 *       wrong; competing for one match, and against "none", they no longer do.</li>
 * </ol>
 * Levels marked fixed keep their values. Deterministic for a given seed.
 */
final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final double FLOOR = 1e-6;
    private static final int RANDOM_CHUNK = 1 << 16;
    private static final int UNMATCHED_SAMPLE = 100_000;
    private static final int SLICES = 16;

    private Trainer() {
    }

    static LinkageModel train(Engine engine, TrainingOptions options, boolean oneMatchPerLeft) {
        LinkageModel model = engine.model;
        long start = System.nanoTime();
        model = estimateU(engine.withModel(model), options);
        Engine withU = engine.withModel(model);
        model = estimateM(withU, options);
        if (options.estimatePrior()) {
            Engine withM = engine.withModel(model);
            model = model.withProbabilityTwoRandomRecordsMatch(estimatePrior(withM, options));
            if (oneMatchPerLeft && !engine.dedupe) {
                model = trainOneMatch(engine.withModel(model), options);
            }
        }
        LOG.info("trained the model in {} ms: prior λ = {}", (System.nanoTime() - start) / 1_000_000,
                String.format(Locale.ROOT, "%.6g", model.probabilityTwoRandomRecordsMatch()));
        return model;
    }

    // ---------------------------------------------------------------- u from random pairs

    static LinkageModel estimateU(Engine engine, TrainingOptions options) {
        int nl = engine.leftSize();
        int nr = engine.rightSize();
        if (nl == 0 || nr == 0 || (engine.dedupe && nl < 2)) {
            LOG.warn("cannot estimate u: a table has too few records");
            return engine.model;
        }
        long total = options.randomPairs();
        int comparisons = engine.comparisons.length;
        List<long[][]> parts = randomPairs(engine, total, options.seed(), () -> {
            long[][] counts = new long[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                counts[c] = new long[engine.comparisons[c].types.length];
            }
            return counts;
        }, (counts, l, r, s) -> {
            engine.levels(l, r, s);
            for (int c = 0; c < comparisons; c++) {
                counts[c][s.levels[c]]++;
            }
        });
        long[][] counts = new long[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            counts[c] = new long[engine.comparisons[c].types.length];
            for (long[][] part : parts) {
                for (int k = 0; k < counts[c].length; k++) {
                    counts[c][k] += part[c][k];
                }
            }
        }
        List<Comparison> updated = new ArrayList<>();
        for (int c = 0; c < comparisons; c++) {
            Comparison comparison = engine.model.comparisons().get(c);
            List<ComparisonLevel> levels = comparison.levels();
            long nonNull = 0;
            double fixedMass = 0;
            long freeCount = 0;
            for (int k = 0; k < levels.size(); k++) {
                if (levels.get(k).isNull()) {
                    continue;
                }
                nonNull += counts[c][k];
                if (levels.get(k).fixedU()) {
                    fixedMass += levels.get(k).u();
                } else {
                    freeCount += counts[c][k];
                }
            }
            if (nonNull == 0) {
                LOG.warn("comparison '{}': every one of {} random pairs is null; u left as it was", comparison.name(),
                        total);
                updated.add(comparison);
                continue;
            }
            List<ComparisonLevel> out = new ArrayList<>();
            for (int k = 0; k < levels.size(); k++) {
                ComparisonLevel level = levels.get(k);
                if (level.isNull() || level.fixedU()) {
                    out.add(level);
                    continue;
                }
                double u;
                if (counts[c][k] == 0) {
                    u = 1.0 / (nonNull + 1);
                    LOG.info("comparison '{}', level '{}': not seen in {} random non-null pairs; u set to {}",
                            comparison.name(), level.label(), nonNull, String.format(Locale.ROOT, "%.3g", u));
                } else {
                    u = (1 - fixedMass) * counts[c][k] / Math.max(1, freeCount);
                }
                out.add(level.withMU(level.m(), clamp(u)));
            }
            updated.add(comparison.withLevels(out));
            LOG.debug("comparison '{}': u from {} random pairs ({} non-null)", comparison.name(), total, nonNull);
        }
        return engine.model.withComparisons(updated);
    }

    /** What to do with one random pair; {@code s} is the chunk's scratch. */
    interface RandomPairVisitor<T> {
        void visit(T state, int leftRow, int rightRow, Scratch s);
    }

    /**
     * Visits {@code total} random pairs (uniform over all pairs; never a record with itself in a deduplication) in
     * parallel chunks, each with its own state from {@code start}; deterministic for a seed. Needs a table of at
     * least one record on each side (two for a deduplication).
     */
    static <T> List<T> randomPairs(Engine engine, long total, long seed, java.util.function.Supplier<T> start,
                                   RandomPairVisitor<T> visitor) {
        int nl = engine.leftSize();
        int nr = engine.rightSize();
        int chunks = (int) ((total + RANDOM_CHUNK - 1) / RANDOM_CHUNK);
        int comparisons = engine.comparisons.length;
        return IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            long n = Math.min(RANDOM_CHUNK, total - (long) chunk * RANDOM_CHUNK);
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + chunk);
            Scratch s = new Scratch(comparisons);
            T state = start.get();
            for (long i = 0; i < n; i++) {
                int l = random.nextInt(nl);
                int r = random.nextInt(nr);
                if (engine.dedupe && l == r) {
                    r = (r + 1 + random.nextInt(nr - 1)) % nr;
                }
                visitor.visit(state, l, r, s);
            }
            return state;
        }).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- m by EM

    static LinkageModel estimateM(Engine engine, TrainingOptions options) {
        LinkageModel model = engine.model;
        List<BlockingRule> rules = options.trainingRules().isEmpty() ? model.blockingRules()
                : options.trainingRules();
        int comparisons = model.comparisons().size();
        double[][] sums = new double[comparisons][];
        int[] sessions = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            sums[c] = new double[model.comparisons().get(c).levels().size()];
        }
        if (rules.isEmpty()) {
            LOG.warn("no blocking rules to train m on: m left as it was");
            return model;
        }
        for (BlockingRule rule : rules) {
            boolean[] active = new boolean[comparisons];
            int activeCount = 0;
            for (int c = 0; c < comparisons; c++) {
                Comparison comparison = model.comparisons().get(c);
                active[c] = !rule.columns().contains(comparison.column()) && !allMFixed(comparison);
                activeCount += active[c] ? 1 : 0;
            }
            if (activeCount == 0) {
                LOG.warn("EM session '{}': every comparison reads a column of the rule; session skipped", rule.name());
                continue;
            }
            PatternCounts patterns = sessionPatterns(engine, rule, active, options);
            if (patterns.total() == 0) {
                LOG.warn("EM session '{}': the rule makes no pairs; session skipped", rule.name());
                continue;
            }
            double[][] m = em(model, patterns, active, options, rule.name());
            for (int c = 0; c < comparisons; c++) {
                if (active[c]) {
                    sessions[c]++;
                    for (int k = 0; k < m[c].length; k++) {
                        sums[c][k] += m[c][k];
                    }
                }
            }
        }
        List<Comparison> updated = new ArrayList<>();
        for (int c = 0; c < comparisons; c++) {
            Comparison comparison = model.comparisons().get(c);
            if (sessions[c] == 0) {
                if (!allMFixed(comparison)) {
                    LOG.warn("comparison '{}' was trained in no EM session (each rule reads its column '{}'); add a"
                            + " training rule that does not, or fix its m", comparison.name(), comparison.column());
                }
                updated.add(comparison);
                continue;
            }
            List<ComparisonLevel> out = new ArrayList<>();
            for (int k = 0; k < comparison.levels().size(); k++) {
                ComparisonLevel level = comparison.levels().get(k);
                if (level.isNull() || level.fixedM()) {
                    out.add(level);
                } else {
                    out.add(level.withMU(clamp(sums[c][k] / sessions[c]), level.u()));
                }
            }
            updated.add(comparison.withLevels(out));
        }
        return model.withComparisons(updated);
    }

    private static boolean allMFixed(Comparison comparison) {
        for (ComparisonLevel l : comparison.levels()) {
            if (!l.isNull() && !l.fixedM()) {
                return false;
            }
        }
        return true;
    }

    private static PatternCounts sessionPatterns(Engine engine, BlockingRule rule, boolean[] active,
                                                 TrainingOptions options) {
        BlockIndex index = null;
        for (BlockIndex b : engine.blocks) {
            if (b.rule.keys().equals(rule.keys())) {
                index = b;
            }
        }
        if (index == null) {
            Feature[] keys = new Feature[rule.keys().size()];
            for (int k = 0; k < keys.length; k++) {
                KeyRef ref = rule.keys().get(k);
                Feature f = engine.features.get(ref);
                keys[k] = f != null ? f : Feature.build(ref, engine.functions.resolve(ref.function()), engine.left,
                        engine.dedupe ? engine.left : engine.right);
            }
            index = BlockIndex.build(rule, keys, engine.dedupe);
        }
        BlockIndex chosen = index;
        long pairs = chosen.pairCount();
        double keep = pairs > options.maxPairsPerSession() ? (double) options.maxPairsPerSession() / pairs : 1.0;
        long seed = options.seed();
        int comparisons = engine.comparisons.length;
        List<PatternCounts> parts = engine.mapChunks((from, to) -> {
            PatternCounts counts = new PatternCounts();
            Scratch s = new Scratch(comparisons);
            engine.forEachPairOfRule(chosen, from, to, (l, r) -> {
                if (keep < 1.0 && uniform(l, r, seed) >= keep) {
                    return;
                }
                for (int c = 0; c < comparisons; c++) {
                    s.levels[c] = active[c] ? (byte) engine.comparisons[c].level(l, r, s) : 0;
                }
                counts.add(PatternCounts.pack(s.levels), 1.0 / keep);
            });
            return counts;
        });
        PatternCounts all = new PatternCounts();
        for (PatternCounts p : parts) {
            all.addAll(p);
        }
        LOG.debug("EM session '{}': {} pairs{}, {} distinct comparison vectors", rule.name(), pairs,
                keep < 1 ? String.format(Locale.ROOT, " (sampled %.3f)", keep) : "", all.size());
        return all;
    }

    /** A deterministic pseudo-random number in [0, 1) for a pair. */
    static double uniform(int l, int r, long seed) {
        long h = ((long) l << 32 | (r & 0xFFFFFFFFL)) ^ seed * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    private static double[][] em(LinkageModel model, PatternCounts patterns, boolean[] active,
                                 TrainingOptions options, String session) {
        int comparisons = active.length;
        double[][] m = new double[comparisons][];
        double[][] logU = new double[comparisons][];
        boolean[][] fixed = new boolean[comparisons][];
        boolean[][] isNull = new boolean[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            List<ComparisonLevel> levels = model.comparisons().get(c).levels();
            m[c] = new double[levels.size()];
            logU[c] = new double[levels.size()];
            fixed[c] = new boolean[levels.size()];
            isNull[c] = new boolean[levels.size()];
            for (int k = 0; k < levels.size(); k++) {
                ComparisonLevel l = levels.get(k);
                isNull[c][k] = l.isNull();
                m[c][k] = l.isNull() ? 0 : l.m();
                logU[c][k] = l.isNull() ? 0 : Math.log(l.u());
                fixed[c][k] = l.isNull() || l.fixedM();
            }
        }
        double lambda = 0.5;
        int n = patterns.size();
        int iteration = 0;
        for (; iteration < options.maxIterations(); iteration++) {
            double[][] num = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                num[c] = new double[m[c].length];
            }
            double matches = 0;
            double total = 0;
            double logPrior = Math.log(lambda / (1 - lambda));
            for (int i = 0; i < n; i++) {
                long p = patterns.pattern(i);
                double logOdds = logPrior;
                for (int c = 0; c < comparisons; c++) {
                    if (active[c]) {
                        int k = PatternCounts.level(p, c);
                        if (!isNull[c][k]) {
                            logOdds += Math.log(m[c][k]) - logU[c][k];
                        }
                    }
                }
                double posterior = 1.0 / (1.0 + Math.exp(-logOdds));
                double count = patterns.count(i);
                double weighted = count * posterior;
                matches += weighted;
                total += count;
                for (int c = 0; c < comparisons; c++) {
                    if (active[c]) {
                        num[c][PatternCounts.level(p, c)] += weighted;
                    }
                }
            }
            double newLambda = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
            double largest = Math.abs(newLambda - lambda);
            String mover = "λ";
            for (int c = 0; c < comparisons; c++) {
                if (!active[c]) {
                    continue;
                }
                double fixedMass = 0;
                double freeSum = 0;
                for (int k = 0; k < m[c].length; k++) {
                    if (isNull[c][k]) {
                        continue;
                    }
                    if (fixed[c][k]) {
                        fixedMass += m[c][k];
                    } else {
                        freeSum += num[c][k];
                    }
                }
                if (freeSum <= 0) {
                    continue;
                }
                for (int k = 0; k < m[c].length; k++) {
                    if (fixed[c][k]) {
                        continue;
                    }
                    double updated = clamp((1 - fixedMass) * num[c][k] / freeSum);
                    double change = Math.abs(updated - m[c][k]);
                    if (change > largest) {
                        largest = change;
                        mover = model.comparisons().get(c).name() + " / "
                                + model.comparisons().get(c).levels().get(k).label();
                    }
                    m[c][k] = updated;
                }
            }
            lambda = newLambda;
            LOG.debug("EM session '{}', iteration {}: largest change {} in m of {}", session, iteration + 1,
                    String.format(Locale.ROOT, "%.3g", largest), mover);
            if (largest < options.convergence()) {
                iteration++;
                break;
            }
        }
        LOG.info("EM session '{}': {} iteration(s), {} pairs, share of matches among them {}", session, iteration,
                String.format(Locale.ROOT, "%.0f", patterns.total()), String.format(Locale.ROOT, "%.4g", lambda));
        return m;
    }

    // ---------------------------------------------------------------- λ

    static double estimatePrior(Engine engine, TrainingOptions options) {
        long candidates = candidateCount(engine);
        if (candidates == 0) {
            LOG.warn("no candidate pairs: prior λ left as it was");
            return engine.model.probabilityTwoRandomRecordsMatch();
        }
        double keep = candidates > options.maxPairsPerSession() ? (double) options.maxPairsPerSession() / candidates
                : 1.0;
        long seed = options.seed() + 1;
        int comparisons = engine.comparisons.length;
        Weights w = engine.weights;
        // Per pair, the match weight without the prior (term frequencies included), bucketed by value.
        List<PatternCounts> parts = engine.mapChunks((from, to) -> {
            PatternCounts counts = new PatternCounts();
            Scratch s = new Scratch(comparisons);
            engine.forEachCandidate(from, to, (l, r) -> {
                if (keep < 1.0 && uniform(l, r, seed) >= keep) {
                    return;
                }
                engine.levels(l, r, s);
                double evidence = engine.weight(l, s) - w.prior;
                counts.add(Double.doubleToLongBits((float) evidence), 1.0 / keep);
            });
            return counts;
        });
        PatternCounts all = new PatternCounts();
        for (PatternCounts p : parts) {
            all.addAll(p);
        }
        double pairs = engine.allPairs();
        double lambda = Math.min(0.5, all.total() / pairs);
        for (int iteration = 0; iteration < 500; iteration++) {
            double logPrior = Math.log(lambda / (1 - lambda)) / Math.log(2);
            double expected = 0;
            for (int i = 0; i < all.size(); i++) {
                double evidence = Double.longBitsToDouble(all.pattern(i));
                expected += all.count(i) * Weights.probability(logPrior + evidence);
            }
            double updated = Math.max(0.5 / pairs, Math.min(0.5, expected / pairs));
            boolean done = Math.abs(updated - lambda) <= 1e-7 * lambda;
            lambda = updated;
            if (done) {
                break;
            }
        }
        LOG.info("prior λ = {} from {} candidate pairs of {} ({} expected matches)",
                String.format(Locale.ROOT, "%.6g", lambda), candidates, String.format(Locale.ROOT, "%.0f", pairs),
                String.format(Locale.ROOT, "%.1f", lambda * pairs));
        return lambda;
    }

    /** The candidates of sampled left records: their levels and term-frequency weights, record by record. */
    private record Sample(int[] firstOf, byte[] levels, double[] tf, int comparisons) {
        int records() {
            return firstOf.length - 1;
        }
    }

    private static Sample sample(Engine engine) {
        int n = engine.leftSize();
        int step = Math.max(1, (n + UNMATCHED_SAMPLE - 1) / UNMATCHED_SAMPLE);
        int comparisons = engine.comparisons.length;
        Weights w = engine.weights;
        List<Object[]> parts = engine.mapChunks((from, to) -> {
            Scratch s = new Scratch(comparisons);
            java.io.ByteArrayOutputStream levels = new java.io.ByteArrayOutputStream();
            java.util.ArrayList<Double> tf = new java.util.ArrayList<>();
            java.util.ArrayList<Integer> counts = new java.util.ArrayList<>();
            int first = (from + step - 1) / step * step;
            for (int l = first; l < to; l += step) {
                int[] count = new int[1];
                engine.forEachCandidate(l, l + 1, (a, r) -> {
                    engine.levels(a, r, s);
                    double plain = w.prior;
                    for (int c = 0; c < comparisons; c++) {
                        plain += w.level[c][s.levels[c]];
                    }
                    tf.add(engine.weight(a, s) - plain);
                    levels.write(s.levels, 0, comparisons);
                    count[0]++;
                });
                counts.add(count[0]);
            }
            return new Object[] {counts, levels.toByteArray(), tf};
        });
        int records = 0;
        int pairs = 0;
        for (Object[] p : parts) {
            records += ((List<?>) p[0]).size();
            pairs += ((List<?>) p[2]).size();
        }
        int[] firstOf = new int[records + 1];
        byte[] levels = new byte[pairs * comparisons];
        double[] tf = new double[pairs];
        int record = 0;
        int pair = 0;
        for (Object[] p : parts) {
            @SuppressWarnings("unchecked")
            List<Integer> counts = (List<Integer>) p[0];
            byte[] lv = (byte[]) p[1];
            @SuppressWarnings("unchecked")
            List<Double> tfs = (List<Double>) p[2];
            System.arraycopy(lv, 0, levels, pair * comparisons, lv.length);
            for (int i = 0; i < tfs.size(); i++) {
                tf[pair + i] = tfs.get(i);
            }
            for (int c : counts) {
                firstOf[record + 1] = firstOf[record] + c;
                record++;
            }
            pair += tfs.size();
        }
        return new Sample(firstOf, levels, tf, comparisons);
    }

    /**
     * Training under one match per left record: the share q of left records whose match is none of their
     * candidates, and {@code m} of every comparison, by expectation-maximisation of the mixture in which each left
     * record's match is one of its candidates or none (see the class comment). Records are a sample taken evenly.
     */
    static LinkageModel trainOneMatch(Engine engine, TrainingOptions options) {
        LinkageModel model = engine.model;
        int n = engine.leftSize();
        if (n == 0 || engine.rightSize() == 0) {
            return model;
        }
        Sample sample = sample(engine);
        int comparisons = sample.comparisons();
        List<Comparison> list = model.comparisons();
        double[][] m = new double[comparisons][];
        double[][] log2U = new double[comparisons][];
        boolean[] trainable = new boolean[comparisons];
        for (int c = 0; c < comparisons; c++) {
            List<ComparisonLevel> levels = list.get(c).levels();
            m[c] = new double[levels.size()];
            log2U[c] = new double[levels.size()];
            trainable[c] = true;
            for (int k = 0; k < levels.size(); k++) {
                ComparisonLevel l = levels.get(k);
                if (!l.isNull()) {
                    m[c][k] = l.m();
                    log2U[c][k] = Math.log(l.u()) / Math.log(2);
                    trainable[c] &= !l.fixedM();
                }
            }
        }
        double prior = model.priorWeight();
        double priorOdds = Math.pow(2, prior) * engine.rightSize();
        double q = 0.5;
        int records = sample.records();
        double[] weight = new double[sample.tf().length];
        int iteration = 0;
        for (; iteration < 200; iteration++) {
            double[][] logLevel = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                logLevel[c] = new double[m[c].length];
                for (int k = 0; k < m[c].length; k++) {
                    logLevel[c][k] = m[c][k] > 0 ? Math.log(m[c][k]) / Math.log(2) - log2U[c][k] : 0;
                }
            }
            for (int i = 0; i < weight.length; i++) {
                double w = prior + sample.tf()[i];
                for (int c = 0; c < comparisons; c++) {
                    w += logLevel[c][sample.levels()[i * comparisons + c]];
                }
                weight[i] = w;
            }
            double logKappa = Math.log(q / (1 - q) * priorOdds) / Math.log(2);
            double[][][] parts = IntStream.range(0, SLICES).parallel().mapToObj(slice -> {
                double[][] sums = new double[comparisons + 1][];
                for (int c = 0; c < comparisons; c++) {
                    sums[c] = new double[m[c].length];
                }
                sums[comparisons] = new double[1];
                double[] odds = new double[16];
                for (int r = slice * records / SLICES; r < (slice + 1) * records / SLICES; r++) {
                    int from = sample.firstOf()[r];
                    int to = sample.firstOf()[r + 1];
                    if (odds.length < to - from) {
                        odds = new double[to - from];
                    }
                    // odds relative to the strongest hypothesis, so that nothing overflows
                    double top = logKappa;
                    for (int i = from; i < to; i++) {
                        top = Math.max(top, weight[i]);
                    }
                    double none = Math.pow(2, logKappa - top);
                    double total = none;
                    for (int i = from; i < to; i++) {
                        odds[i - from] = Math.pow(2, weight[i] - top);
                        total += odds[i - from];
                    }
                    sums[comparisons][0] += none / total;
                    for (int i = from; i < to; i++) {
                        double p = odds[i - from] / total;
                        for (int c = 0; c < comparisons; c++) {
                            sums[c][sample.levels()[i * comparisons + c]] += p;
                        }
                    }
                }
                return sums;
            }).toArray(double[][][]::new);
            double none = 0;
            double[][] num = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                num[c] = new double[m[c].length];
                for (double[][] part : parts) {
                    for (int k = 0; k < m[c].length; k++) {
                        num[c][k] += part[c][k];
                    }
                }
            }
            for (double[][] part : parts) {
                none += part[comparisons][0];
            }
            double largest = 0;
            for (int c = 0; c < comparisons; c++) {
                if (!trainable[c]) {
                    continue;
                }
                List<ComparisonLevel> levels = list.get(c).levels();
                double sum = 0;
                for (int k = 0; k < levels.size(); k++) {
                    if (!levels.get(k).isNull()) {
                        sum += num[c][k];
                    }
                }
                if (sum <= 0) {
                    continue;
                }
                for (int k = 0; k < levels.size(); k++) {
                    if (!levels.get(k).isNull()) {
                        double updated = clamp(num[c][k] / sum);
                        largest = Math.max(largest, Math.abs(updated - m[c][k]));
                        m[c][k] = updated;
                    }
                }
            }
            double updatedQ = Math.max(1e-6, Math.min(1 - 1e-6, none / records));
            largest = Math.max(largest, Math.abs(updatedQ - q));
            q = updatedQ;
            if (largest < options.convergence()) {
                break;
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int c = 0; c < comparisons; c++) {
            List<ComparisonLevel> levels = new ArrayList<>();
            for (int k = 0; k < list.get(c).levels().size(); k++) {
                ComparisonLevel l = list.get(c).levels().get(k);
                levels.add(l.isNull() || !trainable[c] ? l : l.withMU(m[c][k], l.u()));
            }
            out.add(list.get(c).withLevels(levels));
        }
        LOG.info("one match per left record: {} iteration(s) over {} left records and {} candidates; share whose"
                + " match is none of their candidates q = {}", iteration + 1, records, weight.length,
                String.format(Locale.ROOT, "%.6g", q));
        return model.withComparisons(out).withProbabilityMatchNotAmongCandidates(q);
    }

    static long candidateCount(Engine engine) {
        List<long[]> parts = engine.mapChunks((from, to) -> {
            long[] n = new long[1];
            engine.forEachCandidate(from, to, (l, r) -> n[0]++);
            return n;
        });
        long total = 0;
        for (long[] p : parts) {
            total += p[0];
        }
        return total;
    }

    private static double clamp(double p) {
        return Math.max(FLOOR, Math.min(1.0, p));
    }
}
