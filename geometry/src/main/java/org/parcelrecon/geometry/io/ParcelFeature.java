package org.parcelrecon.geometry.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Geometry;

/**
 * One parcel read from a map file: its id, polygon, map sheet and plot numbers, recorded area and other attributes.
 *
 * <p>The geometry is polygonal ({@code Polygon} or {@code MultiPolygon}), non-empty and has finite coordinates, but
 * may be invalid (self-intersecting, ...): map QA repairs and reports that. Structural defects the reader had to
 * mend before a JTS geometry could exist at all (an unclosed ring, a ring with fewer than 4 points) are listed in
 * {@link #readRepairs()}. The geometry must not be mutated (JTS geometries are mutable; treat this one as frozen).
 *
 * <p>Sheet and plot are the text as written, trimmed, with numbers written as JSON numbers rendered without a
 * fraction ({@code 12.0} becomes {@code "12"}). Example: a GeoJSON feature with properties
 * {@code {"so_to": 12, "so_thua": "045", "dien_tich": 152.3, "loai_dat": "ONT"}} gives sheet {@code "12"}, plot
 * {@code "045"}, recorded area 152.3 and properties holding all four attributes in file order.
 *
 * @param id           the parcel id (see {@link ReadOptions} for how it is chosen); never blank: a feature without a
 *                     usable one is given {@code "#n"} (n its 1-based position in the file) and
 *                     {@link ReadRepair#ID_MISSING}
 * @param geometry     the parcel polygon in the layer's CRS
 * @param sheet        the map sheet number (số tờ), when the file has one
 * @param plot         the plot number on the sheet (số thửa), when the file has one
 * @param recordedArea the area recorded in the attributes (m²), when the file has one
 * @param properties   all attributes as text, in file order (JSON objects and arrays as JSON text; nulls left out)
 * @param index        0-based position of the feature in the file
 * @param readRepairs  structural repairs the reader made, in order (usually empty)
 */
public record ParcelFeature(String id, Geometry geometry, Optional<String> sheet, Optional<String> plot,
                            OptionalDouble recordedArea, Map<String, String> properties, int index,
                            List<ReadRepair> readRepairs) {
    /**
     * Checks that the id is not blank and nothing is null; copies the attributes (in their order) and repairs,
     * unless they are already immutable copies (those of another parcel, or a reader's), which are kept as they are.
     *
     * @param id the parcel id (see {@link ReadOptions} for how it is chosen); never blank: a feature without a usable
     *     one is given {@code "#n"} (n its 1-based position in the file) and {@link ReadRepair#ID_MISSING}
     * @param geometry the parcel polygon in the layer's CRS
     * @param sheet the map sheet number (số tờ), when the file has one
     * @param plot the plot number on the sheet (số thửa), when the file has one
     * @param recordedArea the area recorded in the attributes (m²), when the file has one
     * @param properties all attributes as text, in file order (JSON objects and arrays as JSON text; nulls left out)
     * @param index 0-based position of the feature in the file
     * @param readRepairs structural repairs the reader made, in order (usually empty)
     */
    public ParcelFeature {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("parcel id is blank (feature " + index + ")");
        }
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(recordedArea, "recordedArea");
        properties = Attributes.copyOf(Objects.requireNonNull(properties, "properties"));
        readRepairs = List.copyOf(readRepairs);
    }

    /** {@return whether the reader found no usable id and made {@link #id()} up ({@link ReadRepair#ID_MISSING})} */
    public boolean idMissing() {
        // asked for every parcel in several places of a comparison; nearly every parcel has no repairs
        return !readRepairs.isEmpty() && readRepairs.contains(ReadRepair.ID_MISSING);
    }

    /**
     * {@return a parcel with only an id and a geometry (for hosts and tests that build parcels in code)}
     *
     * @param id the parcel id (see {@link ReadOptions} for how it is chosen); never blank: a feature without a usable
     *     one is given {@code "#n"} (n its 1-based position in the file) and {@link ReadRepair#ID_MISSING}
     * @param geometry the parcel polygon in the layer's CRS
     */
    public static ParcelFeature of(String id, Geometry geometry) {
        return new ParcelFeature(id, geometry, Optional.empty(), Optional.empty(), OptionalDouble.empty(), Map.of(), 0,
                List.of());
    }

    /**
     * {@return the same parcel with another geometry (e.g. transformed or repaired)}
     *
     * @param newGeometry the geometry in its place
     */
    public ParcelFeature withGeometry(Geometry newGeometry) {
        return new ParcelFeature(id, newGeometry, sheet, plot, recordedArea, properties, index, readRepairs);
    }

    /**
     * {@return the same parcel with sheet and plot numbers}
     *
     * @param newSheet the map sheet number (số tờ) as written
     * @param newPlot the plot number (số thửa) as written
     */
    public ParcelFeature withSheetPlot(String newSheet, String newPlot) {
        return new ParcelFeature(id, geometry, Optional.ofNullable(newSheet), Optional.ofNullable(newPlot),
                recordedArea, properties, index, readRepairs);
    }

    /**
     * {@return the same parcel with a recorded area}
     *
     * @param area the area the map records for the parcel, in m²
     */
    public ParcelFeature withRecordedArea(double area) {
        return new ParcelFeature(id, geometry, sheet, plot, OptionalDouble.of(area), properties, index, readRepairs);
    }

    /**
     * {@code sheet/plot} for comparing numbers, when both are known: trimmed, upper case, leading zeros of each
     * removed, so {@code ("012", "045")} and {@code ("12", "45")} both give {@code "12/45"}, and
     * {@code ("AB", "0039")} gives {@code "AB/39"}.
     *
     * @return the normalised key; empty when sheet or plot is unknown
     */
    public Optional<String> sheetPlotKey() {
        return sheet.isPresent() && plot.isPresent()
                ? Optional.of(numberKey(sheet.get()) + "/" + numberKey(plot.get())) : Optional.empty();
    }

    private static String numberKey(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        int k = 0;
        while (k < t.length() - 1 && t.charAt(k) == '0') {
            k++;
        }
        return t.substring(k);
    }

    /**
     * {@code sheet/plot}, e.g. {@code "12/45"}, as written, when both are known.
     *
     * @return the numbers as written; empty when sheet or plot is unknown
     */
    public Optional<String> sheetPlot() {
        return sheet.isPresent() && plot.isPresent() ? Optional.of(sheet.get() + "/" + plot.get()) : Optional.empty();
    }
}
