package org.parcelrecon.geometry.io;

import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.geometry.crs.Crs;

/**
 * How to read a parcel map: which attributes hold the id, sheet, plot and recorded area, and which CRS to read and
 * to return. Immutable: each {@code with...} method returns a new instance (calling it and ignoring the result
 * changes nothing), so {@link #DEFAULTS} is safe to share.
 *
 * <h2>Attribute detection (when not set)</h2>
 * Names are compared ignoring case, underscores, spaces and hyphens; the first candidate present wins.
 * <ul>
 *   <li>id: the GeoJSON feature {@code id} member, then {@code id, parcel_id, ma_thua, objectid, fid, gid}, then
 *       {@code sheet/plot} when both are known; otherwise (or when a set id property is absent from the feature) the
 *       feature keeps a synthetic id {@code "#n"} and {@link ReadRepair#ID_MISSING}: it is land all the same.</li>
 *   <li>Values without any letter or digit ({@code "-"}, {@code "---"}) count as absent; so do the id
 *       placeholders {@code NO_ID}, {@code NOID}, {@code NULL}, {@code NONE}, {@code N/A}, {@code NA}, {@code NaN}
 *       (any case, any punctuation).</li>
 *   <li>sheet: {@code so_to, SoHieuToBanDo, shbando, to_ban_do, sheet, map_sheet, to, map, section}</li>
 *   <li>plot: {@code so_thua, SoThuTuThua, shthua, plot, thua, lot, numero}</li>
 *   <li>recorded area: {@code dien_tich, DienTich, dien_tich_phap_ly, contenance, recorded_area, area}</li>
 * </ul>
 *
 * <h2>CRS</h2>
 * {@link #withSourceCrs} says which CRS the file's coordinates are in and overrides what the file declares (with a
 * layer warning when they differ). Without it the file's declaration is used (GeoJSON {@code crs} member, GeoPackage
 * {@code gpkg_spatial_ref_sys}); a GeoJSON file with neither is taken as WGS 84 when its coordinates look like
 * degrees, else its CRS stays unknown. {@link #withTargetCrs} transforms the parcels into that CRS.
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.DEFAULTS.withIdProperty("ML").withTargetCrs(Crs.parse("vn2000:quang-ninh"));
 * }</pre>
 *
 * <p>Thread-safe, being immutable.
 */
public final class ReadOptions {
    /** Detect everything, keep the file's CRS, comma-separated CSV. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, null, null, null, null, null, ',');

    private final String idProperty;
    private final String sheetProperty;
    private final String plotProperty;
    private final String areaProperty;
    private final Crs sourceCrs;
    private final Crs targetCrs;
    private final String layer;
    private final String wktColumn;
    private final char csvDelimiter;

    private ReadOptions(String idProperty, String sheetProperty, String plotProperty, String areaProperty,
                        Crs sourceCrs, Crs targetCrs, String layer, String wktColumn, char csvDelimiter) {
        this.idProperty = idProperty;
        this.sheetProperty = sheetProperty;
        this.plotProperty = plotProperty;
        this.areaProperty = areaProperty;
        this.sourceCrs = sourceCrs;
        this.targetCrs = targetCrs;
        this.layer = layer;
        this.wktColumn = wktColumn;
        this.csvDelimiter = csvDelimiter;
    }

    /**
     * {@return options with the id taken from this attribute (exact name, case-insensitive)}
     *
     * @param name the attribute's name
     */
    public ReadOptions withIdProperty(String name) {
        return new ReadOptions(name(name, "idProperty"), sheetProperty, plotProperty, areaProperty, sourceCrs,
                targetCrs, layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options with the sheet number taken from this attribute}
     *
     * @param name the attribute's name
     */
    public ReadOptions withSheetProperty(String name) {
        return new ReadOptions(idProperty, name(name, "sheetProperty"), plotProperty, areaProperty, sourceCrs,
                targetCrs, layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options with the plot number taken from this attribute}
     *
     * @param name the attribute's name
     */
    public ReadOptions withPlotProperty(String name) {
        return new ReadOptions(idProperty, sheetProperty, name(name, "plotProperty"), areaProperty, sourceCrs,
                targetCrs, layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options with the recorded area (m²) taken from this attribute}
     *
     * @param name the attribute's name
     */
    public ReadOptions withAreaProperty(String name) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, name(name, "areaProperty"), sourceCrs,
                targetCrs, layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options reading the file's coordinates in this CRS, whatever the file declares}
     *
     * @param crs the CRS the coordinates are in
     */
    public ReadOptions withSourceCrs(Crs crs) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, areaProperty, Objects.requireNonNull(crs, "crs"),
                targetCrs, layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options returning parcels transformed into this CRS}
     *
     * @param crs the CRS to transform into
     */
    public ReadOptions withTargetCrs(Crs crs) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, areaProperty, sourceCrs,
                Objects.requireNonNull(crs, "crs"), layer, wktColumn, csvDelimiter);
    }

    /**
     * {@return options reading this GeoPackage table (default: the only feature table, else the first by name)}
     *
     * @param table the feature table's name
     */
    public ReadOptions withLayer(String table) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, areaProperty, sourceCrs, targetCrs,
                name(table, "layer"), wktColumn, csvDelimiter);
    }

    /**
     * {@return options reading WKT from this CSV column (default: {@code wkt, geometry, geom, the_geom, shape})}
     *
     * @param column the column's name
     */
    public ReadOptions withWktColumn(String column) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, areaProperty, sourceCrs, targetCrs, layer,
                name(column, "wktColumn"), csvDelimiter);
    }

    /**
     * {@return options reading CSV with this delimiter (default {@code ','})}
     *
     * @param delimiter the field separator, e.g. {@code ';'} or a tab
     */
    public ReadOptions withCsvDelimiter(char delimiter) {
        return new ReadOptions(idProperty, sheetProperty, plotProperty, areaProperty, sourceCrs, targetCrs, layer,
                wktColumn, delimiter);
    }

    /** {@return the attribute the id is read from; empty to detect it} */
    public Optional<String> idProperty() {
        return Optional.ofNullable(idProperty);
    }

    /** {@return the attribute the sheet number is read from; empty to detect it} */
    public Optional<String> sheetProperty() {
        return Optional.ofNullable(sheetProperty);
    }

    /** {@return the attribute the plot number is read from; empty to detect it} */
    public Optional<String> plotProperty() {
        return Optional.ofNullable(plotProperty);
    }

    /** {@return the attribute the recorded area is read from; empty to detect it} */
    public Optional<String> areaProperty() {
        return Optional.ofNullable(areaProperty);
    }

    /** {@return the CRS the coordinates are read in, whatever the file declares; empty to take the file's} */
    public Optional<Crs> sourceCrs() {
        return Optional.ofNullable(sourceCrs);
    }

    /** {@return the CRS parcels are transformed into; empty to keep the file's} */
    public Optional<Crs> targetCrs() {
        return Optional.ofNullable(targetCrs);
    }

    /** {@return the GeoPackage table to read; empty for the default} */
    public Optional<String> layer() {
        return Optional.ofNullable(layer);
    }

    /** {@return the CSV column holding WKT; empty to detect it} */
    public Optional<String> wktColumn() {
        return Optional.ofNullable(wktColumn);
    }

    /** {@return the CSV field separator} */
    public char csvDelimiter() {
        return csvDelimiter;
    }

    private static String name(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return value.strip();
    }
}
