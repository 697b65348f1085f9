package org.parcelrecon.matching.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcelrecon.matching.ScoredPair;

/**
 * Groups the records of one table into entities: the connected components of the graph whose edges are the
 * pairs at or above a probability threshold (for finding the same land user written differently across parcels).
 *
 * <p>Each cluster is named by its smallest row, so the result does not depend on the order of the pairs.
 * Transitivity is the known weakness: A~B and B~C put A and C together even when A~C scores low; raise the
 * threshold, or review clusters whose {@link #clusterSizes() size} is unusual.
 *
 * <p>Example: 5 rows, pairs 0~1 (0.99), 1~2 (0.9), 3~4 (0.2), threshold 0.5: clusters {0, 1, 2}, {3}, {4}.
 * Immutable.
 *
 * <p>Thread-safe, being immutable.
 */
public final class Clustering {
    private final int[] cluster;

    private Clustering(int[] cluster) {
        this.cluster = cluster;
    }

    /**
     * Connected components of rows {@code 0 .. size-1} joined by pairs with probability at least
     * {@code minProbability}.
     *
     * @throws IllegalArgumentException if the threshold is outside [0, 1] or a pair's row is out of range
     * @param size the number of rows
     * @param pairs scored pairs among those rows
     * @param minProbability the least probability that joins two rows
     * @return the clusters
     */
    public static Clustering connectedComponents(int size, List<ScoredPair> pairs, double minProbability) {
        Objects.requireNonNull(pairs, "pairs");
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("a probability threshold must be in [0, 1], got " + minProbability);
        }
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (ScoredPair p : pairs) {
            if (p.matchProbability() < minProbability) {
                continue;
            }
            int a = p.leftRow();
            int b = p.rightRow();
            if (a < 0 || a >= size || b < 0 || b >= size) {
                throw new IllegalArgumentException("pair " + p + " has a row outside 0.." + (size - 1));
            }
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                // The smaller root wins, so a cluster is named by its smallest row.
                if (ra < rb) {
                    parent[rb] = ra;
                } else {
                    parent[ra] = rb;
                }
            }
        }
        int[] cluster = new int[size];
        for (int i = 0; i < size; i++) {
            cluster[i] = find(parent, i);
        }
        return new Clustering(cluster);
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    /** {@return the number of rows} */
    public int size() {
        return cluster.length;
    }

    /**
     * {@return the cluster of a row: the smallest row in it}
     *
     * @throws IndexOutOfBoundsException if the row is out of range
     * @param row a row, {@code 0 .. size-1}
     */
    public int clusterOf(int row) {
        return cluster[row];
    }

    /** {@return the clusters, each a sorted list of rows, ordered by their smallest row; singletons included} */
    public List<List<Integer>> clusters() {
        List<List<Integer>> byRoot = new ArrayList<>();
        int[] index = new int[cluster.length];
        for (int i = 0; i < cluster.length; i++) {
            if (cluster[i] == i) {
                index[i] = byRoot.size();
                byRoot.add(new ArrayList<>());
            }
        }
        for (int i = 0; i < cluster.length; i++) {
            byRoot.get(index[cluster[i]]).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : byRoot) {
            out.add(List.copyOf(c));
        }
        return out;
    }

    /** {@return the size of each row's cluster} */
    public int[] clusterSizes() {
        int[] count = new int[cluster.length];
        for (int c : cluster) {
            count[c]++;
        }
        int[] sizes = new int[cluster.length];
        for (int i = 0; i < cluster.length; i++) {
            sizes[i] = count[cluster[i]];
        }
        return sizes;
    }
}
