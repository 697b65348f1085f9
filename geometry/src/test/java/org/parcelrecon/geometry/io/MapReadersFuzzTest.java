package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;
import org.parcelrecon.geometry.TestGeometries;
import org.parcelrecon.geometry.crs.Crs;

/**
 * The map readers ({@code check-map}, {@code compare-maps}, {@code reconcile}): whatever a GeoJSON file, a WKT CSV
 * file or a GeoPackage's geometry holds, the reader returns a layer in which every feature is a parcel or a
 * rejection, or throws an {@link IOException} ({@link MalformedMapException} for a file broken as a file); never
 * another exception, never a hang. Every parcel it returns has finite coordinates within the plausible extent.
 */
class MapReadersFuzzTest {
    private static Path folder;
    private static Path template;
    private static String table;
    private static String geometryColumn;

    @BeforeAll
    static void template() throws IOException, SQLException {
        folder = Files.createTempDirectory("map-fuzz");
        template = folder.resolve("template.gpkg");
        ParcelFiles.writeGeoPackage(template, "thua_dat", Optional.of(Crs.parse("vn2000:quang-ninh")), List.of(
                ParcelFeature.of("1/1", TestGeometries.wkt(
                        "POLYGON ((430000 2320000, 430010 2320000, 430010 2320010, 430000 2320000))"))));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + template);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, column_name FROM gpkg_geometry_columns")) {
            r.next();
            table = r.getString(1);
            geometryColumn = r.getString(2);
        }
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(template);
        Files.deleteIfExists(folder.resolve("fuzz.gpkg"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "1m")
    void everyGeoJsonFileGivesParcelsAndRejectionsOrAnIoException(byte[] input) {
        try {
            checked(ParcelFiles.readGeoJson(new ByteArrayInputStream(input), "map.geojson", ReadOptions.DEFAULTS));
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("map.geojson");
        }
    }

    @FuzzTest(maxDuration = "1m")
    void everyWktCsvFileGivesParcelsAndRejectionsOrAnIoException(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            checked(ParcelFiles.readWktCsv(new StringReader(text), "map.csv", ReadOptions.DEFAULTS));
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("map.csv");
        }
    }

    @FuzzTest(maxDuration = "1m")
    void everyGeoPackageGeometryGivesAParcelOrARejection(byte[] input) throws IOException, SQLException {
        Path file = folder.resolve("fuzz.gpkg");
        Files.copy(template, file, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement(
                     "UPDATE \"" + table + "\" SET \"" + geometryColumn + "\" = ?")) {
            s.setBytes(1, input);
            s.executeUpdate();
        }
        ParcelLayer layer = checked(ParcelFiles.readGeoPackage(file, ReadOptions.DEFAULTS));
        assertThat(layer.features().size() + layer.rejected().size()).isEqualTo(1);
    }

    private static ParcelLayer checked(ParcelLayer layer) {
        int previous = -1;
        for (ParcelFeature f : layer.features()) {
            assertThat(f.index()).isGreaterThan(previous);
            previous = f.index();
            for (Coordinate c : f.geometry().getCoordinates()) {
                assertThat(Math.abs(c.x)).isLessThanOrEqualTo(1e8);
                assertThat(Math.abs(c.y)).isLessThanOrEqualTo(1e8);
            }
        }
        assertThat(layer.rejected()).allSatisfy(r -> assertThat(r.source()).isEqualTo(layer.source()));
        return layer;
    }
}
