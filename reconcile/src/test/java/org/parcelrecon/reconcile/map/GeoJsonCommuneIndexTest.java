package org.parcelrecon.reconcile.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.geometry.io.ParcelFeature;
import org.parcelrecon.geometry.io.ParcelFiles;
import org.parcelrecon.geometry.io.ReadOptions;

class GeoJsonCommuneIndexTest {
    @TempDir
    Path dir;

    private static String feature(String id, String commune, int plot, double x) {
        String c = commune == null ? "" : ",\"commune_code\":\"" + commune + "\"";
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"so_to\":1,\"so_thua\":" + plot + c
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",0],[" + (x + 10) + ",0],["
                + (x + 10) + ",10],[" + x + ",10],[" + x + ",0]]]}}";
    }

    private Path map(String... features) throws IOException {
        return Files.writeString(dir.resolve("map.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}},\"features\":[\n"
                + String.join(",\n", features) + "\n]}", StandardCharsets.UTF_8);
    }

    @Test
    void readingCommuneByCommuneGivesTheFileReadersParcelsSplitByTodaysCommune() throws IOException {
        // 06664 was merged into 06652 on 1 July 2025: its parcels are today's 06652
        Path file = map(feature("a", "06652", 1, 0), feature("b", "06658", 2, 20), feature("c", "06664", 3, 40),
                feature("d", "06652", 4, 60));
        CommuneMaps index = CommuneMaps.open(file, ReadOptions.DEFAULTS, AdministrativeUnits.quangNinh());
        assertThat(index.hasCommunes()).isTrue();
        assertThat(index.communes()).containsExactly("06652", "06658");
        assertThat(index.parcelCount()).isEqualTo(4);
        List<ParcelFeature> all = new ArrayList<>();
        for (String c : index.communes()) {
            CommuneMaps.CommuneLayer layer = index.read(c);
            assertThat(layer.layer().crs()).isPresent();
            all.addAll(layer.layer().features());
        }
        assertThat(all).extracting(ParcelFeature::id).containsExactlyInAnyOrder("a", "b", "c", "d");
        List<ParcelFeature> whole = ParcelFiles.read(file, ReadOptions.DEFAULTS).features();
        assertThat(index.read("06652").layer().features()).extracting(f -> f.geometry().toText())
                .containsExactly(whole.get(0).geometry().toText(), whole.get(2).geometry().toText(),
                        whole.get(3).geometry().toText());
    }

    @Test
    void aMapWithoutCommunesIsOnePartition() throws IOException {
        CommuneMaps index = CommuneMaps.open(map(feature("a", null, 1, 0), feature("b", null, 2, 20)),
                ReadOptions.DEFAULTS, AdministrativeUnits.quangNinh());
        assertThat(index.hasCommunes()).isFalse();
        assertThat(index.communes()).containsExactly(SurveyMaps.NO_COMMUNE);
        assertThat(index.read(SurveyMaps.NO_COMMUNE).layer().features()).hasSize(2);
    }

    @Test
    void aFeatureTheReaderRejectsIsARejectedRowWithItsLineInTheWholeFile() throws IOException {
        String empty = "{\"type\":\"Feature\",\"properties\":{\"id\":\"e\",\"commune_code\":\"06652\"},\"geometry\":null}";
        CommuneMaps index = CommuneMaps.open(map(feature("a", "06652", 1, 0), empty), ReadOptions.DEFAULTS,
                AdministrativeUnits.quangNinh());
        CommuneMaps.CommuneLayer layer = index.read("06652");
        assertThat(layer.layer().features()).hasSize(1);
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.source()).isEqualTo("map.geojson");
        });
    }
}
