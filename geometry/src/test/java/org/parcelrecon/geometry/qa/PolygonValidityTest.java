package org.parcelrecon.geometry.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonValidityTest {
    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    @Test
    void aValidParcelHasNoProblemAndIsItsOwnRepair() throws ParseException {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        assertThat(PolygonValidity.problem(square)).isEmpty();
        assertThat(PolygonValidity.repaired(square)).isSameAs(square);
    }

    @Test
    void aBowTieSaysWhereItCrossesAndItsRepairKeepsBothLobes() throws ParseException {
        Geometry bowTie = wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        assertThat(PolygonValidity.problem(bowTie)).contains("Self-intersection at (5.0 5.0)");
        assertThat(bowTie.getArea()).isZero();
        Geometry repaired = PolygonValidity.repaired(bowTie);
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getArea()).isEqualTo(50.0);
    }
}
