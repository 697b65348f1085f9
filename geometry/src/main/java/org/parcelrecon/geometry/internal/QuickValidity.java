package org.parcelrecon.geometry.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A cheap, conservative validity test for the common parcel: one polygon, no holes, a few dozen vertices. It says
 * {@code true} only when the shell is certainly a simple ring (every pair of non-adjacent edges strictly apart,
 * adjacent edges not folding back, at least three edges), which for such a polygon is what
 * {@link IsValidOp} checks; anything it cannot settle with robust orientation tests (touching or collinear edges,
 * holes, many vertices, multi-polygons) goes to {@link IsValidOp}. The answer is always IsValidOp's.
 *
 * <pre>
 *   square                         → valid (quick)
 *   bow-tie (self-crossing)        → invalid (IsValidOp)
 *   square with a repeated vertex  → valid (quick: repeats are skipped)
 *   polygon with a hole            → IsValidOp decides
 * </pre>
 */
public final class QuickValidity {
    /**
     * Above this many distinct vertices (a ring of this many plus its closing one) the pairwise test costs more than
     * IsValidOp's sweep: such a polygon is not certainly simple here.
     */
    public static final int MAX_VERTICES = 48;

    private QuickValidity() {
    }

    /**
     * {@return whether {@code g} is valid, as {@link IsValidOp#isValid(Geometry)} says, deciding most parcels quickly}
     *
     * @param g a geometry
     */
    public static boolean isValid(Geometry g) {
        return certainlySimpleShell(g) || IsValidOp.isValid(g);
    }

    /**
     * {@return true only for a hole-free polygon whose shell is certainly a simple ring of finite, distinct vertices}
     *
     * @param g a geometry
     */
    public static boolean certainlySimpleShell(Geometry g) {
        if (!(g instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() > 0) {
            return false;
        }
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int size = s.size();
        if (size > MAX_VERTICES + 1 || size < 4) {
            return false;
        }
        double[] x = new double[size];
        double[] y = new double[size];
        RingVertices.all(s, size, x, y);
        return simpleRing(x, y, size, x, y);
    }

    /**
     * {@link #certainlySimpleShell(Geometry)} of a hole-free polygon whose shell's vertices the caller has read
     * already ({@link RingVertices#all}): the same answer, without reading them again.
     *
     * @param xs the shell's x ordinates, closing vertex included (not changed)
     * @param ys the shell's y ordinates
     * @param size the shell's vertex count
     * @return true only when the shell is certainly a simple ring of finite, distinct vertices
     */
    public static boolean certainlySimpleShell(double[] xs, double[] ys, int size) {
        if (size > MAX_VERTICES + 1 || size < 4) {
            return false;
        }
        return simpleRing(xs, ys, size, new double[size], new double[size]);
    }

    /** The test on a ring's {@code size} vertices, copied without repeats into {@code x}, {@code y} (may be xs, ys). */
    private static boolean simpleRing(double[] xs, double[] ys, int size, double[] x, double[] y) {
        // distinct consecutive vertices, ring closed by the last
        int n = RingVertices.distinct(xs, ys, size, x, y);
        if (n < 0) {
            return false;
        }
        if (x[n - 1] != x[0] || y[n - 1] != y[0]) {
            return false;
        }
        int m = n - 1; // edges i: v[i] -> v[i+1], i = 0 .. m-1
        if (m < 3) {
            return false;
        }
        // each edge's envelope, once (minX, maxX, minY, maxY): most pairs of edges are told apart by it alone. By
        // comparisons (the C1 compiler the command line runs calls Math.min): on finite ordinates they differ from
        // Math's only in the sign of a zero, which no comparison below sees
        double[] box = new double[4 * m];
        for (int i = 0; i < m; i++) {
            double x0 = x[i];
            double x1 = x[i + 1];
            double y0 = y[i];
            double y1 = y[i + 1];
            box[4 * i] = x0 < x1 ? x0 : x1;
            box[4 * i + 1] = x0 < x1 ? x1 : x0;
            box[4 * i + 2] = y0 < y1 ? y0 : y1;
            box[4 * i + 3] = y0 < y1 ? y1 : y0;
        }
        for (int i = 0; i < m; i++) {
            // adjacent edges i and i+1 share v[i+1]; collinear, they must run on, not fold back
            int c = i + 2 < m ? i + 2 : i + 2 - m;
            if (orientation(x, y, i, i + 1, c) == Orientation.COLLINEAR
                    && (x[i + 1] - x[i]) * (x[c] - x[i + 1]) + (y[i + 1] - y[i]) * (y[c] - y[i + 1]) <= 0) {
                return false;
            }
            int bi = 4 * i;
            for (int j = i + 2; j < m; j++) {
                if (i == 0 && j == m - 1) {
                    continue; // adjacent through v[0]
                }
                int bj = 4 * j;
                if (box[bi + 1] < box[bj] || box[bj + 1] < box[bi] || box[bi + 3] < box[bj + 2]
                        || box[bj + 3] < box[bi + 2]) {
                    continue; // envelopes apart
                }
                if (!strictlyApart(x, y, i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether edges i (v[i] v[i+1]) and j (v[j] v[j+1]), whose envelopes meet, certainly do not meet: one lies
     * strictly on one side of the other's line.
     */
    private static boolean strictlyApart(double[] x, double[] y, int i, int j) {
        int o1 = orientation(x, y, i, i + 1, j);
        int o2 = orientation(x, y, i, i + 1, j + 1);
        if (o1 != Orientation.COLLINEAR && o1 == o2) {
            return true;
        }
        int o3 = orientation(x, y, j, j + 1, i);
        int o4 = orientation(x, y, j, j + 1, i + 1);
        return o3 != Orientation.COLLINEAR && o3 == o4;
    }

    /** {@link Orientation#index} of vertices a, b, c (the same robust test, on coordinates). */
    private static int orientation(double[] x, double[] y, int a, int b, int c) {
        return CGAlgorithmsDD.orientationIndex(x[a], y[a], x[b], y[b], x[c], y[c]);
    }
}
