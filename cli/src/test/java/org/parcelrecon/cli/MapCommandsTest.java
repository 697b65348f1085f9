package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class MapCommandsTest {
    @TempDir
    Path dir;

    /** A row of 10 m × 20 m parcels along x, in VN-2000 / Quảng Ninh metres, shifted by dx. */
    private Path map(String name, double dx, String... features) throws Exception {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:5899\"}},\"features\":[");
        b.append(String.join(",", features).replace("DX", Double.toString(dx)));
        Path file = dir.resolve(name);
        Files.writeString(file, b.append("]}").toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String parcel(String id, int plot, double x0, double x1) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"id\":\"%s\",\"so_to\":12,\"so_thua\":%d},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,2322000],[%s,2322000],[%s,2322020],[%s,2322020],"
                + "[%s,2322000]]]}}", id, plot, x(x0), x(x1), x(x1), x(x0), x(x0));
    }

    private static String x(double v) {
        return String.format(Locale.ROOT, "%.3f", 500000 + v);
    }

    @Test
    void checkMapReportsAnOverlapAndAcceptsEveryFeature() throws Exception {
        Path file = map("m.geojson", 0, parcel("a", 1, 0, 10), parcel("b", 2, 8, 20), parcel("c", 3, 20, 30));
        CliRun run = CliRun.of("check-map", file.toString(), "--out", dir.resolve("qa").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 parcels read, 0 rejected");
        assertThat(Files.readString(dir.resolve("qa/findings.csv"))).contains("OVERLAP").contains("a|b");
    }

    @Test
    void compareMapsClassifiesAMergeAndAnUnchangedParcel() throws Exception {
        Path before = map("old.geojson", 0, parcel("o1", 1, 0, 10), parcel("o2", 2, 10, 20), parcel("o3", 3, 20, 30));
        Path after = map("new.geojson", 0, parcel("n1", 1, 0, 20), parcel("n3", 3, 20, 30));
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String changes = Files.readString(dir.resolve("cmp/changes.csv"));
        assertThat(changes).startsWith("\uFEFFchange_type,old_ids,new_ids,renumbered,iou,area_old_m2,area_new_m2");
        assertThat(changes).contains("MERGED,o1|o2,n1").contains("UNCHANGED,o3,n3");
    }

    /** A row of parcels naming their commune, so that compare-maps reads and writes them commune by commune. */
    private static String communeParcel(String id, int plot, double x0, double x1) {
        return parcel(id, plot, x0, x1).replace("\"so_to\":12,", "\"so_to\":12,\"commune_code\":\"06652\",");
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void compareMapsRunAgainIntoItsFolderWritesTheSameFilesAndLeavesALinkedOneLinked(boolean byCommune)
            throws Exception {
        java.util.function.BiFunction<String, double[], String> p = (id, x) -> byCommune
                ? communeParcel(id, (int) x[2], x[0], x[1]) : parcel(id, (int) x[2], x[0], x[1]);
        Path before = map("old.geojson", 0, p.apply("o1", new double[] {0, 10, 1}),
                p.apply("o2", new double[] {10, 20, 2}), p.apply("o3", new double[] {20, 30, 3}));
        Path after = map("new.geojson", 0, p.apply("n1", new double[] {0, 20, 1}),
                p.apply("n3", new double[] {20, 30, 3}));
        Path out = dir.resolve("cmp");
        String[] args = {"compare-maps", "--old", before.toString(), "--new", after.toString(), "--out",
                out.toString()};
        CliRun first = CliRun.of(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        if (byCommune) {
            assertThat(first.err()).contains("indexed by commune");
        }
        String changes = Files.readString(out.resolve("changes.csv"));
        String geoJson = Files.readString(out.resolve("changes.geojson"));
        String offsets = Files.readString(out.resolve("offsets.csv"));
        Path offsetsElsewhere = Files.writeString(dir.resolve("offsets-kept-elsewhere.csv"), "stale");
        Files.delete(out.resolve("offsets.csv"));
        Files.createSymbolicLink(out.resolve("offsets.csv"), offsetsElsewhere);
        Files.writeString(out.resolve("changes.csv"), "a longer previous file than this run writes\n".repeat(100));

        CliRun again = CliRun.of(args);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(out.resolve("changes.csv")).hasContent(changes);
        assertThat(out.resolve("changes.geojson")).hasContent(geoJson);
        assertThat(out.resolve("offsets.csv")).isSymbolicLink();
        assertThat(offsetsElsewhere).hasContent(offsets);
    }

    @Test
    void compareMapsKeepsAPolygonWithAPlaceholderIdAndReportsItInTheNote() throws Exception {
        Path before = map("old.geojson", 0, parcel("o1", 1, 0, 10), parcel("o2", 2, 10, 20));
        Path after = map("new.geojson", 0, parcel("o1", 1, 0, 10), parcel("NO_ID", 2, 10, 20));
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--id-property", "id", "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 parcels (0 rejected); new").containsPattern("UNCHANGED +2")
                .contains("1 groups with a note").contains("polygons without a usable id, compared by geometry as #n"
                        + " (their position in the file): 0 old, 1 new");
        assertThat(Files.readString(dir.resolve("cmp/changes.csv")))
                .contains("UNCHANGED,o2,#2,false").contains("new #2: no usable id (feature 2 of its map)");
    }

    /** A row of 10 m x 20 m lots whose corners are redrawn within {@code amplitude} m (shared corners alike). */
    private Path redrawnRow(String name, int lots, double amplitude) throws Exception {
        String[] features = new String[lots];
        for (int i = 0; i < lots; i++) {
            double[] x = new double[2];
            double[] y0 = new double[2];
            double[] y1 = new double[2];
            for (int j = 0; j < 2; j++) {
                java.util.Random jitter = new java.util.Random(i + j);
                x[j] = 10 * (i + j) + amplitude * (2 * jitter.nextDouble() - 1);
                y0[j] = amplitude * (2 * jitter.nextDouble() - 1);
                y1[j] = amplitude * (2 * jitter.nextDouble() - 1);
            }
            features[i] = String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"id\":\"p%d\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%.3f],[%s,%.3f],[%s,%.3f],[%s,%.3f],"
                    + "[%s,%.3f]]]}}", i, x(x[0]), 2322000 + y0[0], x(x[1]), 2322000 + y0[1], x(x[1]),
                    2322020 + y1[1], x(x[0]), 2322020 + y1[0], x(x[0]), 2322000 + y0[0]);
        }
        return map(name, 0, features);
    }

    @Test
    void compareMapsWarnsWhenTheToleranceIsInsideTheNoiseAndAutoRaisesIt() throws Exception {
        Path before = redrawnRow("old.geojson", 40, 0);
        Path after = redrawnRow("new.geojson", 40, 0.6);
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("digitising noise (40 plainly corresponding pairs");
        assertThat(run.err()).contains("warning: the shape tolerance 0.50 m is inside this pair's digitising noise")
                .contains("--shape-tolerance-m auto");
        CliRun auto = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--shape-tolerance-m", "auto", "--out", dir.resolve("cmp").toString());
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        assertThat(auto.err()).doesNotContain("warning");
        assertThat(auto.out()).containsPattern("shape tolerance 0\\.[5-9]\\d m, from the digitising noise \\(0.50 m was"
                + " inside it\\)").containsPattern("UNCHANGED +40").containsPattern("MODIFIED +0");
        CliRun bad = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--shape-tolerance-m", "wide", "--out", dir.resolve("cmp").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--shape-tolerance-m takes metres above 0").contains("'wide'");
        CliRun negative = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--shape-tolerance-m", "-1", "--out", dir.resolve("cmp").toString());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--shape-tolerance-m takes metres above 0").doesNotContain("shapeTolerance");
    }

    @Test
    void compareMapsPrintsTheTimeOfEachPhaseWhenAsked() throws Exception {
        Path before = map("old.geojson", 0, parcel("o1", 1, 0, 10), parcel("o2", 2, 10, 20));
        Path after = map("new.geojson", 0, parcel("n1", 1, 0, 10), parcel("n2", 2, 10, 20));
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString(), "--timings");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().map(l -> l.split(",")[0])).containsSubsequence("phase", "read old", "read new",
                "prepare", "index", "offset", "join", "group", "write", "total");
        assertThat(run.err().lines().filter(l -> l.startsWith("join,"))).singleElement()
                .satisfies(l -> assertThat(l.split(",")[1]).containsOnlyDigits());
    }

    @Test
    void compareMapsReadsMapsThatNameTheirCommunesCommuneByCommuneWithTheWholeMapsCounts() throws Exception {
        Path generated = dir.resolve("g");
        assertThat(CliRun.of("generate", "--parcels", "3000", "--seed", "5", "--out", generated.toString()).exitCode())
                .isZero();
        Path before = generated.resolve("map_old.geojson");
        Path after = generated.resolve("map_new.geojson");
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("compared commune by commune: 54 communes");
        assertThat(run.err()).contains("compare-maps: indexed by commune: map_old.geojson 2,983 features in 54"
                + " communes").contains("compare-maps: compared 100% of");
        var whole = org.parcelrecon.geometry.compare.MapComparison.compare(
                org.parcelrecon.geometry.io.ParcelFiles.read(before, org.parcelrecon.geometry.io.ReadOptions.DEFAULTS),
                org.parcelrecon.geometry.io.ParcelFiles.read(after, org.parcelrecon.geometry.io.ReadOptions.DEFAULTS),
                org.parcelrecon.geometry.compare.CompareOptions.DEFAULTS);
        whole.counts().forEach((type, n) -> assertThat(run.out()).contains(String.format("  %-12s %d%n", type, n)));
        List<String> rows = Files.readAllLines(dir.resolve("cmp/changes.csv"));
        assertThat(rows).hasSize(1 + whole.groups().size());
    }

    @Test
    void evaluateChangesCountsTrueGroupsWithAParcelOnNeitherMapApart() throws Exception {
        Path before = map("old.geojson", 0, parcel("o1", 1, 0, 10), parcel("o2", 2, 10, 20));
        Path after = map("new.geojson", 0, parcel("n1", 1, 0, 10));
        CliRun cmp = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(cmp.exitCode()).as(cmp.err()).isZero();
        Path truth = dir.resolve("truth_changes.csv");
        // n2 was left off the new map: the truth's o2 -> n2 cannot be reproduced
        Files.writeString(truth, "old_parcel_id,change_class,renumbered,new_parcel_ids,old_area_m2,new_area_m2\n"
                + "o1,UNCHANGED,false,n1,200,200\no2,UNCHANGED,false,n2,200,200\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("evaluate", "--truth", truth.toString(), "--changes",
                dir.resolve("cmp/changes.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("change_type,right,total,share,not_on_maps")
                .contains("UNCHANGED,1,1,1.0000,1").contains("ALL,1,1,1.0000,1");
    }

    @Test
    void aTruncatedMapFailsNamingTheFileLineAndColumnInOneLine() throws Exception {
        Path file = map("cut.geojson", 0, parcel("a", 1, 0, 10));
        String whole = Files.readString(file);
        // cut off the closing "]}" and add half a feature, as a copy interrupted mid-file leaves it
        Files.writeString(file, whole.substring(0, whole.length() - 2) + ",{\"type\":", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check-map", file.toString(), "--out", dir.resolve("qa").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().matches("parcelrecon: cut\\.geojson:1:\\d+: .*");
    }

    @Test
    void aMalformedFeatureMidMapFailsRatherThanReportTheRestRemoved() throws Exception {
        // issue 18: "so_to": 01x in one feature used to drop every later feature, call them REMOVED and exit 0
        String[] features = new String[30];
        for (int i = 0; i < features.length; i++) {
            features[i] = "\n" + parcel("p" + i, i, 10 * i, 10 * i + 10);
        }
        Path before = map("old.geojson", 0, features);
        Path after = map("new.geojson", 0, features);
        Files.writeString(before, Files.readString(before).replace("\"id\":\"p12\",\"so_to\":12",
                "\"id\":\"p12\",\"so_to\":01x"));
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("parcelrecon: old.geojson:14:").contains("in feature 13");
        assertThat(dir.resolve("cmp/changes.csv")).doesNotExist();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''                                                 | the file is empty",
        "'not a map'                                        | not a GeoJSON FeatureCollection",
        "'{\"type\":\"Feature\",\"geometry\":null}'              | expected FeatureCollection",
        "'{\"type\":\"FeatureCollection\",\"features\":[]}'      | the map has no features",
        "'{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}' | none of its 1 features",
    })
    void compareMapsFailsOnAMapWithoutParcelsRatherThanCallEveryParcelNew(String oldText, String message)
            throws Exception {
        Path before = Files.writeString(dir.resolve("old.geojson"), oldText);
        Path after = map("new.geojson", 0, parcel("n1", 1, 0, 10));
        CliRun run = CliRun.of("compare-maps", "--old", before.toString(), "--new", after.toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("parcelrecon: ").contains("old.geojson")
                .contains(message);
        assertThat(run.out()).isEmpty();
        CliRun check = CliRun.of("check-map", before.toString(), "--out", dir.resolve("qa").toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().lines()).singleElement().asString().contains(message);
    }

    @Test
    void anOutThatIsAnExistingFileIsSaidInWords() throws Exception {
        Path file = map("m.geojson", 0, parcel("a", 1, 0, 10));
        Path taken = Files.writeString(dir.resolve("taken"), "x");
        for (String[] args : List.of(new String[] {"check-map", file.toString(), "--out", taken.toString()},
                new String[] {"compare-maps", "--old", file.toString(), "--new", file.toString(), "--out",
                    taken.toString()},
                new String[] {"demo", "--out", taken.toString()},
                new String[] {"generate", "--parcels", "10", "--out", taken.toString()})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(args[0]).isEqualTo(1);
            assertThat(run.err()).as(args[0])
                    .isEqualTo("parcelrecon: --out " + taken + " is an existing file, not a folder: give a new or"
                            + " existing folder" + System.lineSeparator());
        }
        assertThat(Files.readString(taken)).isEqualTo("x");
    }

    /** Two 10 m × 20 m parcels near Paris in longitude/latitude (no crs member: WGS 84 per RFC 7946). */
    private Path degreesMap(String name) throws Exception {
        String features = "";
        for (int i = 0; i < 2; i++) {
            double x0 = 2.35 + i * 0.000136;
            double x1 = x0 + 0.000136;
            features += (i == 0 ? "" : ",") + String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":"
                    + "{\"id\":\"p%d\",\"contenance\":200},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[%.7f,48.85],[%.7f,48.85],[%.7f,48.85018],[%.7f,48.85018],[%.7f,48.85]]]}}",
                    i, x0, x1, x1, x0, x0);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void checkMapRefusesToMeasureInDegreesAndNamesTheOptionThatReprojects() throws Exception {
        Path file = degreesMap("wgs84.geojson");
        for (String[] crs : new String[][] {{}, {"--crs", "wgs84"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check-map", file.toString(),
                    "--out", dir.resolve("qa").toString()));
            args.addAll(java.util.List.of(crs));
            CliRun run = CliRun.of(args.toArray(new String[0]));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("wgs84.geojson").contains("longitude/latitude").contains("--to-crs")
                    .doesNotContain("ReadOptions");
        }
        CliRun run = CliRun.of("check-map", file.toString(), "--to-crs", "EPSG:2154", "--out",
                dir.resolve("qa").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // two clean 10 m x 20 m parcels recorded as 200 m2: no finding at all once measured in metres
        assertThat(run.out()).contains("2 parcels read").contains("0 findings");
    }

    @Test
    void compareMapsRefusesDegreesNamingTheCommandLineOptionNotAJavaMethod() throws Exception {
        Path file = degreesMap("wgs84.geojson");
        CliRun run = CliRun.of("compare-maps", "--old", file.toString(), "--new", file.toString(), "--out",
                dir.resolve("cmp").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("longitude/latitude").contains("--to-crs").doesNotContain("ReadOptions");
        CliRun reprojected = CliRun.of("compare-maps", "--old", file.toString(), "--new", file.toString(),
                "--to-crs", "EPSG:2154", "--out", dir.resolve("cmp").toString());
        assertThat(reprojected.exitCode()).as(reprojected.err()).isZero();
        assertThat(reprojected.out()).containsPattern("UNCHANGED +2");
    }

    @Test
    void checkMapReportsItsProgressOnStandardError() throws Exception {
        Path file = map("m.geojson", 0, parcel("a", 1, 0, 10), parcel("b", 2, 10, 20));
        CliRun run = CliRun.of("check-map", file.toString(), "--out", dir.resolve("qa").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().map(l -> l.replaceAll(" \\(.*", ""))).containsExactly(
                "check-map: read m.geojson: 2 parcels, 0 rejected", "check-map: repair", "check-map: index",
                "check-map: overlaps", "check-map: gaps", "check-map: attributes", "check-map: wrote findings.csv,"
                        + " findings.geojson and rejected.csv");
    }

    @Test
    void checkMapSaysWhenTheMapsCrsIsUnknown() throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "id,wkt\na,\"POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))\"\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check-map", csv.toString(), "--out", dir.resolve("qa").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("parcelrecon: warning: m.csv: no CRS declared: coordinates left as read, CRS"
                + " unknown (give the source CRS)");
    }

    @Test
    void aMissingMapIsAnErrorNamingTheFile() {
        CliRun run = CliRun.of("check-map", dir.resolve("none.geojson").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no such file").contains("none.geojson");
    }
}
