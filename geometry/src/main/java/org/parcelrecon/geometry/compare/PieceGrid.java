package org.parcelrecon.geometry.compare;

import org.parcelrecon.geometry.internal.PackedTree;

/**
 * The new parcels' pieces bucketed by envelope in square cells, for the offset search's neighbour queries
 * ({@link OffsetEstimator}, step 2): a box a few metres wide around each old parcel's shifted centroid, one per
 * parcel, where a walk down the index visits dozens of entries to find one or two pieces. A query returns what
 * {@link PackedTree#query} returns for the same box: the pieces whose envelopes meet it, in the index's order (each
 * piece's place in it is given, {@link PackedTree#itemPlaces}).
 *
 * <p>A piece is listed in every cell its envelope covers, in the index's order; a query looks in the cells its box
 * covers and takes a piece in one of them only, the cell of the lower left corner of the piece's and the box's common
 * part (so no piece twice), then sorts the few found by place. Immutable; queries are thread-safe.
 *
 * <p>Example: pieces 0 at x 0..4, 1 at x 20..30 and 2 at x 3..12 (y 0..5 all), cells of 10 m; the box x 2..5,
 * y 1..2 meets pieces 0 and 2, returned in the index's order of the two.
 */
final class PieceGrid {
    /** The most columns or rows: a cell grows instead. */
    private static final int MAX_SIDE = 2048;

    private final double originX;
    private final double originY;
    private final double size;
    private final int columns;
    private final int rows;
    private final double[] boxes;
    private final int[] place;
    /** Per cell (row by row) the start of its pieces in {@link #pieces}; at the end, their number. */
    private final int[] cellStart;
    private final int[] pieces;

    private PieceGrid(double originX, double originY, double size, int columns, int rows, double[] boxes, int[] place,
                      int[] cellStart, int[] pieces) {
        this.originX = originX;
        this.originY = originY;
        this.size = size;
        this.columns = columns;
        this.rows = rows;
        this.boxes = boxes;
        this.place = place;
        this.cellStart = cellStart;
        this.pieces = pieces;
    }

    /**
     * The grid of pieces {@code 0 .. n-1} with envelopes {@code boxes[4p .. 4p+3]} (minX, minY, maxX, maxY) and places
     * {@code place[p]} in the index's order, in cells of at least {@code cellSize}; null when a place is missing or an
     * envelope is not a finite box (the caller queries the index).
     */
    static PieceGrid of(double[] boxes, int n, int[] place, double cellSize) {
        if (place == null || place.length < n || !(cellSize > 0) || Double.isInfinite(cellSize)) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < n; p++) {
            int b = 4 * p;
            if (place[p] < 0 || !(boxes[b] <= boxes[b + 2] && boxes[b + 1] <= boxes[b + 3])
                    || !Double.isFinite(boxes[b]) || !Double.isFinite(boxes[b + 1])
                    || !Double.isFinite(boxes[b + 2]) || !Double.isFinite(boxes[b + 3])) {
                return null;
            }
            minX = Math.min(minX, boxes[b]);
            minY = Math.min(minY, boxes[b + 1]);
            maxX = Math.max(maxX, boxes[b + 2]);
            maxY = Math.max(maxY, boxes[b + 3]);
        }
        if (n == 0) {
            minX = minY = maxX = maxY = 0;
        }
        double size = Math.max(cellSize, Math.max(maxX - minX, maxY - minY) / MAX_SIDE);
        // a sparse map gets coarser cells: about 4 cells a piece at most (a commune's sheets lie apart in a box
        // kilometres wide; counting and summing empty cells took longer than the queries they saved, 3 to 6 a piece
        // measured alike on the 275,000 pair, 16 slower)
        size = Math.max(size, Math.sqrt((maxX - minX) * (maxY - minY) / (4.0 * n + 1024)));
        if (!(size > 0) || Double.isInfinite(size)) {
            return null;
        }
        int columns = (int) Math.min(MAX_SIDE + 1, Math.floor((maxX - minX) / size) + 1);
        int rows = (int) Math.min(MAX_SIDE + 1, Math.floor((maxY - minY) / size) + 1);
        PieceGrid shape = new PieceGrid(minX, minY, size, columns, rows, boxes, place, null, null);
        // each piece's cells (first and last column, first and last row), found once
        int[] span = new int[4 * n];
        int cells = columns * rows;
        // start[c] counts cell c's pieces, then (summed) ends it, then (filled backwards) starts it
        int[] start = new int[cells + 1];
        for (int p = 0; p < n; p++) {
            int b = 4 * p;
            int c0 = shape.column(boxes[b]);
            int c1 = shape.column(boxes[b + 2]);
            int r0 = shape.row(boxes[b + 1]);
            int r1 = shape.row(boxes[b + 3]);
            span[b] = c0;
            span[b + 1] = c1;
            span[b + 2] = r0;
            span[b + 3] = r1;
            for (int r = r0; r <= r1; r++) {
                for (int c = r * columns + c0, last = r * columns + c1; c <= last; c++) {
                    start[c]++;
                }
            }
        }
        for (int c = 1; c <= cells; c++) {
            start[c] += start[c - 1];
        }
        int[] pieces = new int[start[cells]];
        // the pieces in the index's order, backwards, so that each cell lists them in that order
        int[] byPlace = new int[n];
        java.util.Arrays.fill(byPlace, -1);
        for (int p = 0; p < n; p++) {
            if (place[p] >= n || byPlace[place[p]] >= 0) {
                return null;
            }
            byPlace[place[p]] = p;
        }
        for (int at = n - 1; at >= 0; at--) {
            int p = byPlace[at];
            int b = 4 * p;
            for (int r = span[b + 2], r1 = span[b + 3]; r <= r1; r++) {
                for (int c = r * columns + span[b], last = r * columns + span[b + 1]; c <= last; c++) {
                    pieces[--start[c]] = p;
                }
            }
        }
        return new PieceGrid(minX, minY, size, columns, rows, boxes, place, start, pieces);
    }

    /**
     * Puts the pieces whose envelopes meet the box (finite: the caller queries the index otherwise) into {@code out}
     * (cleared first), in the index's order, as {@link PackedTree#query} would.
     */
    void query(double minX, double minY, double maxX, double maxY, PackedTree.Hits out) {
        out.size = 0;
        int c0 = column(minX);
        int c1 = column(maxX);
        int r0 = row(minY);
        int r1 = row(maxY);
        double[] boxes = this.boxes;
        int[] cellStart = this.cellStart;
        int[] pieces = this.pieces;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int at = cellStart[cell], end = cellStart[cell + 1]; at < end; at++) {
                    int p = pieces[at];
                    int b = 4 * p;
                    double pMinX = boxes[b];
                    double pMinY = boxes[b + 1];
                    if (pMinX > maxX || boxes[b + 2] < minX || pMinY > maxY || boxes[b + 3] < minY) {
                        continue;
                    }
                    // the common part's lower left corner is in both the piece's and the box's cells: this cell only
                    if (column(Math.max(pMinX, minX)) == c && row(Math.max(pMinY, minY)) == r) {
                        out.add(p);
                    }
                }
            }
        }
        // from several cells: into the index's order (a handful, by insertion)
        int[] items = out.items;
        int[] place = this.place;
        for (int i = 1; i < out.size; i++) {
            int item = items[i];
            int key = place[item];
            int j = i - 1;
            while (j >= 0 && place[items[j]] > key) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    /** The column of {@code x}, within the grid (as {@link CentroidGrid#column}). */
    private int column(double x) {
        return CentroidGrid.clamp((x - originX) / size, columns);
    }

    private int row(double y) {
        return CentroidGrid.clamp((y - originY) / size, rows);
    }
}
