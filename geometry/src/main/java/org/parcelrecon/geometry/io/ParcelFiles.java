package org.parcelrecon.geometry.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;
import org.parcelrecon.geometry.crs.Crs;

/**
 * Reads parcel maps from GeoJSON, GeoPackage and CSV-with-WKT files, and writes them to GeoPackage and GeoJSON.
 *
 * <p>Readers never stop at a bad feature: each comes back as a {@link RejectedFeature} with file, position and
 * reason beside the good ones in a {@link ParcelLayer}. A file that is broken as a file (malformed JSON, an
 * unclosed quote in a CSV, empty, not a FeatureCollection, no WKT column) throws {@link MalformedMapException}
 * naming file, line and column: the features before the break are not returned, since a map cut short would pass
 * for a map whose later parcels were removed. {@link IOException} is also thrown when the file cannot be opened
 * or is not of the expected kind at all (not a GeoPackage, no feature table). A well-formed file with no features
 * gives an empty layer.
 *
 * <pre>{@code
 * ParcelLayer old = ParcelFiles.read(Path.of("map2012.geojson"),
 *         ReadOptions.DEFAULTS.withSourceCrs(Crs.parse("vn2000:quang-ninh")));
 * old.features().size();   // parcels
 * old.rejected();          // e.g. [map2012.geojson:815 EMPTY_GEOMETRY the geometry is empty]
 * }</pre>
 *
 * <p>ESRI Shapefiles are not read here (no well-kept Maven Central library reads .shp/.dbf with the .cpg code page);
 * convert them first: {@code ogr2ogr -f GeoJSON map.geojson map.shp} (add {@code -t_srs} only if you also want a
 * reprojection; GDAL honours the .cpg file).
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class ParcelFiles {
    /** The geometry factory of every reader. */
    static final GeometryFactory FACTORY = new GeometryFactory();

    private ParcelFiles() {
    }

    /**
     * Reads a parcel map, choosing the format by file extension: {@code .geojson}/{@code .json} GeoJSON,
     * {@code .gpkg} GeoPackage, {@code .csv}/{@code .tsv} CSV with a WKT column ({@code .tsv} tab-separated).
     *
     * @throws IOException if the file cannot be read, or its extension is not one of those (a {@code .shp} gets
     *                     the ogr2ogr command to convert it)
     * @param file the map file
     * @param options attribute names, CRS, layer and CSV settings
     * @return the parcels read, the rejected features and the warnings
     */
    public static ParcelLayer read(Path file, ReadOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            ParcelLayer fast = GeoJsonCommuneIndex.readWhole(file, options);
            if (fast != null) {
                return fast;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return readGeoJson(in, String.valueOf(file.getFileName()), options);
            }
        }
        if (name.endsWith(".gpkg")) {
            return readGeoPackage(file, options);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            ReadOptions o = name.endsWith(".tsv") ? options.withCsvDelimiter('\t') : options;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return readWktCsv(in, String.valueOf(file.getFileName()), o);
            } catch (MalformedMapException e) {
                throw WktCsvParcelReader.withQuoteColumn(e, file, o.csvDelimiter());
            }
        }
        if (name.endsWith(".shp")) {
            throw new IOException(file + ": Shapefiles are not read directly; convert it with"
                    + " ogr2ogr -f GeoJSON " + name.replaceAll("\\.shp$", ".geojson") + " " + file.getFileName());
        }
        throw new IOException(file + ": unknown map format; expected .geojson, .json, .gpkg, .csv or .tsv");
    }

    /**
     * Reads a GeoJSON FeatureCollection (UTF-8), streaming, with an optional {@code crs} member.
     *
     * @param in the GeoJSON bytes
     * @param sourceName the source's name in messages and rejections
     * @param options attribute names, CRS and the like
     * @return the parcels read, the rejected features and the warnings
     * @throws IOException if the stream cannot be read, or is not GeoJSON at all
     */
    public static ParcelLayer readGeoJson(InputStream in, String sourceName, ReadOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        return new GeoJsonParcelReader(FACTORY).read(in, sourceName, options);
    }

    /** {@link #readGeoJson} of part of a file, its i-th feature being the file's {@code fileIndex[i]}. */
    static ParcelLayer readGeoJsonPart(InputStream in, String sourceName, ReadOptions options, int[] fileIndex)
            throws IOException {
        return new GeoJsonParcelReader(FACTORY).read(in, sourceName, options, fileIndex);
    }

    /**
     * Reads one feature table of a GeoPackage ({@link ReadOptions#withLayer}, default the first by name).
     *
     * @param file the GeoPackage file
     * @param options the table to read, attribute names, CRS
     * @return the parcels read, the rejected features and the warnings
     * @throws IOException if the file cannot be opened as a GeoPackage or has no feature table
     */
    public static ParcelLayer readGeoPackage(Path file, ReadOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return new GeoPackageIo(FACTORY).read(file, options);
    }

    /**
     * Reads a CSV file with a header row, the geometry as WKT in one column ({@link ReadOptions#withWktColumn},
     * default detected) and attributes in the others. Its CRS is the options' source CRS, else unknown.
     *
     * @param in the CSV text
     * @param sourceName the source's name in messages and rejections
     * @param options the WKT column, delimiter, attribute names, CRS
     * @return the parcels read, the rejected rows and the warnings
     * @throws IOException if the text cannot be read or has no header row
     */
    public static ParcelLayer readWktCsv(Reader in, String sourceName, ReadOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        return new WktCsvParcelReader(FACTORY).read(in, sourceName, options);
    }

    /**
     * Writes parcels as a GeoPackage with one feature table (replacing the file): columns {@code fid, geom, id,
     * sheet, plot, recorded_area}, then every other attribute as TEXT. The CRS is recorded by EPSG code, or, for a
     * CRS without one, as organisation {@code PROJ} with the proj string as description (read back by
     * {@link #readGeoPackage}). Attributes whose names clash with the fixed columns are left out.
     *
     * @throws IllegalArgumentException if {@code table} is not a plain identifier ({@code [A-Za-z_][A-Za-z0-9_]*})
     * @param file the GeoPackage to write
     * @param table the feature table's name
     * @param crs the parcels' CRS, if known
     * @param parcels the parcels, in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeGeoPackage(Path file, String table, Optional<Crs> crs, List<ParcelFeature> parcels)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(parcels, "parcels");
        new GeoPackageIo(FACTORY).write(file, table, crs, parcels);
    }

    /**
     * Writes parcels as a GeoJSON FeatureCollection (UTF-8): feature {@code id}, then properties {@code id,
     * sheet, plot, recorded_area} and every attribute; a {@code crs} member when the CRS has an EPSG code other
     * than 4326. The stream is not closed.
     *
     * @param out where the GeoJSON goes
     * @param crs the parcels' CRS, if known
     * @param parcels the parcels, in the order to write
     * @throws IOException if the stream cannot be written
     */
    public static void writeGeoJson(OutputStream out, Optional<Crs> crs, List<ParcelFeature> parcels)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(parcels, "parcels");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try (GeoJsonOutput json = new GeoJsonOutput(buffered, crs)) {
            for (ParcelFeature p : parcels) {
                json.startFeature(p.geometry());
                json.property("id", p.id());
                json.property("sheet", p.sheet().orElse(null));
                json.property("plot", p.plot().orElse(null));
                json.property("recorded_area", p.recordedArea().isPresent() ? p.recordedArea().getAsDouble() : Double.NaN);
                for (Map.Entry<String, String> e : p.properties().entrySet()) {
                    String k = FeatureAssembler.normalizedName(e.getKey());
                    if (!k.equals("id") && !k.equals("sheet") && !k.equals("plot") && !k.equals("recordedarea")) {
                        json.property(e.getKey(), e.getValue());
                    }
                }
                json.endFeature();
            }
        }
        buffered.flush();
    }
}
