package org.parcelrecon.geometry.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.csv.FixedDecimals;
import org.parcelrecon.geometry.compare.ChangeGroup;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.geometry.compare.OffsetEstimate;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.qa.MapFinding;

/**
 * Writes the results of map QA and map comparison, and readers' rejections, as CSV (for people and spreadsheets)
 * and GeoJSON (for QGIS).
 *
 * <p>CSV through core's {@link CsvWriter}, the one CSV writer of the project: a header row, comma-separated,
 * RFC 4180 quoting, {@code \n} line ends, numbers with a dot and a fixed number of decimals (areas 0.01 m²,
 * distances 1 mm, IoU 0.0001, percentages 0.01), NaN written as an empty cell, ids joined with {@code |}. Text cells
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return, and not a plain
 * number) get a leading {@code '}. The {@code Path} methods write a file that starts with a UTF-8 byte-order mark
 * (so Excel reads Vietnamese); the {@code Writer} methods write no mark (the caller owns the stream's start).
 *
 * <p>GeoJSON: a FeatureCollection with a {@code crs} member when the CRS has an EPSG code other than 4326; the same
 * columns as properties (numbers as numbers, NaN as null, id lists as {@code |}-joined strings).
 *
 * <p>Writers do not close the stream or writer they are given; the {@code Path} methods replace the file.
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class ResultFiles {
    /** The comparison CSV's columns, in order. */
    public static final List<String> CHANGE_COLUMNS = List.of("change_type", "old_ids", "new_ids", "renumbered",
            "iou", "area_old_m2", "area_new_m2", "area_change_pct", "hausdorff_m", "centroid_shift_m",
            "old_sheet_plots", "new_sheet_plots", "fast_path", "note");

    /** The map QA CSV's columns, in order. */
    public static final List<String> FINDING_COLUMNS = List.of("type", "parcel_ids", "measure", "detail", "location");

    private ResultFiles() {
    }

    /**
     * One row per change group, columns {@link #CHANGE_COLUMNS}.
     *
     * @param out where the CSV goes
     * @param groups the change groups, in the order to write
     * @throws IOException if the text cannot be written
     */
    public static void writeChangesCsv(Writer out, List<ChangeGroup> groups) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(groups, "groups");
        changeRows(CsvWriter.of(out, CHANGE_COLUMNS), groups).flush();
    }

    /**
     * {@link #writeChangesCsv(Writer, List)} as UTF-8 bytes, without a byte-order mark (the caller owns the stream's
     * start), encoded as the files of {@link #openChanges} are; the stream is flushed, not closed.
     *
     * @param out where the CSV goes
     * @param groups the change groups, in the order to write
     * @throws IOException if the bytes cannot be written
     */
    public static void writeChangesCsv(OutputStream out, List<ChangeGroup> groups) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(groups, "groups");
        changeRows(CsvWriter.of(out, CHANGE_COLUMNS), groups).flush();
    }

    /**
     * {@link #writeChangesCsv(Writer, List)} to a file, with a byte-order mark.
     *
     * @param file the CSV file to write
     * @param groups the change groups, in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeChangesCsv(Path file, List<ChangeGroup> groups) throws IOException {
        Objects.requireNonNull(groups, "groups");
        try (CsvWriter csv = CsvWriter.create(file, CHANGE_COLUMNS)) {
            changeRows(csv, groups);
        }
    }

    private static CsvWriter changeRows(CsvWriter csv, List<ChangeGroup> groups) throws IOException {
        GroupCells cells = new GroupCells();
        for (ChangeGroup g : groups) {
            changeRow(csv, g, cells.of(g));
        }
        return csv;
    }

    /** Each change type's cell, made once, by the type's ordinal. */
    private static final CsvWriter.Cell[] TYPE_CELLS = Arrays.stream(ChangeClass.values())
            .map(t -> CsvWriter.Cell.of(t.name())).toArray(CsvWriter.Cell[]::new);

    /**
     * One row of {@code changes.csv}, cell by cell: numbers go in as numbers (the writer makes their digits in place),
     * joined ids and sheet/plot numbers as {@code cells} made them, so a row makes no {@code String} of its own. The
     * cells hold the text of {@link #number(double, int)} and of {@code String.join} (ResultFilesTest holds the two
     * ways together).
     */
    private static void changeRow(CsvWriter csv, ChangeGroup g, GroupCells cells) throws IOException {
        csv.add(TYPE_CELLS[g.type().ordinal()]).add(cells.oldIds).add(cells.newIds)
                .add(g.renumbered())
                .add(g.iou(), 4)
                .add(g.areaOld(), 2)
                .add(g.areaNew(), 2)
                .add(g.areaChangePct(), 2)
                .add(g.hausdorff(), 3)
                .add(g.centroidShift(), 3)
                .add(cells.oldSheetPlots).add(cells.newSheetPlots)
                .add(g.fastPath()).add(g.note())
                .endRow();
    }

    /**
     * A group's joined ids and sheet/plot numbers, made once for both files: a lone parcel's id is its own
     * {@code String}, anything joined is made in one of four builders reused from group to group (read the cells
     * before the next {@link #of}).
     */
    private static final class GroupCells {
        private final StringBuilder oldIdsText = new StringBuilder(32);
        private final StringBuilder newIdsText = new StringBuilder(32);
        private final StringBuilder oldSheetPlotsText = new StringBuilder(32);
        private final StringBuilder newSheetPlotsText = new StringBuilder(32);
        CharSequence oldIds;
        CharSequence newIds;
        CharSequence oldSheetPlots;
        CharSequence newSheetPlots;

        GroupCells of(ChangeGroup g) {
            oldIds = ids(oldIdsText, g.oldParcels());
            newIds = ids(newIdsText, g.newParcels());
            oldSheetPlots = sheetPlots(oldSheetPlotsText, g.oldParcels());
            newSheetPlots = sheetPlots(newSheetPlotsText, g.newParcels());
            return this;
        }
    }

    /**
     * The change groups as polygons: the new parcels of each group (the old ones for REMOVED), with the CSV's
     * columns as properties and {@code geometry_of} saying which. UNCHANGED groups only when asked.
     *
     * @param out where the GeoJSON goes
     * @param crs the parcels' CRS, if known
     * @param groups the change groups, in the order to write
     * @param includeUnchanged whether UNCHANGED groups are written too
     * @throws IOException if the stream cannot be written
     */
    public static void writeChangesGeoJson(OutputStream out, Optional<Crs> crs, List<ChangeGroup> groups,
                                           boolean includeUnchanged) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(groups, "groups");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        GroupCells cells = new GroupCells();
        try (GeoJsonOutput json = new GeoJsonOutput(buffered, crs)) {
            for (ChangeGroup g : groups) {
                if (includeUnchanged || g.type() != ChangeClass.UNCHANGED) {
                    changeFeature(json, g, cells.of(g));
                }
            }
        }
        buffered.flush();
    }

    /** {@link #CHANGE_COLUMNS} as GeoJSON property names, encoded once, then {@code geometry_of}. */
    private static final GeoJsonOutput.Name[] CHANGE_NAMES = CHANGE_COLUMNS.stream().map(GeoJsonOutput.Name::of)
            .toArray(GeoJsonOutput.Name[]::new);
    private static final GeoJsonOutput.Name GEOMETRY_OF = GeoJsonOutput.Name.of("geometry_of");

    private static void changeFeature(GeoJsonOutput json, ChangeGroup g, GroupCells t) throws IOException {
        boolean useOld = g.newParcels().isEmpty();
        GeoJsonOutput.Name[] n = CHANGE_NAMES;
        json.startFeature(union(useOld ? g.oldParcels() : g.newParcels()));
        json.property(n[0], g.type().name());
        json.property(n[1], t.oldIds.toString());
        json.property(n[2], t.newIds.toString());
        json.property(n[3], g.renumbered());
        json.property(n[4], g.iou());
        json.property(n[5], g.areaOld());
        json.property(n[6], g.areaNew());
        json.property(n[7], g.areaChangePct());
        json.property(n[8], g.hausdorff());
        json.property(n[9], g.centroidShift());
        json.property(n[10], t.oldSheetPlots.toString());
        json.property(n[11], t.newSheetPlots.toString());
        json.property(n[12], g.fastPath());
        json.property(n[13], g.note());
        json.property(GEOMETRY_OF, useOld ? "old" : "new");
        json.endFeature();
    }

    /**
     * Opens {@code changes.csv} and {@code changes.geojson} for writing change groups a batch at a time (a
     * comparison run commune by commune), as {@link #writeChangesCsv(Path, List)} and
     * {@link #writeChangesGeoJson} (without UNCHANGED groups) would write them all at once.
     *
     * @param csvFile     where {@code changes.csv} goes
     * @param geoJsonFile where {@code changes.geojson} goes
     * @param crs         the CRS the GeoJSON names, when known
     * @return the writer; close it to end both files
     * @throws IOException if a file cannot be created
     */
    public static ChangeWriter openChanges(Path csvFile, Path geoJsonFile, Optional<Crs> crs) throws IOException {
        Objects.requireNonNull(csvFile, "csvFile");
        Objects.requireNonNull(geoJsonFile, "geoJsonFile");
        Objects.requireNonNull(crs, "crs");
        CsvWriter csv = CsvWriter.create(csvFile, CHANGE_COLUMNS);
        try {
            OutputStream o = new BufferedOutputStream(java.nio.file.Files.newOutputStream(geoJsonFile), 1 << 16);
            return new ChangeWriter(csv, o, new GeoJsonOutput(o, crs));
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /** Change groups written as they come, to the two files of {@link #openChanges}; closing ends both files. */
    public static final class ChangeWriter implements AutoCloseable {
        private final CsvWriter csv;
        private final OutputStream geoJsonStream;
        private final GeoJsonOutput geoJson;
        private final GroupCells cells = new GroupCells();

        private ChangeWriter(CsvWriter csv, OutputStream geoJsonStream, GeoJsonOutput geoJson) {
            this.csv = csv;
            this.geoJsonStream = geoJsonStream;
            this.geoJson = geoJson;
        }

        /**
         * Appends groups to both files.
         *
         * @param groups the change groups, in the order to write them
         * @throws IOException if writing fails
         */
        public void write(List<ChangeGroup> groups) throws IOException {
            for (ChangeGroup g : groups) {
                changeRow(csv, g, cells.of(g));
                if (g.type() != ChangeClass.UNCHANGED) {
                    changeFeature(geoJson, g, cells);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (CsvWriter c = csv; OutputStream o = geoJsonStream) {
                geoJson.close();
            }
        }
    }

    private static final List<String> OFFSET_COLUMNS = List.of("scope", "dx_m", "dy_m", "pairs", "spread_m");

    /**
     * The offsets removed before comparing: {@code scope,dx_m,dy_m,pairs,spread_m}.
     *
     * @param out where the CSV goes
     * @param offsets the offsets, in the order to write
     * @throws IOException if the text cannot be written
     */
    public static void writeOffsetsCsv(Writer out, List<OffsetEstimate> offsets) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(offsets, "offsets");
        offsetRows(CsvWriter.of(out, OFFSET_COLUMNS), offsets).flush();
    }

    /**
     * {@link #writeOffsetsCsv(Writer, List)} to a file, with a byte-order mark.
     *
     * @param file the CSV file to write
     * @param offsets the offsets, in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeOffsetsCsv(Path file, List<OffsetEstimate> offsets) throws IOException {
        Objects.requireNonNull(offsets, "offsets");
        try (CsvWriter csv = CsvWriter.create(file, OFFSET_COLUMNS)) {
            offsetRows(csv, offsets);
        }
    }

    private static CsvWriter offsetRows(CsvWriter csv, List<OffsetEstimate> offsets) throws IOException {
        for (OffsetEstimate o : offsets) {
            csv.row(o.scope(), number(o.dx(), 3), number(o.dy(), 3), String.valueOf(o.pairs()), number(o.spread(), 3));
        }
        return csv;
    }

    /**
     * One row per finding, columns {@link #FINDING_COLUMNS}; the location as WKT.
     *
     * @param out where the CSV goes
     * @param findings the map-QA findings, in the order to write
     * @throws IOException if the text cannot be written
     */
    public static void writeFindingsCsv(Writer out, List<MapFinding> findings) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(findings, "findings");
        findingRows(CsvWriter.of(out, FINDING_COLUMNS), findings).flush();
    }

    /**
     * {@link #writeFindingsCsv(Writer, List)} to a file, with a byte-order mark.
     *
     * @param file the CSV file to write
     * @param findings the map-QA findings, in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeFindingsCsv(Path file, List<MapFinding> findings) throws IOException {
        Objects.requireNonNull(findings, "findings");
        try (CsvWriter csv = CsvWriter.create(file, FINDING_COLUMNS)) {
            findingRows(csv, findings);
        }
    }

    private static CsvWriter findingRows(CsvWriter csv, List<MapFinding> findings) throws IOException {
        for (MapFinding f : findings) {
            csv.row(f.type().name(), String.join("|", f.parcelIds()), number(f.measure(), 3), f.detail(),
                    f.locationWkt());
        }
        return csv;
    }

    /**
     * The findings as points at their locations (findings without one get a null geometry).
     *
     * @param out where the GeoJSON goes
     * @param crs the findings' CRS, if known
     * @param findings the map-QA findings, in the order to write
     * @throws IOException if the stream cannot be written
     */
    public static void writeFindingsGeoJson(OutputStream out, Optional<Crs> crs, List<MapFinding> findings)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(findings, "findings");
        GeometryFactory factory = new GeometryFactory();
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try (GeoJsonOutput json = new GeoJsonOutput(buffered, crs)) {
            for (MapFinding f : findings) {
                boolean located = Double.isFinite(f.x()) && Double.isFinite(f.y());
                json.startFeature(located ? factory.createPoint(new org.locationtech.jts.geom.Coordinate(f.x(), f.y()))
                        : null);
                json.property("type", f.type().name());
                json.property("parcel_ids", String.join("|", f.parcelIds()));
                json.property("measure", f.measure());
                json.property("detail", f.detail());
                json.endFeature();
            }
        }
        buffered.flush();
    }

    private static final List<String> REJECTED_COLUMNS = List.of("source", "index", "line", "id", "reason",
            "message");

    /**
     * Readers' rejections: {@code source,index,line,id,reason,message}.
     *
     * @param out where the CSV goes
     * @param rejected the readers' rejections, in the order to write
     * @throws IOException if the text cannot be written
     */
    public static void writeRejectedCsv(Writer out, List<RejectedFeature> rejected) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(rejected, "rejected");
        rejectedRows(CsvWriter.of(out, REJECTED_COLUMNS), rejected).flush();
    }

    /**
     * {@link #writeRejectedCsv(Writer, List)} to a file, with a byte-order mark.
     *
     * @param file the CSV file to write
     * @param rejected the readers' rejections, in the order to write
     * @throws IOException if the file cannot be written
     */
    public static void writeRejectedCsv(Path file, List<RejectedFeature> rejected) throws IOException {
        Objects.requireNonNull(rejected, "rejected");
        try (CsvWriter csv = CsvWriter.create(file, REJECTED_COLUMNS)) {
            rejectedRows(csv, rejected);
        }
    }

    private static CsvWriter rejectedRows(CsvWriter csv, List<RejectedFeature> rejected) throws IOException {
        for (RejectedFeature r : rejected) {
            csv.row(r.source(), String.valueOf(r.index()), r.line() > 0 ? String.valueOf(r.line()) : "",
                    r.id().orElse(""), r.reason().name(), r.message());
        }
        return csv;
    }

    /**
     * The parcels' sheet/plot numbers joined with {@code |} (an empty piece for a parcel without; empty if none has),
     * made in {@code b} (emptied first).
     */
    private static CharSequence sheetPlots(StringBuilder b, List<ParcelFeature> parcels) {
        b.setLength(0);
        boolean any = false;
        for (int i = 0; i < parcels.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            ParcelFeature p = parcels.get(i);
            if (p.sheet().isPresent() && p.plot().isPresent()) {
                b.append(p.sheet().get()).append('/').append(p.plot().get()); // as ParcelFeature.sheetPlot()
                any = true;
            }
        }
        if (!any) {
            b.setLength(0);
        }
        return b;
    }

    /**
     * The parcels' ids joined with {@code |} (as {@code String.join("|", ChangeGroup.oldIds())}): the id itself for one
     * parcel, else joined in {@code b} (emptied first).
     */
    private static CharSequence ids(StringBuilder b, List<ParcelFeature> parcels) {
        if (parcels.size() == 1) {
            return parcels.get(0).id();
        }
        b.setLength(0);
        for (int i = 0; i < parcels.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(parcels.get(i).id());
        }
        return b;
    }

    private static Geometry union(List<ParcelFeature> parcels) {
        List<Polygon> polygons = new ArrayList<>();
        GeometryFactory factory = parcels.get(0).geometry().getFactory();
        for (ParcelFeature p : parcels) {
            Geometry g = p.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon poly && !poly.isEmpty()) {
                    polygons.add(poly);
                }
            }
        }
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /** A number with a fixed number of decimals, trailing zeros dropped; empty for NaN or infinity. */
    static String number(double v, int decimals) {
        return FixedDecimals.format(v, decimals);
    }
}
