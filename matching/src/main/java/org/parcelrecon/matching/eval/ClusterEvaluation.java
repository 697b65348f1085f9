package org.parcelrecon.matching.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quality of clusters (entities) against the truth: B-cubed precision and recall, the share of true clusters
 * reproduced exactly, and precision and recall of the pairs the clusters imply.
 *
 * <p>Definitions, over the records {@code e} (each in one predicted cluster {@code C(e)} and one true cluster
 * {@code T(e)}): B-cubed precision is the mean of {@code |C(e) ∩ T(e)| / |C(e)|}, recall the mean of
 * {@code |C(e) ∩ T(e)| / |T(e)|} (Bagga and Baldwin, 1998); a true cluster is reproduced exactly when one predicted
 * cluster has exactly its records. The pairs a clustering implies are every two records in one cluster; when the
 * records come from two tables (a link), only pairs of records from different tables count.
 *
 * <p>Example: truth {a, b, c}, {d}; predicted {a, b}, {c, d}: B-cubed precision (1 + 1 + ½ + ½) / 4 = 0.75,
 * recall (⅔ + ⅔ + ⅓ + 1) / 4 = 0.667; no true cluster is reproduced exactly (0 of 2: {c, d} is not {d});
 * pairs: predicted a~b, c~d, true a~b, a~c, b~c: precision ½, recall ⅓. Stateless.
 */
public final class ClusterEvaluation {
    private ClusterEvaluation() {
    }

    /**
     * A record of one table.
     *
     * @param table the table's name (e.g. {@code left}, {@code right})
     * @param id    the record's id in it
     */
    public record RecordRef(String table, String id) {
        /**
         * Checks for nulls.
         *
         * @param table the table's name
         * @param id    the record's id in it
         */
        public RecordRef {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Cluster quality.
     *
     * @param records            records evaluated
     * @param predictedClusters  predicted clusters, singletons included
     * @param trueClusters       true clusters, singletons included
     * @param largestPredicted   records in the largest predicted cluster
     * @param largestTrue        records in the largest true cluster
     * @param bcubedPrecision    mean share of a record's predicted cluster that is truly its entity
     * @param bcubedRecall       mean share of a record's true entity that its predicted cluster holds
     * @param bcubedF1           their harmonic mean
     * @param exactClusters      true clusters reproduced exactly
     * @param exactShare         {@code exactClusters / trueClusters}
     * @param exactShareOfGroups the same among true clusters of two or more records (0 when there are none)
     * @param pairs              precision, recall and F1 of the pairs the clusters imply (threshold NaN)
     */
    public record ClusterMetrics(int records, int predictedClusters, int trueClusters, int largestPredicted,
                                 int largestTrue, double bcubedPrecision, double bcubedRecall, double bcubedF1,
                                 int exactClusters, double exactShare, double exactShareOfGroups, Metrics pairs) {
        /**
         * Checks for nulls.
         *
         * @param records            records evaluated
         * @param predictedClusters  predicted clusters, singletons included
         * @param trueClusters       true clusters, singletons included
         * @param largestPredicted   records in the largest predicted cluster
         * @param largestTrue        records in the largest true cluster
         * @param bcubedPrecision    B-cubed precision
         * @param bcubedRecall       B-cubed recall
         * @param bcubedF1           B-cubed F1
         * @param exactClusters      true clusters reproduced exactly
         * @param exactShare         {@code exactClusters / trueClusters}
         * @param exactShareOfGroups the same among true clusters of two or more records
         * @param pairs              pair precision, recall and F1
         */
        public ClusterMetrics {
            Objects.requireNonNull(pairs, "pairs");
        }
    }

    /**
     * Scores predicted clusters against true ones. Every record of {@code predicted} is evaluated; one missing
     * from {@code truth} is a true singleton. Cluster labels are compared only for equality.
     *
     * @param <C>       the type of the predicted cluster labels
     * @param <T>       the type of the true cluster labels
     * @param predicted each record's predicted cluster label
     * @param truth     each record's true cluster label (a record missing from it is a singleton)
     * @return the cluster quality
     * @throws IllegalArgumentException if there are no records
     */
    public static <C, T> ClusterMetrics evaluate(Map<RecordRef, C> predicted, Map<RecordRef, T> truth) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(truth, "truth");
        if (predicted.isEmpty()) {
            throw new IllegalArgumentException("no records to evaluate");
        }
        Map<Object, Group> byPredicted = new LinkedHashMap<>();
        Map<Object, Group> byTrue = new LinkedHashMap<>();
        Map<List<Object>, Group> cells = new HashMap<>();
        java.util.Set<String> tables = new java.util.HashSet<>();
        int singletonCounter = 0;
        List<Object[]> rows = new ArrayList<>(predicted.size());
        for (Map.Entry<RecordRef, C> e : predicted.entrySet()) {
            RecordRef r = e.getKey();
            tables.add(r.table());
            Object c = List.of("p", Objects.requireNonNull(e.getValue(), "a predicted cluster label"));
            T t = truth.get(r);
            Object tk = t == null ? List.of("s", singletonCounter++) : List.of("t", t);
            byPredicted.computeIfAbsent(c, k -> new Group()).add(r.table());
            byTrue.computeIfAbsent(tk, k -> new Group()).add(r.table());
            cells.computeIfAbsent(List.of(c, tk), k -> new Group()).add(r.table());
            rows.add(new Object[] {c, tk});
        }
        boolean oneTable = tables.size() == 1;
        double precision = 0;
        double recall = 0;
        for (Object[] row : rows) {
            double both = cells.get(List.of(row[0], row[1])).size;
            precision += both / byPredicted.get(row[0]).size;
            recall += both / byTrue.get(row[1]).size;
        }
        int n = rows.size();
        precision /= n;
        recall /= n;
        int exact = 0;
        int groups = 0;
        int exactGroups = 0;
        for (Map.Entry<List<Object>, Group> cell : cells.entrySet()) {
            Group t = byTrue.get(cell.getKey().get(1));
            Group c = byPredicted.get(cell.getKey().get(0));
            if (cell.getValue().size == t.size && c.size == t.size) {
                exact++;
                exactGroups += t.size > 1 ? 1 : 0;
            }
        }
        long tp = 0;
        long predictedPairs = 0;
        long truePairs = 0;
        int largestPredicted = 0;
        int largestTrue = 0;
        for (Group g : cells.values()) {
            tp += g.pairs(oneTable);
        }
        for (Group g : byPredicted.values()) {
            predictedPairs += g.pairs(oneTable);
            largestPredicted = Math.max(largestPredicted, g.size);
        }
        for (Group g : byTrue.values()) {
            truePairs += g.pairs(oneTable);
            largestTrue = Math.max(largestTrue, g.size);
            groups += g.size > 1 ? 1 : 0;
        }
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusterMetrics(n, byPredicted.size(), byTrue.size(), largestPredicted, largestTrue, precision,
                recall, f1, exact, (double) exact / byTrue.size(), groups == 0 ? 0 : (double) exactGroups / groups,
                Metrics.of(Double.NaN, tp, predictedPairs - tp, truePairs - tp));
    }

    /**
     * The true cluster of each record: the connected components of the true pairs among {@code records} (records
     * in no true pair are singletons). A true pair's first id is a record of {@code leftTable}, its second of
     * {@code rightTable} (the same table for a deduplication); pairs naming a record not in {@code records} are
     * left out and counted in {@link TrueClusters#pairsLeftOut()}.
     *
     * @param records    the records to cluster
     * @param truth      the true pairs
     * @param leftTable  the table of a true pair's first id
     * @param rightTable the table of a true pair's second id
     * @return each record's true cluster and the number of pairs left out
     */
    public static TrueClusters trueClusters(Collection<RecordRef> records, TruthPairs truth, String leftTable,
                                            String rightTable) {
        Map<RecordRef, Integer> index = new HashMap<>();
        List<RecordRef> list = new ArrayList<>();
        for (RecordRef r : records) {
            if (index.putIfAbsent(r, list.size()) == null) {
                list.add(r);
            }
        }
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int leftOut = 0;
        for (List<String> p : truth.pairs()) {
            Integer a = index.get(new RecordRef(leftTable, p.get(0)));
            Integer b = index.get(new RecordRef(rightTable, p.get(1)));
            if (a == null || b == null) {
                leftOut++;
                continue;
            }
            int ra = find(parent, a);
            int rb = find(parent, b);
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        Map<RecordRef, Integer> cluster = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            cluster.put(list.get(i), find(parent, i));
        }
        return new TrueClusters(cluster, leftOut);
    }

    /**
     * True clusters made from true pairs.
     *
     * @param clusterOf    each record's true cluster (the smallest index of its component)
     * @param pairsLeftOut true pairs naming a record that was not among the records
     */
    public record TrueClusters(Map<RecordRef, Integer> clusterOf, int pairsLeftOut) {
        /**
         * Copies the map.
         *
         * @param clusterOf    each record's true cluster
         * @param pairsLeftOut true pairs naming a record that was not among the records
         */
        public TrueClusters {
            clusterOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clusterOf));
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Records of one group, counted per table. */
    private static final class Group {
        int size;
        final Map<String, Integer> perTable = new HashMap<>(2);

        void add(String table) {
            size++;
            perTable.merge(table, 1, Integer::sum);
        }

        /** Pairs within the group: any two records for one table, else two records of different tables. */
        long pairs(boolean oneTable) {
            long n = size;
            if (oneTable) {
                return n * (n - 1) / 2;
            }
            long same = 0;
            for (int k : perTable.values()) {
                same += (long) k * k;
            }
            return (n * n - same) / 2;
        }
    }
}
