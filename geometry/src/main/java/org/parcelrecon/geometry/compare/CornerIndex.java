package org.parcelrecon.geometry.compare;

import java.util.Arrays;
import org.parcelrecon.geometry.internal.PackedTree;

/**
 * The join's fast-path lookup: the boxes (minX, minY, maxX, maxY) of some of the index's items, hashed by the grid
 * cell of their lower-left corner, so that the items whose corner lies within a tolerance of a point are found with
 * a few hash probes instead of a tree query.
 *
 * <p>{@link VertexMatch} accepts a pair only when every side of the two envelopes is within the tolerance of the
 * other's; so every item it can accept for a search box has its lower-left corner within the tolerance of the box's
 * and meets the box (as the tree's query tests it). {@link #near} returns a superset of those items: all items of
 * the cells within twice the tolerance of the corner (a cell is four tolerances wide, so at most 2 x 2 cells) that
 * meet the box, in increasing order, as the tree's candidates are taken. Trying {@link VertexMatch} on them in that
 * order finds the same first match as trying it on all the tree's candidates.
 *
 * <pre>
 *   tolerance 0.5, items 0: (0 0, 10 10), 1: (10 0, 20 10)
 *   cells 2 m wide; near(0.2, -0.1, 10.2, 9.9): cells x -1..0, y -1..0 → [0]  (item 1's corner is in cell x 5)
 * </pre>
 */
final class CornerIndex {
    /** Items per cell, laid out cell by cell; {@code start[c] .. start[c + 1]} are cell slot c's. */
    private final int[] items;
    private final int[] start;
    /** Open-addressing table: per slot the cell's key and its number (slot unused when number is -1). */
    private final long[] keys;
    private final int[] cellOf;
    private final int mask;
    private final double cell;
    private final double tolerance;
    private final double[] boxes;

    private CornerIndex(int[] items, int[] start, long[] keys, int[] cellOf, double cell, double tolerance,
                        double[] boxes) {
        this.items = items;
        this.start = start;
        this.keys = keys;
        this.cellOf = cellOf;
        this.mask = keys.length - 1;
        this.cell = cell;
        this.tolerance = tolerance;
        this.boxes = boxes;
    }

    /**
     * The index of the items {@code e} with {@code indexed[e]}, or null when one of their corners is too far out
     * for the grid (not finite, or more than 2^30 cells from the origin): the caller then keeps to the tree.
     *
     * @param boxes per item minX, minY, maxX, maxY
     * @param count how many items
     * @param indexed which items to index
     * @param tolerance the vertex-match tolerance (not negative)
     */
    static CornerIndex of(double[] boxes, int count, boolean[] indexed, double tolerance) {
        double cell = tolerance > 0 ? 4 * tolerance : 1;
        int n = 0;
        for (int e = 0; e < count; e++) {
            if (indexed[e]) {
                if (cellIndex(boxes[4 * e], cell) == Long.MIN_VALUE
                        || cellIndex(boxes[4 * e + 1], cell) == Long.MIN_VALUE) {
                    return null;
                }
                n++;
            }
        }
        int size = Integer.highestOneBit(Math.max(2, 2 * n) - 1) << 1;
        long[] keys = new long[size];
        int[] cellOf = new int[size];
        Arrays.fill(cellOf, -1);
        int mask = size - 1;
        int[] slotOfItem = new int[count];
        int[] counts = new int[n + 1];
        int cells = 0;
        for (int e = 0; e < count; e++) {
            if (!indexed[e]) {
                continue;
            }
            long key = key(cellIndex(boxes[4 * e], cell), cellIndex(boxes[4 * e + 1], cell));
            int s = slot(key, mask);
            while (cellOf[s] >= 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            if (cellOf[s] < 0) {
                keys[s] = key;
                cellOf[s] = cells++;
            }
            slotOfItem[e] = cellOf[s];
            counts[cellOf[s] + 1]++;
        }
        int[] start = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            start[c + 1] = start[c] + counts[c + 1];
        }
        int[] fill = Arrays.copyOf(start, cells);
        int[] items = new int[n];
        for (int e = 0; e < count; e++) {
            if (indexed[e]) {
                items[fill[slotOfItem[e]]++] = e;
            }
        }
        return new CornerIndex(items, start, keys, cellOf, cell, tolerance, boxes);
    }

    /**
     * Puts into {@code out} (cleared first), in increasing order, the indexed items whose box meets the search box
     * {@code minX, minY, maxX, maxY} (edges included, as the tree's query) among those whose lower-left corner may
     * lie within the tolerance of (minX, minY): a superset of those that do.
     *
     * @return how many; -1 when the search corner is too far out for the grid (ask the tree)
     */
    int near(double minX, double minY, double maxX, double maxY, PackedTree.Hits out) {
        out.size = 0;
        long x0 = cellIndex(minX - 2 * tolerance, cell);
        long x1 = cellIndex(minX + 2 * tolerance, cell);
        long y0 = cellIndex(minY - 2 * tolerance, cell);
        long y1 = cellIndex(minY + 2 * tolerance, cell);
        if (x0 == Long.MIN_VALUE || x1 == Long.MIN_VALUE || y0 == Long.MIN_VALUE || y1 == Long.MIN_VALUE) {
            return -1;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                long key = key(cx, cy);
                int s = slot(key, mask);
                while (cellOf[s] >= 0 && keys[s] != key) {
                    s = (s + 1) & mask;
                }
                if (cellOf[s] < 0) {
                    continue;
                }
                for (int j = start[cellOf[s]], end = start[cellOf[s] + 1]; j < end; j++) {
                    int e = items[j];
                    int b = 4 * e;
                    if (!(boxes[b] > maxX || boxes[b + 2] < minX || boxes[b + 1] > maxY || boxes[b + 3] < minY)) {
                        out.add(e);
                    }
                }
            }
        }
        if (out.size > 1) {
            Arrays.sort(out.items, 0, out.size);
        }
        return out.size;
    }

    /** The cell of ordinate {@code v}, or Long.MIN_VALUE when it is not finite or too far out. */
    private static long cellIndex(double v, double cell) {
        double q = v / cell;
        if (!(q > -(1 << 30) - 2.0 && q < (1 << 30) + 2.0)) {
            return Long.MIN_VALUE; // not finite, or far out
        }
        // Math.floor(q) by a cast and a step down (the C1 compiler the command line runs calls Math.floor)
        long c = (long) q;
        if (c > q) {
            c--;
        }
        return Math.abs(c) <= (1 << 30) ? c : Long.MIN_VALUE;
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
