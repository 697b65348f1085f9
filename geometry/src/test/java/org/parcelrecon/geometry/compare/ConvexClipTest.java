package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class ConvexClipTest {
    private static final GeometryFactory F = new GeometryFactory();

    private static Geometry quad(double x, double y, double w, double h, double jx, double jy) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + w + jx, y - jy),
            new Coordinate(x + w, y + h), new Coordinate(x - jx, y + h + jy), new Coordinate(x, y)});
    }

    @Property(tries = 300)
    void equalsTheOverlayAreaAndPerimeterForTwoConvexParcels(
            @ForAll @DoubleRange(min = -15, max = 15) double dx, @ForAll @DoubleRange(min = -15, max = 15) double dy,
            @ForAll @DoubleRange(min = -3, max = 3) double jx, @ForAll @DoubleRange(min = -3, max = 3) double jy) {
        Geometry a = quad(0, 0, 20, 30, jx, jy);
        Geometry b = quad(dx, dy, 20, 30, jy, -jx);
        ConvexClip.Scratch scratch = new ConvexClip.Scratch();
        double area = ConvexClip.area(a, 0, 0, ConvexClip.hull(b), scratch);
        Geometry exact = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
        assertThat(ConvexClip.isConvex(a)).isTrue();
        assertThat(area).isCloseTo(exact.getArea(), within(1e-6));
        if (exact.getArea() > 1e-6) {
            assertThat(scratch.perimeter).isCloseTo(exact.getLength(), within(1e-6));
        }
    }

    @Property(tries = 100)
    void boundsTheIntersectionOfAnyPolygonWithTheHull(@ForAll @DoubleRange(min = -15, max = 15) double dx,
                                                      @ForAll @DoubleRange(min = -15, max = 15) double dy) {
        Geometry l = wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        Geometry other = wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))");
        double bound = ConvexClip.area(l, dx, dy, ConvexClip.hull(other), new ConvexClip.Scratch());
        Geometry shifted = org.locationtech.jts.geom.util.AffineTransformation.translationInstance(dx, dy).transform(l);
        double exact = OverlayNGRobust.overlay(shifted, other, OverlayNG.INTERSECTION).getArea();
        assertThat(bound).isGreaterThanOrEqualTo(exact - 1e-6);
    }

    @Test
    void tellsConvexFromConcave() {
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"))).isTrue();
        // collinear vertices do not break convexity, either orientation is fine
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))"))).isTrue();
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))"))).isFalse();
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))")))
                .isFalse();
        assertThat(ConvexClip.isConvex(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"))).isFalse();
    }

    @Test
    void givesNothingForDisjointPolygons() {
        double area = ConvexClip.area(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), 0, 0,
                ConvexClip.hull(wkt("POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))")), new ConvexClip.Scratch());
        assertThat(area).isZero();
    }
}
