package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.parcelrecon.geometry.crs.Crs;

class GeoJsonCommuneIndexTest {
    @TempDir
    Path dir;

    private static final GeometryFactory F = new GeometryFactory();

    /** A 10 m square lot at x with a commune attribute (none when null); id "-" is a placeholder: no usable id. */
    private static ParcelFeature lot(String id, String commune, double x) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (commune != null) {
            properties.put("commune_code", commune);
        }
        Geometry square = F.toGeometry(new Envelope(x, x + 10, 0, 10));
        return new ParcelFeature(id, square, Optional.empty(), Optional.empty(), OptionalDouble.empty(), properties, 0,
                List.of());
    }

    /** The lots written by the GeoJSON writer, one feature a line, in a file that declares EPSG:5899. */
    private Path map(ParcelFeature... lots) throws IOException {
        Path file = dir.resolve("map.geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            ParcelFiles.writeGeoJson(out, Optional.of(Crs.parse("EPSG:5899")), List.of(lots));
        }
        return file;
    }

    @Test
    void readingCommuneByCommuneGivesTheFileReadersParcelsWithTheirPlaceInTheWholeFile() throws IOException {
        Path file = map(lot("a", "06652", 0), lot("b", "06658", 20), lot("-", "06652", 40), lot("d", " 06652 ", 60));
        GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS);
        assertThat(index.hasCommunes()).isTrue();
        assertThat(index.communes()).containsExactly("06652", "06658");
        assertThat(index.featureCount()).isEqualTo(4);
        assertThat(index.featureCount("06652")).isEqualTo(3);
        ParcelLayer whole = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        ParcelLayer first = index.read("06652");
        assertThat(first.crs()).isEqualTo(whole.crs());
        // the polygon without an id is #3 as in the whole file, not #2 of its commune
        assertThat(first.features()).extracting(ParcelFeature::id).containsExactly("a", "#3", "d");
        assertThat(first.features()).extracting(ParcelFeature::index).containsExactly(0, 2, 3);
        assertThat(first.features()).extracting(f -> f.geometry().toText()).containsExactly(
                whole.features().get(0).geometry().toText(), whole.features().get(2).geometry().toText(),
                whole.features().get(3).geometry().toText());
        List<String> all = new ArrayList<>();
        for (String c : index.communes()) {
            index.read(c).features().forEach(f -> all.add(f.id()));
        }
        assertThat(all).containsExactlyInAnyOrder("a", "b", "#3", "d");
    }

    /** A FeatureCollection of the given feature texts, one a line. */
    private Path collection(String name, String... features) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"EPSG:5899\"}},\"features\":[\n" + String.join(",\n", features) + "]}\n");
    }

    private static String feature(String properties) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}}";
    }

    /**
     * The pair as compare-maps decided before {@code buildBothByCommune}: both maps asked first
     * ({@code firstFeatureNamesCommune}), then both built.
     */
    private static Optional<List<String>> twoSteps(Path a, Path b) throws IOException {
        if (!GeoJsonCommuneIndex.firstFeatureNamesCommune(a) || !GeoJsonCommuneIndex.firstFeatureNamesCommune(b)) {
            return Optional.empty();
        }
        return Optional.of(List.of(describe(GeoJsonCommuneIndex.build(a, ReadOptions.DEFAULTS)),
                describe(GeoJsonCommuneIndex.build(b, ReadOptions.DEFAULTS))));
    }

    private static String describe(GeoJsonCommuneIndex index) {
        StringBuilder s = new StringBuilder(index.communes() + " jackson=" + index.indexedByJackson());
        for (int i = 0; i < index.featureCount(); i++) {
            s.append(' ').append(index.layout(i));
        }
        for (String c : index.communes()) {
            s.append(' ').append(c).append('=').append(index.featureCount(c));
        }
        return s.toString();
    }

    private static String outcome(Path a, Path b, boolean together) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            if (!together) {
                return String.valueOf(twoSteps(a, b));
            }
            return String.valueOf(GeoJsonCommuneIndex.buildBothByCommune(a, ReadOptions.DEFAULTS, b,
                    ReadOptions.DEFAULTS, pool).map(l -> List.of(describe(l.get(0)), describe(l.get(1)))));
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bothMapsIndexedAtOnceDecideAndIndexAsAskingEachFirstThenBuildingBoth() throws IOException {
        String a = feature("{\"commune_code\":\"06652\",\"id\":\"a\"}");
        String b = feature("{\"id\":\"b\",\"ma_xa\":6658}");
        List<String[]> maps = List.of(
                new String[] {a, b, a},                                          // communes from the first feature on
                new String[] {feature("{\"id\":\"x\"}"), a},                      // the first names none
                new String[] {feature("{\"commune_code\":\" \",\"id\":\"x\"}"), a}, // a blank one
                new String[] {feature("{\"commune_code\":null,\"ma_xa\":true}"), b}, // null, then a literal
                new String[] {},                                                 // no feature
                new String[] {"\"not a feature\"", a},                            // left to Jackson, which says no
                new String[] {a, "\"not a feature\"", b},                         // left to Jackson, which indexes it
                new String[] {a, feature("{\"so_to\": 01x}")},                    // breaks off: the same error
                new String[] {feature("{\"so_to\": 01x}"), a});                   // breaks off at once
        for (String[] first : maps) {
            for (String[] second : maps) {
                Path x = collection("x.geojson", first);
                Path y = collection("y.geojson", second);
                assertThat(outcome(x, y, true)).as(String.join("|", first) + " / " + String.join("|", second))
                        .isEqualTo(outcome(x, y, false));
            }
        }
        assertThat(outcome(collection("x.geojson", a, b), collection("y.geojson", b, a), true)).contains("06652=");
    }

    @Test
    void aMapWithoutCommunesIsOnePartitionWithTheEmptyKey() throws IOException {
        GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(map(lot("a", null, 0), lot("b", null, 20)),
                ReadOptions.DEFAULTS);
        assertThat(index.hasCommunes()).isFalse();
        assertThat(index.communes()).containsExactly("");
        assertThat(index.read("").features()).hasSize(2);
        assertThat(index.read("06652").features()).isEmpty();
    }

    @Test
    void aRejectedFeatureKeepsItsIndexAndLineInTheWholeFile() throws IOException {
        ParcelFeature empty = lot("e", "06652", 0).withGeometry(F.createPolygon());
        Path file = map(lot("b", "06658", 20), lot("a", "06652", 0), empty);
        GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS);
        RejectedFeature whole = ParcelFiles.read(file, ReadOptions.DEFAULTS).rejected().get(0);
        ParcelLayer layer = index.read("06652");
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a");
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.line()).isEqualTo(whole.line()).isPositive();
            assertThat(r.source()).isEqualTo("map.geojson");
        });
    }

    @Test
    void aFileThatBreaksOffFailsNamingLineAndColumnInsteadOfLosingTheRest() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"commune_code\":\"06652\"},\"geometry\":null},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"so_to\": 01x}}]}");
        assertThatThrownBy(() -> GeoJsonCommuneIndex.build(broken, ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageContaining("broken.geojson:3:");
    }

    @Test
    void aFeatureThatIsNotAnObjectIsRejectedWhileTheRestOfItsCommuneIsRead() throws IOException {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}";
        for (String notAnObject : List.of("\"oops\"", "\"a longer text, with a comma\"", "42", "-1.5e3", "true", "null",
                "[1, [2, 3]]")) {
            Path file = Files.writeString(dir.resolve("odd.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                    + "{\"type\":\"Feature\",\"properties\":{\"id\":\"a\"},\"geometry\":" + square + "},\n"
                    + notAnObject + ",\n"
                    + "{\"type\":\"Feature\",\"properties\":{\"id\":\"b\"},\"geometry\":" + square + "}]}");
            GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS);
            ParcelLayer layer = index.read("");
            assertThat(layer.features()).as(notAnObject).extracting(ParcelFeature::id).containsExactly("a", "b");
            assertThat(layer.rejected()).as(notAnObject).singleElement().satisfies(r -> {
                assertThat(r.index()).isEqualTo(1);
                assertThat(r.line()).isEqualTo(3);
            });
        }
    }
}
