package org.parcelrecon.geometry.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parcelrecon.geometry.TestGeometries;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * Stacked copies of one polygon are one overlap finding per stack, and the work they cause is that of one parcel.
 */
class StackedPolygonsTest {
    private static ParcelFeature box(String id, double x0, double y0, double x1, double y1) {
        return ParcelFeature.of(id, TestGeometries.wkt(String.format(Locale.ROOT,
                "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)));
    }

    @Test
    void threeThousandStackedPolygonsAreOneOverlapFindingNotFourAndAHalfMillion() {
        List<ParcelFeature> parcels = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            parcels.add(box("s" + i, 430000, 2320000, 430020, 2320020));
        }
        parcels.add(box("neighbour", 430020, 2320000, 430040, 2320020));
        MapQaResult qa = MapQa.check(parcels, QaOptions.DEFAULTS);
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.OVERLAP);
            assertThat(f.parcelIds()).hasSize(3000).startsWith("s0", "s1").endsWith("s2999");
            assertThat(f.measure()).isEqualTo(400.0);
            assertThat(f.detail()).contains("3000 parcels are the same polygon").contains("once as s0");
        });
        assertThat(qa.repaired()).hasSize(3001);
    }

    @Test
    void copiesWithinACentimetreInAnotherVertexOrderAreOneStack() {
        ParcelFeature a = box("a", 100, 100, 110, 110);
        ParcelFeature shifted = box("shifted", 100.001, 100.002, 110.003, 109.999);
        ParcelFeature reversed = ParcelFeature.of("reversed", TestGeometries.wkt(
                "POLYGON ((110 110, 110 100, 100 100, 100 110, 110 110))"));
        MapQaResult qa = MapQa.check(List.of(a, shifted, reversed), QaOptions.DEFAULTS);
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.OVERLAP);
            assertThat(f.parcelIds()).containsExactly("a", "shifted", "reversed");
        });
    }

    @Test
    void aStackOverlappingAnotherParcelIsOneOverlapFinding() {
        List<ParcelFeature> parcels = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            parcels.add(box("s" + i, 0, 0, 20, 20));
        }
        parcels.add(box("over", 15, 0, 35, 20));
        MapQaResult qa = MapQa.check(parcels, QaOptions.DEFAULTS);
        assertThat(qa.counts()).containsEntry(FindingType.OVERLAP, 2);
        assertThat(qa.findings(FindingType.OVERLAP)).extracting(MapFinding::parcelIds)
                .element(1).isEqualTo(List.of("s0", "over"));
        assertThat(qa.findings(FindingType.OVERLAP).get(0).parcelIds()).hasSize(50);
    }

    @Test
    void polygonsThatDifferByMoreThanACentimetreStillOverlapPairByPair() {
        MapQaResult qa = MapQa.check(List.of(box("a", 0, 0, 20, 20), box("b", 0, 0, 20, 20.5)), QaOptions.DEFAULTS);
        assertThat(qa.counts()).containsEntry(FindingType.OVERLAP, 1);
    }
}
