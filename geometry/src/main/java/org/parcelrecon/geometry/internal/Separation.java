package org.parcelrecon.geometry.internal;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Cheap, exact tests that two polygons' interiors are disjoint, for the common pairs of a cadastral map, before an
 * exact predicate ({@code RelateNG}) is paid for:
 * <ul>
 *   <li>a line through one shell edge of either polygon with that whole polygon on one side and the other polygon
 *       on the other (points on the line allowed): neighbours sharing one straight edge, convex polygons apart;</li>
 *   <li>neighbours sharing a chain of vertices (the same points, one polygon's run of them the reverse of the
 *       other's) whose other edges meet nowhere but at the chain's two ends, where the other polygon leaves on the
 *       outside: a shared boundary that bends. The rest of the other polygon's boundary then lies outside this
 *       one, and this one's interior, which lies beside the chain on the far side from the other's, is outside
 *       the other.</li>
 * </ul>
 * Anything else (multi-polygons, holes where the chain test would need them, many vertices, touching or collinear
 * edges away from the chain) is {@link #UNKNOWN}. Orientation tests are robust
 * ({@link CGAlgorithmsDD#orientationIndex}) and every doubtful case is UNKNOWN, so a {@link #TOUCHING} or
 * {@link #APART} answer is never wrong.
 *
 * <pre>
 *   [0 0, 10 0, 10 10, 0 10] and [10 0, 20 0, 20 10, 10 10]           → TOUCHING (the line x = 10)
 *   [0 0, 10 0, 10 10, 0 10] and [12 0, 20 0, 20 10, 12 10]           → APART
 *   [0 0, 10 0, 10 5, 10.1 10, 0 10] and [10 0, 20 0, 20 10, 10.1 10, 10 5] → TOUCHING (the chain)
 *   overlapping squares                                             → UNKNOWN
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
        boolean ccwA = Orientation.isCCW(sa);
        boolean ccwB = Orientation.isCCW(sb);
        int found = byEdgeOf(sa, ccwA ? LEFT : RIGHT, sb);
        if (found == UNKNOWN) {
            found = byEdgeOf(sb, ccwB ? LEFT : RIGHT, sa);
        }
        if (found == UNKNOWN && pa.getNumInteriorRing() == 0 && pb.getNumInteriorRing() == 0
                && bySharedChain(vertices(sa, ccwA), vertices(sb, ccwB))) {
            found = TOUCHING;
        }
        return found;
    }

    /** The ring's distinct vertices counter-clockwise, x then y; null when a vertex repeats consecutively. */
    private static double[] vertices(CoordinateSequence s, boolean ccw) {
        int n = s.size() - 1;
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int k = ccw ? i : n - 1 - i;
            v[2 * k] = s.getX(i);
            v[2 * k + 1] = s.getY(i);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (v[2 * i] == v[2 * j] && v[2 * i + 1] == v[2 * j + 1]) {
                return null;
            }
        }
        return v;
    }

    /**
     * The shared-chain test (see the class comment) on two hole-free polygons' vertices, both counter-clockwise:
     * true only when the interiors are certainly disjoint.
     */
    private static boolean bySharedChain(double[] a, double[] b) {
        if (a == null || b == null) {
            return false;
        }
        int na = a.length / 2;
        int nb = b.length / 2;
        int[] inB = new int[na];
        int shared = 0;
        for (int i = 0; i < na; i++) {
            inB[i] = -1;
            for (int j = 0; j < nb; j++) {
                if (a[2 * i] == b[2 * j] && a[2 * i + 1] == b[2 * j + 1]) {
                    inB[i] = j;
                    shared++;
                    break;
                }
            }
        }
        if (shared < 2 || shared >= na || shared >= nb) {
            return false;
        }
        // the shared vertices must be one run v0..vk of a, and the same run backwards in b
        int start = -1;
        for (int i = 0; i < na; i++) {
            if (inB[i] >= 0 && inB[(i + na - 1) % na] < 0) {
                if (start >= 0) {
                    return false;
                }
                start = i;
            }
        }
        int k = shared - 1;
        for (int t = 0; t < k; t++) {
            int here = inB[(start + t) % na];
            int next = inB[(start + t + 1) % na];
            if (next < 0 || next != (here + nb - 1) % nb) {
                return false;
            }
        }
        int v0InB = inB[start];
        // a's other edges (from vk round to v0) against b's other edges (from v0 round to vk): they may meet only
        // at v0 and vk, where they start or end
        for (int i = (start + k) % na, ea = 0; ea < na - k; ea++, i = (i + 1) % na) {
            int i2 = (i + 1) % na;
            for (int j = v0InB, eb = 0; eb < nb - k; eb++, j = (j + 1) % nb) {
                int j2 = (j + 1) % nb;
                if (meet(a[2 * i], a[2 * i + 1], a[2 * i2], a[2 * i2 + 1], b[2 * j], b[2 * j + 1], b[2 * j2],
                        b[2 * j2 + 1])) {
                    return false;
                }
            }
        }
        // at v0, b leaves along v0 -> w: outside a's corner, which turns counter-clockwise from v0 -> v1 to v0 -> u
        int v0 = start;
        int v1 = (start + 1) % na;
        int u = (start + na - 1) % na;
        int w = (v0InB + 1) % nb;
        return !insideCorner(a[2 * v0], a[2 * v0 + 1], a[2 * v1], a[2 * v1 + 1], a[2 * u],
                a[2 * u + 1], b[2 * w], b[2 * w + 1]);
    }

    /**
     * Whether segments pq and rs meet anywhere but at one common end (the only point they share when they turn
     * there, or leave it in opposite directions); true also when in doubt (an end of one on the other's line).
     */
    private static boolean meet(double px, double py, double qx, double qy, double rx, double ry, double sx,
                                double sy) {
        if (Math.max(px, qx) < Math.min(rx, sx) || Math.max(rx, sx) < Math.min(px, qx)
                || Math.max(py, qy) < Math.min(ry, sy) || Math.max(ry, sy) < Math.min(py, qy)) {
            return false;
        }
        // a common end: the segments meet only there unless they leave it along one line the same way
        if (px == rx && py == ry) {
            return sameWay(px, py, qx, qy, sx, sy);
        }
        if (px == sx && py == sy) {
            return sameWay(px, py, qx, qy, rx, ry);
        }
        if (qx == rx && qy == ry) {
            return sameWay(qx, qy, px, py, sx, sy);
        }
        if (qx == sx && qy == sy) {
            return sameWay(qx, qy, px, py, rx, ry);
        }
        int o1 = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, rx, ry);
        int o2 = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, sx, sy);
        int o3 = CGAlgorithmsDD.orientationIndex(rx, ry, sx, sy, px, py);
        int o4 = CGAlgorithmsDD.orientationIndex(rx, ry, sx, sy, qx, qy);
        if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0) {
            return true;
        }
        return o1 != o2 && o3 != o4;
    }

    /**
     * Whether segments of and og, from a common end o, run along one line the same way (then they overlap). On one
     * line, the vectors are parallel, so the sign of their dot product is far from rounding.
     */
    private static boolean sameWay(double ox, double oy, double fx, double fy, double gx, double gy) {
        return CGAlgorithmsDD.orientationIndex(ox, oy, fx, fy, gx, gy) == 0
                && (fx - ox) * (gx - ox) + (fy - oy) * (gy - oy) > 0;
    }

    /**
     * Whether ray o -> w lies strictly inside the corner turning counter-clockwise from ray o -> f to ray o -> t;
     * true also when in doubt (w along either ray, or a corner of no angle). Rays on one line are parallel, so the
     * sign of their dot product is far from rounding.
     */
    private static boolean insideCorner(double ox, double oy, double fx, double fy, double tx, double ty, double wx,
                                        double wy) {
        int ft = CGAlgorithmsDD.orientationIndex(ox, oy, fx, fy, tx, ty);
        int fw = CGAlgorithmsDD.orientationIndex(ox, oy, fx, fy, wx, wy);
        int tw = CGAlgorithmsDD.orientationIndex(ox, oy, tx, ty, wx, wy);
        if (fw == 0 || tw == 0) {
            // w along f or t: in doubt; straight behind one of them: inside only a corner wider than a half-turn
            boolean along = fw == 0 ? (fx - ox) * (wx - ox) + (fy - oy) * (wy - oy) > 0
                    : (tx - ox) * (wx - ox) + (ty - oy) * (wy - oy) > 0;
            return along || ft != Orientation.LEFT;
        }
        if (ft == Orientation.LEFT) {
            return fw == Orientation.LEFT && tw == Orientation.RIGHT;
        }
        if (ft == Orientation.RIGHT) {
            return fw == Orientation.LEFT || tw == Orientation.RIGHT;
        }
        // t straight behind f: the corner is the half-plane left of o -> f; t along f: no corner
        boolean behind = (fx - ox) * (tx - ox) + (fy - oy) * (ty - oy) < 0;
        return !behind || fw == Orientation.LEFT;
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
