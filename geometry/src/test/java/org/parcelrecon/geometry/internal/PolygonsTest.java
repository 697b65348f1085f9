package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class PolygonsTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void repairsABowtieIntoItsTwoTriangles() {
        Geometry bowtie = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 10),
            new Coordinate(10, 0), new Coordinate(0, 10), new Coordinate(0, 0)});
        Geometry fixed = Polygons.repair(bowtie);
        assertThat(fixed.getArea()).isCloseTo(50, within(1e-9));
        assertThat(fixed.isValid()).isTrue();
    }

    @Test
    void leavesAnEmptyPolygonalGeometryWhenNothingHasArea() {
        Geometry flat = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(5, 0),
            new Coordinate(10, 0), new Coordinate(0, 0)});
        Geometry fixed = Polygons.repair(flat);
        assertThat(fixed.isEmpty()).isTrue();
        assertThat(fixed).isInstanceOf(org.locationtech.jts.geom.Polygonal.class);
    }

    @Test
    void keepsOnlyThePolygonalPartsOfACollection() {
        Geometry mixed = F.createGeometryCollection(new Geometry[] {F.toGeometry(
                new org.locationtech.jts.geom.Envelope(0, 1, 0, 1)), F.createPoint(new Coordinate(5, 5))});
        assertThat(Polygons.polygonal(mixed).getArea()).isEqualTo(1.0);
        assertThat(Polygons.polygonal(mixed).getNumGeometries()).isEqualTo(1);
    }
}
