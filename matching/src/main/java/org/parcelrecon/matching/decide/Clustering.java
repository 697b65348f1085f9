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
 * Transitivity is the known weakness of connected components: A~B and B~C put A and C together even when A~C
 * scores low, and on large data chains of such links join hundreds of people; {@link ClusterMethod#AVERAGE_LINKAGE}
 * does not chain, and is what {@code parcelrecon link --cluster} uses unless told otherwise.
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
        checkThreshold(minProbability);
        PairGraph graph = PairGraph.dedupe(size);
        for (ScoredPair p : pairs) {
            int a = p.leftRow();
            int b = p.rightRow();
            if (a < 0 || a >= size || b < 0 || b >= size) {
                throw new IllegalArgumentException("pair " + p + " has a row outside 0.." + (size - 1));
            }
            if (a != b && p.matchProbability() >= minProbability) {
                graph.add(a, b, p.matchProbability());
            }
        }
        return fromLabels(componentLabels(graph, minProbability));
    }

    /**
     * Connected components of a {@link PairGraph}'s nodes joined by pairs with probability at least
     * {@code minProbability}; a cluster is named by its smallest node.
     *
     * @param graph          the scored pairs
     * @param minProbability the lowest match probability of a pair that joins
     * @return the clustering of the graph's nodes
     * @throws IllegalArgumentException if the threshold is outside [0, 1]
     */
    public static Clustering connectedComponents(PairGraph graph, double minProbability) {
        Objects.requireNonNull(graph, "graph");
        checkThreshold(minProbability);
        return fromLabels(componentLabels(graph, minProbability));
    }

    /** The smallest node of each node's component of pairs at or above the threshold. */
    static int[] componentLabels(PairGraph graph, double minProbability) {
        int size = graph.size();
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.edgeProbability(e) >= minProbability) {
                int ra = find(parent, graph.edgeA(e));
                int rb = find(parent, graph.edgeB(e));
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        int[] label = new int[size];
        for (int i = 0; i < size; i++) {
            label[i] = find(parent, i);
        }
        return label;
    }

    /** A clustering from any representative per row, renamed so that each cluster is named by its smallest row. */
    static Clustering fromLabels(int[] label) {
        int[] smallest = new int[label.length];
        java.util.Arrays.fill(smallest, -1);
        int[] cluster = new int[label.length];
        for (int i = 0; i < label.length; i++) {
            if (smallest[label[i]] < 0) {
                smallest[label[i]] = i;
            }
            cluster[i] = smallest[label[i]];
        }
        return new Clustering(cluster);
    }

    static void checkThreshold(double minProbability) {
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("a probability threshold must be in [0, 1], got " + minProbability);
        }
    }

    /** {@return the number of clusters, singletons included} */
    public int clusterCount() {
        int n = 0;
        for (int i = 0; i < cluster.length; i++) {
            if (cluster[i] == i) {
                n++;
            }
        }
        return n;
    }

    /** {@return the number of rows in the largest cluster (0 when there are no rows)} */
    public int largestCluster() {
        int largest = 0;
        for (int s : clusterSizes()) {
            largest = Math.max(largest, s);
        }
        return largest;
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
