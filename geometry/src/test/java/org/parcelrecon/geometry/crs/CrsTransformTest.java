package org.parcelrecon.geometry.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CrsTransformTest {
    private static final double MM = 0.001;
    /**
     * Round trips that cross a datum shift: proj4j's geocentric-to-geodetic step leaves about 1.3 mm (forward
     * values match PROJ to 1e-6 m; the loss is on the way back), so "within millimetres" means 2 mm here.
     */
    private static final double ROUND_TRIP = 0.002;

    @ParameterizedTest(name = "{0}: ({1}, {2}) -> ({3}, {4})")
    @CsvSource({
            // DOMAIN.md section 3 control values, WGS 84 -> VN-2000 / TM-3 107-45 (PROJ 9.1.1 and proj4j agree)
            "vn2000:quang-ninh, 107.75, 21.00, 499804.907229, 2322956.065825",
            "EPSG:5899,         106.95, 21.05, 416662.879317, 2328699.857761",
            "vn2000:tm3:107-45, 107.97, 21.53, 522594.356133, 2381647.927187",
            // DOMAIN.md: VN-2000 UTM zones of the first point
            "EPSG:3405,         107.75, 21.00, 785689.2455, 2324715.8415",
            "vn2000:utm49,      107.75, 21.00, 161902.7734, 2325700.2000",
            // cs2cs (PROJ 9.1.1) with the same definitions: Hà Nội TM-3 105
            "vn2000:ha-noi,     105.85, 21.03, 588154.476627, 2326509.053938",
            // cs2cs: HN-72 with EPSG:1544's shift
            "EPSG:2093,         107.75, 21.00, 681922.491826, 2324135.273427",
            "EPSG:2044,         107.75, 21.00, 18785955.483162, 2325599.869339",
            "EPSG:2045,         107.75, 21.00, 19161905.529252, 2326579.139104",
            // cs2cs: the real test data's systems (Cambridge MA, Essonne)
            "EPSG:26986,        -71.10, 42.37, 232946.484496, 902243.595399",
            "EPSG:2154,           2.38, 48.70, 654372.032846, 6844607.487298",
    })
    void matchesPublishedControlValuesToTheMillimetre(String crs, double lon, double lat, double e, double n) {
        Coordinate c = CrsTransform.between(Crs.WGS84, Crs.parse(crs)).apply(lon, lat);
        assertThat(c.x).isCloseTo(e, within(MM));
        assertThat(c.y).isCloseTo(n, within(MM));
    }

    @Test
    void appliesTheDatumShiftToVn2000LongitudeLatitude() {
        // cs2cs: the WGS 84 point 107.75, 21.00 in VN-2000 degrees
        Coordinate c = CrsTransform.between(Crs.WGS84, Crs.VN2000).apply(107.75, 21.00);
        assertThat(c.x).isCloseTo(107.748123374, within(1e-8));
        assertThat(c.y).isCloseTo(21.001007202, within(1e-8));
    }

    @Test
    void withoutTheShiftThePointLandsAboutTwoHundredMetresAway() {
        // DOMAIN.md: the same point without the datum shift
        Crs noShift = Crs.fromProj("+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84"
                + " +units=m +no_defs");
        Coordinate c = CrsTransform.between(Crs.WGS84, noShift).apply(107.75, 21.00);
        assertThat(c.x).isCloseTo(500000.0000, within(MM));
        assertThat(c.y).isCloseTo(2322844.5614, within(MM));
    }

    @Test
    void returnsNaNForPointsThatCannotBeTransformed() {
        CrsTransform t = CrsTransform.between(Crs.WGS84, Crs.epsg(5899));
        Coordinate c = t.apply(Double.NaN, 21.0);
        assertThat(c.x).isNaN();
        assertThat(c.y).isNaN();
        assertThat(t.inverse().apply(Double.POSITIVE_INFINITY, 0).x).isNaN();
    }

    @Test
    void transformsEveryVertexOfAGeometryIntoACopy() throws ParseException {
        Geometry g = new WKTReader().read("POLYGON ((107.75 21, 107.751 21, 107.751 21.001, 107.75 21))");
        Geometry t = CrsTransform.between(Crs.WGS84, Crs.parse("vn2000:quang-ninh")).apply(g);
        assertThat(t.getCoordinates()[0].x).isCloseTo(499804.907229, within(MM));
        assertThat(t.getCoordinates()[0].y).isCloseTo(2322956.065825, within(MM));
        assertThat(t.getArea()).isGreaterThan(5000).isLessThan(6000);
        assertThat(g.getCoordinates()[0].x).isEqualTo(107.75);
        assertThat(t.isValid()).isTrue();
    }

    @Test
    void identityReturnsTheSameCoordinates() {
        CrsTransform t = CrsTransform.between(Crs.parse("vn2000:quang-ninh"), Crs.epsg(5899));
        assertThat(t.isIdentity()).isTrue();
        assertThat(t.apply(1.5, 2.5)).isEqualTo(new Coordinate(1.5, 2.5));
    }

    @Property(tries = 200)
    void wgs84ToProvinceZoneAndBackIsWithinAMillimetre(
            @ForAll("provinces") Vn2000Province province,
            @ForAll @DoubleRange(min = -3, max = 3) double offsetFromMeridian,
            @ForAll @DoubleRange(min = 8, max = 23.5) double lat) {
        double lon = province.centralMeridian() + offsetFromMeridian;
        CrsTransform t = CrsTransform.between(Crs.WGS84, province.crs());
        Coordinate projected = t.apply(lon, lat);
        Coordinate back = t.inverse().apply(projected.x, projected.y);
        double dxMetres = (back.x - lon) * 111_320 * Math.cos(Math.toRadians(lat));
        double dyMetres = (back.y - lat) * 110_574;
        assertThat(Math.hypot(dxMetres, dyMetres)).isLessThan(ROUND_TRIP);
    }

    @Property(tries = 200)
    void provinceZoneToUtmAndHn72AndBackIsWithinAMillimetre(
            @ForAll @DoubleRange(min = 300000, max = 700000) double e,
            @ForAll @DoubleRange(min = 1000000, max = 2600000) double n,
            @ForAll("zones") Crs zone,
            @ForAll("others") Crs other) {
        CrsTransform t = CrsTransform.between(zone, other);
        Coordinate there = t.apply(e, n);
        Coordinate back = t.inverse().apply(there.x, there.y);
        assertThat(Math.hypot(back.x - e, back.y - n)).isLessThan(ROUND_TRIP);
    }

    @Property(tries = 100)
    void roundTripWithinVn2000IsExactToAMicrometre(
            @ForAll @DoubleRange(min = 300000, max = 700000) double e,
            @ForAll @DoubleRange(min = 1000000, max = 2600000) double n,
            @ForAll("zones") Crs zone) {
        // no datum shift on the way: only the projections' own error
        CrsTransform t = CrsTransform.between(zone, Crs.epsg(3405));
        Coordinate there = t.apply(e, n);
        Coordinate back = t.inverse().apply(there.x, there.y);
        assertThat(Math.hypot(back.x - e, back.y - n)).isLessThan(1e-5);
    }

    @Provide
    Arbitrary<Vn2000Province> provinces() {
        return Arbitraries.of(Vn2000Province.all());
    }

    @Provide
    Arbitrary<Crs> zones() {
        return Arbitraries.of(Vn2000Province.all()).map(Vn2000Province::crs);
    }

    @Provide
    Arbitrary<Crs> others() {
        return Arbitraries.of("EPSG:3405", "EPSG:3406", "EPSG:2093", "EPSG:2044", "hn72", "vn2000", "wgs84",
                "vn2000:tm3:105").map(Crs::parse);
    }
}
