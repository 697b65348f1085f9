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
        // the side of its edges a ring's interior lies on; at a hull edge, the whole polygon lies on that side
        int insideA = Orientation.isCCW(sa) ? LEFT : RIGHT;
        int found = byEdgeOf(sa, insideA, sb);
        return found != UNKNOWN ? found : byEdgeOf(sb, Orientation.isCCW(sb) ? LEFT : RIGHT, sa);
    }

    /**
     * Tries the lines through each edge of shell {@code a}, whose interior lies on side {@code inside} of its edges
     * (holes lie inside the shell, so its vertices suffice): {@code b} on the other side, {@code a} on this one.
     */
    private static int byEdgeOf(CoordinateSequence a, int inside, CoordinateSequence b) {
        int outside = BOTH - inside;
        int na = a.size() - 1;
        for (int e = 0; e < na; e++) {
            double px = a.getX(e);
            double py = a.getY(e);
            double qx = a.getX(e + 1);
            double qy = a.getY(e + 1);
            if (px == qx && py == qy) {
                continue; // a repeated vertex is no edge
            }
            int other = sides(px, py, qx, qy, b, inside);
            if ((other & outside) == 0 || sides(px, py, qx, qy, a, outside) == STOPPED) {
                continue; // b reaches a's side of the line (or lies on it), or a is on both sides of it
            }
            return (other & ON) == 0 ? APART : TOUCHING;
        }
        return UNKNOWN;
    }

    private static final int LEFT = 1;
    private static final int RIGHT = 2;
    private static final int BOTH = LEFT | RIGHT;
    private static final int ON = 4;
    private static final int STOPPED = 8;

    /**
     * Where the vertices of ring {@code s} lie against line pq: {@link #LEFT}, {@link #RIGHT} and {@link #ON} bits;
     * {@link #STOPPED} alone as soon as one lies strictly on side {@code stop}.
     */
    private static int sides(double px, double py, double qx, double qy, CoordinateSequence s, int stop) {
        int seen = 0;
        for (int i = 0, n = s.size() - 1; i < n; i++) {
            double x = s.getX(i);
            double y = s.getY(i);
            if (x == px && y == py || x == qx && y == qy) {
                seen |= ON; // an end of the edge itself (shared vertices are common: no extended precision)
                continue;
            }
            int o = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, x, y);
            int side = o == Orientation.LEFT ? LEFT : o == Orientation.RIGHT ? RIGHT : ON;
            if (side == stop) {
                return STOPPED;
            }
            seen |= side;
        }
        return seen;
    }
}
