package org.parcelrecon.geometry.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A cheap, exact test that two polygons' interiors are disjoint: the line through one shell edge of either polygon
 * with that whole polygon on one side and the other polygon on the other (points on the line allowed). Two
 * neighbours sharing one straight edge, and two convex polygons apart, are settled so without a
 * {@code RelateNG} evaluation; anything else (a shared boundary that bends, multi-polygons, many vertices) is
 * {@link #UNKNOWN} and left to the exact predicate. Orientation tests are robust ({@link CGAlgorithmsDD#orientationIndex}), so a
 * {@link #TOUCHING} or {@link #APART} answer is never wrong.
 *
 * <pre>
 *   [0 0, 10 0, 10 10, 0 10] and [10 0, 20 0, 20 10, 10 10]  → TOUCHING (the line x = 10)
 *   [0 0, 10 0, 10 10, 0 10] and [12 0, 20 0, 20 10, 12 10]  → APART
 *   an L around a square in its corner                      → UNKNOWN (no single line separates them)
 * </pre>
 */
public final class Separation {
    /** The closures are disjoint: one polygon lies strictly on the far side of the line. */
    public static final int APART = 0;
    /** The interiors are disjoint; the polygons may touch (some vertex lies on the line). */
    public static final int TOUCHING = 1;
    /** Not settled by this test. */
    public static final int UNKNOWN = 2;

    /** Above this many shell vertices a polygon is left to the exact predicate. */
    private static final int MAX_VERTICES = 64;

    private Separation() {
    }

    /**
     * {@return {@link #APART}, {@link #TOUCHING} or {@link #UNKNOWN}, for two valid geometries}
     *
     * @param a a geometry (only a non-empty polygon of at most 64 shell vertices can be settled)
     * @param b another
     */
    public static int of(Geometry a, Geometry b) {
        if (!(a instanceof Polygon pa) || !(b instanceof Polygon pb) || pa.isEmpty() || pb.isEmpty()) {
            return UNKNOWN;
        }
        CoordinateSequence sa = pa.getExteriorRing().getCoordinateSequence();
        CoordinateSequence sb = pb.getExteriorRing().getCoordinateSequence();
        if (sa.size() > MAX_VERTICES + 1 || sb.size() > MAX_VERTICES + 1) {
            return UNKNOWN;
        }
        int found = byEdgeOf(sa, sb);
        return found != UNKNOWN ? found : byEdgeOf(sb, sa);
    }

    /** Tries the lines through each edge of shell {@code a} (holes lie inside it, so its vertices suffice). */
    private static int byEdgeOf(CoordinateSequence a, CoordinateSequence b) {
        int na = a.size() - 1;
        for (int e = 0; e < na; e++) {
            double px = a.getX(e);
            double py = a.getY(e);
            double qx = a.getX(e + 1);
            double qy = a.getY(e + 1);
            if (px == qx && py == qy) {
                continue; // a repeated vertex is no edge
            }
            int own = side(px, py, qx, qy, a, 0);
            if (own == Integer.MIN_VALUE || own == Orientation.COLLINEAR) {
                continue; // the shell lies on both sides (not a hull edge), or is degenerate
            }
            int other = side(px, py, qx, qy, b, -own);
            if (other != Integer.MIN_VALUE) {
                return other == 0 ? TOUCHING : APART;
            }
        }
        return UNKNOWN;
    }

    /**
     * With {@code want} 0: the side (±1) every vertex of {@code s} off line pq lies on, 0 when all are on it, or
     * {@link Integer#MIN_VALUE} when they lie on both sides. With {@code want} ±1: 1 when every vertex lies strictly
     * on side {@code want}, 0 when some lie on the line and the rest on that side, {@link Integer#MIN_VALUE}
     * otherwise.
     */
    private static int side(double px, double py, double qx, double qy, CoordinateSequence s, int want) {
        int seen = want;
        boolean onLine = false;
        for (int i = 0, n = s.size() - 1; i < n; i++) {
            int o = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, s.getX(i), s.getY(i));
            if (o == Orientation.COLLINEAR) {
                onLine = true;
            } else if (seen == 0) {
                seen = o;
            } else if (o != seen) {
                return Integer.MIN_VALUE;
            }
        }
        if (want == 0) {
            return seen;
        }
        return onLine ? 0 : 1;
    }
}
