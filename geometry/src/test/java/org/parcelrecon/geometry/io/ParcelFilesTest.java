package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.parcelrecon.geometry.crs.Crs;

class ParcelFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesGeoJsonThatReadsBackTheSame() throws IOException, ParseException {
        WKTReader wkt = new WKTReader();
        List<ParcelFeature> parcels = List.of(
                new ParcelFeature("a", wkt.read("POLYGON ((500000.123 2300000.5, 500010 2300000, 500010 2300010,"
                        + " 500000.123 2300000.5), (500001 2300001, 500002 2300001, 500002 2300002, 500001 2300001))"),
                        Optional.of("12"), Optional.of("45"), OptionalDouble.of(50.5),
                        Map.of("chu_su_dung", "Nguyễn Văn An"), 0, List.of()),
                ParcelFeature.of("b", wkt.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParcelFiles.writeGeoJson(out, Optional.of(Crs.parse("vn2000:quang-ninh")), parcels);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("urn:ogc:def:crs:EPSG::5899").contains("Nguyễn Văn An");
        ParcelLayer back = ParcelFiles.readGeoJson(new ByteArrayInputStream(out.toByteArray()), "x", ReadOptions.DEFAULTS);
        assertThat(back.crs()).contains(Crs.epsg(5899));
        assertThat(back.rejected()).isEmpty();
        for (int i = 0; i < parcels.size(); i++) {
            assertThat(back.features().get(i).id()).isEqualTo(parcels.get(i).id());
            assertThat(back.features().get(i).geometry().equalsExact(parcels.get(i).geometry())).isTrue();
            assertThat(back.features().get(i).sheet()).isEqualTo(parcels.get(i).sheet());
            assertThat(back.features().get(i).recordedArea()).isEqualTo(parcels.get(i).recordedArea());
        }
    }

    @Test
    void choosesTheReaderByExtension() throws IOException {
        Path csv = Files.writeString(tmp.resolve("m.tsv"), "id\twkt\n1\tPOLYGON ((0 0, 1 0, 1 1, 0 0))\n");
        assertThat(ParcelFiles.read(csv, ReadOptions.DEFAULTS).features()).hasSize(1);
        Path json = Files.writeString(tmp.resolve("m.json"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(ParcelFiles.read(json, ReadOptions.DEFAULTS).features()).isEmpty();
        assertThatThrownBy(() -> ParcelFiles.read(tmp.resolve("m.kml"), ReadOptions.DEFAULTS))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown map format");
        assertThatThrownBy(() -> ParcelFiles.read(null, ReadOptions.DEFAULTS))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
    }
}
