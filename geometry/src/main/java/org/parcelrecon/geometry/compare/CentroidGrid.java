package org.parcelrecon.geometry.compare;

/**
 * Parcels bucketed by centroid in square cells (at most 1,025 a side), for the offset search's votes
 * ({@link OffsetEstimator}, step 1): every new parcel whose centroid may lie within the search radius of an old one
 * is in the cells {@link #column}/{@link #row} give for the radius' box, without a walk down the index for each old
 * parcel. Cells are listed row by row; a cell's parcels are {@code parcels[cellStart[c] .. cellStart[c + 1])}, in
 * increasing number. Immutable.
 *
 * <p>Example: centroids (0, 0), (120, 0), (10, 10) in cells of 50 m: three columns, one row; the box x 0..60 meets
 * columns 0 and 1, which hold parcels 0 and 2.
 */
final class CentroidGrid {
    /** The most columns or rows: a cell grows instead. */
    private static final int MAX_SIDE = 1024;

    final double originX;
    final double originY;
    final double size;
    final int columns;
    final int rows;
    final int[] cellStart;
    final int[] parcels;

    private CentroidGrid(double originX, double originY, double size, int columns, int rows, int[] cellStart,
                         int[] parcels) {
        this.originX = originX;
        this.originY = originY;
        this.size = size;
        this.columns = columns;
        this.rows = rows;
        this.cellStart = cellStart;
        this.parcels = parcels;
    }

    /**
     * The grid of the parcels {@code k} with {@code include[k]}, centroid k at {@code centroid[2k], centroid[2k+1]},
     * in cells of at least {@code cellSize}; null when a centroid of those is not finite (the caller searches
     * otherwise).
     */
    static CentroidGrid of(double[] centroid, boolean[] include, double cellSize) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int k = 0; k < include.length; k++) {
            if (!include[k]) {
                continue;
            }
            double x = centroid[2 * k];
            double y = centroid[2 * k + 1];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return null;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
            n++;
        }
        if (n == 0) {
            minX = minY = maxX = maxY = 0;
        }
        double size = Math.max(cellSize, Math.max(maxX - minX, maxY - minY) / MAX_SIDE);
        if (!(size > 0) || Double.isInfinite(size)) {
            size = 1;
        }
        int columns = (int) Math.min(MAX_SIDE + 1, Math.floor((maxX - minX) / size) + 1);
        int rows = (int) Math.min(MAX_SIDE + 1, Math.floor((maxY - minY) / size) + 1);
        CentroidGrid shape = new CentroidGrid(minX, minY, size, columns, rows, null, null);
        int[] cellOf = new int[include.length];
        int[] start = new int[columns * rows + 1];
        for (int k = 0; k < include.length; k++) {
            if (include[k]) {
                cellOf[k] = shape.row(centroid[2 * k + 1]) * columns + shape.column(centroid[2 * k]);
                start[cellOf[k] + 1]++;
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            start[c + 1] += start[c];
        }
        int[] parcels = new int[n];
        int[] next = java.util.Arrays.copyOf(start, columns * rows);
        for (int k = 0; k < include.length; k++) {
            if (include[k]) {
                parcels[next[cellOf[k]]++] = k;
            }
        }
        return new CentroidGrid(minX, minY, size, columns, rows, start, parcels);
    }

    /** The column of {@code x}, within the grid: increasing with x, so a box's columns run from its min's to max's. */
    int column(double x) {
        return clamp((x - originX) / size, columns);
    }

    /** The row of {@code y}, as {@link #column}. */
    int row(double y) {
        return clamp((y - originY) / size, rows);
    }

    /**
     * The cell {@code floor(cell)} within {@code 0 .. cells-1} (NaN to 0). No floor is taken: below 0 gives 0 either
     * way, and from 0 up the int conversion truncates as floor does (Math.floor is a call under the C1 compiler the
     * command line runs with, made for every parcel of every commune's grid). {@link PieceGrid}'s cells too.
     */
    static int clamp(double cell, int cells) {
        return cell < 0 ? 0 : cell >= cells - 1 ? cells - 1 : (int) cell;
    }
}
