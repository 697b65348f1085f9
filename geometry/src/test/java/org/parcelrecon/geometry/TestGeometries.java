package org.parcelrecon.geometry;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Geometries for tests, written as WKT. */
public final class TestGeometries {
    private TestGeometries() {
    }

    /** The geometry {@code wkt} describes; a malformed literal fails the test that wrote it. */
    public static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new AssertionError("bad WKT in a test: " + wkt, e);
        }
    }
}
