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

    @Test
    void aMissingMapIsAnErrorNamingTheFile() {
        CliRun run = CliRun.of("check-map", dir.resolve("none.geojson").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no such file").contains("none.geojson");
    }
}
