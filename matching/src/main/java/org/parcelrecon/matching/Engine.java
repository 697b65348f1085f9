package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model compiled against two tables: the features every comparison and blocking rule reads, the block indexes,
 * and the weights. Enumerates candidate pairs and scores them. Immutable and thread-safe; per-pair work uses a
 * caller-owned {@link Scratch}.
 */
final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** Visits one pair of rows. */
    interface PairVisitor {
        void visit(int left, int right);
    }

    final LinkageModel model;
    final Table left;
    final Table right;
    final boolean dedupe;
    final KeyFunctions functions;
    final Map<KeyRef, Feature> features;
    final CompiledComparison[] comparisons;
    final BlockIndex[] blocks;
    final Weights weights;
    final String[] leftIds;
    final String[] rightIds;
    private final int leftSize;
    private final int rightSize;
    /** Compared feature ids and block ids row by row; rule {@code q}'s block id is at slot {@code ruleSlot + q}. */
    final PackedRows packed;
    /** The slot of the first rule's block id in a packed row (the number of compared features). */
    final int ruleSlot;
    private final String structure;

    private Engine(LinkageModel model, Table left, Table right, KeyFunctions functions, Map<KeyRef, Feature> features,
                   CompiledComparison[] comparisons, BlockIndex[] blocks, String[] leftIds, String[] rightIds,
                   PackedRows packed, int ruleSlot) {
        this(model, left, right, functions, features, comparisons, blocks, leftIds, rightIds, packed, ruleSlot,
                left.size(), model.linkType() == LinkType.DEDUPE ? left.size() : right.size());
    }

    private Engine(LinkageModel model, Table left, Table right, KeyFunctions functions, Map<KeyRef, Feature> features,
                   CompiledComparison[] comparisons, BlockIndex[] blocks, String[] leftIds, String[] rightIds,
                   PackedRows packed, int ruleSlot, int leftSize, int rightSize) {
        this.leftSize = leftSize;
        this.rightSize = rightSize;
        this.model = model;
        this.left = left;
        this.right = right;
        this.dedupe = model.linkType() == LinkType.DEDUPE;
        this.functions = functions;
        this.features = features;
        this.comparisons = comparisons;
        this.blocks = blocks;
        this.weights = new Weights(model, comparisons);
        this.leftIds = leftIds;
        this.rightIds = rightIds;
        this.structure = structure(model);
        this.packed = packed;
        this.ruleSlot = ruleSlot;
    }

    static Engine build(LinkageModel model, Table left, Table right, KeyFunctions functions) {
        if (model.comparisons().size() > 16) {
            throw new IllegalArgumentException("a model may have at most 16 comparisons, got "
                    + model.comparisons().size());
        }
        boolean dedupe = model.linkType() == LinkType.DEDUPE;
        if (dedupe && left != right) {
            throw new IllegalArgumentException("a dedupe model links one table with itself; got two tables");
        }
        warnAboutMissingColumns(model, left, false);
        if (!dedupe) {
            warnAboutMissingColumns(model, right, true);
        }
        FeatureRefs refs = FeatureRefs.of(model);
        int comparedCount = refs.compared();
        Map<KeyRef, Feature> features = buildFeatures(refs.all(), functions, left, right);
        BlockIndex[] blocks = new BlockIndex[model.blockingRules().size()];
        for (int r = 0; r < blocks.length; r++) {
            BlockingRule rule = model.blockingRules().get(r);
            Feature[] keys = ruleFeatures(rule, features, dedupe);
            blocks[r] = BlockIndex.build(rule, keys, dedupe);
            LOG.debug("blocking rule '{}': {} blocks, largest {} records", rule.name(), blocks[r].blockCount,
                    blocks[r].largestBlock());
        }
        List<Feature> compared = new ArrayList<>(features.values()).subList(0, comparedCount);
        List<int[]> leftColumns = new ArrayList<>();
        List<int[]> rightColumns = new ArrayList<>();
        for (Feature f : compared) {
            leftColumns.add(f.left);
            rightColumns.add(f.right);
        }
        for (BlockIndex b : blocks) {
            leftColumns.add(b.leftBlock);
            rightColumns.add(b.rightBlock);
        }
        PackedRows packed = new PackedRows(leftColumns, rightColumns, left.size(),
                dedupe ? left.size() : right.size(), dedupe);
        CompiledComparison[] compiled = compile(model, features, comparedCount, packed);
        String[] leftIds = ids(left, model.idColumn());
        String[] rightIds = dedupe ? leftIds : ids(right, model.idColumn());
        return new Engine(model, left, right, functions, features, compiled, blocks, leftIds, rightIds, packed,
                comparedCount);
    }

    /**
     * An engine over the right side alone, with no left rows: what a {@link LinkingIndex} scores one record at a
     * time against. {@code features} are in {@link FeatureRefs} order; {@code packed} has no left rows.
     */
    static Engine frozen(LinkageModel model, KeyFunctions functions, Map<KeyRef, Feature> features,
                         BlockIndex[] blocks, PackedRows packed, String[] rightIds) {
        int comparedCount = FeatureRefs.of(model).compared();
        CompiledComparison[] compiled = compile(model, features, comparedCount, packed);
        return new Engine(model, null, null, functions, features, compiled, blocks, new String[0], rightIds, packed,
                comparedCount, 0, rightIds.length);
    }

    /** The features of a rule's keys, in order. */
    static Feature[] ruleFeatures(BlockingRule rule, Map<KeyRef, Feature> features, boolean dedupe) {
        Feature[] keys = new Feature[rule.keys().size()];
        for (int k = 0; k < keys.length; k++) {
            KeyRef key = rule.keys().get(k);
            keys[k] = features.get(dedupe ? new KeyRef(key.column(), key.function()) : key);
        }
        return keys;
    }

    /**
     * Every derived column a model reads, in the order features are built and packed: the compared ones first
     * (each level's, then the comparison's own), then the blocking keys'.
     *
     * @param all      the references, without repeats
     * @param compared how many of them come from comparisons
     */
    record FeatureRefs(List<KeyRef> all, int compared) {
        static FeatureRefs of(LinkageModel model) {
            boolean dedupe = model.linkType() == LinkType.DEDUPE;
            java.util.LinkedHashSet<KeyRef> refs = new java.util.LinkedHashSet<>();
            for (Comparison comparison : model.comparisons()) {
                for (ComparisonLevel level : comparison.levels()) {
                    refs.add(levelRef(comparison, level, dedupe));
                }
                refs.add(new KeyRef(comparison.column(), comparison.function()));
            }
            int compared = refs.size();
            for (BlockingRule rule : model.blockingRules()) {
                for (KeyRef key : rule.keys()) {
                    refs.add(dedupe ? new KeyRef(key.column(), key.function()) : key);
                }
            }
            return new FeatureRefs(List.copyOf(refs), compared);
        }
    }

    private static CompiledComparison[] compile(LinkageModel model, Map<KeyRef, Feature> features, int comparedCount,
                                                PackedRows packed) {
        boolean dedupe = model.linkType() == LinkType.DEDUPE;
        Feature[] mains = new Feature[model.comparisons().size()];
        Feature[][] levelFeatures = new Feature[mains.length][];
        for (int c = 0; c < mains.length; c++) {
            Comparison comparison = model.comparisons().get(c);
            levelFeatures[c] = new Feature[comparison.levels().size()];
            for (int k = 0; k < levelFeatures[c].length; k++) {
                ComparisonLevel level = comparison.levels().get(k);
                levelFeatures[c][k] = features.get(levelRef(comparison, level, dedupe));
            }
            mains[c] = features.get(new KeyRef(comparison.column(), comparison.function()));
        }
        List<Feature> compared = new ArrayList<>(features.values()).subList(0, comparedCount);
        CompiledComparison[] compiled = new CompiledComparison[mains.length];
        for (int c = 0; c < mains.length; c++) {
            int[] slots = new int[levelFeatures[c].length];
            for (int k = 0; k < slots.length; k++) {
                slots[k] = compared.indexOf(levelFeatures[c][k]);
            }
            compiled[c] = new CompiledComparison(c, model.comparisons().get(c), mains[c], levelFeatures[c], slots,
                    compared.indexOf(mains[c]), packed);
        }
        return compiled;
    }

    /** The feature a level reads: the comparison's column (or the level's right column) through its function. */
    static KeyRef levelRef(Comparison comparison, ComparisonLevel level, boolean dedupe) {
        String function = level.function().isEmpty() ? comparison.function() : level.function();
        return new KeyRef(comparison.column(), function, dedupe ? "" : level.rightColumn());
    }

    private static void warnAboutMissingColumns(LinkageModel model, Table table, boolean rightSide) {
        List<String> missing = new ArrayList<>();
        java.util.function.Consumer<String> check = column -> {
            if (table.columnIndex(column).isEmpty() && !missing.contains(column)) {
                missing.add(column);
            }
        };
        for (Comparison c : model.comparisons()) {
            check.accept(c.column());
            for (ComparisonLevel l : c.levels()) {
                if (rightSide && !l.rightColumn().isEmpty()) {
                    check.accept(l.rightColumn());
                }
            }
        }
        for (BlockingRule r : model.blockingRules()) {
            for (KeyRef k : r.keys()) {
                check.accept(rightSide ? k.rightColumnOrSame() : k.column());
            }
        }
        if (!missing.isEmpty()) {
            LOG.warn("the {} table has no column(s) {}: their values count as missing", rightSide ? "right" : "left",
                    missing);
        }
    }

    /** Builds the features in order, grouping those of one column so each distinct value is derived in one go. */
    private static Map<KeyRef, Feature> buildFeatures(List<KeyRef> refs, KeyFunctions functions, Table left,
                                                      Table right) {
        Map<String, List<KeyRef>> byColumn = new LinkedHashMap<>();
        for (KeyRef ref : refs) {
            functions.resolve(ref.function());
            byColumn.computeIfAbsent(ref.column() + "\u0000" + ref.rightColumn(), k -> new ArrayList<>()).add(ref);
        }
        Map<KeyRef, Feature> built = new java.util.HashMap<>();
        for (List<KeyRef> column : byColumn.values()) {
            List<org.parcelrecon.matching.keys.KeyFunction> fns = new ArrayList<>();
            for (KeyRef ref : column) {
                fns.add(functions.resolve(ref.function()));
            }
            List<Feature> fs = Feature.buildColumn(column, fns, left, right);
            for (int i = 0; i < column.size(); i++) {
                built.put(column.get(i), fs.get(i));
            }
        }
        Map<KeyRef, Feature> ordered = new LinkedHashMap<>();
        for (KeyRef ref : refs) {
            ordered.put(ref, built.get(ref));
        }
        return ordered;
    }

    private static String[] ids(Table table, String idColumn) {
        String[] ids = new String[table.size()];
        OptionalInt column = table.columnIndex(idColumn);
        for (int row = 0; row < ids.length; row++) {
            String v = column.isPresent() ? table.rawValue(row, column.getAsInt()) : null;
            ids[row] = v == null ? "row:" + (row + 1) : v;
        }
        return ids;
    }

    /** This engine with another model of the same structure (only parameters differ), or a rebuilt one. */
    Engine withModel(LinkageModel other) {
        if (structure(other).equals(structure) && other.linkType() == model.linkType()
                && other.idColumn().equals(model.idColumn())) {
            CompiledComparison[] compiled = new CompiledComparison[comparisons.length];
            for (int c = 0; c < compiled.length; c++) {
                compiled[c] = comparisons[c].withComparison(other.comparisons().get(c));
            }
            return new Engine(other, left, right, functions, features, compiled, blocks, leftIds, rightIds, packed,
                    ruleSlot, leftSize, rightSize);
        }
        if (left == null) {
            throw new IllegalArgumentException("a linking index takes a model of the same structure as its own (only"
                    + " m, u, λ, labels and term-frequency settings may differ); build a new index for another");
        }
        return build(other, left, dedupe ? left : right, functions);
    }

    private static String structure(LinkageModel m) {
        StringBuilder b = new StringBuilder();
        for (BlockingRule r : m.blockingRules()) {
            b.append("rule ").append(r.keys()).append('\n');
        }
        for (Comparison c : m.comparisons()) {
            b.append("cmp ").append(c.column()).append('/').append(c.function());
            for (ComparisonLevel l : c.levels()) {
                b.append(" [").append(l.type()).append(' ').append(l.threshold()).append(' ').append(l.function())
                        .append(' ').append(l.rightColumn()).append(']');
            }
            b.append('\n');
        }
        return b.toString();
    }

    int leftSize() {
        return leftSize;
    }

    int rightSize() {
        return rightSize;
    }

    /**
     * The match weight of "none of a left record's candidates is its match", on the scale of the pairs' weights,
     * for one match per left record: {@code log2 κ} with {@code κ = q / (1 - q) · N · λ / (1 - λ)}, q the model's
     * {@link LinkageModel#probabilityMatchNotAmongCandidates()} and N the right table's rows (the prior odds of all
     * right records together); 0 (κ = 1) when q is not estimated.
     */
    double noMatchWeight() {
        return noMatchWeight(model, rightSize());
    }

    static double noMatchWeight(LinkageModel model, int rightRows) {
        double q = model.probabilityMatchNotAmongCandidates();
        if (Double.isNaN(q) || rightRows == 0) {
            return 0;
        }
        return log2(q / (1 - q)) + log2(rightRows) + model.priorWeight();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Total number of pairs without blocking. */
    double allPairs() {
        double n = leftSize();
        return dedupe ? n * (n - 1) / 2 : n * rightSize();
    }

    /** Fills {@code s.levels} with the level of each comparison for rows {@code l} and {@code r}. */
    void levels(int l, int r, Scratch s) {
        levels(packed.left, l * packed.stride, r, s);
    }

    /**
     * Fills {@code s.levels} for a left record given as a packed row ({@code lp[lBase ..]}, in the layout of
     * {@link PackedRows}) and right row {@code r}: the one scoring path of batch and one-record linking.
     */
    void levels(int[] lp, int lBase, int r, Scratch s) {
        byte[] out = s.levels;
        for (int c = 0; c < comparisons.length; c++) {
            out[c] = (byte) comparisons[c].level(lp, lBase, r, s);
        }
    }

    /** The match weight of the levels in {@code s.levels} for left row {@code l}. */
    double weight(int l, Scratch s) {
        return weights.score(s.levels, packed.left, l * packed.stride);
    }

    /** The match weight of the levels in {@code s.levels} for the left record packed at {@code lp[lBase ..]}. */
    double weight(int[] lp, int lBase, Scratch s) {
        return weights.score(s.levels, lp, lBase);
    }

    /**
     * Each comparison's level and weight for the left record packed at {@code lp[lBase ..]} against right row
     * {@code r}; {@code s} holds the record's values that are not in the dictionaries (see {@link Scratch}).
     */
    Explanation explain(int[] lp, int lBase, String leftId, int r, Scratch s) {
        levels(lp, lBase, r, s);
        double weight = weights.score(s.levels, lp, lBase);
        List<Explanation.Contribution> parts = new ArrayList<>();
        for (int c = 0; c < comparisons.length; c++) {
            Comparison comparison = model.comparisons().get(c);
            int k = s.levels[c];
            double tf = weights.termFrequency(c, k, lp, lBase);
            parts.add(new Explanation.Contribution(comparison.name(), k, comparison.levels().get(k).label(),
                    weights.level[c][k] + tf, tf, leftValue(c, lp, lBase, s), rightValue(c, r)));
        }
        return new Explanation(leftId, rightIds[r], weights.prior, parts, weight, Weights.probability(weight));
    }

    /** Whether the pair is a candidate (some blocking rule pairs it; every pair when there are no rules). */
    boolean isCandidate(int l, int r) {
        if (dedupe && l == r) {
            return false;
        }
        if (blocks.length == 0) {
            return true;
        }
        for (BlockIndex b : blocks) {
            if (b.pairs(l, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits the candidate pairs of left rows {@code [from, to)}, each once, ordered by left row, then by rule,
     * then by right row. For a deduplication only pairs with {@code left < right} are visited.
     */
    void forEachCandidate(int from, int to, PairVisitor visitor) {
        if (blocks.length == 0) {
            int n = rightSize();
            for (int l = from; l < to; l++) {
                for (int r = dedupe ? l + 1 : 0; r < n; r++) {
                    visitor.visit(l, r);
                }
            }
            return;
        }
        int stride = packed.stride;
        for (int l = from; l < to; l++) {
            forEachCandidateOf(packed.left, l * stride, l, visitor);
        }
    }

    /**
     * Visits the candidate pairs of one left record packed at {@code lp[lBase ..]}, passing {@code l} as its row:
     * by rule, then by right row, each pair once (a pair an earlier rule made is skipped). The one candidate path
     * of batch and one-record linking.
     */
    void forEachCandidateOf(int[] lp, int lBase, int l, PairVisitor visitor) {
        if (blocks.length == 0) {
            int n = rightSize();
            for (int r = dedupe ? l + 1 : 0; r < n; r++) {
                visitor.visit(l, r);
            }
            return;
        }
        for (int rule = 0; rule < blocks.length; rule++) {
            visitRule(rule, lp, lBase, l, visitor);
        }
    }

    /** Visits the pairs rule {@code rule} alone makes for left rows {@code [from, to)}. */
    void forEachPairOfRule(BlockIndex index, int from, int to, PairVisitor visitor) {
        for (int l = from; l < to; l++) {
            int b = index.leftBlock[l];
            if (b < 0) {
                continue;
            }
            int start = index.start[b];
            int end = index.start[b + 1];
            if (dedupe) {
                start = firstAbove(index.rows, start, end, l);
            }
            for (int k = start; k < end; k++) {
                visitor.visit(l, index.rows[k]);
            }
        }
    }

    private void visitRule(int rule, int[] lp, int lBase, int l, PairVisitor visitor) {
        BlockIndex index = blocks[rule];
        int stride = packed.stride;
        int[] rp = packed.right;
        int ruleBase = lBase + ruleSlot;
        int b = lp[ruleBase + rule];
        if (b < 0) {
            return;
        }
        int start = index.start[b];
        int end = index.start[b + 1];
        if (dedupe) {
            start = firstAbove(index.rows, start, end, l);
        }
        next:
        for (int k = start; k < end; k++) {
            int r = index.rows[k];
            if (rule > 0) {
                int rBase = r * stride + ruleSlot;
                for (int q = 0; q < rule; q++) {
                    int earlier = lp[ruleBase + q];
                    if (earlier >= 0 && earlier == rp[rBase + q]) {
                        continue next;
                    }
                }
            }
            visitor.visit(l, r);
        }
    }

    private static int firstAbove(int[] rows, int from, int to, int value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Left-row chunk size for parallel work: small enough to balance uneven blocks. */
    int chunkSize() {
        int n = leftSize();
        return Math.max(64, Math.min(4096, n / 256 + 1));
    }

    /** Runs {@code task} over chunks of left rows in parallel and returns the results in chunk order. */
    <T> List<T> mapChunks(ChunkTask<T> task) {
        int n = leftSize();
        int size = chunkSize();
        int chunks = (n + size - 1) / size;
        IntFunction<T> run = c -> task.run(c * size, Math.min(n, (c + 1) * size));
        return IntStream.range(0, chunks).parallel().mapToObj(run).collect(Collectors.toList());
    }

    /** Work on the left rows {@code [from, to)}. */
    interface ChunkTask<T> {
        T run(int from, int to);
    }

    /** The compared value of comparison {@code c}, left side, for explanations; empty when missing. */
    String leftValue(int c, int l) {
        return leftValue(c, packed.left, l * packed.stride, null);
    }

    /**
     * The compared value of comparison {@code c} for a left record packed at {@code lp[lBase ..]}; a value not in
     * the dictionary comes from {@code s}.
     */
    String leftValue(int c, int[] lp, int lBase, Scratch s) {
        CompiledComparison cc = comparisons[c];
        int v = lp[lBase + cc.mainSlot];
        return v < 0 ? "" : v < cc.main.values.length ? cc.main.values[v] : s.queryValue(cc.mainSlot);
    }

    /** The compared value of comparison {@code c}, right side. */
    String rightValue(int c, int r) {
        CompiledComparison cc = comparisons[c];
        int v = packed.right[r * packed.stride + cc.mainSlot];
        return v < 0 ? "" : cc.main.values[v];
    }
}
