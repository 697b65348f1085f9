package org.parcelrecon.geometry.internal;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Polygon helpers shared by map QA and map comparison. Not API: may change without notice.
 */
public final class Polygons {
    private Polygons() {
    }

    /**
     * The polygonal repair of a geometry by JTS {@link GeometryFixer} (lines and points it may leave are dropped);
     * an empty polygonal geometry when nothing with area remains.
     */
    public static Geometry repair(Geometry g) {
        return polygonal(GeometryFixer.fix(g));
    }

    /** The polygonal parts of a geometry (itself when it is polygonal). */
    public static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> polygons = new ArrayList<>();
        PolygonExtracter.getPolygons(g, polygons);
        return g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }
}
