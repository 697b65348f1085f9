package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
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
        cut(polygonal, maxVertices, out, 0);
        return out;
    }

    private static void cut(Geometry g, int maxVertices, List<Geometry> out, int depth) {
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
        for (Envelope half : new Envelope[] {left, right}) {
            Geometry piece = Polygons.polygonal(
                    OverlayNGRobust.overlay(g, g.getFactory().toGeometry(half), OverlayNG.INTERSECTION));
            cut(piece, maxVertices, out, depth + 1);
        }
    }
}
