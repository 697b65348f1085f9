package org.parcelrecon.geometry.internal;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
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
        // distinct consecutive vertices, ring closed by the last
        Coordinate[] v = new Coordinate[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            double x = s.getX(i);
            double y = s.getY(i);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return false;
            }
            if (n == 0 || x != v[n - 1].x || y != v[n - 1].y) {
                v[n++] = new Coordinate(x, y);
            }
        }
        if (v[n - 1].x != v[0].x || v[n - 1].y != v[0].y) {
            return false;
        }
        int m = n - 1; // edges i: v[i] -> v[i+1], i = 0 .. m-1
        if (m < 3) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            // adjacent edges i and i+1 share v[i+1]; collinear, they must run on, not fold back
            Coordinate a = v[i];
            Coordinate b = v[i + 1];
            Coordinate c = v[(i + 2) % m];
            if (Orientation.index(a, b, c) == Orientation.COLLINEAR
                    && (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) <= 0) {
                return false;
            }
            for (int j = i + 2; j < m; j++) {
                if (i == 0 && j == m - 1) {
                    continue; // adjacent through v[0]
                }
                if (!strictlyApart(v[i], v[i + 1], v[j], v[j + 1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether segments pq and rs certainly do not meet: one lies strictly on one side of the other's line. */
    private static boolean strictlyApart(Coordinate p, Coordinate q, Coordinate r, Coordinate s) {
        if (Math.max(p.x, q.x) < Math.min(r.x, s.x) || Math.max(r.x, s.x) < Math.min(p.x, q.x)
                || Math.max(p.y, q.y) < Math.min(r.y, s.y) || Math.max(r.y, s.y) < Math.min(p.y, q.y)) {
            return true;
        }
        int o1 = Orientation.index(p, q, r);
        int o2 = Orientation.index(p, q, s);
        if (o1 != Orientation.COLLINEAR && o1 == o2) {
            return true;
        }
        int o3 = Orientation.index(r, s, p);
        int o4 = Orientation.index(r, s, q);
        return o3 != Orientation.COLLINEAR && o3 == o4;
    }
}
