package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.parcelrecon.core.testdata.SharedData;
import org.parcelrecon.geometry.crs.Crs;

class GeoPackageIoTest {
    @TempDir
    Path tmp;

    private static ParcelFeature parcel(String id, String wkt, String sheet, String plot, Map<String, String> props) {
        return new ParcelFeature(id, wkt(wkt), Optional.ofNullable(sheet), Optional.ofNullable(plot),
                OptionalDouble.of(12.5), props, 0, List.of());
    }

    @Test
    void roundTripsParcelsWithAttributesAndCrs() throws IOException {
        List<ParcelFeature> parcels = List.of(
                parcel("a", "POLYGON ((500000 2300000, 500010 2300000, 500010 2300010, 500000 2300000))", "12", "45",
                        Map.of("loai_dat", "ONT")),
                parcel("b", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", null, null,
                        Map.of("ghi chú", "Nguyễn Văn \"An\"")));
        Path file = tmp.resolve("map.gpkg");
        ParcelFiles.writeGeoPackage(file, "thua_dat", Optional.of(Crs.parse("vn2000:quang-ninh")), parcels);
        ParcelLayer back = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        assertThat(back.crs()).contains(Crs.epsg(5899));
        assertThat(back.rejected()).isEmpty();
        assertThat(back.features()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            ParcelFeature in = parcels.get(i);
            ParcelFeature out = back.features().get(i);
            assertThat(out.id()).isEqualTo(in.id());
            assertThat(out.geometry().equalsExact(in.geometry())).isTrue();
            assertThat(out.sheet()).isEqualTo(in.sheet());
            assertThat(out.plot()).isEqualTo(in.plot());
            assertThat(out.recordedArea()).isEqualTo(in.recordedArea());
            assertThat(out.properties()).containsAllEntriesOf(in.properties());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA application_id").getInt(1)).isEqualTo(0x47504B47);
            assertThat(s.executeQuery("SELECT geometry_type_name FROM gpkg_geometry_columns").getString(1))
                    .isEqualTo("GEOMETRY");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void roundTripsACustomCrsThroughItsProjString() throws IOException {
        Crs custom = Crs.fromProj("+proj=tmerc +lat_0=0 +lon_0=106 +k=1 +x_0=0 +y_0=0 +ellps=krass +units=m +no_defs");
        Path file = tmp.resolve("custom.gpkg");
        ParcelFiles.writeGeoPackage(file, "t", Optional.of(custom),
                List.of(ParcelFeature.of("x", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));
        assertThat(ParcelFiles.readGeoPackage(file, ReadOptions.DEFAULTS).crs()).contains(custom);
        ParcelFiles.writeGeoPackage(file, "t", Optional.empty(),
                List.of(ParcelFeature.of("x", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));
        assertThat(ParcelFiles.readGeoPackage(file, ReadOptions.DEFAULTS).crs()).isEmpty();
    }

    @Property(tries = 30)
    void geoPackageBinaryRoundTripsAnyPolygon(@ForAll @DoubleRange(min = -1e7, max = 1e7) double x,
                                              @ForAll @DoubleRange(min = -1e7, max = 1e7) double y,
                                              @ForAll @DoubleRange(min = 0.01, max = 1000) double size,
                                              @ForAll @IntRange(min = -1, max = 100000) int srsId)
            throws BadGeometryException {
        Geometry g = wkt(String.format(java.util.Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s))",
                x, y, x + size, y, x, y + size, x, y));
        byte[] blob = GeoPackageIo.encode(g, srsId, new org.locationtech.jts.io.WKBWriter());
        Geometry back = new GeoPackageIo(g.getFactory()).decode(blob, new org.locationtech.jts.io.WKBReader(),
                new ArrayList<>());
        assertThat(back.equalsExact(g)).isTrue();
    }

    @Test
    void readsForeignBlobsLenientlyAndReportsBadOnes() throws IOException, SQLException {
        Path file = tmp.resolve("foreign.gpkg");
        ParcelFiles.writeGeoPackage(file, "t", Optional.of(Crs.epsg(3405)), List.of(
                ParcelFeature.of("ok", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")),
                ParcelFeature.of("open", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")),
                ParcelFeature.of("junk", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")),
                ParcelFeature.of("nogeom", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")),
                ParcelFeature.of("line", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement p = c.prepareStatement("UPDATE t SET geom = ? WHERE id = ?")) {
            // an unclosed ring as big-endian bare WKB (no GeoPackage header): Polygon, 1 ring, 3 points
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + 4 + 4 + 3 * 16);
            b.put((byte) 0).putInt(3).putInt(1).putInt(3).putDouble(0).putDouble(0).putDouble(4).putDouble(0)
                    .putDouble(4).putDouble(4);
            p.setBytes(1, b.array());
            p.setString(2, "open");
            p.executeUpdate();
            p.setBytes(1, new byte[] {'G', 'P', 0, 1, 0, 0, 0, 0, 9, 9, 9});
            p.setString(2, "junk");
            p.executeUpdate();
            p.setBytes(1, null);
            p.setString(2, "nogeom");
            p.executeUpdate();
            p.setBytes(1, GeoPackageIo.encode(wkt("LINESTRING (0 0, 1 1)"), 3405, new org.locationtech.jts.io.WKBWriter()));
            p.setString(2, "line");
            p.executeUpdate();
        }
        ParcelLayer layer = ParcelFiles.readGeoPackage(file, ReadOptions.DEFAULTS);
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("ok", "open");
        assertThat(layer.features().get(1).readRepairs()).containsExactly(ReadRepair.RING_CLOSED);
        assertThat(layer.features().get(1).geometry().getArea()).isEqualTo(8.0);
        assertThat(layer.rejected()).extracting(RejectedFeature::index, RejectedFeature::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RejectReason.UNPARSEABLE_GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(3, RejectReason.MISSING_GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(4, RejectReason.NOT_A_POLYGON));
        assertThat(layer.rejected().get(0).location()).isEqualTo("foreign.gpkg#2");
    }

    @Test
    void failsWithIoExceptionForAMissingFileOrNonGeoPackage() throws IOException {
        assertThatThrownBy(() -> ParcelFiles.readGeoPackage(tmp.resolve("none.gpkg"), ReadOptions.DEFAULTS))
                .isInstanceOf(NoSuchFileException.class);
        Path notGpkg = Files.writeString(tmp.resolve("x.gpkg"), "hello");
        assertThatThrownBy(() -> ParcelFiles.readGeoPackage(notGpkg, ReadOptions.DEFAULTS))
                .isInstanceOf(IOException.class).hasMessageContaining("x.gpkg");
        assertThatThrownBy(() -> ParcelFiles.read(tmp.resolve("map.shp"), ReadOptions.DEFAULTS))
                .isInstanceOf(IOException.class).hasMessageContaining("ogr2ogr -f GeoJSON");
    }

    @Test
    void roundTripsTheCambridgeMap() throws IOException, SQLException {
        Path source = SharedData.require("parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson");
        ParcelLayer layer = ParcelFiles.read(source, ReadOptions.DEFAULTS);
        Path file = tmp.resolve("cambridge.gpkg");
        ParcelFiles.writeGeoPackage(file, "parcels", layer.crs(), layer.features());
        ParcelLayer back = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        assertThat(back.features()).hasSize(layer.features().size());
        assertThat(back.crs()).isEqualTo(layer.crs());
        for (int i = 0; i < layer.features().size(); i += 97) {
            assertThat(back.features().get(i).id()).isEqualTo(layer.features().get(i).id());
            assertThat(back.features().get(i).geometry().equalsExact(layer.features().get(i).geometry())).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM parcels")) {
            assertThat(r.getInt(1)).isEqualTo(13_159);
        }
    }
}
