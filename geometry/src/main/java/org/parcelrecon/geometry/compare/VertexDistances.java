package org.parcelrecon.geometry.compare;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.parcelrecon.geometry.internal.RingVertices;

/**
 * The distances of two polygons' vertices to each other's boundary, the first shifted by (dx, dy): what a noise
 * estimate is made of (O(n·m) for n and m vertices: for small parcels only), and the Hausdorff distance of a group.
 */
final class VertexDistances {
    /** Above this product of the two vertex counts the Hausdorff distance indexes the other side's segments. */
    private static final long INDEXED_HAUSDORFF = 250_000;
    /**
     * Above this product the shifted Hausdorff distance indexes too: below it the plain loop over squared distances
     * (a few nanoseconds a vertex and segment) beats an indexed nearest-facet search per vertex (Cambridge's
     * 266-31, 1,263 × 1,259 vertices: milliseconds instead of tens of them).
     */
    private static final long INDEXED_SHIFTED_HAUSDORFF = 4_000_000;

    private VertexDistances() {
    }

    /**
     * The discrete Hausdorff distance of {@code a} and {@code b} ({@link DiscreteHausdorffDistance}: the largest
     * distance of a vertex of either to the other's linework). Between big polygons (Cambridge's road polygon has
     * 18,606 vertices) each side's segments are indexed, so that the cost is O((n + m) log) rather than O(n·m).
     */
    static double hausdorff(Geometry a, Geometry b) {
        if ((long) a.getNumPoints() * b.getNumPoints() <= INDEXED_HAUSDORFF || a.isEmpty() || b.isEmpty()) {
            return DiscreteHausdorffDistance.distance(a, b);
        }
        return Math.max(directed(a, b), directed(b, a));
    }

    /**
     * {@link #hausdorff(Geometry, Geometry)} of {@code a} shifted by (dx, dy) and {@code b}, without making the
     * shifted copy: between small geometries the vertex-to-segment distances are taken straight from the
     * coordinate sequences, squared until the largest is found (what DiscreteHausdorffDistance measures, with a
     * square root per pair of geometries instead of one per vertex and segment).
     *
     * <p>Early break (Taha and Hanbury's): a vertex whose distance to some segment is already at most the largest
     * distance found so far cannot raise it, so its search stops there; each search starts at the segment nearest
     * to the previous vertex, where a neighbouring vertex of a similar polygon usually finds such a segment at
     * once. Two versions of one parcel then cost about n + m distances instead of n·m. The result is the very same
     * double as the full search ({@link #hausdorffFull}): the largest is always one vertex's exact minimum over all
     * segments, and the minimum of the same squared distances does not depend on the order they are taken in.
     */
    static double hausdorff(Geometry a, double dx, double dy, Geometry b) {
        if ((long) a.getNumPoints() * b.getNumPoints() > INDEXED_SHIFTED_HAUSDORFF || a.isEmpty() || b.isEmpty()) {
            return hausdorff(AffineTransformation.translationInstance(dx, dy).transform(a), b);
        }
        List<CoordinateSequence> la = new ArrayList<>();
        List<CoordinateSequence> lb = new ArrayList<>();
        if (!addRings(a, la) || !addRings(b, lb)) {
            return hausdorff(AffineTransformation.translationInstance(dx, dy).transform(a), b);
        }
        CoordinateSequence[] ra = la.toArray(new CoordinateSequence[0]);
        CoordinateSequence[] rb = lb.toArray(new CoordinateSequence[0]);
        // the rings read once into arrays (the same shifted doubles as sequence calls would give)
        Points pa = Points.of(ra, dx, dy);
        Points pb = Points.of(rb, 0, 0);
        double[] sa = pa == null ? null : pa.segments();
        double[] sb = pb == null ? null : pb.segments();
        if (pa == null || pb == null || sa.length == 0 || sb.length == 0) {
            // a non-finite coordinate (NaN would be skipped by an early break) or a ring without segments
            return Math.sqrt(Math.max(largest(ra, dx, dy, rb, 0, 0), largest(rb, 0, 0, ra, dx, dy)));
        }
        return Math.sqrt(Math.max(largest(pa, sb), largest(pb, sa)));
    }

    /** The shifted Hausdorff distance by the full n·m search: the reference the early break must agree with. */
    static double hausdorffFull(Geometry a, double dx, double dy, Geometry b) {
        CoordinateSequence[] ra = rings(a);
        CoordinateSequence[] rb = rings(b);
        return Math.sqrt(Math.max(largest(ra, dx, dy, rb, 0, 0), largest(rb, 0, 0, ra, dx, dy)));
    }

    /**
     * The largest squared distance of the vertices {@code v} (every one, closing ones included) to the segments
     * {@code s} (x1, y1, x2, y2 quadruples), with the early break described at
     * {@link #hausdorff(Geometry, double, double, Geometry)}.
     */
    private static double largest(Points v, double[] s) {
        int segments = s.length / 4;
        double max = 0;
        int start = 0;
        double[] xs = v.x();
        double[] ys = v.y();
        for (int p = 0; p < xs.length; p++) {
            double px = xs[p];
            double py = ys[p];
            double best = Double.POSITIVE_INFINITY;
            int bestAt = start;
            int j = start;
            for (int n = 0; n < segments; n++) {
                int b = 4 * j;
                double d = segmentDistance2(px, py, s[b], s[b + 1], s[b + 2], s[b + 3]);
                if (d < best) {
                    best = d;
                    bestAt = j;
                    if (d <= max) {
                        break;
                    }
                }
                j = j + 1 == segments ? 0 : j + 1;
            }
            max = Math.max(max, best);
            start = bestAt;
        }
        return max;
    }

    /** The largest squared distance of a vertex of {@code from} (+ shift f) to the segments of {@code to} (+ t). */
    private static double largest(CoordinateSequence[] from, double fx, double fy, CoordinateSequence[] to,
                                  double tx, double ty) {
        double max = 0;
        for (CoordinateSequence s : from) {
            for (int v = 0; v < s.size(); v++) {
                max = Math.max(max, nearest2(s.getX(v) + fx, s.getY(v) + fy, to, tx, ty));
            }
        }
        return max;
    }

    /** The largest distance of a vertex of {@code from} to the linework of {@code to}. */
    private static double directed(Geometry from, Geometry to) {
        IndexedFacetDistance facets = new IndexedFacetDistance(to);
        double max = 0;
        for (Coordinate c : from.getCoordinates()) {
            max = Math.max(max, facets.distance(from.getFactory().createPoint(c)));
        }
        return max;
    }

    /**
     * Per vertex of {@code a} (shifted) its distance to the boundary of {@code b}, then per vertex of {@code b}
     * (each ring's closing vertex left out). This runs on thousands of pairs per commune for the noise estimate, so
     * the rings are read once into plain arrays ({@link RingVertices#all}) and searched there, with no sequence call
     * per vertex and segment; a non-finite coordinate goes the reference way ({@link #betweenBySequences}), whose
     * NaN the pruned search could skip.
     */
    static double[] between(Geometry a, double dx, double dy, Geometry b) {
        CoordinateSequence[] ra = rings(a);
        CoordinateSequence[] rb = rings(b);
        Points pa = Points.of(ra, dx, dy);
        Points pb = Points.of(rb, 0, 0);
        if (pa == null || pb == null) {
            return betweenBySequences(a, dx, dy, b);
        }
        double[] out = new double[pa.vertices() + pb.vertices()];
        // the segments shifted as nearest2 shifts them (the same additions): the same distances
        double[] sa = pa.segments();
        double[] sb = pb.segments();
        int at = fill(pa, sb, out, 0);
        fill(pb, sa, out, at);
        return out;
    }

    /**
     * The vertices of some rings, shifted, in plain arrays: ring {@code r} holds {@code x[start[r] .. start[r+1])}
     * (its closing vertex included).
     */
    private record Points(double[] x, double[] y, int[] start) {
        /** The rings' vertices plus (dx, dy), each the double {@code getX(i) + dx} gives; null if one is not finite. */
        static Points of(CoordinateSequence[] rings, double dx, double dy) {
            int[] start = new int[rings.length + 1];
            for (int r = 0; r < rings.length; r++) {
                start[r + 1] = start[r] + rings[r].size();
            }
            int n = start[rings.length];
            double[] x = new double[n];
            double[] y = new double[n];
            double[] rx = x;
            double[] ry = y;
            for (int r = 0; r < rings.length; r++) {
                int size = rings[r].size();
                if (rings.length > 1) {
                    rx = new double[size];
                    ry = new double[size];
                }
                RingVertices.all(rings[r], size, rx, ry);
                for (int v = 0, at = start[r]; v < size; v++, at++) {
                    double vx = rx[v] + dx;
                    double vy = ry[v] + dy;
                    if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
                        return null;
                    }
                    x[at] = vx;
                    y[at] = vy;
                }
            }
            return new Points(x, y, start);
        }

        /** The number of vertices without each ring's closing one. */
        int vertices() {
            int n = 0;
            for (int r = 0; r + 1 < start.length; r++) {
                n += Math.max(0, start[r + 1] - start[r] - 1);
            }
            return n;
        }

        /** The segments as x1, y1, x2, y2 quadruples, ring by ring, each ring's in order. */
        double[] segments() {
            double[] out = new double[4 * vertices()];
            int at = 0;
            for (int r = 0; r + 1 < start.length; r++) {
                for (int j = start[r]; j < start[r + 1] - 1; j++) {
                    out[at++] = x[j];
                    out[at++] = y[j];
                    out[at++] = x[j + 1];
                    out[at++] = y[j + 1];
                }
            }
            return out;
        }
    }

    /**
     * Distances of the vertices of {@code from} to the segments {@code to}, given as x1, y1, x2, y2 quadruples
     * ({@link Points#segments}); every coordinate finite.
     *
     * <p>Each search starts at the segment nearest to the previous vertex and skips a segment whose box lies
     * farther than the nearest distance found so far (with a margin far above rounding): the minimum is the same
     * double as over all segments ({@link #betweenBySequences}, which tests compare), at a fraction of the
     * divisions. Minima and maxima by comparisons (the C1 compiler the command line runs calls Math's).
     */
    private static int fill(Points from, double[] to, double[] out, int at) {
        int segments = to.length / 4;
        int start = 0;
        double[] xs = from.x();
        double[] ys = from.y();
        int[] ring = from.start();
        for (int r = 0; r + 1 < ring.length; r++) {
            // the last vertex of a ring repeats the first
            for (int v = ring[r]; v < ring[r + 1] - 1; v++) {
                double px = xs[v];
                double py = ys[v];
                double best = Double.POSITIVE_INFINITY;
                double reach = Double.POSITIVE_INFINITY;
                int bestAt = start;
                for (int n = 0, j = start; n < segments; n++, j = j + 1 == segments ? 0 : j + 1) {
                    int b = 4 * j;
                    double x1 = to[b];
                    double y1 = to[b + 1];
                    double x2 = to[b + 2];
                    double y2 = to[b + 3];
                    // the gap between the point and the segment's box, per axis (0 or less inside it)
                    double gx = x1 < x2 ? (x1 - px > px - x2 ? x1 - px : px - x2)
                            : (x2 - px > px - x1 ? x2 - px : px - x1);
                    double gy = y1 < y2 ? (y1 - py > py - y2 ? y1 - py : py - y2)
                            : (y2 - py > py - y1 ? y2 - py : py - y1);
                    double gap = (gx > 0 ? gx * gx : 0) + (gy > 0 ? gy * gy : 0);
                    if (gap > reach) {
                        continue;
                    }
                    double d = segmentDistance2(px, py, x1, y1, x2, y2);
                    if (d < best) {
                        best = d;
                        bestAt = j;
                        reach = d * (1 + 1e-9);
                    }
                }
                start = bestAt;
                out[at++] = Math.sqrt(best);
            }
        }
        return at;
    }

    /** Per vertex of {@code a} (shifted) its distance to the boundary of {@code b} by the rings' own sequences. */
    static double[] betweenBySequences(Geometry a, double dx, double dy, Geometry b) {
        CoordinateSequence[] ra = rings(a);
        CoordinateSequence[] rb = rings(b);
        double[] out = new double[vertices(ra) + vertices(rb)];
        int at = fill(ra, dx, dy, rb, 0, 0, out, 0);
        fill(rb, 0, 0, ra, dx, dy, out, at);
        return out;
    }

    /** Distances of the vertices of {@code from} (+ shift f) to the segments of {@code to} (+ shift t). */
    private static int fill(CoordinateSequence[] from, double fx, double fy, CoordinateSequence[] to, double tx,
                            double ty, double[] out, int at) {
        for (CoordinateSequence s : from) {
            // the last vertex of a ring repeats the first
            for (int v = 0; v < s.size() - 1; v++) {
                out[at++] = Math.sqrt(nearest2(s.getX(v) + fx, s.getY(v) + fy, to, tx, ty));
            }
        }
        return at;
    }

    /** The squared distance of (px, py) to the nearest segment of the rings {@code to} (+ shift t). */
    private static double nearest2(double px, double py, CoordinateSequence[] to, double tx, double ty) {
        double best = Double.POSITIVE_INFINITY;
        for (CoordinateSequence r : to) {
            for (int j = 0; j < r.size() - 1; j++) {
                best = Math.min(best, segmentDistance2(px, py, r.getX(j) + tx, r.getY(j) + ty,
                        r.getX(j + 1) + tx, r.getY(j + 1) + ty));
            }
        }
        return best;
    }

    private static double segmentDistance2(double px, double py, double x1, double y1, double x2, double y2) {
        double vx = x2 - x1;
        double vy = y2 - y1;
        double wx = px - x1;
        double wy = py - y1;
        double len2 = vx * vx + vy * vy;
        // Math.max(0, Math.min(1, r)) by comparisons, the same double (-0.0 and below give 0, NaN stays)
        double r = len2 <= 0 ? 0 : (wx * vx + wy * vy) / len2;
        double t = r >= 1 ? 1 : r > 0 ? r : r <= 0 ? 0 : r;
        double ex = wx - t * vx;
        double ey = wy - t * vy;
        return ex * ex + ey * ey;
    }

    private static int vertices(CoordinateSequence[] rings) {
        int n = 0;
        for (CoordinateSequence s : rings) {
            n += Math.max(0, s.size() - 1);
        }
        return n;
    }

    /** The rings of the polygons in {@code g} (a polygon, multipolygon or a collection of them), in order. */
    private static CoordinateSequence[] rings(Geometry g) {
        List<CoordinateSequence> out = new ArrayList<>();
        if (!addRings(g, out)) {
            throw new IllegalArgumentException("not polygonal: " + g.getGeometryType());
        }
        return out.toArray(new CoordinateSequence[0]);
    }

    /** Adds the rings of the polygons in {@code g}; false when it holds anything else. */
    private static boolean addRings(Geometry g, List<CoordinateSequence> out) {
        if (g instanceof Polygon poly) {
            if (!poly.isEmpty()) {
                out.add(poly.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    out.add(poly.getInteriorRingN(h).getCoordinateSequence());
                }
            }
            return true;
        }
        if (!(g instanceof GeometryCollection)) {
            return false;
        }
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (!addRings(g.getGeometryN(p), out)) {
                return false;
            }
        }
        return true;
    }
}
