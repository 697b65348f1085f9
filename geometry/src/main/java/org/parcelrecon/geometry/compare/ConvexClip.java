package org.parcelrecon.geometry.compare;

import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Intersection area of a polygon with a convex window by Sutherland–Hodgman clipping, without JTS overlay or
 * allocation (the caller passes scratch buffers). Against the convex hull of a parcel it bounds the intersection
 * area from above; when both the polygon and the other parcel are convex it is the exact intersection, perimeter
 * included. Cadastral parcels are mostly convex quadrilaterals, so most neighbour pairs never reach OverlayNG.
 */
final class ConvexClip {
    private ConvexClip() {
    }

    /** The convex hull of a polygonal geometry as packed x,y pairs, counter-clockwise, not closed. */
    static double[] hull(Geometry g) {
        Geometry h = new ConvexHull(g).getConvexHull();
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

    /** True for a single polygon without holes whose shell turns one way only. */
    static boolean isConvex(Geometry g) {
        if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0 || p.isEmpty()) {
            return false;
        }
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int n = s.size() - 1;
        int sign = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int k = (i + 2) % n;
            double cross = (s.getX(j) - s.getX(i)) * (s.getY(k) - s.getY(j))
                    - (s.getY(j) - s.getY(i)) * (s.getX(k) - s.getX(j));
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
        double[] a = new double[64];
        double[] b = new double[64];
        double perimeter;
    }

    /**
     * Area of ({@code g} shifted by dx, dy) ∩ window, window counter-clockwise and convex. Holes are subtracted.
     * {@code scratch.perimeter} receives the perimeter of the clipped shell(s), exact when {@code g} is convex.
     */
    static double area(Geometry g, double dx, double dy, double[] window, Scratch scratch) {
        double area = 0;
        double perimeter = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            if (poly.isEmpty()) {
                continue;
            }
            area += Math.abs(ring(poly.getExteriorRing().getCoordinateSequence(), dx, dy, window, scratch));
            perimeter += scratch.perimeter;
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                area -= Math.abs(ring(poly.getInteriorRingN(h).getCoordinateSequence(), dx, dy, window, scratch));
            }
        }
        scratch.perimeter = perimeter;
        return Math.max(0, area);
    }

    private static double ring(CoordinateSequence s, double dx, double dy, double[] window, Scratch scratch) {
        int n = s.size() - 1;
        int m = window.length / 2;
        ensure(scratch, 2 * (n + 2 * m + 4));
        double[] in = scratch.a;
        double[] out = scratch.b;
        for (int i = 0; i < n; i++) {
            in[2 * i] = s.getX(i) + dx;
            in[2 * i + 1] = s.getY(i) + dy;
        }
        int count = n;
        for (int e = 0; e < m && count > 0; e++) {
            double ex1 = window[2 * e];
            double ey1 = window[2 * e + 1];
            double ex2 = window[2 * ((e + 1) % m)];
            double ey2 = window[2 * ((e + 1) % m) + 1];
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
        double signed = 0;
        double perimeter = 0;
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            signed += in[2 * i] * in[2 * j + 1] - in[2 * j] * in[2 * i + 1];
            perimeter += Math.hypot(in[2 * j] - in[2 * i], in[2 * j + 1] - in[2 * i + 1]);
        }
        scratch.perimeter = perimeter;
        return signed / 2;
    }

    private static void ensure(Scratch scratch, int size) {
        if (scratch.a.length < size) {
            scratch.a = new double[size];
            scratch.b = new double[size];
        }
    }
}
