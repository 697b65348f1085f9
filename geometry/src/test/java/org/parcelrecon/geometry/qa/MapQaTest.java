package org.parcelrecon.geometry.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.withProperties;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.parcelrecon.core.testdata.SharedData;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ParcelLayer;
import org.parcelrecon.geometry.io.ReadOptions;
import org.parcelrecon.geometry.io.ReadRepair;

class MapQaTest {
    private static final WKTReader WKT = new WKTReader();

    private static ParcelFeature parcel(String id, String wkt) {
        try {
            return ParcelFeature.of(id, WKT.read(wkt));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String box(double x0, double y0, double x1, double y1) {
        return String.format(java.util.Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    private static MapQaResult check(ParcelFeature... parcels) {
        return MapQa.check(List.of(parcels), QaOptions.DEFAULTS);
    }

    @Test
    void findsNothingInACleanCoverage() {
        MapQaResult qa = check(parcel("a", box(0, 0, 10, 10)), parcel("b", box(10, 0, 20, 10)),
                parcel("c", box(0, 10, 20, 20)));
        assertThat(qa.findings()).isEmpty();
        assertThat(qa.repaired()).extracting(ParcelFeature::id).containsExactly("a", "b", "c");
        assertThat(qa.counts()).containsEntry(FindingType.OVERLAP, 0).hasSize(FindingType.values().length);
    }

    @Test
    void repairsAndReportsASelfIntersectingPolygon() {
        MapQaResult qa = check(parcel("bowtie", "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"));
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.INVALID_GEOMETRY);
            assertThat(f.detail()).isEqualTo("Self-intersection");
            assertThat(f.measure()).isCloseTo(50.0, within(1e-9));
            assertThat(f.locationWkt()).isEqualTo("POINT (5 5)");
        });
        assertThat(qa.repaired().get(0).geometry().isValid()).isTrue();
        assertThat(qa.repaired().get(0).geometry().getArea()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void repairsNaNCoordinatesAndReportsReaderMends() {
        GeometryFactory f = new GeometryFactory();
        Geometry withNaN = f.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0),
            new Coordinate(Double.NaN, 5), new Coordinate(10, 10), new Coordinate(0, 10), new Coordinate(0, 0)});
        ParcelFeature mended = new ParcelFeature("open", f.toGeometry(new org.locationtech.jts.geom.Envelope(20, 30, 0, 10)),
                Optional.empty(), Optional.empty(), OptionalDouble.empty(), Map.of(), 1, List.of(ReadRepair.RING_CLOSED));
        MapQaResult qa = check(ParcelFeature.of("nan", withNaN), mended);
        assertThat(qa.findings(FindingType.INVALID_GEOMETRY)).extracting(MapFinding::parcelIds, MapFinding::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("nan"), "Invalid Coordinate"),
                        org.assertj.core.groups.Tuple.tuple(List.of("open"), "ring not closed (closed when read)"));
        assertThat(qa.repaired().get(0).geometry().getArea()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void reportsAnInvalidPolygonWhoseRepairLeavesNothing() {
        MapQaResult qa = check(parcel("flat", "POLYGON ((0 0, 10 0, 20 0, 0 0))"));
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.INVALID_GEOMETRY);
            assertThat(f.detail()).endsWith("the repair left no area");
            assertThat(f.measure()).isZero();
        });
        assertThat(qa.repaired().get(0).geometry().isEmpty()).isTrue();
    }

    @Test
    void reportsOverlapsAboveTheToleranceOnly() {
        MapQaResult qa = check(parcel("a", box(0, 0, 10, 10)), parcel("b", box(9.8, 0, 20, 10)),   // 2 m²
                parcel("c", box(19.95, 0, 30, 10)),                                               // 0.5 m²: noise
                parcel("d", box(0, 10, 30, 20)));                                                 // touches only
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.OVERLAP);
            assertThat(f.parcelIds()).containsExactly("a", "b");
            assertThat(f.measure()).isCloseTo(2.0, within(1e-9));
            assertThat(f.x()).isBetween(9.8, 10.0);
        });
        assertThat(MapQa.check(qa.repaired(), QaOptions.DEFAULTS.withOverlapMinArea(0.1))
                .findings(FindingType.OVERLAP)).hasSize(2);
    }

    @Test
    void reportsANarrowGapWithTheParcelsAroundIt() {
        ParcelFeature top = parcel("top", box(0, 10, 20, 12));
        ParcelFeature bottom = parcel("bottom", box(0, -2, 20, 0));
        MapQaResult narrow = check(parcel("a", box(0, 0, 10, 10)), parcel("b", box(10.5, 0, 20, 10)), top, bottom);
        assertThat(narrow.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.GAP);
            assertThat(f.parcelIds()).containsExactly("a", "b", "top", "bottom");
            assertThat(f.measure()).isCloseTo(5.0, within(1e-9));
            assertThat(f.x()).isBetween(10.0, 10.5);
        });
        // a 3 m wide hole is a road or a ditch, not a gap; nor is a narrow gap when gap search is off
        assertThat(check(parcel("a", box(0, 0, 10, 10)), parcel("b", box(13, 0, 20, 10)), top, bottom).findings())
                .isEmpty();
        assertThat(MapQa.check(narrow.repaired(), QaOptions.DEFAULTS.withGaps(0, 0)).findings()).isEmpty();
    }

    @Test
    void reportsThinPolygonsAsSlivers() {
        MapQaResult qa = check(parcel("strip", box(0, 0, 20, 0.2)), parcel("road", box(0, 10, 200, 14)),
                parcel("tiny-square", box(50, 50, 50.4, 50.4)));
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.SLIVER);
            assertThat(f.parcelIds()).containsExactly("strip");
            assertThat(f.measure()).isCloseTo(2 * 4.0 / 40.4, within(1e-9));
        });
    }

    @Test
    void reportsDuplicateAndMissingSheetPlotNumbers() {
        MapQaResult qa = check(
                parcel("p1", box(0, 0, 10, 10)).withSheetPlot("12", "45"),
                parcel("p2", box(10, 0, 20, 10)).withSheetPlot("12", "046"),
                parcel("p3", box(20, 0, 30, 10)).withSheetPlot("012", "045"),
                parcel("p4", box(30, 0, 40, 10)).withSheetPlot("12", null),
                parcel("p5", box(40, 0, 50, 10)));
        assertThat(qa.findings(FindingType.DUPLICATE_SHEET_PLOT)).singleElement().satisfies(f -> {
            assertThat(f.parcelIds()).containsExactly("p1", "p3");
            assertThat(f.measure()).isEqualTo(2.0);
        });
        assertThat(qa.findings(FindingType.MISSING_SHEET_PLOT)).extracting(MapFinding::parcelIds, MapFinding::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("p4"), "no plot number"),
                        org.assertj.core.groups.Tuple.tuple(List.of("p5"), "no sheet and no plot number"));
        // a map without any numbers has nothing missing
        assertThat(check(parcel("x", box(0, 0, 1, 1))).findings()).isEmpty();
    }

    @Test
    void reportsRecordedAreasBeyondTolerance() {
        MapQaResult qa = check(
                parcel("off", box(0, 0, 10, 10)).withRecordedArea(110),     // -9.09 %
                parcel("close", box(10, 0, 20, 10)).withRecordedArea(102),  // -1.96 %
                parcel("zero", box(20, 0, 30, 10)).withRecordedArea(0));    // nothing to compare
        assertThat(qa.findings(FindingType.AREA_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.AREA_MISMATCH);
            assertThat(f.parcelIds()).containsExactly("off");
            assertThat(f.measure()).isCloseTo(-100.0 / 11, within(1e-9));
            assertThat(f.detail()).isEqualTo("recorded 110.00 m², map 100.00 m²");
        });
        assertThat(MapQa.check(qa.repaired(), QaOptions.DEFAULTS.withAreaTolerance(5, 20))
                .findings(FindingType.AREA_MISMATCH)).isEmpty();
    }

    @Test
    void sheetPlotNumbersRepeatFreelyAcrossCommunesButNotWithinOne() {
        MapQaResult qa = check(
                withProperties(parcel("a", box(0, 0, 10, 10)).withSheetPlot("1", "2"), "commune_code", "06652"),
                withProperties(parcel("b", box(10, 0, 20, 10)).withSheetPlot("1", "2"), "commune_code", "06661"),
                withProperties(parcel("c", box(20, 0, 30, 10)).withSheetPlot("1", "2"), "commune_code", "06661"));
        assertThat(qa.findings(FindingType.DUPLICATE_SHEET_PLOT)).singleElement().satisfies(f -> {
            assertThat(f.parcelIds()).containsExactly("b", "c");
            assertThat(f.detail()).isEqualTo("sheet 1 plot 2 on 2 parcels in 06661");
        });
    }

    @Test
    void sheetPlotNumbersRepeatFreelyAcrossSurveysOfOneCommune() {
        MapQaResult qa = check(
                withProperties(parcel("a", box(0, 0, 10, 10)).withSheetPlot("AB", "12"),
                        "commune", "91027", "prefixe", "000"),
                withProperties(parcel("b", box(10, 0, 20, 10)).withSheetPlot("AB", "12"),
                        "commune", "91027", "prefixe", "301"));
        assertThat(qa.findings(FindingType.DUPLICATE_SHEET_PLOT)).isEmpty();
    }

    @Test
    void reportsParcelsSharingAnIdAndSaysWhenTheyAreTheSamePolygon() {
        MapQaResult qa = check(parcel("103-115", box(0, 0, 10, 10)), parcel("x", box(10, 0, 20, 10)),
                parcel("103-115", box(0, 0, 10, 10)), parcel("ROAD", box(0, 20, 50, 30)),
                parcel("ROAD", box(0, 40, 50, 50)));
        assertThat(qa.findings(FindingType.DUPLICATE_ID)).extracting(MapFinding::parcelIds, MapFinding::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("103-115", "103-115"),
                                "id 103-115 on 2 parcels, all the same polygon (a feature repeated)"),
                        org.assertj.core.groups.Tuple.tuple(List.of("ROAD", "ROAD"), "id ROAD on 2 parcels"));
    }

    @Test
    void reportsARecordedAreaThatIsMissingOrZeroWhereOthersHaveOne() {
        MapQaResult qa = check(parcel("ok", box(0, 0, 10, 10)).withRecordedArea(100),
                parcel("absent", box(10, 0, 20, 10)), parcel("zero", box(20, 0, 30, 10)).withRecordedArea(0));
        assertThat(qa.findings(FindingType.RECORDED_AREA_MISSING)).extracting(MapFinding::parcelIds, MapFinding::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("absent"),
                                "no recorded area (absent, or not a number >= 0)"),
                        org.assertj.core.groups.Tuple.tuple(List.of("zero"), "recorded area 0"));
        // a map without recorded areas misses none
        assertThat(check(parcel("x", box(0, 0, 1, 1))).findings()).isEmpty();
    }

    @Test
    void reportsTheMissingAndZeroContenanceOfTheEtalabCommunes() throws IOException {
        // SOURCES.md section 4: contenance missing / zero: 4 / 0 (91027), 2 / 2 (91432)
        for (String commune : List.of("91027", "91432")) {
            Path path = SharedData.require("parcels/france_etalab/cadastre-" + commune + "-parcelles.json");
            ParcelLayer layer = ParcelFiles.read(path, ReadOptions.DEFAULTS.withTargetCrs(Crs.epsg(2154)));
            List<MapFinding> missing = MapQa.check(layer, QaOptions.DEFAULTS.withGaps(0, 0))
                    .findings(FindingType.RECORDED_AREA_MISSING);
            assertThat(missing).as(commune).extracting(MapFinding::detail).filteredOn(d -> d.startsWith("no"))
                    .hasSize(4 - (commune.equals("91432") ? 2 : 0));
            assertThat(missing).as(commune).extracting(MapFinding::detail).filteredOn(d -> d.endsWith(" 0"))
                    .hasSize(commune.equals("91432") ? 2 : 0);
        }
    }

    @Test
    void refusesToMeasureALayerInDegrees() throws IOException {
        Path path = SharedData.require("parcels/france_etalab/cadastre-91432-parcelles.json");
        ParcelLayer layer = ParcelFiles.read(path, ReadOptions.DEFAULTS);
        assertThat(layer.crs()).contains(Crs.WGS84);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MapQa.check(layer, QaOptions.DEFAULTS))
                .withMessageContaining("cadastre-91432-parcelles.json").withMessageContaining("longitude/latitude");
    }

    @Test
    void reportsAPolygonWithoutIdAsMissingIdNotAsInvalidGeometry() {
        ParcelFeature idless = new ParcelFeature("#2", parcel("x", box(10, 0, 20, 10)).geometry(), Optional.empty(),
                Optional.empty(), OptionalDouble.empty(), Map.of(), 1, List.of(ReadRepair.ID_MISSING));
        MapQaResult qa = check(parcel("a", box(0, 0, 10, 10)), idless);
        assertThat(qa.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.MISSING_ID);
            assertThat(f.parcelIds()).containsExactly("#2");
            assertThat(f.measure()).isEqualTo(100.0);
        });
    }

    @Test
    void reportsEachPhaseToTheListenerInOrder() {
        List<String> phases = new ArrayList<>();
        MapQa.check(List.of(parcel("a", box(0, 0, 1, 1))),
                QaOptions.DEFAULTS.withPhaseListener((name, elapsed) -> phases.add(name)));
        assertThat(phases).containsExactly("repair", "index", "overlaps", "gaps", "attributes");
    }

    @Test
    void ordersFindingsByTypeThenMapOrder() {
        MapQaResult qa = check(parcel("a", box(0, 0, 10, 10)).withRecordedArea(50),
                parcel("b", box(5, 0, 15, 10)), parcel("c", "POLYGON ((30 0, 40 10, 40 0, 30 10, 30 0))"));
        // b and c have no recorded area where a has one
        assertThat(qa.findings()).extracting(MapFinding::type).containsExactly(FindingType.INVALID_GEOMETRY,
                FindingType.OVERLAP, FindingType.AREA_MISMATCH, FindingType.RECORDED_AREA_MISSING,
                FindingType.RECORDED_AREA_MISSING);
    }

    @Test
    void matchesPostGisOnCambridgeFy2013() throws IOException {
        checkCambridge("parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson", 21, 24);
    }

    @Test
    void matchesPostGisOnCambridgeFy2014() throws IOException {
        checkCambridge("parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson", 36, 34);
    }

    private static void checkCambridge(String file, int invalid, int overlaps) throws IOException {
        Path path = SharedData.require(file);
        ParcelLayer layer = ParcelFiles.read(path, ReadOptions.DEFAULTS);
        MapQaResult qa = MapQa.check(layer.features(), QaOptions.DEFAULTS);
        // SOURCES.md section 3: ST_IsValid false; pairs with ST_Area(ST_Intersection) > 1 m² after ST_MakeValid
        assertThat(qa.findings(FindingType.INVALID_GEOMETRY)).hasSize(invalid);
        assertThat(qa.findings(FindingType.INVALID_GEOMETRY)).allSatisfy(f ->
                assertThat(f.detail()).isIn("Self-intersection", "Ring Self-intersection"));
        assertThat(qa.findings(FindingType.OVERLAP)).hasSize(overlaps);
        assertThat(qa.repaired()).hasSize(layer.features().size());
        assertThat(qa.repaired()).allSatisfy(p -> assertThat(p.geometry().isValid()).isTrue());
    }

    @Test
    void matchesPostGisAreaMismatchesOnTheEtalabCommune() throws IOException {
        Path path = SharedData.require("parcels/france_etalab/cadastre-91027-parcelles.json");
        ParcelLayer layer = ParcelFiles.read(path, ReadOptions.DEFAULTS.withTargetCrs(Crs.epsg(2154)));
        QaOptions areaOnly = QaOptions.DEFAULTS.withGaps(0, 0);
        // SOURCES.md section 4: computed area (EPSG:2154) differs from contenance by > 5 %: 768, by > 20 %: 153
        assertThat(MapQa.check(layer.features(), areaOnly).findings(FindingType.AREA_MISMATCH)).hasSize(768);
        assertThat(MapQa.check(layer.features(), areaOnly.withAreaTolerance(20, 0))
                .findings(FindingType.AREA_MISMATCH)).hasSize(153);
    }

    @Test
    void givesTheSameFindingsOnEveryRun() throws IOException {
        Path path = SharedData.require("parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson");
        List<ParcelFeature> parcels = new ArrayList<>(ParcelFiles.read(path, ReadOptions.DEFAULTS).features());
        MapQaResult first = MapQa.check(parcels, QaOptions.DEFAULTS);
        assertThat(MapQa.check(parcels, QaOptions.DEFAULTS).findings()).isEqualTo(first.findings());
    }
}
