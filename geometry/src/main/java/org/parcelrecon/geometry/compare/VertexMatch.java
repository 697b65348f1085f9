package org.parcelrecon.geometry.compare;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.geometry.internal.RingVertices;

/**
 * The fast path: do two polygons match vertex by vertex (same parts, rings and vertex counts, every vertex within
 * the tolerance after the offset, ring starts allowed to differ)? If so, the largest vertex distance bounds the
 * Hausdorff distance and the quadrilaterals between corresponding edges estimate the symmetric difference, with no
 * overlay and next to no allocation.
 */
final class VertexMatch {
    private VertexMatch() {
    }

    /**
     * The largest vertex distance when {@code a} shifted by (dx, dy) matches {@code b} within {@code tol}, else -1.
     * On a match {@code symDiff[0]} receives the estimated symmetric-difference area.
     */
    static double match(Geometry a, double dx, double dy, Geometry b, double tol, double[] symDiff) {
        Envelope ea = a.getEnvelopeInternal();
        Envelope eb = b.getEnvelopeInternal();
        return match(a, new double[] {ea.getMinX(), ea.getMinY(), ea.getMaxX(), ea.getMaxY()}, 0, dx, dy, b,
                new double[] {eb.getMinX(), eb.getMinY(), eb.getMaxX(), eb.getMaxY()}, 0, tol, symDiff);
    }

    /**
     * {@link #match(Geometry, double, double, Geometry, double, double[])} with the envelopes given as minX, minY,
     * maxX, maxY at {@code boxA[atA]} and {@code boxB[atB]} (a geometry's envelope is copied on every call).
     */
    static double match(Geometry a, double[] boxA, int atA, double dx, double dy, Geometry b, double[] boxB, int atB,
                        double tol, double[] symDiff) {
        if (Math.abs(boxA[atA] + dx - boxB[atB]) > tol || Math.abs(boxA[atA + 2] + dx - boxB[atB + 2]) > tol
                || Math.abs(boxA[atA + 1] + dy - boxB[atB + 1]) > tol
                || Math.abs(boxA[atA + 3] + dy - boxB[atB + 3]) > tol) {
            return -1;
        }
        int parts = a.getNumGeometries();
        if (parts != b.getNumGeometries()) {
            return -1;
        }
        double max = 0;
        double area = 0;
        double[] ringArea = new double[1];
        for (int p = 0; p < parts; p++) {
            if (!(a.getGeometryN(p) instanceof Polygon pa) || !(b.getGeometryN(p) instanceof Polygon pb)) {
                return -1;
            }
            int holes = pa.getNumInteriorRing();
            if (holes != pb.getNumInteriorRing() || pa.isEmpty() || pb.isEmpty()) {
                return -1;
            }
            for (int r = -1; r < holes; r++) {
                CoordinateSequence sa = r < 0 ? pa.getExteriorRing().getCoordinateSequence()
                        : pa.getInteriorRingN(r).getCoordinateSequence();
                CoordinateSequence sb = r < 0 ? pb.getExteriorRing().getCoordinateSequence()
                        : pb.getInteriorRingN(r).getCoordinateSequence();
                double d = ring(sa, dx, dy, sb, tol, ringArea);
                if (d < 0) {
                    return -1;
                }
                max = Math.max(max, d);
                area += ringArea[0];
            }
        }
        symDiff[0] = area;
        return max;
    }

    private static double ring(CoordinateSequence a, double dx, double dy, CoordinateSequence b, double tol,
                               double[] area) {
        int n = a.size();
        if (n != b.size() || n < 4) {
            return -1;
        }
        int m = n - 1;
        double tol2 = tol * tol;
        // each ring's ordinates read from one plain array (the same doubles as getX/getY), not 8 sequence calls per
        // vertex and start tried: this runs on most old parcels of a map, often on more than one candidate. A
        // packed sequence's own array is read in place (vertex v's x at v·stride, y after it), no copy made.
        double[] ra = RingVertices.interleaved(a, n);
        double[] rb = RingVertices.interleaved(b, n);
        int sa = RingVertices.stride(a);
        int sb = RingVertices.stride(b);
        double ax0 = ra[0] + dx;
        double ay0 = ra[1] + dy;
        for (int start = 0; start < m; start++) {
            if (dist2(ax0, ay0, rb[start * sb], rb[start * sb + 1]) > tol2) {
                continue;
            }
            double max2 = 0;
            double sum = 0;
            boolean ok = true;
            for (int t = 0; t < m && ok; t++) {
                int u = t + start < m ? t + start : t + start - m;
                int u1 = u + 1 < m ? u + 1 : 0;
                int at = t * sa;
                double x1 = ra[at] + dx;
                double y1 = ra[at + 1] + dy;
                double x2 = ra[at + sa] + dx;
                double y2 = ra[at + sa + 1] + dy;
                double bx1 = rb[u * sb];
                double by1 = rb[u * sb + 1];
                double bx2 = rb[u1 * sb];
                double by2 = rb[u1 * sb + 1];
                double d2 = dist2(x1, y1, bx1, by1);
                if (d2 > tol2) {
                    ok = false;
                    break;
                }
                max2 = d2 > max2 || d2 != d2 ? d2 : max2; // Math.max of two squares (not -0.0), NaN kept
                // quadrilateral a(t), a(t+1), b(u+1), b(u): shoelace about b(u), as projected coordinates are
                // too large for products of raw ones to keep sub-mm² precision
                double qx1 = x1 - bx1;
                double qy1 = y1 - by1;
                double qx2 = x2 - bx1;
                double qy2 = y2 - by1;
                double qx3 = bx2 - bx1;
                double qy3 = by2 - by1;
                double s = qx1 * qy2 - qx2 * qy1 + qx2 * qy3 - qx3 * qy2;
                sum += Math.abs(s) / 2;
            }
            if (ok) {
                area[0] = sum;
                return Math.sqrt(max2);
            }
        }
        return -1;
    }

    private static double dist2(double x1, double y1, double x2, double y2) {
        double dx = x1 - x2;
        double dy = y1 - y2;
        return dx * dx + dy * dy;
    }
}
