package org.parcelrecon.geometry.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.index.strtree.STRtree;

class GapFinderTest {
    private static final GeometryFactory F = new GeometryFactory();

    private static LinearRing ring(double x0, double y0, double x1, double y1) {
        return F.createLinearRing(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /**
     * 40 x 40 lots of 10 m; between columns 19 and 20 a strip 0.5 m wide runs 380 m from row 1 to row 38 (closed by
     * wider lots in rows 0 and 39), one lot has a 0.3 m hole, and one lot is missing (a 10 m hole: no gap).
     */
    private static List<Geometry> map() {
        List<Geometry> lots = new ArrayList<>();
        for (int row = 0; row < 40; row++) {
            for (int col = 0; col < 40; col++) {
                if (row == 30 && col == 5) {
                    continue;
                }
                boolean closing = row == 0 || row == 39;
                double x0 = col * 10 + (col >= 20 && !closing ? 0.5 : 0);
                double x1 = col * 10 + 10 + (col >= 19 && (col > 19 || closing) ? 0.5 : 0);
                if (col >= 20 && closing) {
                    x0 += 0.5;
                }
                if (row == 10 && col == 30) {
                    lots.add(F.createPolygon(ring(x0, row * 10, x1, row * 10 + 10),
                            new LinearRing[] {ring(x0 + 4, row * 10 + 4, x0 + 4.3, row * 10 + 4.3)}));
                } else {
                    lots.add(F.createPolygon(ring(x0, row * 10, x1, row * 10 + 10)));
                }
            }
        }
        return lots;
    }

    private static List<GapFinder.Gap> gaps(List<Geometry> lots, int tileParcels) {
        STRtree index = new STRtree();
        for (int i = 0; i < lots.size(); i++) {
            index.insert(lots.get(i).getEnvelopeInternal(), i);
        }
        index.build();
        return new GapFinder(lots, index, 1.0, 0.01, tileParcels).find();
    }

    @Test
    void tilesFindExactlyTheGapsOfTheWholeUnionEvenOneLongerThanManyTiles() {
        List<Geometry> lots = map();
        List<GapFinder.Gap> whole = gaps(lots, Integer.MAX_VALUE);
        List<GapFinder.Gap> tiled = gaps(lots, 20);
        assertThat(whole).hasSize(2);
        assertThat(tiled).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(tiled.get(i).area()).isCloseTo(whole.get(i).area(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(tiled.get(i).hole().norm().equalsExact(whole.get(i).hole().norm(), 1e-9)).isTrue();
        }
        // south to north: the strip starts at y = 10, the small hole at y = 104
        assertThat(tiled.get(0).area()).isCloseTo(0.5 * 380, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(tiled.get(0).width()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.01));
        assertThat(tiled.get(1).area()).isCloseTo(0.09, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aMapWithoutParcelsHasNoGaps() {
        assertThat(new GapFinder(List.of(), new STRtree(), 1.0, 0.01).find()).isEmpty();
    }
}
