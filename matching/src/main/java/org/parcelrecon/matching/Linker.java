package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parcelrecon.matching.keys.KeyFunctions;

/**
 * Links two tables (or deduplicates one) with a {@link LinkageModel}: the entry point of the engine.
 *
 * <p>Building a linker derives every key the model needs once per distinct value, and indexes the blocking
 * rules. Then:
 * <pre>
 *   Linker linker = Linker.link(model, landUsers, citizens);       // or Linker.dedupe(model, table)
 *   LinkageModel trained = linker.train(TrainingOptions.defaults()); // u from random pairs, m by EM, λ
 *   Linker scoring = linker.withModel(trained);                     // reuses keys and blocks
 *   List&lt;ScoredPair&gt; pairs = scoring.pairs(0.5);                    // candidates with p &gt;= 0.5
 *   Explanation why = scoring.explain(pairs.get(0));
 * </pre>
 * Candidate pairs are those any blocking rule makes (a model without rules makes every pair). Output order is
 * deterministic: by left row, then by the first rule that made the pair, then by right row. Work runs in parallel
 * streams, split by chunks of left rows: in the fork-join pool of the calling thread when it is one, else in the
 * common pool, so a host bounds it with {@code new ForkJoinPool(n).submit(() -> linker.pairs(0.5)).get()} (the
 * result does not depend on it); each pair's comparison allocates nothing.
 *
 * <p>Bad input never throws: a missing column, a blank cell, a value a key function cannot read (an ID whose
 * digits were lost, an impossible date) makes that comparison's null level, and every row keeps its place.
 * Caller mistakes do throw: an unknown key function in the model, a dedupe model given two tables.
 *
 * <p>Immutable and thread-safe.
 */
public final class Linker {
    private final Engine engine;
    private final boolean oneMatchPerLeft;
    private volatile Map<String, Integer> leftRowsById;
    /**
     * One scratch per thread for {@link #score}: a scratch holds a 100 KB similarity cache, too much to allocate for
     * every pair scored one at a time (a province run explains three million links).
     */
    private final ThreadLocal<Scratch> pairScratch;
    private volatile Map<String, Integer> rightRowsById;

    private Linker(Engine engine) {
        this(engine, false);
    }

    private Linker(Engine engine, boolean oneMatchPerLeft) {
        this.engine = engine;
        this.oneMatchPerLeft = oneMatchPerLeft;
        this.pairScratch = ThreadLocal.withInitial(() -> new Scratch(engine.comparisons.length));
    }

    /**
     * This linker, scoring on the knowledge that each left record is at most one right record (a land user is one
     * citizen; not for deduplication). Fellegi-Sunter scores each pair alone, so two namesakes born the same year
     * in one commune both score high against a land user whose ID is missing; with this, the probabilities of
     * one left record's candidates are renormalised to share one match: with {@code o = 2^w} the odds of each
     * candidate, candidate {@code i}'s probability becomes {@code o_i / (1 + Σ_j o_j)} (its match weight
     * {@code w_i - log2(1 + Σ_{j≠i} o_j)}). Two namesakes at 0.98 each drop to 0.49 each (no decision, as it
     * should be); a true pair whose ID agrees keeps its probability and pushes its namesakes towards 0.
     *
     * <p>Applies to {@link #pairs}, {@link #stream}; {@link #score} and {@link #explain} still show one pair's own
     * evidence.
     */
    public Linker withOneMatchPerLeft() {
        if (engine.dedupe) {
            throw new IllegalStateException("one match per left record applies to linking two tables, not to"
                    + " deduplication");
        }
        return new Linker(engine, true);
    }

    /** Whether {@link #withOneMatchPerLeft()} is on. */
    public boolean oneMatchPerLeft() {
        return oneMatchPerLeft;
    }

    /**
     * A linker for a {@link LinkType#LINK} model, with the standard key functions.
     *
     * @throws IllegalArgumentException if the model is not a link model or names an unknown key function
     */
    public static Linker link(LinkageModel model, Table left, Table right) {
        return link(model, left, right, KeyFunctions.standard());
    }

    /** A linker for a {@link LinkType#LINK} model with these key functions. */
    public static Linker link(LinkageModel model, Table left, Table right, KeyFunctions functions) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(functions, "functions");
        if (model.linkType() != LinkType.LINK) {
            throw new IllegalArgumentException("Linker.link needs a model with link_type \"link\", got \""
                    + model.linkType().jsonName() + "\"; use Linker.dedupe for one table");
        }
        return new Linker(Engine.build(model, left, right, functions));
    }

    /**
     * A linker that finds duplicates within one table, with the standard key functions.
     *
     * @throws IllegalArgumentException if the model is not a dedupe model or names an unknown key function
     */
    public static Linker dedupe(LinkageModel model, Table table) {
        return dedupe(model, table, KeyFunctions.standard());
    }

    /** A deduplicating linker with these key functions. */
    public static Linker dedupe(LinkageModel model, Table table, KeyFunctions functions) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(functions, "functions");
        if (model.linkType() != LinkType.DEDUPE) {
            throw new IllegalArgumentException("Linker.dedupe needs a model with link_type \"dedupe\", got \""
                    + model.linkType().jsonName() + "\"; use Linker.link for two tables");
        }
        return new Linker(Engine.build(model, table, table, functions));
    }

    /** A linker for the model's link type: {@code right} is ignored for a dedupe model. */
    public static Linker of(LinkageModel model, Table left, Table right, KeyFunctions functions) {
        return model.linkType() == LinkType.DEDUPE ? dedupe(model, left, functions)
                : link(model, left, right, functions);
    }

    /** The model this linker scores with. */
    public LinkageModel model() {
        return engine.model;
    }

    /**
     * This linker with another model. When only parameters differ (m, u, λ, labels, term-frequency settings), keys
     * and blocks are reused; otherwise they are rebuilt.
     */
    public Linker withModel(LinkageModel model) {
        Objects.requireNonNull(model, "model");
        if (model.linkType() != engine.model.linkType()) {
            throw new IllegalArgumentException("the new model's link type " + model.linkType().jsonName()
                    + " differs from " + engine.model.linkType().jsonName());
        }
        return new Linker(engine.withModel(model), oneMatchPerLeft);
    }

    /**
     * Estimates the model's parameters from the data, without labels: {@code u} from random pairs, {@code m} by
     * expectation-maximisation on blocked pairs, then the prior λ. See {@link TrainingOptions}. Progress is logged
     * through slf4j (per session at info, per iteration at debug).
     *
     * @return the trained model (this linker is unchanged: use {@link #withModel(LinkageModel)})
     */
    public LinkageModel train(TrainingOptions options) {
        Objects.requireNonNull(options, "options");
        return Trainer.train(engine, options);
    }

    /** The number of records on the left (the one table when deduplicating). */
    public int leftSize() {
        return engine.leftSize();
    }

    /** The number of records on the right (the one table when deduplicating). */
    public int rightSize() {
        return engine.rightSize();
    }

    /** The number of candidate pairs the blocking rules make (each pair counted once). */
    public long candidatePairCount() {
        return Trainer.candidateCount(engine);
    }

    /**
     * Per blocking rule: the pairs it makes alone, and the pairs it adds to the rules before it. Use it to find a
     * rule that makes too many pairs.
     */
    public List<RuleCount> blockingRuleCounts() {
        List<RuleCount> out = new ArrayList<>();
        long[] added = new long[engine.blocks.length];
        List<long[]> parts = engine.mapChunks((from, to) -> {
            long[] n = new long[engine.blocks.length];
            engine.forEachCandidate(from, to, (a, b) -> n[firstRule(a, b)]++);
            return n;
        });
        for (long[] p : parts) {
            for (int i = 0; i < added.length; i++) {
                added[i] += p[i];
            }
        }
        for (int i = 0; i < engine.blocks.length; i++) {
            BlockIndex b = engine.blocks[i];
            out.add(new RuleCount(b.rule.name(), b.pairCount(), added[i], b.largestBlock()));
        }
        return out;
    }

    private int firstRule(int l, int r) {
        for (int i = 0; i < engine.blocks.length; i++) {
            if (engine.blocks[i].pairs(l, r)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * What one blocking rule contributes.
     *
     * @param rule         the rule's name
     * @param pairs        pairs the rule makes on its own
     * @param newPairs     pairs it adds to the union of the rules before it
     * @param largestBlock records on the right in its largest block
     */
    public record RuleCount(String rule, long pairs, long newPairs, int largestBlock) {
    }

    /**
     * Pairs of comparisons whose agreements go together more than the model's independence assumption allows
     * (evidence counted twice; see {@link ComparisonDependence}), measured under this linker's model (train it
     * first) on {@code randomPairs} random pairs (seeded) and at most a million candidate pairs; strongest first.
     * Keep those {@link ComparisonDependence#isStrong() strong} to warn about.
     *
     * @throws IllegalArgumentException if {@code randomPairs} is below 1,000
     */
    public List<ComparisonDependence> comparisonDependence(long randomPairs, long seed) {
        if (randomPairs < 1000) {
            throw new IllegalArgumentException("randomPairs must be at least 1000, got " + randomPairs);
        }
        return ComparisonDependence.measure(engine, randomPairs, 1_000_000, seed);
    }

    /**
     * The indexes (in the model's order) of the blocking rules that pair these rows, each alone: empty when the
     * pair is no candidate. With the truth, it tells which rule earns its place (the true pairs only it finds).
     */
    public List<Integer> rulesPairing(int leftRow, int rightRow) {
        Objects.checkIndex(leftRow, leftSize());
        Objects.checkIndex(rightRow, rightSize());
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < engine.blocks.length; i++) {
            if (engine.blocks[i].pairs(leftRow, rightRow)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the blocking rules make this pair of rows a candidate. */
    public boolean isCandidate(int leftRow, int rightRow) {
        Objects.checkIndex(leftRow, leftSize());
        Objects.checkIndex(rightRow, rightSize());
        return engine.isCandidate(leftRow, rightRow);
    }

    /**
     * Scores the candidate pairs with match probability at least {@code minProbability}, in parallel.
     *
     * @param minProbability in [0, 1]; 0 returns every candidate pair
     */
    public List<ScoredPair> pairs(double minProbability) {
        List<ScoredPair> out = new ArrayList<>();
        for (List<ScoredPair> chunk : engine.mapChunks((from, to) -> scoreRows(from, to, minProbability))) {
            out.addAll(chunk);
        }
        return out;
    }

    /**
     * The same pairs as {@link #pairs(double)}, as a lazy sequential stream computed batch by batch (each batch in
     * parallel), so that millions of pairs can be written without holding them all.
     */
    public Stream<ScoredPair> stream(double minProbability) {
        return stream(minProbability, rowsDone -> { });
    }

    /**
     * {@link #stream(double)} that reports progress: after each batch of left rows is scored, and before its pairs
     * are handed on, {@code progress} receives the number of left rows done so far (up to {@link #leftSize()}), on
     * the thread consuming the stream. For progress bars on long runs.
     */
    public Stream<ScoredPair> stream(double minProbability, java.util.function.IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        checkProbability(minProbability);
        int n = leftSize();
        int size = engine.chunkSize();
        int batch = size * 64;
        int batches = (n + batch - 1) / batch;
        return IntStream.range(0, batches).boxed().flatMap(b -> {
            int from = b * batch;
            int to = Math.min(n, from + batch);
            int chunks = (to - from + size - 1) / size;
            List<List<ScoredPair>> parts = IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> scoreRows(from + c * size, Math.min(to, from + (c + 1) * size), minProbability))
                    .collect(java.util.stream.Collectors.toList());
            progress.accept(to);
            return parts.stream().flatMap(List::stream);
        });
    }

    private List<ScoredPair> scoreRows(int from, int to, double minProbability) {
        checkProbability(minProbability);
        double minWeight = minProbability <= 0 ? Double.NEGATIVE_INFINITY
                : minProbability >= 1 ? Double.POSITIVE_INFINITY
                : Math.log(minProbability / (1 - minProbability)) / Math.log(2);
        List<ScoredPair> out = new ArrayList<>();
        Scratch s = new Scratch(engine.comparisons.length);
        Weights w = engine.weights;
        if (!oneMatchPerLeft) {
            engine.forEachCandidate(from, to, (l, r) -> {
                engine.levels(l, r, s);
                double weight = w.score(s.levels, l);
                if (weight >= minWeight) {
                    out.add(new ScoredPair(l, r, engine.leftIds[l], engine.rightIds[r], weight, s.levels.clone()));
                }
            });
            return out;
        }
        LeftGroup group = new LeftGroup(engine.comparisons.length);
        for (int l = from; l < to; l++) {
            group.clear();
            engine.forEachCandidate(l, l + 1, (a, r) -> {
                engine.levels(a, r, s);
                group.add(r, w.score(s.levels, a), s.levels);
            });
            group.emit(l, minWeight, engine, out);
        }
        return out;
    }

    /** The candidates of one left record, renormalised to share at most one match. */
    private static final class LeftGroup {
        private final int comparisons;
        private int size;
        private int[] rights = new int[16];
        private double[] weights = new double[16];
        private byte[] levels;
        private double[] suffix = new double[17];

        LeftGroup(int comparisons) {
            this.comparisons = comparisons;
            this.levels = new byte[16 * comparisons];
        }

        void clear() {
            size = 0;
        }

        void add(int right, double weight, byte[] pairLevels) {
            if (size == rights.length) {
                rights = java.util.Arrays.copyOf(rights, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
                levels = java.util.Arrays.copyOf(levels, size * 2 * comparisons);
                suffix = new double[size * 2 + 1];
            }
            rights[size] = right;
            weights[size] = weight;
            System.arraycopy(pairLevels, 0, levels, size * comparisons, comparisons);
            size++;
        }

        void emit(int l, double minWeight, Engine engine, List<ScoredPair> out) {
            // odds of the others, from prefix and suffix sums, so that a dominant candidate does not swamp them
            suffix[size] = 0;
            for (int i = size - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1] + Math.pow(2, weights[i]);
            }
            double prefix = 0;
            for (int i = 0; i < size; i++) {
                double others = prefix + suffix[i + 1];
                double weight = weights[i] - Math.log1p(others) / Math.log(2);
                prefix += Math.pow(2, weights[i]);
                if (weight >= minWeight) {
                    byte[] b = java.util.Arrays.copyOfRange(levels, i * comparisons, (i + 1) * comparisons);
                    out.add(new ScoredPair(l, rights[i], engine.leftIds[l], engine.rightIds[rights[i]], weight, b));
                }
            }
        }
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a minimum probability must be in [0, 1], got " + p);
        }
    }

    /**
     * Scores any pair of rows, candidate or not.
     *
     * @throws IndexOutOfBoundsException if a row is out of range
     */
    public ScoredPair score(int leftRow, int rightRow) {
        Objects.checkIndex(leftRow, leftSize());
        Objects.checkIndex(rightRow, rightSize());
        Scratch s = pairScratch.get();
        engine.levels(leftRow, rightRow, s);
        return new ScoredPair(leftRow, rightRow, engine.leftIds[leftRow], engine.rightIds[rightRow],
                engine.weights.score(s.levels, leftRow), s.levels.clone());
    }

    /** Each comparison's level and weight contribution for a pair scored by this linker's model. */
    public Explanation explain(ScoredPair pair) {
        Objects.requireNonNull(pair, "pair");
        ScoredPair p = score(pair.leftRow(), pair.rightRow());
        List<Explanation.Contribution> parts = new ArrayList<>();
        Weights w = engine.weights;
        for (int c = 0; c < engine.comparisons.length; c++) {
            Comparison comparison = engine.model.comparisons().get(c);
            int k = p.level(c);
            double tf = w.termFrequency(c, k, p.leftRow());
            parts.add(new Explanation.Contribution(comparison.name(), k, comparison.levels().get(k).label(),
                    w.level[c][k] + tf, tf, engine.leftValue(c, p.leftRow()), engine.rightValue(c, p.rightRow())));
        }
        return new Explanation(p.leftId(), p.rightId(), w.prior, parts, p.matchWeight(), p.matchProbability());
    }

    /** The id of a left row (from the model's id column, or {@code row:N} when it is missing). */
    public String leftId(int row) {
        return engine.leftIds[row];
    }

    /** The id of a right row. */
    public String rightId(int row) {
        return engine.rightIds[row];
    }

    /** The left row with this id (the first, if ids repeat). */
    public OptionalInt leftRow(String id) {
        Map<String, Integer> map = leftRowsById;
        if (map == null) {
            map = index(engine.leftIds);
            leftRowsById = map;
        }
        Integer row = map.get(id);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** The right row with this id (the first, if ids repeat). */
    public OptionalInt rightRow(String id) {
        if (engine.dedupe) {
            return leftRow(id);
        }
        Map<String, Integer> map = rightRowsById;
        if (map == null) {
            map = index(engine.rightIds);
            rightRowsById = map;
        }
        Integer row = map.get(id);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> map = new HashMap<>(ids.length * 2);
        for (int i = ids.length - 1; i >= 0; i--) {
            map.put(ids[i], i);
        }
        return map;
    }

    /** The label of level {@code level} of comparison {@code comparison}, for output columns. */
    public String levelLabel(int comparison, int level) {
        return engine.model.comparisons().get(comparison).levels().get(level).label();
    }

    /** The comparison names, in order. */
    public List<String> comparisonNames() {
        List<String> names = new ArrayList<>();
        for (Comparison c : engine.model.comparisons()) {
            names.add(c.name());
        }
        return names;
    }

    /** Whether this linker deduplicates one table. */
    public boolean isDedupe() {
        return engine.dedupe;
    }

    /** The compared value of a comparison for a left row, for display; empty when missing. */
    public Optional<String> comparedLeftValue(int comparison, int leftRow) {
        String v = engine.leftValue(comparison, leftRow);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
