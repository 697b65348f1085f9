package org.parcelrecon.matching.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parcelrecon.matching.Table;

/**
 * The true matches: a set of pairs of record ids. For a deduplication the pairs are unordered ({@code a~b} is
 * {@code b~a}); for a link they are (left id, right id).
 *
 * <p>Made from explicit pairs, or from a cluster column where records of one cluster are the same entity (all
 * pairs within a cluster are true). Example: clusters {@code {0,1,2}} and {@code {3}} give the three pairs 0~1,
 * 0~2, 1~2. Immutable.
 *
 * <p>Thread-safe, being immutable.
 */
public final class TruthPairs {
    private final Set<Key> pairs;
    private final boolean unordered;

    private TruthPairs(Set<Key> pairs, boolean unordered) {
        this.pairs = pairs;
        this.unordered = unordered;
    }

    /**
     * Truth from explicit pairs of ids, each a two-element list {@code [leftId, rightId]}; self-pairs are dropped.
     *
     * @param unordered true for a deduplication
     * @param pairs the pairs of ids
     * @return the truth
     */
    public static TruthPairs of(Collection<List<String>> pairs, boolean unordered) {
        Set<Key> set = new HashSet<>();
        for (List<String> p : pairs) {
            if (p.size() != 2) {
                throw new IllegalArgumentException("a pair needs two ids, got " + p);
            }
            if (unordered && p.get(0).equals(p.get(1))) {
                continue;
            }
            set.add(key(p.get(0), p.get(1), unordered));
        }
        return new TruthPairs(set, unordered);
    }

    /**
     * Truth for a deduplication from a cluster column: every pair of records in the same cluster. Records
     * without a cluster value are singletons.
     *
     * @param table the table
     * @param idColumn its id column
     * @param clusterColumn the column naming each record's true entity
     * @return every pair of records in one cluster
     */
    public static TruthPairs fromClusters(Table table, String idColumn, String clusterColumn) {
        Map<String, List<String>> clusters = groups(table, idColumn, clusterColumn);
        Set<Key> set = new HashSet<>();
        for (List<String> members : clusters.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    set.add(key(members.get(i), members.get(j), true));
                }
            }
        }
        return new TruthPairs(set, true);
    }

    /**
     * Truth for a link from cluster columns of two tables: every (left, right) pair sharing a cluster.
     *
     * @param left the left table
     * @param right the right table
     * @param idColumn the id column of both
     * @param clusterColumn the column naming each record's true entity in both
     * @return every (left, right) pair in one cluster
     */
    public static TruthPairs fromClusters(Table left, Table right, String idColumn, String clusterColumn) {
        Map<String, List<String>> l = groups(left, idColumn, clusterColumn);
        Map<String, List<String>> r = groups(right, idColumn, clusterColumn);
        Set<Key> set = new HashSet<>();
        for (Map.Entry<String, List<String>> e : l.entrySet()) {
            for (String a : e.getValue()) {
                for (String b : r.getOrDefault(e.getKey(), List.of())) {
                    set.add(key(a, b, false));
                }
            }
        }
        return new TruthPairs(set, false);
    }

    private static Map<String, List<String>> groups(Table table, String idColumn, String clusterColumn) {
        Objects.requireNonNull(table, "table");
        if (table.columnIndex(clusterColumn).isEmpty() || table.columnIndex(idColumn).isEmpty()) {
            throw new IllegalArgumentException("the table has no column '" + clusterColumn + "' or '" + idColumn
                    + "'; it has " + table.columns());
        }
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        for (int row = 0; row < table.size(); row++) {
            Optional<String> cluster = table.value(row, clusterColumn);
            Optional<String> id = table.value(row, idColumn);
            if (cluster.isPresent() && id.isPresent()) {
                clusters.computeIfAbsent(cluster.get(), k -> new ArrayList<>()).add(id.get());
            }
        }
        return clusters;
    }

    /** {@return the number of true pairs} */
    public int size() {
        return pairs.size();
    }

    /** {@return whether the pairs are unordered (a deduplication)} */
    public boolean isUnordered() {
        return unordered;
    }

    /**
     * {@return whether {@code leftId}~{@code rightId} is a true pair}
     *
     * @param leftId a left id
     * @param rightId a right id
     */
    public boolean contains(String leftId, String rightId) {
        return pairs.contains(key(leftId, rightId, unordered));
    }

    /** {@return the pairs as {@code [leftId, rightId]} lists (the smaller id first when unordered), sorted} */
    public List<List<String>> pairs() {
        List<List<String>> out = new ArrayList<>();
        for (Key k : pairs) {
            out.add(List.of(k.a, k.b));
        }
        out.sort((x, y) -> {
            int c = x.get(0).compareTo(y.get(0));
            return c != 0 ? c : x.get(1).compareTo(y.get(1));
        });
        return out;
    }

    static Key key(String a, String b, boolean unordered) {
        Objects.requireNonNull(a, "leftId");
        Objects.requireNonNull(b, "rightId");
        return unordered && a.compareTo(b) > 0 ? new Key(b, a) : new Key(a, b);
    }

    /** One pair of ids. */
    record Key(String a, String b) {
    }
}
