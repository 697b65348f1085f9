package org.parcelrecon.geometry.compare;

import java.util.Arrays;

/**
 * The offset search's vote count ({@link OffsetEstimator}, step 1): candidate shifts binned into grid cells, the cell
 * whose 3 × 3 block holds the most shifts. Ties go to the cell nearest the origin (the smaller
 * {@code Math.hypot(cx, cy)}), then to the smaller key ({@link #key}, as a signed long): the cell a walk over the
 * occupied cells in increasing key order would keep when it replaces its choice only on a strictly larger block or an
 * equal block strictly nearer the origin.
 *
 * <p>{@link #densest} counts in a dense array spanning the occupied cells (with the default 50 m search and 0.5 m
 * cells at most 203 × 203), nine reads per shift; {@link #densestBySort} is the reference it replaced (sorted keys,
 * a hash table of counts, nine lookups per occupied cell) and still serves a span too large for an array. Tests
 * compare the two.
 */
final class ShiftBlocks {
    /** The most cells {@link #densest} counts in an array (4 MB of ints); a wider span takes the reference. */
    private static final long MAX_GRID = 1 << 20;

    /** Squared lengths of cells below this are told apart by comparing them, without a hypot ({@link #densest}). */
    private static final long SQUARES_APART = 1L << 40;

    /** One grid per thread, all zero between calls (each call clears what it counted). */
    private static final ThreadLocal<int[][]> GRID = ThreadLocal.withInitial(() -> new int[1][0]);

    private ShiftBlocks() {
    }

    /** The key of cell (cx, cy): cx in the high half, cy's 32 bits in the low half. */
    static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }

    /**
     * The key of the cell whose 3 × 3 block holds the most of the shifts in cells {@code (cx[j], cy[j])},
     * {@code j < n} (n > 0), ties broken as the class says.
     */
    static long densest(int[] cx, int[] cy, int n) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            minX = Math.min(minX, cx[j]);
            maxX = Math.max(maxX, cx[j]);
            minY = Math.min(minY, cy[j]);
            maxY = Math.max(maxY, cy[j]);
        }
        // a border of one empty cell all round: every block lies within the array
        long width = (long) maxX - minX + 3;
        long height = (long) maxY - minY + 3;
        if (width * height > MAX_GRID) {
            return densestBySort(cx, cy, n);
        }
        int h = (int) height;
        int[][] holder = GRID.get();
        if (holder[0].length < width * height) {
            holder[0] = new int[(int) (width * height)];
        }
        int[] grid = holder[0];
        // cell (x, y) at (x - minX + 1) * h + (y - minY + 1)
        int origin = (1 - minX) * h + 1 - minY;
        for (int j = 0; j < n; j++) {
            grid[cx[j] * h + cy[j] + origin]++;
        }
        long best = 0;
        int bestCount = -1;
        // the best cell's squared length (exact in a long), and its hypot once one was needed (NaN before)
        long bestSquare = 0;
        double bestNorm = Double.NaN;
        for (int j = 0; j < n; j++) {
            long key = key(cx[j], cy[j]);
            if (key == best && bestCount >= 0) {
                continue;
            }
            int c = cx[j] * h + cy[j] + origin;
            int block = grid[c - h - 1] + grid[c - h] + grid[c - h + 1] + grid[c - 1] + grid[c] + grid[c + 1]
                    + grid[c + h - 1] + grid[c + h] + grid[c + h + 1];
            if (block < bestCount) {
                continue;
            }
            long square = (long) cx[j] * cx[j] + (long) cy[j] * cy[j];
            boolean better;
            if (block > bestCount) {
                better = true;
            } else if (square != bestSquare && square < SQUARES_APART && bestSquare < SQUARES_APART) {
                // different squared lengths below 2^40 are at least a relative 2^-41 apart in their square
                // roots, far more than hypot's error of an ulp: hypot orders them as the squares do
                better = square < bestSquare;
            } else {
                if (Double.isNaN(bestNorm)) {
                    bestNorm = Math.hypot((int) (best >> 32), (int) best);
                }
                double norm = Math.hypot(cx[j], cy[j]);
                better = norm < bestNorm || (norm == bestNorm && key < best);
            }
            if (better) {
                best = key;
                bestCount = block;
                bestSquare = square;
                bestNorm = Double.NaN;
            }
        }
        for (int j = 0; j < n; j++) {
            grid[cx[j] * h + cy[j] + origin] = 0;
        }
        return best;
    }

    /**
     * {@link #densest} by the reference method: the occupied cells with their counts in increasing key order (as a
     * TreeMap would iterate them), each block counted by nine lookups in a hash table.
     */
    static long densestBySort(int[] cx, int[] cy, int n) {
        long[] keys = new long[n];
        for (int j = 0; j < n; j++) {
            keys[j] = key(cx[j], cy[j]);
        }
        Arrays.sort(keys);
        long[] cells = new long[n];
        int[] counts = new int[n];
        int distinct = 0;
        for (int j = 0; j < n; j++) {
            if (distinct == 0 || cells[distinct - 1] != keys[j]) {
                cells[distinct++] = keys[j];
            }
            counts[distinct - 1]++;
        }
        CellCounts table = new CellCounts(cells, counts, distinct);
        long best = 0;
        int bestCount = -1;
        double bestNorm = Double.MAX_VALUE;
        for (int c = 0; c < distinct; c++) {
            int x = (int) (cells[c] >> 32);
            int y = (int) cells[c];
            int block = 0;
            for (int ox = -1; ox <= 1; ox++) {
                for (int oy = -1; oy <= 1; oy++) {
                    block += table.count(key(x + ox, y + oy));
                }
            }
            double norm = Math.hypot(x, y);
            if (block > bestCount || (block == bestCount && norm < bestNorm)) {
                best = cells[c];
                bestCount = block;
                bestNorm = norm;
            }
        }
        return best;
    }

    /** Counts per cell key, by open addressing (no boxed keys). */
    private static final class CellCounts {
        private final long[] keys;
        private final int[] counts;
        private final boolean[] used;
        private final int mask;

        CellCounts(long[] cells, int[] cellCounts, int n) {
            int capacity = Integer.highestOneBit(Math.max(4, 4 * n - 1)) << 1;
            keys = new long[capacity];
            counts = new int[capacity];
            used = new boolean[capacity];
            mask = capacity - 1;
            for (int c = 0; c < n; c++) {
                int slot = slot(cells[c]);
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = cells[c];
                counts[slot] = cellCounts[c];
            }
        }

        int count(long key) {
            for (int slot = slot(key); used[slot]; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return counts[slot];
                }
            }
            return 0;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }
    }
}
