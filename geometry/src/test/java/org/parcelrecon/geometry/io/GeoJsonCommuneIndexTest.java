package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonCommuneIndexTest {
    @TempDir
    Path dir;

    private static String feature(String id, String commune, int plot, double x) {
        // without an id, no sheet and plot either (the reader would make the id from them)
        String i = id == null ? "\"x\":0" : "\"id\":\"" + id + "\",\"so_to\":1,\"so_thua\":" + plot;
        String c = commune == null ? "" : ",\"commune_code\":\"" + commune + "\"";
        return "{\"type\":\"Feature\",\"properties\":{" + i + c
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",0],[" + (x + 10) + ",0],["
                + (x + 10) + ",10],[" + x + ",10],[" + x + ",0]]]}}";
    }

    private Path map(String... features) throws IOException {
        return Files.writeString(dir.resolve("map.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}},\"features\":[\n"
                + String.join(",\n", features) + "\n]}", StandardCharsets.UTF_8);
    }

    @Test
    void readingCommuneByCommuneGivesTheFileReadersParcelsWithTheirPlaceInTheWholeFile() throws IOException {
        Path file = map(feature("a", "06652", 1, 0), feature("b", "06658", 2, 20), feature(null, "06652", 3, 40),
                feature("d", " 06652 ", 4, 60));
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

    @Test
    void aMapWithoutCommunesIsOnePartitionWithTheEmptyKey() throws IOException {
        GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(map(feature("a", null, 1, 0),
                feature("b", null, 2, 20)), ReadOptions.DEFAULTS);
        assertThat(index.hasCommunes()).isFalse();
        assertThat(index.communes()).containsExactly("");
        assertThat(index.read("").features()).hasSize(2);
        assertThat(index.read("06652").features()).isEmpty();
    }

    @Test
    void aRejectedFeatureKeepsItsIndexAndLineInTheWholeFile() throws IOException {
        String empty = "{\"type\":\"Feature\",\"properties\":{\"id\":\"e\",\"commune_code\":\"06652\"},\"geometry\":null}";
        GeoJsonCommuneIndex index = GeoJsonCommuneIndex.build(map(feature("b", "06658", 2, 20),
                feature("a", "06652", 1, 0), empty), ReadOptions.DEFAULTS);
        ParcelLayer layer = index.read("06652");
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("a");
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.source()).isEqualTo("map.geojson");
        });
    }

    @Test
    void aFileThatBreaksOffFailsNamingLineAndColumnInsteadOfLosingTheRest() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + feature("a", "06652", 1, 0) + ",\n{\"type\":\"Feature\",\"properties\":{\"so_to\": 01x}}]}");
        assertThatThrownBy(() -> GeoJsonCommuneIndex.build(broken, ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageContaining("broken.geojson:3:");
    }
}
