package org.parcelrecon.geometry.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Reads parcels from a CSV file with the geometry as WKT in one column and the attributes in the others. */
final class WktCsvParcelReader {
    private static final List<String> WKT_NAMES = List.of("wkt", "geometry", "geom", "thegeom", "shape");

    private final GeometryFactory factory;

    WktCsvParcelReader(GeometryFactory factory) {
        this.factory = factory;
    }

    ParcelLayer read(Reader in, String source, ReadOptions options) throws IOException {
        FeatureAssembler out = new FeatureAssembler(source, options);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.csvDelimiter())
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        WKTReader strict = new WKTReader(factory);
        int index = 0;
        Reader reader = in.markSupported() ? in : new java.io.BufferedReader(in);
        reader.mark(1);
        if (reader.read() != '\uFEFF') { // a byte-order mark (as our own CSV files start) is not part of a name
            reader.reset();
        }
        CSVParser opened;
        try {
            opened = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new MalformedMapException(source, 1, 0, "malformed CSV in the header row (" + cause.getMessage()
                    + "); repair the header and run again");
        } catch (IOException e) { // commons-csv reports an unclosed quote in the header this way
            throw new MalformedMapException(source, 1, 0, "malformed CSV in the header row (" + e.getMessage()
                    + "); an unclosed quote makes the rest of the file one name: repair the header and run again");
        }
        try (CSVParser parser = opened) {
            List<String> header = parser.getHeaderNames();
            String wktColumn = wktColumn(header, options);
            if (header.isEmpty()) {
                throw new MalformedMapException(source, 0, 0, "the file is empty; expected a header row and one"
                        + " parcel per row with the geometry as WKT");
            }
            if (wktColumn == null) {
                throw new MalformedMapException(source, 1, 0, "no WKT column: expected one of " + WKT_NAMES
                        + (options.wktColumn().map(c -> " or '" + c + "'").orElse("")) + ", found " + header
                        + "; name the column with the geometry");
            }
            long previousLine = parser.getCurrentLineNumber();
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                    throw new MalformedMapException(source, previousLine + 1, 0, "malformed CSV in the row that"
                            + " starts on this line, after " + index + " rows (" + cause.getMessage() + "); an"
                            + " unclosed quote makes the rest of the file one cell: the map was not used, repair"
                            + " the file at that place and run again");
                }
                long line = previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    out.reject(index, line, null, RejectReason.WRONG_CELL_COUNT, "the row has " + record.size()
                            + " cells; the header has " + header.size());
                    index++;
                    continue;
                }
                Map<String, String> properties = new LinkedHashMap<>();
                String wkt = null;
                for (int i = 0; i < header.size(); i++) {
                    String name = header.get(i);
                    if (name.equals(wktColumn)) {
                        wkt = record.get(i);
                    } else if (!name.isEmpty()) {
                        properties.put(name, record.get(i));
                    }
                }
                List<ReadRepair> repairs = new ArrayList<>();
                Geometry g = null;
                BadGeometryException failure = null;
                if (wkt != null && !wkt.isBlank()) {
                    try {
                        g = parse(wkt, strict, repairs);
                    } catch (BadGeometryException e) {
                        failure = e;
                    }
                }
                out.add(index, line, null, properties, g, failure, repairs);
                index++;
            }
        }
        return out.finish(Optional.empty(), null, false);
    }

    /**
     * The failure with the column of the quote that opens the field where the quoting goes wrong, found by
     * reading that line of the file again (only after a failure; a {@link Reader} cannot be read twice). The failure
     * unchanged when it has a column already, or the line shows no open quote.
     */
    static MalformedMapException withQuoteColumn(MalformedMapException e, Path file, char delimiter) {
        if (e.column() > 0 || e.line() <= 0) {
            return e;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Optional<String> text = lines.skip(e.line() - 1).findFirst();
            int column = text.map(t -> openQuoteColumn(t, delimiter)).orElse(0);
            return column == 0 ? e : new MalformedMapException(e.source(), e.line(), column, e.reason());
        } catch (IOException | UncheckedIOException again) {
            return e;
        }
    }

    /**
     * 1-based column of the quote opening the field where the line's quoting goes wrong: a field the line leaves
     * open, or one whose closing quote is followed by text ({@code "1,"POLYGON...}); 0 if the quoting is sound.
     */
    static int openQuoteColumn(String line, char delimiter) {
        boolean quoted = false;
        boolean fieldStart = true;
        int opened = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    char next = i + 1 < line.length() ? line.charAt(i + 1) : delimiter;
                    if (next == '"') {
                        i++;
                    } else if (next != delimiter && next != '\r') {
                        return opened;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == delimiter) {
                fieldStart = true;
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                opened = i + 1;
            }
            fieldStart = false;
        }
        return quoted ? opened : 0;
    }

    private static String wktColumn(List<String> header, ReadOptions options) {
        if (options.wktColumn().isPresent()) {
            for (String h : header) {
                if (h.equalsIgnoreCase(options.wktColumn().get())) {
                    return h;
                }
            }
            return null;
        }
        for (String candidate : WKT_NAMES) {
            for (String h : header) {
                if (FeatureAssembler.normalizedName(h).equals(candidate)) {
                    return h;
                }
            }
        }
        return null;
    }

    private Geometry parse(String wkt, WKTReader strict, List<ReadRepair> repairs) throws BadGeometryException {
        try {
            return strict.read(wkt);
        } catch (ParseException e) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKT: " + e.getMessage());
        } catch (IllegalArgumentException structural) {
            // an unclosed or short ring: JTS refuses it; read the rings here and mend them like the other readers
            return lenient(wkt, structural, repairs);
        }
    }

    /** POLYGON and MULTIPOLYGON text read ring by ring (innermost parentheses), through {@link LenientPolygons}. */
    private Geometry lenient(String wkt, IllegalArgumentException cause, List<ReadRepair> repairs)
            throws BadGeometryException {
        String head = wkt.strip().toUpperCase(java.util.Locale.ROOT);
        boolean multi = head.startsWith("MULTIPOLYGON");
        if (!multi && !head.startsWith("POLYGON")) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKT: " + cause.getMessage());
        }
        int ringDepth = multi ? 3 : 2;
        List<Polygon> polygons = new ArrayList<>();
        List<double[]> rings = new ArrayList<>();
        int depth = 0;
        int ringStart = -1;
        for (int i = 0; i < wkt.length(); i++) {
            char c = wkt.charAt(i);
            if (c == '(') {
                depth++;
                if (depth == ringDepth) {
                    ringStart = i + 1;
                }
            } else if (c == ')') {
                if (depth == ringDepth) {
                    rings.add(points(wkt.substring(ringStart, i)));
                } else if (depth == ringDepth - 1) {
                    LenientPolygons.addPolygon(polygons, factory, rings, repairs);
                    rings = new ArrayList<>();
                }
                depth--;
            }
        }
        return LenientPolygons.polygonal(factory, polygons, !multi);
    }

    private static double[] points(String text) throws BadGeometryException {
        String[] points = text.split(",");
        double[] xy = new double[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            String[] ordinates = points[i].strip().split("\\s+");
            if (ordinates.length < 2) {
                throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKT point '" + points[i] + "'");
            }
            try {
                xy[2 * i] = Double.parseDouble(ordinates[0]);
                xy[2 * i + 1] = Double.parseDouble(ordinates[1]);
            } catch (NumberFormatException e) {
                throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "bad WKT number in '" + points[i] + "'");
            }
        }
        return xy;
    }
}
