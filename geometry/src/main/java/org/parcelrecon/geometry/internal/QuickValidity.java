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
    /** Above this many vertices the pairwise test costs more than IsValidOp's sweep. */
    private static final int MAX_VERTICES = 48;

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
        // distinct consecutive vertices, ring closed by the last (plain arrays: this runs on every parcel)
        double[] x = new double[size];
        double[] y = new double[size];
        int n = RingVertices.distinct(s, size, x, y);
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
        // each edge's envelope, once: most pairs of edges are told apart by it alone
        double[] minX = new double[m];
        double[] maxX = new double[m];
        double[] minY = new double[m];
        double[] maxY = new double[m];
        for (int i = 0; i < m; i++) {
            minX[i] = Math.min(x[i], x[i + 1]);
            maxX[i] = Math.max(x[i], x[i + 1]);
            minY[i] = Math.min(y[i], y[i + 1]);
            maxY[i] = Math.max(y[i], y[i + 1]);
        }
        for (int i = 0; i < m; i++) {
            // adjacent edges i and i+1 share v[i+1]; collinear, they must run on, not fold back
            int c = (i + 2) % m;
            if (orientation(x, y, i, i + 1, c) == Orientation.COLLINEAR
                    && (x[i + 1] - x[i]) * (x[c] - x[i + 1]) + (y[i + 1] - y[i]) * (y[c] - y[i + 1]) <= 0) {
                return false;
            }
            for (int j = i + 2; j < m; j++) {
                if (i == 0 && j == m - 1) {
                    continue; // adjacent through v[0]
                }
                if (maxX[i] < minX[j] || maxX[j] < minX[i] || maxY[i] < minY[j] || maxY[j] < minY[i]) {
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
