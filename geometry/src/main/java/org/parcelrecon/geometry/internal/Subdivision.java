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
import org.locationtech.jts.noding.Noder;
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
        return pieces(polygonal, maxVertices, Noding.BOX_BELOW_TOP);
    }

    /** How the halves are noded. */
    enum Noding {
        /** OverlayNGRobust: a full noding, validated (with snapping and snap-rounding to fall back on). */
        VALIDATED,
        /** A full noding (MCIndexNoder) at every level, not validated. */
        FULL,
        /** A full noding of the polygon's own halves, then only box-ring intersections ({@link BoxNoder}). */
        BOX_BELOW_TOP
    }

    /** {@link #pieces(Geometry, int)} with the fast cut noded as {@code fast} says (tests compare the ways). */
    static List<Geometry> pieces(Geometry polygonal, int maxVertices, Noding fast) {
        List<Geometry> out = new ArrayList<>();
        try {
            cut(polygonal, maxVertices, out, 0, fast);
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
        cut(polygonal, maxVertices, out, 0, Noding.VALIDATED);
        return out;
    }

    /**
     * Cuts {@code g} into {@code out}. Unless {@code fast} is VALIDATED, each half is the intersection that
     * OverlayNGRobust's first attempt computes (OverlayNG, floating precision, the same monotone-chain noder, or
     * below the first level with {@link Noding#BOX_BELOW_TOP} the box noder) but without its second,
     * validating noding pass, which costs as much again: a box edge and the rings of a valid polygon are noded
     * correctly by it in all but degenerate cases, and those throw or break the pieces' area sum, which
     * {@link #pieces} checks before it cuts again the validated way.
     *
     * <p>With {@link Noding#BOX_BELOW_TOP}, only the first level nodes the polygon's rings among themselves (a
     * valid polygon's hole may touch its shell inside a segment, which needs a node there): every level below cuts
     * the output of an overlay, whose rings meet only at vertices of both, so only the box's ring needs noding
     * against them ({@link BoxNoder}), which is most of the cut's time saved (each level otherwise nodes all the
     * vertices again). SubdivisionTest checks the pieces equal those of the full noding, ring by ring and vertex by
     * vertex, on random polygons.
     */
    private static void cut(Geometry g, int maxVertices, List<Geometry> out, int depth, Noding fast) {
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
                cut(half(g, right, depth, fast), maxVertices, pieces, depth + 1, fast);
                return pieces;
            }).fork();
            cut(half(g, left, depth, fast), maxVertices, out, depth + 1, fast);
            out.addAll(other.join());
            return;
        }
        for (Envelope half : new Envelope[] {left, right}) {
            cut(half(g, half, depth, fast), maxVertices, out, depth + 1, fast);
        }
    }

    /** Polygons with more vertices have their halves cut in parallel (when called in a fork-join pool). */
    private static final int PARALLEL_VERTICES = 2_000;

    /** The polygonal part of {@code g} within {@code half}. */
    private static Geometry half(Geometry g, Envelope half, int depth, Noding fast) {
        Geometry box = g.getFactory().toGeometry(half);
        if (fast == Noding.VALIDATED) {
            return Polygons.polygonal(OverlayNGRobust.overlay(g, box, OverlayNG.INTERSECTION));
        }
        Noder noder;
        if (fast == Noding.BOX_BELOW_TOP && depth > 0) {
            noder = new BoxNoder(half);
        } else {
            MCIndexNoder full = new MCIndexNoder();
            full.setSegmentIntersector(new IntersectionAdder(new RobustLineIntersector()));
            noder = full;
        }
        return Polygons.polygonal(OverlayNG.overlay(g, box, OverlayNG.INTERSECTION,
                g.getFactory().getPrecisionModel(), noder));
    }
}
