package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class VertexMatchTest {
    private static final Geometry SQUARE = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

    private static double match(Geometry a, double dx, double dy, Geometry b, double[] symDiff) {
        return VertexMatch.match(a, dx, dy, b, 0.5, symDiff);
    }

    @Test
    void matchesAnIdenticalPolygonWithNoDifference() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, SQUARE, s)).isZero();
        assertThat(s[0]).isZero();
    }

    @Test
    void matchesAfterTheOffsetAndWhateverVertexTheRingStartsAt() {
        double[] s = new double[1];
        Geometry moved = wkt("POLYGON ((103 10.3, 103 0.3, 93 0.3, 93 10.3, 103 10.3))");
        // the same square, clockwise from another corner: orientation differs, so no vertex-by-vertex match
        assertThat(match(SQUARE, 93, 0.3, moved, s)).isEqualTo(-1);
        Geometry sameOrder = wkt("POLYGON ((103 10.3, 93 10.3, 93 0.3, 103 0.3, 103 10.3))");
        assertThat(match(SQUARE, 93, 0.3, sameOrder, s)).isCloseTo(0, within(1e-9));
    }

    @Test
    void estimatesTheSymmetricDifferenceOfASmallShift() {
        double[] s = new double[1];
        Geometry shifted = wkt("POLYGON ((0.3 0, 10.3 0, 10.3 10, 0.3 10, 0.3 0))");
        assertThat(match(SQUARE, 0, 0, shifted, s)).isCloseTo(0.3, within(1e-9));
        // two 10 x 0.3 strips: exactly the true symmetric difference
        assertThat(s[0]).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void matchesAOnePartMultiPolygonWithItsPolygon() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))"), s)).isZero();
    }

    @Test
    void refusesBeyondToleranceOrWithAnotherStructure() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 10 0, 10.6 10, 0 10, 0 0))"), s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))"), s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 21 0, 21 1, 20 0)))"),
                s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 1))"), s))
                .isEqualTo(-1);
    }
}
