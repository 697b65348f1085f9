package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.parcelrecon.geometry.compare.ChangeGroup;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.geometry.compare.OffsetEstimate;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.qa.FindingType;
import org.parcelrecon.geometry.qa.MapFinding;

class ResultFilesTest {

    private static ParcelFeature parcel(String id, String wkt, String sheet, String plot) {
        try {
            return ParcelFeature.of(id, new WKTReader().read(wkt)).withSheetPlot(sheet, plot);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static final ParcelFeature OLD = parcel("12/45", "POLYGON ((0 0, 20 0, 20 30, 0 30, 0 0))", "12", "45");
    private static final ParcelFeature NEW_A = parcel("a", "POLYGON ((0 0, 20 0, 20 12, 0 12, 0 0))", "12", "101");
    private static final ParcelFeature NEW_B = parcel("-b", "POLYGON ((0 12, 20 12, 20 30, 0 30, 0 12))", "12", "102");
    private static final List<ChangeGroup> GROUPS = List.of(
            new ChangeGroup(ChangeClass.SPLIT, List.of(OLD), List.of(NEW_A, NEW_B), true, 0.99876, 600, 599.994,
                    -0.001, 2.41234, 0.22, false, ""),
            new ChangeGroup(ChangeClass.NEW, List.of(), List.of(NEW_A), false, Double.NaN, 0, 240, Double.NaN,
                    Double.NaN, Double.NaN, false, "=cmd"),
            new ChangeGroup(ChangeClass.UNCHANGED, List.of(OLD), List.of(OLD), false, 1, 600, 600, 0, 0, 0, true, ""));

    @Test
    void writesOneChangeRowPerGroupWithFixedDecimalsAndEmptyNaN() throws IOException {
        StringWriter out = new StringWriter();
        ResultFiles.writeChangesCsv(out, GROUPS);
        assertThat(out.toString().split("\n")).containsExactly(
                "change_type,old_ids,new_ids,renumbered,iou,area_old_m2,area_new_m2,area_change_pct,hausdorff_m,"
                        + "centroid_shift_m,old_sheet_plots,new_sheet_plots,fast_path,note",
                "SPLIT,12/45,a|-b,true,0.9988,600,599.99,0,2.412,0.22,12/45,12/101|12/102,false,",
                "NEW,,a,false,,0,240,,,,,12/101,false,'=cmd",
                "UNCHANGED,12/45,12/45,false,1,600,600,0,0,0,12/45,12/45,true,");
    }

    @ParameterizedTest
    @CsvSource({"0.98765, 4, 0.9877", "600.0, 2, 600", "-0.0001, 2, 0", "NaN, 2, ''", "Infinity, 3, ''", "1e9, 2, 1000000000"})
    void formatsNumbersWithoutExponentsOrTrailingZeros(double v, int decimals, String expected) {
        assertThat(ResultFiles.number(v, decimals)).isEqualTo(expected);
    }

    @Property
    void formatsNumbersAsHalfUpRoundingOfTheirDecimalValue(@ForAll @DoubleRange(min = -1e7, max = 1e7) double v,
                                                          @ForAll @IntRange(min = 0, max = 4) int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        assertThat(ResultFiles.number(v, decimals)).isEqualTo(d.signum() == 0 ? "0" : d.toPlainString());
    }

    @ParameterizedTest
    @CsvSource({
        // decimal ties round away from zero, as BigDecimal HALF_UP does
        "0.125, 2, 0.13", "-0.125, 2, -0.13", "2.5, 0, 3", "1.005, 2, 1.01",
        // small values and zeros in the fraction
        "0.0005, 3, 0.001", "0.05, 2, 0.05", "10.10, 2, 10.1", "-3, 2, -3"})
    void roundsTiesAndSmallValuesLikeBigDecimal(double v, int decimals, String expected) {
        assertThat(ResultFiles.number(v, decimals)).isEqualTo(expected);
    }

    @Test
    void writesChangedGroupsAsGeoJsonThatQgisAndOurReaderOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFiles.writeChangesGeoJson(out, Optional.of(Crs.parse("vn2000:quang-ninh")), GROUPS, false);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"urn:ogc:def:crs:EPSG::5899\"").contains("\"change_type\":\"SPLIT\"")
                .contains("\"iou\":null").doesNotContain("UNCHANGED");
        ParcelLayer back = ParcelFiles.readGeoJson(new ByteArrayInputStream(out.toByteArray()), "changes.geojson",
                ReadOptions.DEFAULTS.withIdProperty("new_ids"));
        assertThat(back.crs()).contains(Crs.epsg(5899));
        assertThat(back.features()).extracting(ParcelFeature::id).containsExactly("a|-b", "a");
        assertThat(back.features().get(0).geometry().getArea()).isEqualTo(600.0);
        assertThat(back.features().get(0).properties()).containsEntry("geometry_of", "new");
    }

    @Test
    void changesGeoJsonNamesEachFeaturesPropertiesAsTheCsvNamesItsColumnsThenGeometryOf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFiles.writeChangesGeoJson(out, Optional.empty(), GROUPS, false);
        JsonNode features = new ObjectMapper().readTree(out.toByteArray()).get("features");
        List<String> expected = new ArrayList<>(ResultFiles.CHANGE_COLUMNS);
        expected.add("geometry_of");
        assertThat(features).isNotEmpty();
        for (JsonNode feature : features) {
            List<String> names = new ArrayList<>();
            feature.get("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void writesFindingsAsCsvAndPoints() throws IOException {
        List<MapFinding> findings = List.of(
                new MapFinding(FindingType.OVERLAP, List.of("a", "b"), 2.0004, "overlap 2.00 m²", 500010.1234, 2300005),
                new MapFinding(FindingType.INVALID_GEOMETRY, List.of("c"), 0, "Invalid Coordinate", Double.NaN, 0));
        StringWriter csv = new StringWriter();
        ResultFiles.writeFindingsCsv(csv, findings);
        assertThat(csv.toString().split("\n")).containsExactly("type,parcel_ids,measure,detail,location",
                "OVERLAP,a|b,2,overlap 2.00 m²,POINT (500010.123 2300005)",
                "INVALID_GEOMETRY,c,0,Invalid Coordinate,POINT EMPTY");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ResultFiles.writeFindingsGeoJson(json, Optional.empty(), findings);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"type\":\"Point\",\"coordinates\":[500010.1234,"
                + "2300005.0]").contains("\"geometry\":null").doesNotContain("crs");
    }

    @Test
    void writesFilesWithAByteOrderMarkThroughTheOneCsvWriter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        // issue 18: only demo's CSV files had the byte-order mark the README promises
        java.nio.file.Path changes = dir.resolve("changes.csv");
        ResultFiles.writeChangesCsv(changes, GROUPS);
        StringWriter expected = new StringWriter();
        ResultFiles.writeChangesCsv(expected, GROUPS);
        assertThat(java.nio.file.Files.readString(changes)).isEqualTo("\uFEFF" + expected);
        java.nio.file.Path rejected = dir.resolve("rejected.csv");
        ResultFiles.writeRejectedCsv(rejected, List.of());
        assertThat(java.nio.file.Files.readString(rejected)).isEqualTo("\uFEFFsource,index,line,id,reason,message\n");
        ResultFiles.writeFindingsCsv(dir.resolve("findings.csv"), List.of());
        ResultFiles.writeOffsetsCsv(dir.resolve("offsets.csv"), List.of());
        assertThat(java.nio.file.Files.readString(dir.resolve("findings.csv"))).startsWith("\uFEFFtype,");
        assertThat(java.nio.file.Files.readString(dir.resolve("offsets.csv"))).startsWith("\uFEFFscope,");
    }

    @Test
    void writesRejectionsAndOffsets() throws IOException {
        StringWriter rejected = new StringWriter();
        ResultFiles.writeRejectedCsv(rejected, List.of(new RejectedFeature("m.gpkg", 3, 0, Optional.empty(),
                RejectReason.EMPTY_GEOMETRY, "the geometry is empty")));
        assertThat(rejected.toString()).isEqualTo(
                "source,index,line,id,reason,message\nm.gpkg,3,,,EMPTY_GEOMETRY,the geometry is empty\n");
        StringWriter offsets = new StringWriter();
        ResultFiles.writeOffsetsCsv(offsets, List.of(new OffsetEstimate("*", 3.2001, -1.7, 950, 0.0123)));
        assertThat(offsets.toString()).isEqualTo("scope,dx_m,dy_m,pairs,spread_m\n*,3.2,-1.7,950,0.012\n");
    }

    @Test
    void changesWrittenInBatchesAreTheFilesWrittenAtOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Optional<Crs> crs = Optional.of(Crs.parse("vn2000:quang-ninh"));
        try (ResultFiles.ChangeWriter w = ResultFiles.openChanges(dir.resolve("b.csv"), dir.resolve("b.geojson"),
                crs)) {
            w.write(GROUPS.subList(0, 1));
            w.write(GROUPS.subList(1, GROUPS.size()));
        }
        ResultFiles.writeChangesCsv(dir.resolve("a.csv"), GROUPS);
        try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(dir.resolve("a.geojson"))) {
            ResultFiles.writeChangesGeoJson(o, crs, GROUPS, false);
        }
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("b.csv")))
                .isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("a.csv")));
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("b.geojson")))
                .isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("a.geojson")));
    }

    /** The change row the plain way: strings joined, numbers through {@code number}, the row as an array. */
    private static String[] referenceRow(ChangeGroup g) {
        java.util.function.Function<List<ParcelFeature>, String> sheetPlots = ps -> {
            List<String> each = ps.stream().map(p -> p.sheetPlot().orElse("")).toList();
            return each.stream().allMatch(String::isEmpty) ? "" : String.join("|", each);
        };
        return new String[] {g.type().name(), String.join("|", g.oldIds()), String.join("|", g.newIds()),
            String.valueOf(g.renumbered()), ResultFiles.number(g.iou(), 4), ResultFiles.number(g.areaOld(), 2),
            ResultFiles.number(g.areaNew(), 2), ResultFiles.number(g.areaChangePct(), 2),
            ResultFiles.number(g.hausdorff(), 3), ResultFiles.number(g.centroidShift(), 3),
            sheetPlots.apply(g.oldParcels()), sheetPlots.apply(g.newParcels()), String.valueOf(g.fastPath()),
            g.note()};
    }

    @Test
    void changeRowsMadeInAReusedBuilderHoldTheCellsOfThePlainWay(@org.junit.jupiter.api.io.TempDir
                                                                 java.nio.file.Path dir) throws IOException {
        java.util.Random random = new java.util.Random(5);
        String[] texts = {"a", "12", "-3", "=x", "Nguyễn", ",", "\"", "07", "B", " "};
        List<ChangeGroup> groups = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            List<List<ParcelFeature>> sides = new java.util.ArrayList<>();
            for (int side = 0; side < 2; side++) {
                List<ParcelFeature> parcels = new java.util.ArrayList<>();
                for (int k = random.nextInt(4) + side; k > 0; k--) { // the new side never empty
                    ParcelFeature p = ParcelFeature.of(texts[random.nextInt(texts.length)] + i + "-" + k,
                            OLD.geometry());
                    parcels.add(random.nextInt(3) == 0 ? p : p.withSheetPlot(texts[random.nextInt(texts.length)],
                            texts[random.nextInt(texts.length)]));
                }
                sides.add(parcels);
            }
            double[] v = new double[6];
            for (int k = 0; k < v.length; k++) {
                v[k] = random.nextInt(8) == 0 ? Double.NaN : (random.nextDouble() - 0.3) * Math.pow(10,
                        random.nextInt(7));
            }
            groups.add(new ChangeGroup(ChangeClass.values()[random.nextInt(ChangeClass.values().length)],
                    sides.get(0), sides.get(1), random.nextBoolean(), v[0], v[1], v[2], v[3], v[4], v[5],
                    random.nextBoolean(), texts[random.nextInt(texts.length)]));
        }
        ResultFiles.writeChangesCsv(dir.resolve("fast.csv"), groups);
        try (org.parcelrecon.core.csv.CsvWriter csv = org.parcelrecon.core.csv.CsvWriter.create(
                dir.resolve("plain.csv"), ResultFiles.CHANGE_COLUMNS)) {
            for (ChangeGroup g : groups) {
                csv.row(referenceRow(g));
            }
        }
        byte[] file = java.nio.file.Files.readAllBytes(dir.resolve("fast.csv"));
        assertThat(file).isEqualTo(java.nio.file.Files.readAllBytes(dir.resolve("plain.csv")));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ResultFiles.writeChangesCsv(stream, groups);
        assertThat(stream.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(file, 3, file.length)); // no mark
        StringWriter chars = new StringWriter();
        ResultFiles.writeChangesCsv(chars, groups);
        assertThat(chars.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(stream.toByteArray());
    }
}
