package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.geometry.TestGeometries;
import org.parcelrecon.geometry.crs.Crs;

/** Every map reader rejects, feature by feature and with its place, coordinates no map of its CRS can hold. */
class PlausibleExtentTest {
    private static final String GOOD = "POLYGON ((430000 2320000, 430010 2320000, 430010 2320010, 430000 2320000))";

    @TempDir
    Path tmp;

    @Test
    void geoJsonRejectsCoordinatesBeyondAHundredMillionWithTheirLineAndKeepsTheRest() throws IOException {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"big\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1e300,0],[1e308,1e308],[0,0]]]}},\n"
                + "{\"type\":\"Feature\",\"id\":\"ok\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[430000,2320000],[430010,2320000],[430010,2320010],[430000,2320000]]]}}]}";
        ParcelLayer layer = ParcelFiles.readGeoJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "map.geojson", ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("ok");
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.IMPLAUSIBLE_COORDINATES);
            assertThat(r.location()).isEqualTo("map.geojson:2");
            assertThat(r.id()).contains("big");
            assertThat(r.message()).contains("1e+08");
        });
    }

    @Test
    void wktCsvRejectsCoordinatesBeyondAHundredMillionWithTheirLine() throws IOException {
        String csv = "id,wkt\nok,\"" + GOOD + "\"\nbig,\"POLYGON ((0 0, 1e300 0, 0 1e300, 0 0))\"\n"
                + "neg,\"POLYGON ((0 0, -2e8 0, 0 1, 0 0))\"\n";
        ParcelLayer layer = ParcelFiles.readWktCsv(new StringReader(csv), "map.csv", ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("ok");
        assertThat(layer.rejected()).extracting(RejectedFeature::location).containsExactly("map.csv:3", "map.csv:4");
        assertThat(layer.rejected()).extracting(RejectedFeature::reason)
                .containsOnly(RejectReason.IMPLAUSIBLE_COORDINATES);
    }

    @Test
    void geoPackageRejectsCoordinatesBeyondAHundredMillion() throws IOException {
        Path file = tmp.resolve("map.gpkg");
        ParcelFiles.writeGeoPackage(file, "thua_dat", Optional.of(Crs.parse("vn2000:quang-ninh")), List.of(
                ParcelFeature.of("big", TestGeometries.wkt("POLYGON ((0 0, 1e300 0, 0 1e300, 0 0))")),
                ParcelFeature.of("ok", TestGeometries.wkt(GOOD))));
        ParcelLayer layer = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("ok");
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.IMPLAUSIBLE_COORDINATES);
            assertThat(r.location()).isEqualTo("map.gpkg#0");
        });
    }

    @Test
    void aGeographicMapRejectsLongitudesBeyond180AndLatitudesBeyond90() throws IOException {
        String csv = "id,wkt\nhanoi,\"POLYGON ((105.8 21.0, 105.9 21.0, 105.9 21.1, 105.8 21.0))\"\n"
                + "east,\"POLYGON ((200 21, 201 21, 201 22, 200 21))\"\n"
                + "north,\"POLYGON ((105 95, 106 95, 106 96, 105 95))\"\n";
        ParcelLayer layer = ParcelFiles.readWktCsv(new StringReader(csv), "map.csv",
                ReadOptions.DEFAULTS.withSourceCrs(Crs.WGS84));
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("hanoi");
        assertThat(layer.rejected()).extracting(RejectedFeature::location).containsExactly("map.csv:3", "map.csv:4");
        assertThat(layer.rejected()).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.IMPLAUSIBLE_COORDINATES);
            assertThat(r.message()).contains("longitude -180 to 180");
        });
    }

    @Test
    void projectedMetresOfAWholeCountryAreKept() throws IOException {
        String csv = "id,wkt\nfar,\"POLYGON ((-9000000 -9000000, -8999990 -9000000, -8999990 -8999990,"
                + " -9000000 -9000000))\"\n";
        assertThat(ParcelFiles.readWktCsv(new StringReader(csv), "map.csv", ReadOptions.DEFAULTS).features())
                .hasSize(1);
    }
}
