package org.parcelrecon.geometry.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.parcelrecon.geometry.crs.Crs;
import org.sqlite.SQLiteConfig;

/**
 * Reads and writes GeoPackage feature tables through sqlite-jdbc: the standard GeoPackage binary header
 * ({@code "GP"}, version, flags, srs_id, optional envelope) followed by ISO/OGC WKB.
 */
final class GeoPackageIo {
    private static final int APPLICATION_ID = 0x47504B47; // "GPKG"
    private static final int USER_VERSION = 10300;         // GeoPackage 1.3
    private static final int CUSTOM_SRS_ID = 100000;
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    private final GeometryFactory factory;

    GeoPackageIo(GeometryFactory factory) {
        this.factory = factory;
    }

    ParcelLayer read(Path file, ReadOptions options) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String source = String.valueOf(file.getFileName());
        FeatureAssembler out = new FeatureAssembler(source, options);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            String table = table(c, options, source);
            String geomColumn;
            int srsId;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                s.setString(1, table);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IOException(source + ": table '" + table + "' has no row in gpkg_geometry_columns");
                    }
                    geomColumn = r.getString(1);
                    srsId = r.getInt(2);
                }
            }
            String declaredText = null;
            Optional<Crs> declared = Optional.empty();
            try (PreparedStatement s = c.prepareStatement("SELECT organization, organization_coordsys_id,"
                    + " description FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
                s.setInt(1, srsId);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && srsId > 0) {
                        String org = r.getString(1);
                        int code = r.getInt(2);
                        String description = r.getString(3);
                        declaredText = org + ":" + code;
                        if ("EPSG".equalsIgnoreCase(org)) {
                            declared = GeoJsonParcelReader.parseCrs("EPSG:" + code);
                        }
                        if (declared.isEmpty() && description != null && description.strip().startsWith("+proj")) {
                            declared = GeoJsonParcelReader.parseCrs(description);
                        }
                    }
                }
            }
            String pk = primaryKey(c, table);
            WKBReader wkb = new WKBReader(factory);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT * FROM " + quote(table)
                         + (pk == null ? "" : " ORDER BY " + quote(pk)))) {
                ResultSetMetaData md = r.getMetaData();
                int index = 0;
                while (r.next()) {
                    Map<String, String> properties = new LinkedHashMap<>();
                    byte[] blob = null;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnName(i);
                        if (name.equalsIgnoreCase(geomColumn)) {
                            blob = r.getBytes(i);
                        } else {
                            String v = r.getString(i);
                            if (v != null) {
                                properties.put(name, v);
                            }
                        }
                    }
                    List<ReadRepair> repairs = new ArrayList<>();
                    Geometry g = null;
                    BadGeometryException failure = null;
                    if (blob != null) {
                        try {
                            g = decode(blob, wkb, repairs);
                        } catch (BadGeometryException e) {
                            failure = e;
                        }
                    }
                    out.add(index, 0, null, properties, g, failure, repairs);
                    index++;
                }
            }
            return out.finish(declared, declaredText, false);
        } catch (SQLException e) {
            throw new IOException(source + ": cannot read GeoPackage: " + e.getMessage(), e);
        }
    }

    private static String table(Connection c, ReadOptions options, String source) throws SQLException, IOException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(
                     "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (options.layer().isPresent()) {
            for (String t : tables) {
                if (t.equalsIgnoreCase(options.layer().get())) {
                    return t;
                }
            }
            throw new IOException(source + ": no feature table '" + options.layer().get() + "'; tables: " + tables);
        }
        if (tables.isEmpty()) {
            throw new IOException(source + ": the GeoPackage has no feature table");
        }
        return tables.get(0);
    }

    private static String primaryKey(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (r.next()) {
                if (r.getInt("pk") == 1) {
                    return r.getString("name");
                }
            }
        }
        return null;
    }

    /** GeoPackage binary (or bare WKB) to a geometry; polygons are read ring by ring so mends are recorded. */
    Geometry decode(byte[] blob, WKBReader wkb, List<ReadRepair> repairs) throws BadGeometryException {
        int offset = 0;
        if (blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P') {
            int flags = blob[3];
            if ((flags & 0x20) != 0) {
                throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY,
                        "extended GeoPackage geometry types are not supported");
            }
            int envelope = (flags >> 1) & 0x7;
            int envelopeBytes = switch (envelope) {
                case 0 -> 0;
                case 1 -> 32;
                case 2, 3 -> 48;
                case 4 -> 64;
                default -> throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY,
                        "bad GeoPackage envelope indicator " + envelope);
            };
            offset = 8 + envelopeBytes;
            if ((flags & 0x10) != 0 && blob.length <= offset) {
                throw new BadGeometryException(RejectReason.EMPTY_GEOMETRY, "the geometry is empty");
            }
        }
        if (offset > blob.length) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad GeoPackage geometry: "
                    + blob.length + " bytes, shorter than its header");
        }
        byte[] body = offset == 0 ? blob : java.util.Arrays.copyOfRange(blob, offset, blob.length);
        if (body.length >= 5) {
            int base;
            try {
                base = header(ByteBuffer.wrap(body)) % 1000;
            } catch (RuntimeException e) { // e.g. a type that announces an SRID the bytes do not hold
                throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKB: " + e);
            }
            if (base == 3 || base == 6) {
                // read here, not by WKBReader, which closes rings silently: the repair must be reported
                return lenient(body, repairs);
            }
        }
        try {
            return wkb.read(body);
        } catch (ParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKB: " + e.getMessage());
        }
    }

    /** Polygon and MultiPolygon WKB (2D, Z, M, ZM; ISO or EWKB-style flags) read ring by ring. */
    private Geometry lenient(byte[] wkb, List<ReadRepair> repairs) throws BadGeometryException {
        try {
            ByteBuffer b = ByteBuffer.wrap(wkb);
            int type = header(b);
            int base = type % 1000;
            List<Polygon> polygons = new ArrayList<>();
            if (base == 3) {
                LenientPolygons.addPolygon(polygons, factory, rings(b, dims(type)), repairs);
                return LenientPolygons.polygonal(factory, polygons, true);
            }
            if (base == 6) {
                int n = count(b, 9, "polygons");
                for (int i = 0; i < n; i++) {
                    int partType = header(b);
                    LenientPolygons.addPolygon(polygons, factory, rings(b, dims(partType)), repairs);
                }
                return LenientPolygons.polygonal(factory, polygons, false);
            }
        } catch (RuntimeException e) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKB: " + e);
        }
        throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKB: not a polygon type");
    }

    /** Reads byte order and type; returns the ISO type code (EWKB Z/M flags folded into 1000s). */
    private static int header(ByteBuffer b) {
        b.order(b.get() == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int t = b.getInt();
        int iso = t & 0xFFFF;
        if ((t & 0x80000000) != 0) {
            iso += 1000;
        }
        if ((t & 0x40000000) != 0) {
            iso += 2000;
        }
        if ((t & 0x20000000) != 0) {
            b.getInt(); // EWKB SRID
        }
        return iso;
    }

    private static int dims(int isoType) {
        return switch (isoType / 1000) {
            case 1, 2 -> 3;
            case 3 -> 4;
            default -> 2;
        };
    }

    private static List<double[]> rings(ByteBuffer b, int dims) {
        int n = count(b, Integer.BYTES, "rings");
        List<double[]> rings = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int points = count(b, dims * Double.BYTES, "points");
            double[] xy = new double[points * 2];
            for (int i = 0; i < points; i++) {
                xy[2 * i] = b.getDouble();
                xy[2 * i + 1] = b.getDouble();
                for (int d = 2; d < dims; d++) {
                    b.getDouble();
                }
            }
            rings.add(xy);
        }
        return rings;
    }

    /**
     * A count read from WKB, checked against the bytes left (each item takes at least {@code bytesEach}): a
     * damaged count such as 2<sup>31</sup>-1 must not allocate gigabytes before the data runs out.
     */
    private static int count(ByteBuffer b, int bytesEach, String what) {
        int n = b.getInt();
        if (n < 0 || (long) n * bytesEach > b.remaining()) {
            throw new IllegalArgumentException(n + " " + what + " announced, " + b.remaining() + " bytes left");
        }
        return n;
    }

    void write(Path file, String table, Optional<Crs> crs, List<ParcelFeature> parcels) throws IOException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("GeoPackage table name '" + table + "' must be letters, digits and _");
        }
        Files.deleteIfExists(file);
        int srsId = crs.map(x -> x.epsgCode().orElse(CUSTOM_SRS_ID)).orElse(-1);
        Set<String> reserved = Set.of("fid", "geom", "id", "sheet", "plot", "recordedarea");
        Set<String> columns = new LinkedHashSet<>();
        for (ParcelFeature p : parcels) {
            for (String k : p.properties().keySet()) {
                if (!reserved.contains(FeatureAssembler.normalizedName(k)) && !k.isBlank()) {
                    columns.add(k);
                }
            }
        }
        Envelope extent = new Envelope();
        parcels.forEach(p -> extent.expandToInclude(p.geometry().getEnvelopeInternal()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + USER_VERSION);
                s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                        + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                        + " definition TEXT NOT NULL, description TEXT)");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1,"
                        + " 'undefined', 'undefined cartesian coordinate reference system')");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0,"
                        + " 'undefined', 'undefined geographic coordinate reference system')");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '"
                        + WGS84_WKT + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
                s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                        + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                        + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,"
                        + " max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES"
                        + " gpkg_spatial_ref_sys(srs_id))");
                s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                        + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                        + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
                StringBuilder create = new StringBuilder("CREATE TABLE " + quote(table)
                        + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY, id TEXT, sheet TEXT,"
                        + " plot TEXT, recorded_area REAL");
                for (String col : columns) {
                    create.append(", ").append(quote(col)).append(" TEXT");
                }
                s.execute(create.append(')').toString());
            }
            if (crs.isPresent() && srsId != 4326) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)")) {
                    p.setString(1, crs.get().title());
                    p.setInt(2, srsId);
                    p.setString(3, srsId == CUSTOM_SRS_ID ? "PROJ" : "EPSG");
                    p.setInt(4, srsId);
                    p.setString(5, "undefined");
                    p.setString(6, crs.get().proj());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type,"
                    + " identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id)"
                    + " VALUES (?, 'features', ?, '', ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, table);
                p.setString(2, table);
                p.setString(3, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                p.setDouble(4, extent.getMinX());
                p.setDouble(5, extent.getMinY());
                p.setDouble(6, extent.getMaxX());
                p.setDouble(7, extent.getMaxY());
                p.setInt(8, srsId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
                p.setString(1, table);
                p.setString(2, geometryType(parcels));
                p.setInt(3, srsId);
                p.executeUpdate();
            }
            StringBuilder insert = new StringBuilder("INSERT INTO " + quote(table) + " (geom, id, sheet, plot, recorded_area");
            for (String col : columns) {
                insert.append(", ").append(quote(col));
            }
            insert.append(") VALUES (?, ?, ?, ?, ?").append(", ?".repeat(columns.size())).append(')');
            WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
            try (PreparedStatement p = c.prepareStatement(insert.toString())) {
                for (ParcelFeature f : parcels) {
                    p.setBytes(1, encode(f.geometry(), srsId, wkb));
                    p.setString(2, f.id());
                    p.setString(3, f.sheet().orElse(null));
                    p.setString(4, f.plot().orElse(null));
                    if (f.recordedArea().isPresent()) {
                        p.setDouble(5, f.recordedArea().getAsDouble());
                    } else {
                        p.setNull(5, java.sql.Types.REAL);
                    }
                    int i = 6;
                    for (String col : columns) {
                        p.setString(i++, f.properties().get(col));
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException(file + ": cannot write GeoPackage: " + e.getMessage(), e);
        }
    }

    private static String geometryType(List<ParcelFeature> parcels) {
        Set<String> types = new LinkedHashSet<>();
        parcels.forEach(p -> types.add(p.geometry().getGeometryType().toUpperCase(Locale.ROOT)));
        return types.size() == 1 ? types.iterator().next() : "GEOMETRY";
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian, xy envelope, empty bit), srs_id, envelope, WKB. */
    static byte[] encode(Geometry g, int srsId, WKBWriter wkb) {
        byte[] body = wkb.write(g);
        boolean empty = g.isEmpty();
        int envelopeBytes = empty ? 0 : 32;
        ByteBuffer b = ByteBuffer.allocate(8 + envelopeBytes + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (0x01 | (empty ? 0x10 : 0x02)));
        b.putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(body);
        return b.array();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
