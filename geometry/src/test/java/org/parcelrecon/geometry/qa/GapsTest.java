package org.parcelrecon.geometry.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.withProperties;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * The gap search group by group: gaps inside a commune and on a commune border are found as in the union of the
 * whole map, wide holes are not, and a group is only taken for a disk (no union computed) when it certainly is one.
 */
class GapsTest {

    private static String box(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    private static ParcelFeature parcel(String id, String wkt, String commune) {
        return withProperties(ParcelFeature.of(id, wkt(wkt)), "commune_code", commune);
    }

    @Test
    void findsAGapInsideACommuneAndOneOnACommuneBorderButNotAWideHole() {
        // commune 06652 on x 0..20, commune 06661 on x 20..40; rows y -2..0, 0..10, 10..12
        List<ParcelFeature> map = List.of(
                parcel("a-bottom", box(0, -2, 20, 0), "06652"),
                parcel("a1", box(0, 0, 10, 10), "06652"),
                parcel("a2", box(10.4, 0, 20, 10), "06652"),      // 0.4 m gap inside the commune
                parcel("a-top", box(0, 10, 20, 12), "06652"),
                parcel("b-bottom", box(20, -2, 40, 0), "06661"),
                parcel("b1", box(20.5, 0, 30, 10), "06661"),      // 0.5 m gap on the border with 06652
                parcel("b2", box(33, 0, 40, 10), "06661"),        // 3 m: a road, not a gap
                parcel("b-top", box(20, 10, 40, 12), "06661"));
        List<MapFinding> gaps = MapQa.check(map, QaOptions.DEFAULTS).findings(FindingType.GAP);
        assertThat(gaps).hasSize(2);
        assertThat(gaps).anySatisfy(f -> {
            assertThat(f.parcelIds()).containsExactly("a-bottom", "a1", "a2", "a-top");
            assertThat(f.measure()).isCloseTo(4.0, within(1e-9));
            assertThat(f.detail()).isEqualTo("gap 4.000 m², width 0.400 m");
        });
        assertThat(gaps).anySatisfy(f -> {
            assertThat(f.parcelIds()).containsExactly("a-bottom", "a2", "a-top", "b-bottom", "b1", "b-top");
            assertThat(f.measure()).isCloseTo(5.0, within(1e-9));
            assertThat(f.x()).isBetween(20.0, 20.5);
        });
        // each equals the hole of the one union of every parcel
        assertThat(gaps).extracting(f -> micro(f.measure()))
                .containsExactlyInAnyOrderElementsOf(narrowHoleAreasOfTheWholeUnion(map, 1.0));
    }

    /** A block of 2 × 3 parcels sharing their vertices exactly: its union is a disk, found without computing it. */
    @Test
    void takesAnExactlyNodedBlockForADisk() {
        List<ParcelFeature> block = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                String square = box(col * 10, row * 10, col * 10 + 10, row * 10 + 10);
                block.add(ParcelFeature.of("p" + row + col, wkt(square)));
            }
        }
        assertThat(isDisk(block)).isTrue();
    }

    @Test
    void doesNotTakeARingOfParcelsAroundAHoleForADisk() {
        // eight 1 m squares around a ninth that is missing: two boundary cycles
        List<ParcelFeature> ring = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                if (x != 1 || y != 1) {
                    ring.add(ParcelFeature.of(x + "-" + y, wkt(box(x, y, x + 1, y + 1))));
                }
            }
        }
        assertThat(isDisk(ring)).isFalse();
        // with T-junctions (the middle row's edges are not split at the corners of the others) the union is made
        // and the 1 m² hole, 1 m wide, is found as a gap
        assertThat(MapQa.check(ring, QaOptions.DEFAULTS).findings(FindingType.GAP)).singleElement()
                .satisfies(f -> assertThat(f.measure()).isCloseTo(1.0, within(1e-9)));
    }

    /**
     * A C of parcels sharing their vertices exactly, whose tip touches the first parcel's edge at one point (not a
     * vertex of it): the boundary is one cycle through distinct vertices, yet it closes a narrow hole. The tip on
     * the edge marks it.
     */
    @Test
    void doesNotTakeACWhoseTipTouchesAnEdgeForADisk() {
        List<ParcelFeature> c = List.of(
                ParcelFeature.of("bottom", wkt("POLYGON ((0 0, 10 0, 10 1, 9 1, 1 1, 0 1, 0 0))")),
                ParcelFeature.of("left", wkt("POLYGON ((0 1, 1 1, 1 1.5, 0 1.5, 0 1))")),
                ParcelFeature.of("right", wkt("POLYGON ((9 1, 10 1, 10 2, 9 2, 9 1))")),
                ParcelFeature.of("top", wkt("POLYGON ((0 1.5, 1 1.5, 8 1.5, 9 1.7, 8 2.5, 0 2.5, 0 1.5))")));
        assertThat(isDisk(c)).isFalse();
        assertThat(MapQa.check(c, QaOptions.DEFAULTS).findings(FindingType.GAP)).singleElement().satisfies(f -> {
            assertThat(f.parcelIds()).containsExactly("bottom", "left", "right", "top");
            assertThat(f.measure()).isCloseTo(4.1, within(1e-9));
        });
        // without the touch (the tip 1 cm short of the edge) the hole opens onto the outside: no gap
        List<ParcelFeature> open = new ArrayList<>(c.subList(0, 3));
        open.add(ParcelFeature.of("top", wkt("POLYGON ((0 1.5, 1 1.5, 8 1.5, 8.99 1.7, 8 2.5, 0 2.5, 0 1.5))")));
        assertThat(MapQa.check(open, QaOptions.DEFAULTS).findings(FindingType.GAP)).isEmpty();
    }

    @Test
    void doesNotTakeParcelsMeetingAtAPointForADisk() {
        List<ParcelFeature> corner = List.of(ParcelFeature.of("a", wkt(box(0, 0, 1, 1))),
                ParcelFeature.of("b", wkt(box(1, 1, 2, 2))));
        assertThat(isDisk(corner)).isFalse();
    }

    /**
     * Random jittered grids with parcels missing or shrunk: whatever path each group takes, the gaps are the
     * narrow holes of the one union of every parcel.
     */
    @Test
    void findsTheHolesOfTheWholeUnionOnJitteredGridsWithDefects() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int size = 8;
            double[][] x = new double[size + 1][size + 1];
            double[][] y = new double[size + 1][size + 1];
            for (int i = 0; i <= size; i++) {
                for (int j = 0; j <= size; j++) {
                    x[i][j] = Math.round((i * 10 + random.nextDouble() * 2) * 1000) / 1000.0;
                    y[i][j] = Math.round((j * 10 + random.nextDouble() * 2) * 1000) / 1000.0;
                }
            }
            List<ParcelFeature> map = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    double r = random.nextDouble();
                    if (r < 0.03) {
                        continue; // a missing parcel: a wide hole
                    }
                    double f = r < 0.08 ? 0.97 : r < 0.11 ? 1.02 : 1.0;   // shrunk: narrow gaps; grown: overlaps
                    map.add(ParcelFeature.of(i + "-" + j, wkt(quad(x, y, i, j, f))));
                }
            }
            List<MapFinding> gaps = MapQa.check(map, QaOptions.DEFAULTS).findings(FindingType.GAP);
            assertThat(gaps).extracting(f -> micro(f.measure()))
                    .containsExactlyInAnyOrderElementsOf(narrowHoleAreasOfTheWholeUnion(map, 1.0));
        }
    }

    private static String quad(double[][] x, double[][] y, int i, int j, double scale) {
        double[][] corners = {{x[i][j], y[i][j]}, {x[i + 1][j], y[i + 1][j]}, {x[i + 1][j + 1], y[i + 1][j + 1]},
            {x[i][j + 1], y[i][j + 1]}};
        double cx = 0;
        double cy = 0;
        for (double[] c : corners) {
            cx += c[0] / 4;
            cy += c[1] / 4;
        }
        StringBuilder s = new StringBuilder("POLYGON ((");
        for (int k = 0; k <= 4; k++) {
            double[] c = corners[k % 4];
            s.append(k == 0 ? "" : ", ").append(scale == 1 ? c[0] : cx + (c[0] - cx) * scale).append(' ')
                    .append(scale == 1 ? c[1] : cy + (c[1] - cy) * scale);
        }
        return s.append("))").toString();
    }

    /** An area rounded to the square millimetre, for comparing areas of holes made by different unions. */
    private static long micro(double area) {
        return Math.round(area * 1e6);
    }

    /** The areas of the holes of the union of all parcels at most {@code width} wide, as the gap search was. */
    private static List<Long> narrowHoleAreasOfTheWholeUnion(List<ParcelFeature> map, double width) {
        Geometry union = OverlayNGRobust.union(map.stream().map(ParcelFeature::geometry).toList());
        List<Long> areas = new ArrayList<>();
        for (int u = 0; u < union.getNumGeometries(); u++) {
            Polygon part = (Polygon) union.getGeometryN(u);
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                Polygon hole = union.getFactory().createPolygon(part.getInteriorRingN(h).getCoordinateSequence());
                double w = 2 * new org.locationtech.jts.algorithm.construct.MaximumInscribedCircle(hole, width / 100)
                        .getRadiusLine().getLength();
                if (w <= width && hole.getArea() >= 0.01) {
                    areas.add(micro(hole.getArea()));
                }
            }
        }
        return areas;
    }

    private static boolean isDisk(List<ParcelFeature> parcels) {
        return Gaps.isDisk(parcels.toArray(new ParcelFeature[0]), IntStream.range(0, parcels.size()).toArray(), 0,
                parcels.size());
    }
}
