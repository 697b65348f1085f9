package org.parcelrecon.geometry.compare;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The perimeter of the intersection of two valid polygonal geometries, the first shifted by (dx, dy), without an
 * overlay: when the two boundaries only cross (general position), the intersection's boundary is the part of each
 * boundary that lies inside the other polygon, so its length is the sum of those two parts. Each ring is walked
 * edge by edge, its crossings with the other boundary switching it between inside and outside, from its first
 * vertex's side (a crossing-number test).
 *
 * <p>When a vertex of one lies on (or within rounding reach of) the other's boundary, or two edges overlap, the
 * answer would depend on how the two are noded: {@link #of} then answers NaN and the caller overlays. Otherwise
 * the result agrees with the overlay's {@code getLength()} to rounding (tests compare the two).
 *
 * <pre>
 *   squares (0 0, 10 10) and (5 2, 15 12): the intersection (5 2, 10 10) has perimeter 26; of() = 26
 *   squares (0 0, 10 10) and (10 0, 20 10): edges overlap; of() = NaN
 * </pre>
 */
final class IntersectionPerimeter {
    /** Cross products this small against the squared coordinate scale count as zero: the boundaries may touch. */
    private static final double NEAR = 1e-10;

    private IntersectionPerimeter() {
    }

    /**
     * {@return the perimeter of ({@code a} shifted by (dx, dy)) ∩ {@code b}, or NaN when the boundaries touch or
     * overlap somewhere, or a geometry is not polygonal or not finite}
     *
     * @param a a valid polygon or multi-polygon
     * @param dx shift of {@code a} in x
     * @param dy shift of {@code a} in y
     * @param b a valid polygon or multi-polygon
     */
    static double of(Geometry a, double dx, double dy, Geometry b) {
        double[][] ra = rings(a);
        double[][] rb = rings(b);
        if (ra == null || rb == null || rb.length == 0 || ra.length == 0) {
            return Double.NaN;
        }
        // about b's first vertex: small coordinates keep the cross products precise
        double ox = rb[0][0];
        double oy = rb[0][1];
        double scale = 0;
        for (double[] r : ra) {
            scale = Math.max(scale, shift(r, dx - ox, dy - oy));
        }
        for (double[] r : rb) {
            scale = Math.max(scale, shift(r, -ox, -oy));
        }
        if (!Double.isFinite(scale)) {
            return Double.NaN;
        }
        double near = NEAR * Math.max(scale * scale, 1e-6);
        double inA = insideLength(ra, rb, near);
        if (Double.isNaN(inA)) {
            return Double.NaN;
        }
        double inB = insideLength(rb, ra, near);
        return inA + inB;
    }

    /**
     * The length of the rings {@code from} inside the polygon whose rings are {@code to}; NaN when an edge of one
     * touches or overlaps an edge of the other.
     */
    private static double insideLength(double[][] from, double[][] to, double near) {
        double total = 0;
        double[] crossings = new double[8];
        for (double[] r : from) {
            int n = r.length / 2;
            boolean inside = contains(to, r[0], r[1]);
            for (int v = 0; v + 1 < n; v++) {
                double px0 = r[2 * v];
                double py0 = r[2 * v + 1];
                double px1 = r[2 * v + 2];
                double py1 = r[2 * v + 3];
                double pMinX = Math.min(px0, px1);
                double pMaxX = Math.max(px0, px1);
                double pMinY = Math.min(py0, py1);
                double pMaxY = Math.max(py0, py1);
                int count = 0;
                for (double[] q : to) {
                    int m = q.length / 2;
                    for (int w = 0; w + 1 < m; w++) {
                        double qx0 = q[2 * w];
                        double qy0 = q[2 * w + 1];
                        double qx1 = q[2 * w + 2];
                        double qy1 = q[2 * w + 3];
                        // boxes apart by more than rounding: no contact (margin: a touch must not slip through)
                        if (Math.min(qx0, qx1) > pMaxX + 1e-6 || Math.max(qx0, qx1) < pMinX - 1e-6
                                || Math.min(qy0, qy1) > pMaxY + 1e-6 || Math.max(qy0, qy1) < pMinY - 1e-6) {
                            continue;
                        }
                        double d1 = cross(qx0, qy0, qx1, qy1, px0, py0);
                        double d2 = cross(qx0, qy0, qx1, qy1, px1, py1);
                        if ((d1 > near && d2 > near) || (d1 < -near && d2 < -near)) {
                            continue;
                        }
                        double d3 = cross(px0, py0, px1, py1, qx0, qy0);
                        double d4 = cross(px0, py0, px1, py1, qx1, qy1);
                        if ((d3 > near && d4 > near) || (d3 < -near && d4 < -near)) {
                            continue;
                        }
                        if (Math.abs(d1) <= near || Math.abs(d2) <= near || Math.abs(d3) <= near
                                || Math.abs(d4) <= near) {
                            return Double.NaN; // a vertex on (or next to) the other edge, or collinear edges
                        }
                        if (count == crossings.length) {
                            crossings = Arrays.copyOf(crossings, 2 * count);
                        }
                        crossings[count++] = d1 / (d1 - d2);
                    }
                }
                double length = Math.hypot(px1 - px0, py1 - py0);
                if (count == 0) {
                    total += inside ? length : 0;
                    continue;
                }
                Arrays.sort(crossings, 0, count);
                double from0 = 0;
                for (int c = 0; c < count; c++) {
                    if (inside) {
                        total += (crossings[c] - from0) * length;
                    }
                    inside = !inside;
                    from0 = crossings[c];
                }
                if (inside) {
                    total += (1 - from0) * length;
                }
            }
        }
        return total;
    }

    /** (b - a) x (c - a): positive when c lies left of a → b. */
    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    /** Whether (x, y), off the boundary, lies inside the polygon of {@code rings} (crossing number, even-odd). */
    private static boolean contains(double[][] rings, double x, double y) {
        boolean in = false;
        for (double[] r : rings) {
            // edges u -> v, u the vertex before v (the ring is closed: its last vertex repeats the first)
            int n = r.length / 2 - 1;
            for (int v = 0, u = n - 1; v < n; u = v++) {
                double yu = r[2 * u + 1];
                double yv = r[2 * v + 1];
                if ((yu > y) != (yv > y) && x < r[2 * v] + (y - yv) * (r[2 * u] - r[2 * v]) / (yu - yv)) {
                    in = !in;
                }
            }
        }
        return in;
    }

    /** Shifts the ring's x, y pairs in place; returns the largest absolute ordinate afterwards (NaN: not finite). */
    private static double shift(double[] ring, double dx, double dy) {
        double max = 0;
        for (int i = 0; i < ring.length; i += 2) {
            ring[i] += dx;
            ring[i + 1] += dy;
            double m = Math.max(Math.abs(ring[i]), Math.abs(ring[i + 1]));
            if (!(m <= Double.MAX_VALUE)) {
                return Double.NaN;
            }
            max = Math.max(max, m);
        }
        return max;
    }

    /** The rings of the polygons of {@code g} as x, y pairs (closed); null when {@code g} is not polygonal. */
    private static double[][] rings(Geometry g) {
        int count = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (!(g.getGeometryN(p) instanceof Polygon poly)) {
                return null;
            }
            count += poly.isEmpty() ? 0 : 1 + poly.getNumInteriorRing();
        }
        double[][] out = new double[count][];
        int at = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            if (poly.isEmpty()) {
                continue;
            }
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                CoordinateSequence s = r < 0 ? poly.getExteriorRing().getCoordinateSequence()
                        : poly.getInteriorRingN(r).getCoordinateSequence();
                double[] xy = new double[2 * s.size()];
                for (int v = 0; v < s.size(); v++) {
                    xy[2 * v] = s.getX(v);
                    xy[2 * v + 1] = s.getY(v);
                }
                out[at++] = xy;
            }
        }
        return out;
    }
}
