package org.parcelrecon.matching.decide;

import java.util.Arrays;
import java.util.Objects;
import org.parcelrecon.matching.ScoredPair;

/**
 * The records of one table (deduplication) or of two tables (a link) as the nodes of a graph, and scored pairs as
 * its edges weighted by match probability: the input of {@link ClusterMethod}. Nodes are numbered
 * {@code 0 .. size-1}: a left row is its own node, a right row of a link comes after the left rows
 * ({@code leftSize + row}); a deduplication has left rows only.
 *
 * <p>Pairs not added are taken as scoring 0 (below the threshold that chose which pairs to keep, or never
 * compared). In a link, two records of the same table are never compared, so their pair is unknown rather than 0
 * and {@link ClusterMethod#AVERAGE_LINKAGE} leaves it out of an average.
 *
 * <p>Example: {@code PairGraph.link(2, 3)} has nodes 0, 1 (left rows) and 2, 3, 4 (right rows 0, 1, 2);
 * {@code add(1, 2, 0.9)} joins node 1 and node 4. Holds primitive arrays only (20 bytes a pair), so millions of
 * pairs fit. A builder: not thread-safe; adding after clustering is allowed and does not change earlier results.
 */
public final class PairGraph {
    private final int leftSize;
    private final int rightSize;
    private final boolean dedupe;
    private int[] a = new int[16];
    private int[] b = new int[16];
    private double[] p = new double[16];
    private int edges;

    private PairGraph(int leftSize, int rightSize, boolean dedupe) {
        if (leftSize < 0 || rightSize < 0) {
            throw new IllegalArgumentException("a table size cannot be negative, got " + leftSize + " and "
                    + rightSize);
        }
        this.leftSize = leftSize;
        this.rightSize = rightSize;
        this.dedupe = dedupe;
    }

    /**
     * A graph over the {@code records} rows of one table, deduplicated.
     *
     * @param records the number of rows in the table
     * @return an empty graph
     */
    public static PairGraph dedupe(int records) {
        return new PairGraph(records, 0, true);
    }

    /**
     * A graph over the rows of a left and a right table, linked.
     *
     * @param leftRecords  the number of rows in the left table
     * @param rightRecords the number of rows in the right table
     * @return an empty graph
     */
    public static PairGraph link(int leftRecords, int rightRecords) {
        return new PairGraph(leftRecords, rightRecords, false);
    }

    /**
     * Adds a scored pair of a left row and a right row (for a deduplication, two rows of the one table).
     *
     * @param leftRow     the left row
     * @param rightRow    the right row (a row of the one table in a deduplication)
     * @param probability the pair's match probability, in [0, 1]
     * @throws IllegalArgumentException if a row is out of range, the probability is outside [0, 1], or a
     *                                  deduplication pairs a row with itself
     */
    public void add(int leftRow, int rightRow, double probability) {
        Objects.checkIndex(leftRow, leftSize);
        Objects.checkIndex(rightRow, dedupe ? leftSize : rightSize);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a match probability must be in [0, 1], got " + probability);
        }
        if (dedupe && leftRow == rightRow) {
            throw new IllegalArgumentException("row " + leftRow + " is paired with itself");
        }
        if (edges == a.length) {
            int n = edges * 2;
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            p = Arrays.copyOf(p, n);
        }
        a[edges] = leftRow;
        b[edges] = rightNode(rightRow);
        p[edges] = probability;
        edges++;
    }

    /**
     * Adds a scored pair by its rows and probability.
     *
     * @param pair the scored pair
     */
    public void add(ScoredPair pair) {
        add(pair.leftRow(), pair.rightRow(), pair.matchProbability());
    }

    /** {@return the number of nodes: left rows, plus right rows in a link} */
    public int size() {
        return dedupe ? leftSize : leftSize + rightSize;
    }

    /** {@return the number of left rows (the one table's rows in a deduplication)} */
    public int leftSize() {
        return leftSize;
    }

    /** {@return whether the graph is over one table} */
    public boolean isDedupe() {
        return dedupe;
    }

    /**
     * The node of a right row: the row itself in a deduplication, {@code leftSize + row} in a link.
     *
     * @param rightRow the right row
     * @return its node
     */
    public int rightNode(int rightRow) {
        return dedupe ? rightRow : leftSize + rightRow;
    }

    /**
     * Whether a node is a left row (every node of a deduplication is).
     *
     * @param node the node
     * @return whether it is a left row
     */
    public boolean isLeft(int node) {
        Objects.checkIndex(node, size());
        return node < leftSize;
    }

    /** {@return the number of pairs added} */
    public int edgeCount() {
        return edges;
    }

    int edgeA(int e) {
        return a[e];
    }

    int edgeB(int e) {
        return b[e];
    }

    double edgeProbability(int e) {
        return p[e];
    }
}
