package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Cuts a polygon with many vertices into pieces of at most {@code maxVertices} by halving its envelope along the
 * longer side (what PostGIS's ST_Subdivide does), so that overlays against small neighbours touch only the nearby
 * piece instead of every vertex. The pieces' areas add up to the polygon's. Not API.
 */
public final class Subdivision {
    private Subdivision() {
    }

    /**
     * {@return the pieces (the polygon itself, in a list of one, when it is small enough)}
     *
     * @param polygonal a polygon or multipolygon
     * @param maxVertices the most vertices a piece may have
     */
    public static List<Geometry> pieces(Geometry polygonal, int maxVertices) {
        List<Geometry> out = new ArrayList<>();
        try {
            cut(polygonal, maxVertices, out, 0, true);
            double sum = 0;
            for (Geometry piece : out) {
                sum += piece.getArea();
            }
            double area = polygonal.getArea();
            if (Math.abs(sum - area) <= 1e-9 * Math.max(1, area)) {
                return out;
            }
        } catch (RuntimeException e) {
            // a noding failure the unvalidated noder let through: cut again as OverlayNGRobust does
        }
        out.clear();
        cut(polygonal, maxVertices, out, 0, false);
        return out;
    }

    /**
     * Cuts {@code g} into {@code out}. With {@code fast}, each half is the intersection that OverlayNGRobust's first
     * attempt computes (OverlayNG, floating precision, the same monotone-chain noder) but without its second,
     * validating noding pass, which costs as much again: a box edge and the rings of a valid polygon are noded
     * correctly by it in all but degenerate cases, and those throw or break the pieces' area sum, which
     * {@link #pieces} checks before it cuts again the validated way.
     */
    private static void cut(Geometry g, int maxVertices, List<Geometry> out, int depth, boolean fast) {
        if (g.isEmpty()) {
            return;
        }
        if (g.getNumPoints() <= maxVertices || depth > 40) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon && !part.isEmpty()) {
                    out.add(part);
                }
            }
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        Envelope left;
        Envelope right;
        if (e.getWidth() >= e.getHeight()) {
            double mid = (e.getMinX() + e.getMaxX()) / 2;
            left = new Envelope(e.getMinX(), mid, e.getMinY(), e.getMaxY());
            right = new Envelope(mid, e.getMaxX(), e.getMinY(), e.getMaxY());
        } else {
            double mid = (e.getMinY() + e.getMaxY()) / 2;
            left = new Envelope(e.getMinX(), e.getMaxX(), e.getMinY(), mid);
            right = new Envelope(e.getMinX(), e.getMaxX(), mid, e.getMaxY());
        }
        if (g.getNumPoints() > PARALLEL_VERTICES && ForkJoinTask.inForkJoinPool()) {
            // the right half in another thread of the pool while this one cuts the left: a road network of
            // thousands of vertices is most of a map's cutting, and one thread would otherwise do it alone
            ForkJoinTask<List<Geometry>> other = ForkJoinTask.adapt(() -> {
                List<Geometry> pieces = new ArrayList<>();
                cut(half(g, right, fast), maxVertices, pieces, depth + 1, fast);
                return pieces;
            }).fork();
            cut(half(g, left, fast), maxVertices, out, depth + 1, fast);
            out.addAll(other.join());
            return;
        }
        for (Envelope half : new Envelope[] {left, right}) {
            cut(half(g, half, fast), maxVertices, out, depth + 1, fast);
        }
    }

    /** Polygons with more vertices have their halves cut in parallel (when called in a fork-join pool). */
    private static final int PARALLEL_VERTICES = 2_000;

    /** The polygonal part of {@code g} within {@code half}. */
    private static Geometry half(Geometry g, Envelope half, boolean fast) {
        Geometry box = g.getFactory().toGeometry(half);
        return Polygons.polygonal(fast ? unvalidated(g, box) : OverlayNGRobust.overlay(g, box,
                OverlayNG.INTERSECTION));
    }

    /** The intersection of {@code g} and {@code box} by OverlayNG with an unvalidated floating-point noder. */
    private static Geometry unvalidated(Geometry g, Geometry box) {
        MCIndexNoder noder = new MCIndexNoder();
        noder.setSegmentIntersector(new IntersectionAdder(new RobustLineIntersector()));
        return OverlayNG.overlay(g, box, OverlayNG.INTERSECTION, g.getFactory().getPrecisionModel(), noder);
    }
}
