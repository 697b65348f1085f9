package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parcelrecon.core.parallel.ParallelWork;
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
 * streams, split by chunks of left rows; each pair's comparison allocates nothing.
 *
 * <p>Where the work runs: a host server bounds it by giving the linker its own pool,
 * {@link #of(LinkageModel, Table, Table, KeyFunctions, ForkJoinPool)} or {@link #withPool(ForkJoinPool)}; then
 * building, training, counting and scoring run in that pool only and the caller waits. Without one, the work runs
 * in the fork-join pool of the calling thread when it is one, else in the JVM's common pool. The result does not
 * depend on the pool.
 *
 * <p>Bad input never throws: a missing column, a blank cell, a value a key function cannot read (an ID whose
 * digits were lost, an impossible date) makes that comparison's null level, and every row keeps its place.
 * Caller mistakes do throw: an unknown key function in the model, a dedupe model given two tables.
 *
 * <p>Immutable and thread-safe: any number of threads may score, stream and explain with one linker at once.
 */
public final class Linker {
    private final Engine engine;
    private final boolean oneMatchPerLeft;
    private final Optional<ForkJoinPool> pool;
    private volatile Map<String, Integer> leftRowsById;
    /**
     * One scratch per thread for {@link #score}: a scratch holds a 100 KB similarity cache, too much to allocate for
     * every pair scored one at a time (a province run explains three million links).
     */
    private final ThreadLocal<Scratch> pairScratch;
    private volatile Map<String, Integer> rightRowsById;

    private Linker(Engine engine) {
        this(engine, false, Optional.empty());
    }

    private Linker(Engine engine, boolean oneMatchPerLeft, Optional<ForkJoinPool> pool) {
        this.engine = engine;
        this.oneMatchPerLeft = oneMatchPerLeft;
        this.pool = pool;
        this.pairScratch = ThreadLocal.withInitial(() -> new Scratch(engine.comparisons.length));
    }

    /**
     * {@return this linker, scoring on the knowledge that each left record is at most one right record (a land user is
     * one
     * citizen; not for deduplication)} Fellegi-Sunter scores each pair alone, so two namesakes born the same year
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
        return new Linker(engine, true, pool);
    }

    /**
     * This linker, running its parallel work (training, counting, scoring, streaming, rebuilding for another
     * model) in {@code pool} instead of the caller's pool: a host server bounds the CPU a linker takes with
     * {@code new ForkJoinPool(n)}. Callers wait for the work as before; the results are the same in any pool.
     *
     * @param pool the host's pool; the linker never shuts it down
     * @return a linker that shares this one's keys and blocks
     */
    public Linker withPool(ForkJoinPool pool) {
        return new Linker(engine, oneMatchPerLeft, Optional.of(Objects.requireNonNull(pool, "pool")));
    }

    /**
     * The pool this linker's parallel work runs in; empty when it runs in the caller's pool.
     *
     * @return the pool given to {@link #withPool(ForkJoinPool)}
     */
    public Optional<ForkJoinPool> pool() {
        return pool;
    }

    /** {@return the compiled model and tables, for {@link LinkingIndex}} */
    Engine engine() {
        return engine;
    }

    /** {@return whether {@link #withOneMatchPerLeft()} is on} */
    public boolean oneMatchPerLeft() {
        return oneMatchPerLeft;
    }

    /**
     * {@return a linker for a {@link LinkType#LINK} model, with the standard key functions}
     *
     * @throws IllegalArgumentException if the model is not a link model or names an unknown key function
     * @param model a link model
     * @param left the left table (e.g. land users)
     * @param right the right table (e.g. citizens)
     */
    public static Linker link(LinkageModel model, Table left, Table right) {
        return link(model, left, right, KeyFunctions.standard());
    }

    /**
     * {@return a linker for a {@link LinkType#LINK} model with these key functions}
     *
     * @param model a link model
     * @param left the left table (e.g. land users)
     * @param right the right table (e.g. citizens)
     * @param functions the key functions the model names
     */
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
     * {@return a linker that finds duplicates within one table, with the standard key functions}
     *
     * @throws IllegalArgumentException if the model is not a dedupe model or names an unknown key function
     * @param model a dedupe model
     * @param table the table to deduplicate
     */
    public static Linker dedupe(LinkageModel model, Table table) {
        return dedupe(model, table, KeyFunctions.standard());
    }

    /**
     * {@return a deduplicating linker with these key functions}
     *
     * @param model a dedupe model
     * @param table the table to deduplicate
     * @param functions the key functions the model names
     */
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

    /**
     * {@return a linker for the model's link type: {@code right} is ignored for a dedupe model}
     *
     * @param model the model; its link type decides between linking and deduplication
     * @param left the left table (the one table of a dedupe model)
     * @param right the right table; ignored for a dedupe model
     * @param functions the key functions the model names
     */
    public static Linker of(LinkageModel model, Table left, Table right, KeyFunctions functions) {
        return model.linkType() == LinkType.DEDUPE ? dedupe(model, left, functions)
                : link(model, left, right, functions);
    }

    /**
     * A linker for the model's link type, built in {@code pool} (deriving the keys of millions of distinct values
     * runs in parallel) and running all its later work there too: see {@link #withPool(ForkJoinPool)}.
     *
     * @param model     the model; its link type decides between linking and deduplication
     * @param left      the left table (the one table of a dedupe model)
     * @param right     the right table; ignored for a dedupe model
     * @param functions the key functions the model's comparisons and blocking rules name
     * @param pool      the host's pool; the linker never shuts it down
     * @return a linker bound to {@code pool}
     * @throws IllegalArgumentException if the model names an unknown key function
     */
    public static Linker of(LinkageModel model, Table left, Table right, KeyFunctions functions, ForkJoinPool pool) {
        Objects.requireNonNull(model, "model");
        Optional<ForkJoinPool> in = Optional.of(Objects.requireNonNull(pool, "pool"));
        return ParallelWork.in(in, () -> of(model, left, right, functions)).withPool(pool);
    }

    /** {@return the model this linker scores with} */
    public LinkageModel model() {
        return engine.model;
    }

    /**
     * {@return this linker with another model} When only parameters differ (m, u, λ, labels, term-frequency settings),
     * keys
     * and blocks are reused; otherwise they are rebuilt.
     *
     * @param model a model of the same link type
     */
    public Linker withModel(LinkageModel model) {
        Objects.requireNonNull(model, "model");
        if (model.linkType() != engine.model.linkType()) {
            throw new IllegalArgumentException("the new model's link type " + model.linkType().jsonName()
                    + " differs from " + engine.model.linkType().jsonName());
        }
        return new Linker(ParallelWork.in(pool, () -> engine.withModel(model)), oneMatchPerLeft, pool);
    }

    /**
     * Estimates the model's parameters from the data, without labels: {@code u} from random pairs, {@code m} by
     * expectation-maximisation on blocked pairs, then the prior λ; with {@link #withOneMatchPerLeft()}, also the
     * share of left records whose match is none of their candidates, and m again under one match per left record
     * (see {@link LinkageModel#probabilityMatchNotAmongCandidates()}). See {@link TrainingOptions}. Progress is logged
     * through slf4j (per session at info, per iteration at debug).
     *
     * @return the trained model (this linker is unchanged: use {@link #withModel(LinkageModel)})
     * @param options random pairs, seed, iterations and session rules
     */
    public LinkageModel train(TrainingOptions options) {
        Objects.requireNonNull(options, "options");
        return ParallelWork.in(pool, () -> Trainer.train(engine, options, oneMatchPerLeft));
    }

    /** {@return the number of records on the left (the one table when deduplicating)} */
    public int leftSize() {
        return engine.leftSize();
    }

    /** {@return the number of records on the right (the one table when deduplicating)} */
    public int rightSize() {
        return engine.rightSize();
    }

    /** {@return the number of candidate pairs the blocking rules make (each pair counted once)} */
    public long candidatePairCount() {
        return ParallelWork.in(pool, () -> Trainer.candidateCount(engine));
    }

    /**
     * Per blocking rule: the pairs it makes alone, and the pairs it adds to the rules before it. Use it to find a
     * rule that makes too many pairs.
     *
     * @return one count per blocking rule, in the model's order
     */
    public List<RuleCount> blockingRuleCounts() {
        List<RuleCount> out = new ArrayList<>();
        long[] added = new long[engine.blocks.length];
        List<long[]> parts = ParallelWork.in(pool, () -> engine.mapChunks((from, to) -> {
            long[] n = new long[engine.blocks.length];
            engine.forEachCandidate(from, to, (a, b) -> n[firstRule(a, b)]++);
            return n;
        }));
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
     * @param randomPairs how many random pairs to sample (at least 1,000)
     * @param seed        the sampling seed
     * @return every pair of comparisons measured, strongest dependence first
     * @throws IllegalArgumentException if {@code randomPairs} is below 1,000
     */
    public List<ComparisonDependence> comparisonDependence(long randomPairs, long seed) {
        if (randomPairs < 1000) {
            throw new IllegalArgumentException("randomPairs must be at least 1000, got " + randomPairs);
        }
        return ComparisonDependence.measure(engine, randomPairs, 1_000_000, seed);
    }

    /**
     * {@return the indexes (in the model's order) of the blocking rules that pair these rows, each alone: empty when
     * the
     * pair is no candidate} With the truth, it tells which rule earns its place (the true pairs only it finds).
     *
     * @param leftRow a left row
     * @param rightRow a right row
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

    /**
     * {@return whether the blocking rules make this pair of rows a candidate}
     *
     * @param leftRow a left row
     * @param rightRow a right row
     */
    public boolean isCandidate(int leftRow, int rightRow) {
        Objects.checkIndex(leftRow, leftSize());
        Objects.checkIndex(rightRow, rightSize());
        return engine.isCandidate(leftRow, rightRow);
    }

    /**
     * Scores the candidate pairs with match probability at least {@code minProbability}, in parallel.
     *
     * @param minProbability in [0, 1]; 0 returns every candidate pair
     * @return the pairs, by left row, then the first rule that made them, then right row
     */
    public List<ScoredPair> pairs(double minProbability) {
        List<ScoredPair> out = new ArrayList<>();
        for (List<ScoredPair> chunk : ParallelWork.in(pool,
                () -> engine.mapChunks((from, to) -> scoreRows(from, to, minProbability)))) {
            out.addAll(chunk);
        }
        return out;
    }

    /**
     * {@return the same pairs as {@link #pairs(double)}, as a lazy sequential stream computed batch by batch (each
     * batch in
     * parallel), so that millions of pairs can be written without holding them all}
     *
     * @param minProbability in [0, 1]; 0 streams every candidate pair
     */
    public Stream<ScoredPair> stream(double minProbability) {
        return stream(minProbability, rowsDone -> { });
    }

    /**
     * {@link #stream(double)} that reports progress: after each batch of left rows is scored, and before its pairs
     * are handed on, {@code progress} receives the number of left rows done so far (up to {@link #leftSize()}), on
     * the thread consuming the stream. For progress bars on long runs.
     *
     * @param minProbability in [0, 1]; 0 streams every candidate pair
     * @param progress receives the number of left rows done after each batch
     * @return the pairs, in the order of {@link #pairs(double)}
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
            List<List<ScoredPair>> parts = ParallelWork.in(pool, () -> IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> scoreRows(from + c * size, Math.min(to, from + (c + 1) * size), minProbability))
                    .collect(java.util.stream.Collectors.toList()));
            progress.accept(to);
            return parts.stream().flatMap(List::stream);
        });
    }

    private List<ScoredPair> scoreRows(int from, int to, double minProbability) {
        checkProbability(minProbability);
        double minWeight = Weights.weightOf(minProbability);
        List<ScoredPair> out = new ArrayList<>();
        Scratch s = new Scratch(engine.comparisons.length);
        if (!oneMatchPerLeft) {
            engine.forEachCandidate(from, to, (l, r) -> {
                engine.levels(l, r, s);
                double weight = engine.weight(l, s);
                if (weight >= minWeight) {
                    out.add(new ScoredPair(l, r, engine.leftIds[l], engine.rightIds[r], weight, s.levels.clone()));
                }
            });
            return out;
        }
        OneMatchGroup group = new OneMatchGroup(engine.comparisons.length, engine.noMatchWeight());
        for (int l = from; l < to; l++) {
            group.clear();
            engine.forEachCandidate(l, l + 1, (a, r) -> {
                engine.levels(a, r, s);
                group.add(r, engine.weight(a, s), s.levels);
            });
            group.emit(l, engine.leftIds[l], engine.rightIds, minWeight, out);
        }
        return out;
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
     * @param leftRow a left row
     * @param rightRow a right row
     * @return the pair's levels, weight and probability
     */
    public ScoredPair score(int leftRow, int rightRow) {
        Objects.checkIndex(leftRow, leftSize());
        Objects.checkIndex(rightRow, rightSize());
        Scratch s = pairScratch.get();
        engine.levels(leftRow, rightRow, s);
        return new ScoredPair(leftRow, rightRow, engine.leftIds[leftRow], engine.rightIds[rightRow],
                engine.weight(leftRow, s), s.levels.clone());
    }

    /**
     * {@return each comparison's level and weight contribution for a pair scored by this linker's model}
     *
     * @param pair a pair of this linker's tables
     */
    public Explanation explain(ScoredPair pair) {
        Objects.requireNonNull(pair, "pair");
        int l = pair.leftRow();
        int r = pair.rightRow();
        Objects.checkIndex(l, leftSize());
        Objects.checkIndex(r, rightSize());
        return engine.explain(engine.packed.left, l * engine.packed.stride, engine.leftIds[l], r, pairScratch.get());
    }

    /**
     * {@return the id of a left row (from the model's id column, or {@code row:N} when it is missing)}
     *
     * @param row a left row
     */
    public String leftId(int row) {
        return engine.leftIds[row];
    }

    /**
     * {@return the id of a right row}
     *
     * @param row a right row
     */
    public String rightId(int row) {
        return engine.rightIds[row];
    }

    /**
     * {@return the left row with this id (the first, if ids repeat)}
     *
     * @param id a value of the left table's id column
     */
    public OptionalInt leftRow(String id) {
        Map<String, Integer> map = leftRowsById;
        if (map == null) {
            map = index(engine.leftIds);
            leftRowsById = map;
        }
        Integer row = map.get(id);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /**
     * {@return the right row with this id (the first, if ids repeat)}
     *
     * @param id a value of the right table's id column
     */
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

    /**
     * {@return the label of level {@code level} of comparison {@code comparison}, for output columns}
     *
     * @param comparison the comparison's index in the model
     * @param level the level's index in that comparison
     */
    public String levelLabel(int comparison, int level) {
        return engine.model.comparisons().get(comparison).levels().get(level).label();
    }

    /** {@return the comparison names, in order} */
    public List<String> comparisonNames() {
        List<String> names = new ArrayList<>();
        for (Comparison c : engine.model.comparisons()) {
            names.add(c.name());
        }
        return names;
    }

    /** {@return whether this linker deduplicates one table} */
    public boolean isDedupe() {
        return engine.dedupe;
    }

    /**
     * {@return the compared value of a comparison for a left row, for display; empty when missing}
     *
     * @param comparison the comparison's index in the model
     * @param leftRow a left row
     */
    public Optional<String> comparedLeftValue(int comparison, int leftRow) {
        String v = engine.leftValue(comparison, leftRow);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
