package org.parcelrecon.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parcelrecon.matching.keys.KeyFunction;
import org.parcelrecon.matching.keys.KeyFunctions;

/**
 * A trained model with the right table's side of linking compiled once (every derived value's dictionary and term
 * frequency, each right row's compared values, the block indexes of the blocking rules), which answers for one
 * new left record at a time "who is this?": its candidates, best first, with probabilities and explanations. Built
 * from a {@link Linker} (trained as the batch run trains), {@linkplain #save saved} to a file and
 * {@linkplain #load loaded} from it, e.g. by a service that checks each new land-register row against the
 * population registry while the clerk waits.
 * <pre>
 *   Linker linker = Linker.link(model, landUsers, citizens, keys);
 *   Linker trained = linker.withModel(linker.train(TrainingOptions.defaults())).withOneMatchPerLeft();
 *   LinkingIndex.of(trained).save(Path.of("citizens.idx"));
 *   ...
 *   LinkingIndex index = LinkingIndex.load(Path.of("citizens.idx"), keys);   // the same key functions
 *   List&lt;IndexCandidate&gt; who = index.query(Map.of("id", "r1", "full_name", "Nguyễn Văn An", "birth", "1971",
 *           "citizen_id", "", "commune", "26881"), 0.01);
 * </pre>
 *
 * <h2>The same answer as the batch run</h2>
 * A record is scored by the code that scores a batch, not a copy of it: its key functions give its values, blocks
 * make its candidates (same rules, in the same order, a pair counted once), the comparisons' levels and the weights
 * are computed by the same methods, and with one match per record the candidates share one match as in
 * {@link Linker#withOneMatchPerLeft()}. So a left record of the tables the index was built from gets exactly the
 * pairs, weights and levels the batch linker gives it. Term frequencies are those of the tables it was built from
 * (both sides, as the batch counts them); a value neither table had counts as seen once. The index does not learn
 * from the records it answers: rebuild it when the population changes.
 *
 * <h2>The file</h2>
 * A binary file of this package's own layout: magic bytes, a format version, the trained model as JSON, the
 * dictionaries and rows, and a CRC-32 of the whole. {@link #load} checks each (and every id against its
 * dictionary) and fails with an {@link IndexFileException} naming the file and the fault: not an index, another
 * version, cut short, damaged. Key functions are code, not data: {@link #load} takes the same {@link KeyFunctions}
 * the index was built with (a registry with other functions under the same names gives other answers).
 *
 * <p>Link models only (a left record against a right table); deduplication has no right table to index.
 *
 * <p>Immutable and thread-safe: any number of threads may query one index at once (each thread keeps its own
 * scratch buffers; the index's arrays are only read).
 */
public final class LinkingIndex {
    private final LinkageModel model;
    private final boolean oneMatchPerLeft;
    private final KeyFunctions functions;
    /** In {@link Engine.FeatureRefs} order: the compared features first (their slot is their index). */
    private final Feature[] features;
    private final KeyFunction[] keyFunctions;
    private final ValueLookup[] lookups;
    private final int compared;
    /** Per rule: the features of its keys (indexes into {@link #features}). */
    private final int[][] ruleKeys;
    /** Per rule of two keys or more: open-addressing table of block + 1 (0 empty), keyed by the keys' ids. */
    private final int[][] ruleTables;
    private final int[] blockCounts;
    private final int[] packedRight;
    private final int stride;
    private final Engine engine;
    private final ThreadLocal<Work> work;

    private LinkingIndex(LinkageModel model, boolean oneMatchPerLeft, KeyFunctions functions, Feature[] features,
                         int[] blockCounts, int[] packedRight, int stride, String[] rightIds) {
        this.model = model;
        this.oneMatchPerLeft = oneMatchPerLeft;
        this.functions = functions;
        this.features = features;
        this.blockCounts = blockCounts;
        this.packedRight = packedRight;
        this.stride = stride;
        Engine.FeatureRefs refs = Engine.FeatureRefs.of(model);
        this.compared = refs.compared();
        Map<KeyRef, Feature> byRef = new LinkedHashMap<>();
        keyFunctions = new KeyFunction[features.length];
        lookups = new ValueLookup[features.length];
        for (int j = 0; j < features.length; j++) {
            byRef.put(features[j].ref, features[j]);
            keyFunctions[j] = functions.resolve(features[j].ref.function());
            lookups[j] = new ValueLookup(features[j].values);
        }
        List<BlockingRule> rules = model.blockingRules();
        BlockIndex[] blocks = new BlockIndex[rules.size()];
        ruleKeys = new int[rules.size()][];
        ruleTables = new int[rules.size()][];
        int rows = rightIds.length;
        for (int q = 0; q < blocks.length; q++) {
            int[] rightBlock = new int[rows];
            for (int row = 0; row < rows; row++) {
                rightBlock[row] = packedRight[row * stride + compared + q];
            }
            blocks[q] = BlockIndex.ofRight(rules.get(q), rightBlock, blockCounts[q]);
            List<KeyRef> keys = rules.get(q).keys();
            ruleKeys[q] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                ruleKeys[q][k] = refs.all().indexOf(keys.get(k));
            }
            if (keys.size() > 1) {
                ruleTables[q] = ruleTable(blocks[q], ruleKeys[q]);
            }
        }
        this.engine = Engine.frozen(model, functions, byRef, blocks, new PackedRows(new int[0], packedRight, stride),
                rightIds);
        int comparisons = model.comparisons().size();
        int featureCount = features.length;
        double noMatch = engine.noMatchWeight();
        this.work = ThreadLocal.withInitial(() -> new Work(comparisons, stride, featureCount, noMatch));
    }

    /**
     * The index of a linker's right table under its model, scoring with one match per record when the linker does.
     * Train first ({@link Linker#train}, {@link Linker#withModel}): the index keeps the model as it is.
     *
     * @param linker a trained linker of two tables
     * @return the index of its right table
     * @throws IllegalArgumentException if the linker deduplicates one table
     */
    public static LinkingIndex of(Linker linker) {
        Objects.requireNonNull(linker, "linker");
        Engine e = linker.engine();
        if (e.dedupe) {
            throw new IllegalArgumentException("a linking index links records against a right table; this linker"
                    + " deduplicates one table (build it from a model with link_type \"link\")");
        }
        List<Feature> built = new ArrayList<>(e.features.values());
        Feature[] features = new Feature[built.size()];
        for (int j = 0; j < features.length; j++) {
            Feature f = built.get(j);
            // compared features' right ids are in the packed rows; rule keys keep theirs (to find blocks)
            features[j] = Feature.ofDictionary(f.ref, f.values, j < e.ruleSlot ? new int[0] : f.right, f.counts,
                    f.totalCount);
        }
        int[] blockCounts = new int[e.blocks.length];
        for (int q = 0; q < blockCounts.length; q++) {
            blockCounts[q] = e.blocks[q].blockCount;
        }
        return new LinkingIndex(e.model, linker.oneMatchPerLeft(), e.functions, features, blockCounts,
                e.packed.right, e.packed.stride, e.rightIds);
    }

    /**
     * Writes the index to a file (replacing it; written beside it first and moved into place, so a reader never
     * sees half a file).
     *
     * @param file the file to write
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (IndexFile.Output out = new IndexFile.Output(tmp)) {
                out.writeString(model.toJson());
                out.writeBoolean(oneMatchPerLeft);
                out.writeInt(features.length);
                for (Feature f : features) {
                    out.writeString(f.ref.column());
                    out.writeString(f.ref.function());
                    out.writeString(f.ref.rightColumn());
                    out.writeStrings(f.values);
                    out.writeInts(f.counts);
                    out.writeLong(f.totalCount);
                    out.writeInts(f.right);
                }
                out.writeInts(blockCounts);
                out.writeInt(stride);
                out.writeInts(packedRight);
                out.writeStrings(engine.rightIds);
                out.finish();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads an index {@link #save saved} before, with the key functions it was built with.
     *
     * @param file      the index file
     * @param functions the key functions the index was built with
     * @return the index
     * @throws IndexFileException       if the file is not an index of this format version, is cut short or damaged,
     *                                  or contradicts its own model
     * @throws IllegalArgumentException if {@code functions} lack a key function the model names
     */
    public static LinkingIndex load(Path file, KeyFunctions functions) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(functions, "functions");
        try (IndexFile.Input in = new IndexFile.Input(file)) {
            LinkageModel model;
            try {
                model = LinkageModel.fromJson(in.readString("the model"));
            } catch (IllegalArgumentException e) {
                throw in.fail("is damaged: its model does not read: " + e.getMessage());
            }
            if (model.linkType() != LinkType.LINK) {
                throw in.fail("is damaged: its model is not a link model");
            }
            boolean oneMatch = in.readBoolean();
            Engine.FeatureRefs refs = Engine.FeatureRefs.of(model);
            int n = in.readInt();
            if (n != refs.all().size()) {
                throw in.fail("is damaged: it holds " + n + " derived columns where its model reads "
                        + refs.all().size());
            }
            Feature[] features = new Feature[n];
            for (int j = 0; j < n; j++) {
                KeyRef ref = new KeyRef(in.readString("a column"), in.readString("a key function"),
                        in.readString("a right column"));
                if (!ref.equals(refs.all().get(j))) {
                    throw in.fail("is damaged: derived column " + j + " is " + ref + " where its model reads "
                            + refs.all().get(j));
                }
                String[] values = in.readStrings("the values of " + ref);
                int[] counts = in.readInts("the counts of " + ref);
                long total = in.readLong();
                int[] right = in.readInts("the right rows of " + ref);
                if (counts.length != values.length || total < 0) {
                    throw in.fail("is damaged: " + ref + " has " + values.length + " values and " + counts.length
                            + " counts");
                }
                features[j] = Feature.ofDictionary(ref, values, right, counts, total);
            }
            int[] blockCounts = in.readInts("the block counts");
            int stride = in.readInt();
            int[] packed = in.readInts("the right rows");
            String[] rightIds = in.readStrings("the right ids");
            in.finish();
            check(in, model, refs, features, blockCounts, stride, packed, rightIds);
            for (Feature f : features) {
                if (!functions.isValid(f.ref.function())) {
                    throw new IllegalArgumentException("the index " + file + " needs the key function '"
                            + f.ref.function() + "', which these key functions lack: load it with the key"
                            + " functions it was built with");
                }
            }
            return new LinkingIndex(model, oneMatch, functions, features, blockCounts, packed, stride, rightIds);
        }
    }

    /** Checks that every id in the file lies within its dictionary or block count. */
    private static void check(IndexFile.Input in, LinkageModel model, Engine.FeatureRefs refs, Feature[] features,
                              int[] blockCounts, int stride, int[] packed, String[] rightIds)
            throws IndexFileException {
        int rules = model.blockingRules().size();
        int compared = refs.compared();
        int rows = rightIds.length;
        if (blockCounts.length != rules || stride != Math.max(1, compared + rules)
                || packed.length != (long) rows * stride) {
            throw in.fail("is damaged: its rows do not have the shape its model needs");
        }
        int[] limits = new int[stride];
        for (int j = 0; j < compared; j++) {
            limits[j] = features[j].values.length;
        }
        for (int q = 0; q < rules; q++) {
            if (blockCounts[q] < 0) {
                throw in.fail("is damaged: rule " + q + " has " + blockCounts[q] + " blocks");
            }
            limits[compared + q] = blockCounts[q];
            List<KeyRef> keys = model.blockingRules().get(q).keys();
            if (keys.size() == 1 && blockCounts[q] != features[refs.all().indexOf(keys.get(0))].values.length) {
                throw in.fail("is damaged: rule " + q + " has " + blockCounts[q] + " blocks for "
                        + features[refs.all().indexOf(keys.get(0))].values.length + " key values");
            }
        }
        for (int i = 0; i < packed.length; i++) {
            int v = packed[i];
            if (v < -1 || v >= limits[i % stride] && compared + rules > 0) {
                throw in.fail("is damaged: right row " + i / stride + " holds id " + v + " in slot " + i % stride
                        + ", past the end of its dictionary");
            }
        }
        for (int j = 0; j < features.length; j++) {
            int[] right = features[j].right;
            if (right.length != (j < compared ? 0 : rows)) {
                throw in.fail("is damaged: " + features[j].ref + " has " + right.length + " right rows of " + rows);
            }
            for (int v : right) {
                if (v < -1 || v >= features[j].values.length) {
                    throw in.fail("is damaged: " + features[j].ref + " holds id " + v + " past its dictionary");
                }
            }
        }
    }

    /** {@return the model the index scores with} */
    public LinkageModel model() {
        return model;
    }

    /** {@return whether a record's candidates share one match ({@link Linker#withOneMatchPerLeft()})} */
    public boolean oneMatchPerLeft() {
        return oneMatchPerLeft;
    }

    /** {@return the number of right records} */
    public int size() {
        return engine.rightSize();
    }

    /**
     * The id of a right row.
     *
     * @param row the right row
     * @return its id
     */
    public String rightId(int row) {
        return engine.rightIds[row];
    }

    /**
     * The columns a record should carry (the model's left columns, id first); others are ignored, and a missing
     * one counts as a missing value.
     *
     * @return the column names, id first
     */
    public List<String> recordColumns() {
        List<String> out = new ArrayList<>();
        out.add(model.idColumn());
        for (Feature f : features) {
            if (!out.contains(f.ref.column())) {
                out.add(f.ref.column());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every candidate of one record with probability at least {@code minProbability}, best first (ties by right
     * row). The record maps column names (the model's left columns, see {@link #recordColumns()}) to raw values,
     * as a table cell holds them: trimmed, a blank or absent value is missing. Bad values never throw: a value a key
     * function cannot read makes that comparison's null level, as in batch linking.
     *
     * @param record         the record's raw values by column name
     * @param minProbability in [0, 1]; 0 returns every candidate the blocking rules make
     * @return the candidates, best first
     * @throws IllegalArgumentException if the probability is outside [0, 1]
     */
    public List<IndexCandidate> query(Map<String, String> record, double minProbability) {
        return query(record, minProbability, Integer.MAX_VALUE);
    }

    /**
     * The best {@code limit} candidates of one record with probability at least {@code minProbability}; see
     * {@link #query(Map, double)}.
     *
     * @param record         the record's raw values by column name
     * @param minProbability in [0, 1]; 0 returns every candidate the blocking rules make
     * @param limit          the most candidates to return, 1 or more
     * @return the candidates, best first
     * @throws IllegalArgumentException if the probability is outside [0, 1] or {@code limit} is below 1
     */
    public List<IndexCandidate> query(Map<String, String> record, double minProbability, int limit) {
        List<ScoredPair> pairs = score(record, minProbability);
        if (limit < 1) {
            throw new IllegalArgumentException("a limit must be 1 or more, got " + limit);
        }
        pairs.sort(Comparator.comparingDouble(ScoredPair::matchWeight).reversed()
                .thenComparingInt(ScoredPair::rightRow));
        Work w = work.get();
        List<IndexCandidate> out = new ArrayList<>(Math.min(limit, pairs.size()));
        for (ScoredPair p : pairs) {
            if (out.size() == limit) {
                break;
            }
            Explanation why = engine.explain(w.row, 0, p.leftId(), p.rightRow(), w.scratch);
            out.add(new IndexCandidate(p.rightId(), p.rightRow(), p.matchWeight(), p.matchProbability(), why));
        }
        return out;
    }

    /**
     * The record's candidate pairs with probability at least {@code minProbability}, in batch order (by rule, then
     * right row) with left row 0; leaves the record packed in this thread's work row.
     */
    List<ScoredPair> score(Map<String, String> record, double minProbability) {
        Objects.requireNonNull(record, "record");
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("a minimum probability must be in [0, 1], got " + minProbability);
        }
        double minWeight = Weights.weightOf(minProbability);
        Work w = work.get();
        String leftId = pack(record, w);
        int[] row = w.row;
        Scratch s = w.scratch;
        List<ScoredPair> out = new ArrayList<>();
        String[] rightIds = engine.rightIds;
        if (!oneMatchPerLeft) {
            engine.forEachCandidateOf(row, 0, 0, (l, r) -> {
                engine.levels(row, 0, r, s);
                double weight = engine.weight(row, 0, s);
                if (weight >= minWeight) {
                    out.add(new ScoredPair(0, r, leftId, rightIds[r], weight, s.levels.clone()));
                }
            });
            return out;
        }
        OneMatchGroup group = w.group;
        group.clear();
        engine.forEachCandidateOf(row, 0, 0, (l, r) -> {
            engine.levels(row, 0, r, s);
            group.add(r, engine.weight(row, 0, s), s.levels);
        });
        group.emit(0, leftId, rightIds, minWeight, out);
        return out;
    }

    /** Derives the record's values, packs their ids and block ids into {@code w.row}; returns the record's id. */
    private String pack(Map<String, String> record, Work w) {
        int[] row = w.row;
        int[] ids = w.ids;
        w.scratch.clearQuery(compared);
        for (int j = 0; j < features.length; j++) {
            String raw = record.get(features[j].ref.column());
            String v = raw == null ? "" : raw.strip();
            int id = Feature.MISSING;
            if (!v.isEmpty()) {
                String d;
                try {
                    d = keyFunctions[j].apply(v);
                } catch (RuntimeException e) {
                    d = "";   // as in batch: a function that throws yields no key
                }
                if (d != null && !d.isEmpty()) {
                    id = lookups[j].find(d);
                    if (id < 0) {
                        id = features[j].values.length;   // a value no table had
                        if (j < compared) {
                            w.scratch.setQueryValue(j, d);
                        }
                    }
                }
            }
            ids[j] = id;
            if (j < compared) {
                row[j] = id;
            }
        }
        for (int q = 0; q < ruleKeys.length; q++) {
            row[compared + q] = block(q, ids);
        }
        String id = record.get(model.idColumn());
        return id == null || id.isBlank() ? "" : id.strip();
    }

    /** The block of rule {@code q} for a record's feature ids, or -1 when no right row shares its keys. */
    private int block(int q, int[] ids) {
        int[] keys = ruleKeys[q];
        for (int f : keys) {
            int id = ids[f];
            if (id < 0 || id >= features[f].values.length) {
                return -1;
            }
        }
        if (keys.length == 1) {
            return ids[keys[0]];
        }
        int[] table = ruleTables[q];
        int mask = table.length - 1;
        int h = 0;
        for (int f : keys) {
            h = h * 0x9E3779B1 + ids[f];
        }
        for (int slot = mix(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int b = table[slot] - 1;
            if (sameKeys(keys, ids, engine.blocks[q].rows[engine.blocks[q].start[b]])) {
                return b;
            }
        }
        return -1;
    }

    private boolean sameKeys(int[] keys, int[] ids, int rightRow) {
        for (int f : keys) {
            if (rightKey(f, rightRow) != ids[f]) {
                return false;
            }
        }
        return true;
    }

    /** The id of feature {@code f} for a right row. */
    private int rightKey(int f, int row) {
        return f < compared ? packedRight[row * stride + f] : features[f].right[row];
    }

    /** A rule's blocks that hold right rows, keyed by their keys' ids (read from each block's first row). */
    private int[] ruleTable(BlockIndex index, int[] keys) {
        int used = 0;
        for (int b = 0; b < index.blockCount; b++) {
            if (index.start[b + 1] > index.start[b]) {
                used++;
            }
        }
        int[] table = new int[Integer.highestOneBit(Math.max(16, used * 2 - 1)) << 1];
        int mask = table.length - 1;
        for (int b = 0; b < index.blockCount; b++) {
            if (index.start[b + 1] == index.start[b]) {
                continue;
            }
            int first = index.rows[index.start[b]];
            int h = 0;
            for (int f : keys) {
                h = h * 0x9E3779B1 + rightKey(f, first);
            }
            int slot = mix(h) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = b + 1;
        }
        return table;
    }

    private static int mix(int h) {
        int x = h * 0x85EBCA6B;
        return x ^ (x >>> 15);
    }

    /**
     * A dictionary's ids by value: open addressing over ids, probing with the strings' own (cached) hash codes and
     * comparing with the dictionary's strings, so it costs one int per slot and no copy of the values.
     */
    private static final class ValueLookup {
        private final String[] values;
        private final int[] table;

        ValueLookup(String[] values) {
            this.values = values;
            this.table = new int[Integer.highestOneBit(Math.max(16, values.length * 2 - 1)) << 1];
            int mask = table.length - 1;
            for (int id = 0; id < values.length; id++) {
                int slot = mix(values[id].hashCode()) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = id + 1;
            }
        }

        /** The id of {@code value}, or -1. */
        int find(String value) {
            int mask = table.length - 1;
            for (int slot = mix(value.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                int id = table[slot] - 1;
                if (values[id].equals(value)) {
                    return id;
                }
            }
            return -1;
        }
    }

    /** One thread's buffers: the record's packed row, its feature ids, scratch, one-match group. */
    private static final class Work {
        final int[] row;
        final int[] ids;
        final Scratch scratch;
        final OneMatchGroup group;

        Work(int comparisons, int stride, int features, double noMatchWeight) {
            this.row = new int[stride];
            this.ids = new int[features];
            this.scratch = new Scratch(comparisons);
            this.group = new OneMatchGroup(comparisons, noMatchWeight);
        }
    }
}
