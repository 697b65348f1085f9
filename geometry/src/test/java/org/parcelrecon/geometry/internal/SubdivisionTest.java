package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

class SubdivisionTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void cutsABigPolygonIntoSmallPiecesOfTheSameTotalArea() {
        Geometry ring = F.createPoint(new Coordinate(500000, 2300000)).buffer(100, 500)
                .difference(F.createPoint(new Coordinate(500000, 2300000)).buffer(40, 200));
        List<Geometry> pieces = Subdivision.pieces(ring, 256);
        assertThat(ring.getNumPoints()).isGreaterThan(2000);
        assertThat(pieces).hasSizeGreaterThan(8).allSatisfy(p -> {
            assertThat(p.getNumPoints()).isLessThanOrEqualTo(256);
            assertThat(p.getGeometryType()).isEqualTo("Polygon");
        });
        assertThat(pieces.stream().mapToDouble(Geometry::getArea).sum()).isCloseTo(ring.getArea(), within(1e-6));
    }

    @Test
    void keepsASmallPolygonWhole() {
        Geometry square = F.toGeometry(new org.locationtech.jts.geom.Envelope(0, 1, 0, 1));
        assertThat(Subdivision.pieces(square, 256)).containsExactly(square);
    }
}
