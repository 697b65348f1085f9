package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Polygon helpers shared by map QA and map comparison. Not API: may change without notice.
 *
 * <h2>Repair: why by linework</h2>
 * An invalid parcel is repaired as PostGIS's {@code ST_MakeValid} does by default ({@code method=linework}): the
 * rings of each polygon are noded where they cross or touch, the faces they enclose are formed, and a face is land
 * when a point inside it lies inside an odd number of the polygon's rings (so a hole cuts its shell, both lobes of
 * a figure eight stay); the polygons of a multipolygon are repaired one by one and united (overlapping members are
 * not cut by each other). Every vertex stays where it was drawn except the tips of zero-width spikes, which bound no
 * face. When that fails (non-finite coordinates, a result JTS finds invalid) JTS {@link GeometryFixer} decides.
 *
 * <p>Chosen by measuring the 57 invalid polygons of the Cambridge maps (21 in FY2013, 36 in FY2014, all
 * "Self-intersection" or "Ring Self-intersection"), each method against the polygon as drawn: total |area change|,
 * and Hausdorff distance (discrete, densified to 0.25 of a segment) between drawn and repaired boundary:
 * <table>
 *   <caption>repairs of Cambridge's 57 invalid polygons</caption>
 *   <tr><th>method</th><th>Σ |Δ area|</th><th>max |Δ area|</th><th>mean Hausdorff</th><th>max Hausdorff</th></tr>
 *   <tr><td>linework (this)</td><td>8.35 m²</td><td>1.19 m²</td><td>0.560 m</td><td>6.45 m</td></tr>
 *   <tr><td>GeometryFixer (before)</td><td>8.05 m²</td><td>1.19 m²</td><td>0.658 m</td><td>6.45 m</td></tr>
 *   <tr><td>buffer(0)</td><td>4.18 m²</td><td>0.60 m²</td><td>1.560 m</td><td>7.48 m</td></tr>
 * </table>
 * The area changes are the crossed lobes of bow-ties, whose "drawn" (shoelace) area counts one lobe negative:
 * linework and GeometryFixer keep both lobes, buffer(0) drops the one drawn the wrong way round (hence its smaller
 * area change and its 16 polygons moved by 0.5-7.5 m). Linework and GeometryFixer differ on 4 polygons, where a
 * thin loop touches its own ring (265C-25 in both years, 257-19, 274-1G): GeometryFixer drops the loop and moves the
 * boundary by 0.57-2.74 m, linework keeps it where it was drawn. Without densifying, on the 53 polygons of at most
 * 2,000 vertices (as {@code PolygonsTest} checks it): mean Hausdorff 0.329 m linework, 0.427 m GeometryFixer,
 * 1.375 m buffer(0). The rest of the Hausdorff distances are tips of
 * zero-width spikes, which every method removes (a boundary has no width there); map comparison therefore measures
 * boundary displacement on the polygons as drawn, as PostGIS's {@code ST_HausdorffDistance} does.
 *
 * <p>Known limit: a ring wound twice over the same land counts it an even number of times, so it is cut out (as
 * PostGIS's linework does); a hole drawn outside its shell becomes land.
 */
public final class Polygons {
    private Polygons() {
    }

    /**
     * {@return the polygonal repair of a geometry (see above: linework, else {@link GeometryFixer}); an empty polygonal
     * geometry when nothing with area remains}
     *
     * @param g any geometry
     */
    public static Geometry repair(Geometry g) {
        if (g instanceof Polygonal && finite(g)) {
            try {
                Geometry byLinework = linework(g);
                if (byLinework.isValid()) {
                    // the noding may start rings at other vertices from run to run: one canonical form, so that
                    // areas agree to the last bit on every run
                    byLinework.normalize();
                    return byLinework;
                }
            } catch (RuntimeException e) {
                // a robustness failure of the noding: GeometryFixer below
            }
        }
        return polygonal(GeometryFixer.fix(g));
    }

    /**
     * {@return the polygonal parts of a geometry (itself when it is polygonal)}
     *
     * @param g any geometry
     */
    public static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> polygons = new ArrayList<>();
        PolygonExtracter.getPolygons(g, polygons);
        return g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /** Each polygon's odd-parity faces, all polygons' faces united. */
    private static Geometry linework(Geometry g) {
        GeometryFactory f = g.getFactory();
        List<Geometry> faces = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (!p.isEmpty()) {
                oddFaces(p, faces);
            }
        }
        if (faces.isEmpty()) {
            return f.createMultiPolygon();
        }
        return polygonal(OverlayNGRobust.union(faces));
    }

    /** Rings with more vertices are indexed for the faces' point-in-ring tests. */
    private static final int INDEXED_RING = 256;

    private static void oddFaces(Polygon p, List<Geometry> out) {
        GeometryFactory f = p.getFactory();
        CoordinateSequence[] rings = new CoordinateSequence[1 + p.getNumInteriorRing()];
        rings[0] = p.getExteriorRing().getCoordinateSequence();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rings[h + 1] = p.getInteriorRingN(h).getCoordinateSequence();
        }
        LineString[] lines = new LineString[rings.length];
        for (int r = 0; r < rings.length; r++) {
            lines[r] = f.createLineString(rings[r]);
        }
        // the union of the rings' lines nodes them wherever they cross, touch or overlap
        Geometry noded = OverlayNGRobust.union(f.createMultiLineString(lines));
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        // a ring whose envelope does not hold the point does not hold it either: a polygon with hundreds of holes
        // (a road network around its blocks) then tests each face against the few rings around it
        Envelope[] boxes = new Envelope[rings.length];
        for (int r = 0; r < rings.length; r++) {
            boxes[r] = rings[r].expandEnvelope(new Envelope());
        }
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>(polygonizer.getPolygons());
        // a long ring (a road network's shell) tested against many faces is indexed: the same ray-crossing count
        // over the segments the ray can meet, so the same answer, without a pass over every segment per face
        PointOnGeometryLocator[] indexed = new PointOnGeometryLocator[rings.length];
        for (Polygon face : faces) {
            Coordinate inside = face.getInteriorPoint().getCoordinate();
            int containing = 0;
            for (int r = 0; r < rings.length; r++) {
                CoordinateSequence ring = rings[r];
                if (!boxes[r].contains(inside)) {
                    continue;
                }
                int location;
                if (ring.size() > INDEXED_RING && faces.size() > 2) {
                    if (indexed[r] == null) {
                        indexed[r] = new IndexedPointInAreaLocator(f.createLinearRing(ring));
                    }
                    location = indexed[r].locate(inside);
                } else {
                    location = RayCrossingCounter.locatePointInRing(inside, ring);
                }
                if (location == Location.INTERIOR) {
                    containing++;
                }
            }
            if (containing % 2 == 1) {
                out.add(face);
            }
        }
    }

    private static boolean finite(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                return false;
            }
        }
        return true;
    }
}
