package org.parcelrecon.geometry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parcelrecon.geometry.io.ParcelFeature;
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

    /** The parcel with these attributes ({@code "commune_code", "06652", ...}) instead of its own. */
    public static ParcelFeature withProperties(ParcelFeature p, String... keyValues) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return new ParcelFeature(p.id(), p.geometry(), p.sheet(), p.plot(), p.recordedArea(), properties, p.index(),
                p.readRepairs());
    }
}
