package org.parcelrecon.geometry.compare;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;
import org.parcelrecon.geometry.internal.RingVertices;

/**
 * Intersection area of a polygon with a convex window by Sutherland–Hodgman clipping, without JTS overlay or
 * allocation (the caller passes scratch buffers). Against the convex hull of a parcel it bounds the intersection
 * area from above; when both the polygon and the other parcel are convex it is the exact intersection, perimeter
 * included. Cadastral parcels are mostly convex quadrilaterals, so most neighbour pairs never reach OverlayNG.
 */
final class ConvexClip {
    private ConvexClip() {
    }

    /**
     * The convex hull of a polygonal geometry as packed x,y pairs, counter-clockwise, not closed. A convex valid
     * polygon without holes (most parcels) is its own hull: its corners are taken as JTS's {@link ConvexHull}
     * would order them ({@link #ownHull}), without its sort; any other's is {@link #hullByChain}.
     */
    static double[] hull(Geometry g) {
        double[] own = ownHull(g);
        return own != null ? own : hullByChain(g);
    }

    /**
     * The hull of a convex valid polygon, or null for any other geometry. Its hull is its corners (vertices where
     * it turns, by JTS's exact {@link Orientation#index}; repeated vertices and vertices in the middle of a
     * straight edge are not corners), and JTS's {@link ConvexHull} puts first the lowest corner (the leftmost of
     * the lowest) and runs clockwise; {@link #hullByJts} turns that round, so the counter-clockwise ring starts
     * at the corner after the lowest one and ends with it. Pinned against {@link #hullByJts} by ConvexClipTest.
     * Relies on validity: a star whose every turn is a left turn is no hull of itself (map comparison passes only
     * repaired, valid polygons).
     */
    static double[] ownHull(Geometry g) {
        if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0 || p.isEmpty()) {
            return null;
        }
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int size = s.size();
        if (size < 4 || s.getX(0) != s.getX(size - 1) || s.getY(0) != s.getY(size - 1)) {
            return null;
        }
        // distinct consecutive vertices
        double[] x = new double[size - 1];
        double[] y = new double[size - 1];
        int n = RingVertices.distinct(s, size - 1, x, y);
        if (n < 0) {
            return null;
        }
        while (n > 1 && x[n - 1] == x[0] && y[n - 1] == y[0]) {
            n--;
        }
        if (n < 3) {
            return null;
        }
        int sign = 0;
        boolean[] corner = new boolean[n];
        int corners = 0;
        int lowest = -1;
        for (int j = 0; j < n; j++) {
            int i = j == 0 ? n - 1 : j - 1;
            int k = j + 1 == n ? 0 : j + 1;
            // Orientation.index of the three vertices (it hands their ordinates to this very test)
            int turn = CGAlgorithmsDD.orientationIndex(x[i], y[i], x[j], y[j], x[k], y[k]);
            if (turn == Orientation.COLLINEAR) {
                // straight on through v[j], not back along the edge it came by (a spike)
                if ((x[j] - x[i]) * (x[k] - x[j]) + (y[j] - y[i]) * (y[k] - y[j]) <= 0) {
                    return null;
                }
                continue;
            }
            if (sign != 0 && turn != sign) {
                return null;
            }
            sign = turn;
            corner[j] = true;
            corners++;
            if (lowest < 0 || y[j] < y[lowest] || (y[j] == y[lowest] && x[j] < x[lowest])) {
                lowest = j;
            }
        }
        if (corners < 3) {
            return null;
        }
        // the corners counter-clockwise from the one after the lowest, the lowest last
        double[] xy = new double[2 * corners];
        int step = sign == Orientation.COUNTERCLOCKWISE ? 1 : n - 1;
        int v = lowest;
        for (int t = 0; t < corners; t++) {
            do {
                v = (v + step) % n;
            } while (!corner[v]);
            xy[2 * t] = x[v];
            xy[2 * t + 1] = y[v];
        }
        return xy;
    }

    /**
     * {@link #hullByJts}, the same doubles in the same order, by Andrew's monotone chain: the shells' vertices sorted
     * by x then y, the lower and the upper chain kept by JTS's exact {@link Orientation#index} (a vertex stays only
     * where the chain turns left, so repeated and collinear vertices go, as JTS's hull drops them), the ring then
     * started where {@link #ownHull} starts it. JTS's hull sorts the vertices by angle about the lowest one with an
     * exact orientation test per comparison and scans them with a stack of objects; for the non-convex parcels that
     * reach it this took a sixth of the map comparison's preparation. Pinned against {@link #hullByJts} by
     * ConvexClipTest.
     */
    static double[] hullByChain(Geometry g) {
        Coordinate[] pts = shellPoints(g);
        int count = pts.length;
        java.util.Arrays.sort(pts);
        // lower chain left to right, then upper chain right to left: counter-clockwise from the leftmost-lowest
        Coordinate[] chain = new Coordinate[2 * count + 1];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0 && pts[i].equals2D(pts[i - 1])) {
                continue;
            }
            while (n >= 2 && Orientation.index(chain[n - 2], chain[n - 1], pts[i]) != Orientation.COUNTERCLOCKWISE) {
                n--;
            }
            chain[n++] = pts[i];
        }
        int lower = n + 1;
        for (int i = count - 2; i >= 0; i--) {
            if (pts[i].equals2D(pts[i + 1])) {
                continue;
            }
            while (n >= lower && Orientation.index(chain[n - 2], chain[n - 1], pts[i])
                    != Orientation.COUNTERCLOCKWISE) {
                n--;
            }
            chain[n++] = pts[i];
        }
        int corners = n - 1; // the last is the first again
        if (corners < 3) {
            return new double[0];
        }
        int lowest = 0;
        for (int i = 1; i < corners; i++) {
            if (chain[i].y < chain[lowest].y || (chain[i].y == chain[lowest].y && chain[i].x < chain[lowest].x)) {
                lowest = i;
            }
        }
        double[] xy = new double[2 * corners];
        for (int t = 0; t < corners; t++) {
            Coordinate c = chain[(lowest + 1 + t) % corners];
            xy[2 * t] = c.x;
            xy[2 * t + 1] = c.y;
        }
        return xy;
    }

    /** {@link #hull} by JTS's {@link ConvexHull}, for any polygonal geometry. */
    static double[] hullByJts(Geometry g) {
        Geometry h = new ConvexHull(shellPoints(g), g.getFactory()).getConvexHull();
        Coordinate[] cs = h.getCoordinates();
        if (!(h instanceof Polygon) || cs.length < 4) {
            return new double[0];
        }
        int n = cs.length - 1;
        double[] xy = new double[2 * n];
        double signed = 0;
        for (int i = 0; i < n; i++) {
            signed += cs[i].x * cs[i + 1].y - cs[i + 1].x * cs[i].y;
        }
        for (int i = 0; i < n; i++) {
            Coordinate c = signed >= 0 ? cs[i] : cs[n - 1 - i];
            xy[2 * i] = c.x;
            xy[2 * i + 1] = c.y;
        }
        return xy;
    }

    /**
     * The vertices of the shells of {@code g}'s polygons, fresh copies from their sequences:
     * Geometry.getCoordinates() would leave a cached Coordinate[] copy on every parcel (PackedCoordinateSequence
     * keeps one behind a SoftReference).
     */
    private static Coordinate[] shellPoints(Geometry g) {
        int count = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (g.getGeometryN(p) instanceof Polygon poly && !poly.isEmpty()) {
                count += poly.getExteriorRing().getNumPoints();
            }
        }
        Coordinate[] pts = new Coordinate[count];
        int k = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (g.getGeometryN(p) instanceof Polygon poly && !poly.isEmpty()) {
                CoordinateSequence s = poly.getExteriorRing().getCoordinateSequence();
                for (int i = 0; i < s.size(); i++) {
                    pts[k++] = new Coordinate(s.getX(i), s.getY(i));
                }
            }
        }
        return pts;
    }

    /** The area of a ring given as packed x,y pairs, not closed (such as {@link #hull}); 0 for fewer than 3. */
    static double ringArea(double[] xy) {
        int n = xy.length / 2;
        if (n < 3) {
            return 0;
        }
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        return Math.abs(twice) / 2;
    }

    /** True for a single polygon without holes whose shell turns one way only. */
    static boolean isConvex(Geometry g) {
        if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0 || p.isEmpty()) {
            return false;
        }
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int n = s.size() - 1;
        if (n <= 0) {
            return false;
        }
        // each vertex read once (the two after the last wrap round): the same doubles as reading the
        // sequence six times per turn, as this did; runs on every new parcel
        double[] x = new double[n + 2];
        double[] y = new double[n + 2];
        RingVertices.all(s, n, x, y);
        for (int t = n; t < n + 2; t++) {
            x[t] = x[t % n];
            y[t] = y[t % n];
        }
        int sign = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1;
            int k = i + 2;
            double cross = (x[j] - x[i]) * (y[k] - y[j]) - (y[j] - y[i]) * (x[k] - x[j]);
            int c = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (c != 0) {
                if (sign != 0 && c != sign) {
                    return false;
                }
                sign = c;
            }
        }
        return sign != 0;
    }

    /** Scratch buffers for one thread; grown as needed. */
    static final class Scratch {
        /** One per thread, for callers that clip once per item over many items (a Scratch is 1 KB). */
        static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

        double[] a = new double[64];
        double[] b = new double[64];
        final double[] window = new double[6];
        double perimeter;
    }

    /**
     * Area of ({@code g} shifted by dx, dy) ∩ window, window counter-clockwise and convex. Holes are subtracted.
     * {@code scratch.perimeter} receives the perimeter of the clipped shell(s), exact when {@code g} is convex.
     */
    static double area(Geometry g, double dx, double dy, double[] window, Scratch scratch) {
        return area(g, dx, dy, window, scratch, true);
    }

    /**
     * {@link #area(Geometry, double, double, double[], Scratch)}, the perimeter measured only when asked (a hypot
     * per clipped edge, a good part of the clip's cost): {@code scratch.perimeter} is 0 otherwise. The area is the
     * same double either way.
     */
    static double area(Geometry g, double dx, double dy, double[] window, Scratch scratch, boolean perimeterToo) {
        double area = 0;
        double perimeter = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            if (poly.isEmpty()) {
                continue;
            }
            area += Math.abs(ring(poly.getExteriorRing().getCoordinateSequence(), dx, dy, window, scratch,
                    perimeterToo));
            perimeter += scratch.perimeter;
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                area -= Math.abs(ring(poly.getInteriorRingN(h).getCoordinateSequence(), dx, dy, window, scratch,
                        false));
            }
        }
        scratch.perimeter = perimeter;
        return Math.max(0, area);
    }

    /**
     * The lengths of the edges of every ring of {@code g} projected on each axis, summed: {@code {Σ|Δx|, Σ|Δy|}}
     * (each ring closed), for {@link #shiftChange}.
     */
    static double[] edgeSpans(Geometry g) {
        double spanX = 0;
        double spanY = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (!(g.getGeometryN(p) instanceof Polygon poly) || poly.isEmpty()) {
                continue;
            }
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                CoordinateSequence s = (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r))
                        .getCoordinateSequence();
                for (int i = 1; i < s.size(); i++) {
                    spanX += Math.abs(s.getX(i) - s.getX(i - 1));
                    spanY += Math.abs(s.getY(i) - s.getY(i - 1));
                }
            }
        }
        return new double[] {spanX, spanY};
    }

    /**
     * {@link #edgeSpans} of the polygon whose {@link #shell} is given, bit for bit: the same edges in the same order
     * (the ring's closing edge last, to the first vertex, which the closed ring repeats), without walking the
     * geometry again.
     */
    static double[] shellEdgeSpans(double[] shell) {
        int n = shell.length / 2;
        double spanX = 0;
        double spanY = 0;
        for (int i = 1; i <= n; i++) {
            int at = i == n ? 0 : i;
            spanX += Math.abs(shell[2 * at] - shell[2 * (i - 1)]);
            spanY += Math.abs(shell[2 * at + 1] - shell[2 * (i - 1) + 1]);
        }
        return new double[] {spanX, spanY};
    }

    /**
     * How much the clipped area ({@link #area}, in exact arithmetic) of a polygon whose {@link #edgeSpans} are
     * {@code spanX, spanY} can change, against any convex window, when its shift moves by (vx, vy): at most
     * {@code (|vx|·spanY + |vy|·spanX) / 2}. Clipping by a convex window keeps each ring's winding number inside
     * the window, so a ring's clipped signed area is the integral of its winding number over the window; moving
     * the ring by v changes the winding number only on the ground its edges sweep, at most Σ|e × v| in all, and
     * as the winding number's integral over the plane does not change, the integral over the window rises or falls
     * by at most half of that; |e × v| ≤ |e_x|·|v_y| + |e_y|·|v_x|. Taking the ring's absolute value and adding
     * rings keeps the bound. Rounding is not included.
     */
    static double shiftChange(double spanX, double spanY, double vx, double vy) {
        return (Math.abs(vx) * spanY + Math.abs(vy) * spanX) / 2;
    }

    /**
     * The shell of {@code g} as packed x,y pairs (its closing vertex left out) when {@code g} is a non-empty polygon
     * without holes, for {@link #shellArea}; else null. A caller that clips one polygon many times keeps this
     * instead of walking the geometry (polygon, ring, sequence, a virtual call per coordinate) every time.
     */
    static double[] shell(Geometry g) {
        if (!(g instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() > 0) {
            return null;
        }
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int n = s.size() - 1;
        double[] xy = new double[2 * Math.max(n, 0)];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = s.getX(i);
            xy[2 * i + 1] = s.getY(i);
        }
        return xy;
    }

    /**
     * {@link #area(Geometry, double, double, double[], Scratch, boolean)} of the polygon whose {@link #shell} is
     * given: the same double, the same arithmetic on the same coordinates (ConvexClipTest compares the two).
     */
    static double shellArea(double[] shell, double dx, double dy, double[] window, Scratch scratch,
                            boolean perimeterToo) {
        int n = shell.length / 2;
        double[] in = input(scratch, n);
        double ox = window[0];
        double oy = window[1];
        for (int i = 0; i < n; i++) {
            in[2 * i] = shell[2 * i] + dx - ox;
            in[2 * i + 1] = shell[2 * i + 1] + dy - oy;
        }
        double area = 0;
        area += Math.abs(clip(in, n, window, scratch, perimeterToo));
        return Math.max(0, area);
    }

    private static double[] input(Scratch scratch, int n) {
        if (scratch.a.length < 2 * n + 4) {
            scratch.a = new double[2 * n + 4];
        }
        return scratch.a;
    }

    private static double ring(CoordinateSequence s, double dx, double dy, double[] window, Scratch scratch,
                               boolean perimeterToo) {
        int n = s.size() - 1;
        double[] in = input(scratch, n);
        // coordinates relative to the window's first vertex: projected coordinates are large (x ~ 5e5, y ~ 2e6 m)
        // and the shoelace sum of their products would lose about 1e-4 m² to rounding
        double ox = window[0];
        double oy = window[1];
        for (int i = 0; i < n; i++) {
            in[2 * i] = s.getX(i) + dx - ox;
            in[2 * i + 1] = s.getY(i) + dy - oy;
        }
        return clip(in, n, window, scratch, perimeterToo);
    }

    /**
     * Clips the ring {@code in[0 .. 2n)} (relative to the window's first vertex, in {@code scratch.a}) by the
     * window; its signed area, and its perimeter in {@code scratch.perimeter} when asked (else 0).
     */
    private static double clip(double[] in, int n, double[] window, Scratch scratch, boolean perimeterToo) {
        int m = window.length / 2;
        double[] out = scratch.b;
        double ox = window[0];
        double oy = window[1];
        int count = n;
        for (int e = 0; e < m && count > 0; e++) {
            // one half-plane keeps at most every vertex plus one crossing per edge
            if (out.length < 4 * count + 4) {
                out = new double[4 * count + 4];
            }
            double ex1 = window[2 * e] - ox;
            double ey1 = window[2 * e + 1] - oy;
            double ex2 = window[2 * ((e + 1) % m)] - ox;
            double ey2 = window[2 * ((e + 1) % m) + 1] - oy;
            double ux = ex2 - ex1;
            double uy = ey2 - ey1;
            int outCount = 0;
            double px = in[2 * (count - 1)];
            double py = in[2 * (count - 1) + 1];
            double ps = ux * (py - ey1) - uy * (px - ex1);
            for (int i = 0; i < count; i++) {
                double cx = in[2 * i];
                double cy = in[2 * i + 1];
                double cs = ux * (cy - ey1) - uy * (cx - ex1);
                if (cs >= 0) {
                    if (ps < 0) {
                        double t = ps / (ps - cs);
                        out[2 * outCount] = px + t * (cx - px);
                        out[2 * outCount + 1] = py + t * (cy - py);
                        outCount++;
                    }
                    out[2 * outCount] = cx;
                    out[2 * outCount + 1] = cy;
                    outCount++;
                } else if (ps >= 0) {
                    double t = ps / (ps - cs);
                    out[2 * outCount] = px + t * (cx - px);
                    out[2 * outCount + 1] = py + t * (cy - py);
                    outCount++;
                }
                px = cx;
                py = cy;
                ps = cs;
            }
            double[] swap = in;
            in = out;
            out = swap;
            count = outCount;
        }
        scratch.a = in;
        scratch.b = out;
        double signed = 0;
        double perimeter = 0;
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            signed += in[2 * i] * in[2 * j + 1] - in[2 * j] * in[2 * i + 1];
        }
        if (perimeterToo) {
            for (int i = 0; i < count; i++) {
                int j = (i + 1) % count;
                perimeter += Math.hypot(in[2 * j] - in[2 * i], in[2 * j + 1] - in[2 * i + 1]);
            }
        }
        scratch.perimeter = perimeter;
        return signed / 2;
    }

    /**
     * A triangulation of a polygonal geometry (JTS ear clipping, holes joined) as packed counter-clockwise
     * triangles, six numbers each; null when it fails or its triangles do not add up to the geometry's area. The
     * triangles tile the geometry, so the intersection area of any polygon with it is the sum of the polygon's
     * clipped areas against each triangle ({@link #areaByTriangles}): exact for non-convex parcels too.
     */
    static double[] triangles(Geometry g, double area) {
        Geometry t;
        try {
            t = PolygonTriangulator.triangulate(g);
        } catch (RuntimeException e) {
            return null;
        }
        double[] out = new double[6 * t.getNumGeometries()];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.getNumGeometries(); i++) {
            Coordinate[] c = t.getGeometryN(i).getCoordinates();
            if (c.length < 4) {
                return null;
            }
            double signed = (c[1].x - c[0].x) * (c[2].y - c[0].y) - (c[2].x - c[0].x) * (c[1].y - c[0].y);
            int[] order = signed >= 0 ? new int[] {0, 1, 2} : new int[] {0, 2, 1};
            for (int v : order) {
                out[n++] = c[v].x;
                out[n++] = c[v].y;
            }
            sum += Math.abs(signed) / 2;
        }
        return Math.abs(sum - area) <= 1e-9 * Math.max(1, area) ? out : null;
    }

    /**
     * Area of ({@code g} shifted by dx, dy) ∩ the polygon whose {@link #triangles} are given: the sum over the
     * triangles of the clipped areas. Sutherland–Hodgman against a convex window gives the exact area for any
     * simple subject polygon, so this is exact up to rounding; the perimeter is not computed.
     */
    static double areaByTriangles(Geometry g, double dx, double dy, double[] triangles, Scratch scratch) {
        return byTriangles(g, null, dx, dy, triangles, scratch);
    }

    /**
     * {@link #areaByTriangles(Geometry, double, double, double[], Scratch)} of the polygon whose {@link #shell} is
     * given: the same double.
     */
    static double shellAreaByTriangles(double[] shell, double dx, double dy, double[] triangles, Scratch scratch) {
        return byTriangles(null, shell, dx, dy, triangles, scratch);
    }

    /** The sum over the triangles of the clipped areas of {@code shell} if given, else of {@code g}. */
    private static double byTriangles(Geometry g, double[] shell, double dx, double dy, double[] triangles,
                                      Scratch scratch) {
        double[] window = scratch.window;
        double area = 0;
        for (int t = 0; t < triangles.length; t += 6) {
            System.arraycopy(triangles, t, window, 0, 6);
            area += shell != null ? shellArea(shell, dx, dy, window, scratch, false)
                    : area(g, dx, dy, window, scratch, false);
        }
        return area;
    }

    /**
     * {@link #areaByTriangles} for {@code g} (shifted by dx, dy) whose envelope, shifted, is {@code within}:
     * triangles whose bounding box misses it are skipped (they hold none of its area), so a small parcel against
     * the many triangles of a large polygon's piece clips only the few nearby.
     */
    static double areaByTriangles(Geometry g, double dx, double dy, double[] triangles, Envelope within,
                                  Scratch scratch) {
        double[] window = scratch.window;
        double minX = within.getMinX();
        double minY = within.getMinY();
        double maxX = within.getMaxX();
        double maxY = within.getMaxY();
        double area = 0;
        for (int t = 0; t < triangles.length; t += 6) {
            double x0 = triangles[t];
            double x1 = triangles[t + 2];
            double x2 = triangles[t + 4];
            double y0 = triangles[t + 1];
            double y1 = triangles[t + 3];
            double y2 = triangles[t + 5];
            if (Math.max(x0, Math.max(x1, x2)) <= minX || Math.min(x0, Math.min(x1, x2)) >= maxX
                    || Math.max(y0, Math.max(y1, y2)) <= minY || Math.min(y0, Math.min(y1, y2)) >= maxY) {
                continue;
            }
            System.arraycopy(triangles, t, window, 0, 6);
            area += area(g, dx, dy, window, scratch, false);
        }
        return area;
    }
}
