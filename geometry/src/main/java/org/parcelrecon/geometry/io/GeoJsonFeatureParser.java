package org.parcelrecon.geometry.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one GeoJSON feature straight from its bytes into a {@link FeatureAssembler}: the fast path of
 * {@link GeoJsonCommuneIndex#read}. Positions go into one growing {@code double} array per ring (numbers decoded by
 * {@link FastDoubles}, bit for bit as Jackson decodes them), attributes into the same map the Jackson-based
 * {@link GeoJsonParcelReader} fills, and the polygon is built by the same {@link LenientPolygons} calls, so a
 * feature read here gives the same parcel, rejection and repairs as one read there.
 *
 * <p>It reads the common shape only: an object whose {@code id}, {@code properties} and {@code geometry} members
 * appear at most once each, scalar attribute values, and a geometry that is null or a {@code Polygon} or
 * {@code MultiPolygon} object with its {@code type} before its {@code coordinates}, each position an array of at
 * least two numbers. For anything else (a GeometryCollection, a point, a bad position, an attribute holding an
 * object, malformed JSON...) {@link #read} returns false without touching the assembler, and the caller hands that
 * feature to the Jackson-based reader.
 */
final class GeoJsonFeatureParser {
    private final GeometryFactory factory;
    private final UnaryOperator<String> shared;
    private final JsonBytes in = new JsonBytes(new byte[0], 0, 0, false);
    /** The ring being read, as x,y pairs; grown as needed and reused. */
    private double[] ring = new double[256];

    /**
     * @param factory builds the polygons
     * @param shared  gives one string for equal short attribute values (the reader's cache)
     */
    GeoJsonFeatureParser(GeometryFactory factory, UnaryOperator<String> shared) {
        this.factory = factory;
        this.shared = shared;
    }

    /**
     * Reads the feature in {@code b[from, to)} and adds it to {@code out}; returns false, adding nothing, when it is
     * not of the common shape (see the class comment).
     */
    boolean read(byte[] b, int from, int to, int index, long line, FeatureAssembler out) {
        in.buf = b;
        in.pos = from;
        in.end = to;
        String memberId = null;
        Map<String, String> properties = new LinkedHashMap<>();
        boolean sawId = false;
        boolean sawProperties = false;
        boolean sawGeometry = false;
        String type = null;
        List<List<double[]>> polygons = null;
        try {
            in.expect('{');
            int c = in.next();
            while (c != '}') {
                if (c != '"') {
                    return false;
                }
                String name = in.name();
                in.expect(':');
                int v = in.next();
                switch (name) {
                    case "id" -> {
                        if (sawId) {
                            return false;
                        }
                        sawId = true;
                        if (v == '{' || v == '[' || v == 'n') {
                            in.skipValue(1); // not a usable id member, as for the Jackson reader
                        } else {
                            memberId = scalar(v, false);
                        }
                    }
                    case "properties" -> {
                        if (sawProperties) {
                            return false;
                        }
                        sawProperties = true;
                        if (v == '{') {
                            properties(properties);
                        } else {
                            in.skipValue(1);
                        }
                    }
                    case "geometry" -> {
                        if (sawGeometry || v != '{' && v != 'n') {
                            return false;
                        }
                        sawGeometry = true;
                        if (v == 'n') {
                            in.literal();
                        } else {
                            in.pos++;
                            type = geometryType();
                            polygons = coordinates(type.equals("Polygon"));
                            geometryEnd();
                        }
                    }
                    default -> in.skipValue(1);
                }
                c = in.next();
                if (c == ',') {
                    in.pos++;
                    c = in.next();
                    if (c == '}') {
                        return false;
                    }
                } else if (c != '}') {
                    return false;
                }
            }
            in.pos++;
        } catch (JsonBytes.Stop stop) {
            return false;
        }
        if (in.pos != to) {
            return false;
        }
        List<ReadRepair> repairs = new ArrayList<>();
        Geometry g = null;
        BadGeometryException failure = null;
        if (type != null) {
            try {
                g = polygonal(polygons, type.equals("Polygon"), repairs);
            } catch (BadGeometryException e) {
                failure = e;
            }
        }
        out.add(index, line, memberId, properties, g, failure, repairs);
        return true;
    }

    /**
     * The text of a scalar value at the cursor (as Jackson's {@code getText()}: numbers as written). With
     * {@code share}, a short one comes from {@link #cached}.
     */
    private String scalar(int v, boolean share) {
        switch (v) {
            case '"': {
                int from = in.pos + 1;
                int close = in.string();
                if (share && !in.escaped && close - from <= SHORT_VALUE) {
                    return cached(from, close);
                }
                String text = in.text(from, close);
                return share ? shared.apply(text) : text;
            }
            case 't', 'f':
                return in.literal() == 't' ? "true" : "false";
            default: {
                int from = in.pos;
                int to = in.number();
                if (share && to - from <= SHORT_VALUE) {
                    return cached(from, to);
                }
                String text = new String(in.buf, from, to - from, StandardCharsets.US_ASCII);
                return share ? shared.apply(text) : text;
            }
        }
    }

    /** Values of at most this many bytes are looked up in {@link #cached}. */
    private static final int SHORT_VALUE = 12;
    private final byte[][] valueBytes = new byte[4096][];
    private final String[] values = new String[4096];

    /**
     * The shared string for the UTF-8 text {@code in.buf[from, to)}: attribute values repeat (commune codes, land
     * use codes, sheet numbers), and a direct-mapped cache keyed by their bytes finds the string made last time
     * without decoding or hashing a new one.
     */
    private String cached(int from, int to) {
        byte[] b = in.buf;
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 12)) & (values.length - 1);
        byte[] known = valueBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
            return values[slot];
        }
        String text = shared.apply(new String(b, from, to - from, StandardCharsets.UTF_8));
        valueBytes[slot] = Arrays.copyOfRange(b, from, to);
        values[slot] = text;
        return text;
    }

    private void properties(Map<String, String> into) {
        in.pos++;
        int c = in.next();
        while (c != '}') {
            if (c != '"') {
                throw JsonBytes.UNUSUAL;
            }
            String name = in.name();
            in.expect(':');
            int v = in.next();
            if (v == '{' || v == '[') {
                throw JsonBytes.UNUSUAL; // kept as JSON text by the Jackson reader
            }
            if (v == 'n') {
                in.literal(); // a null attribute is left out
            } else {
                into.put(name, scalar(v, true));
            }
            c = in.next();
            if (c == ',') {
                in.pos++;
                c = in.next();
                if (c == '}') {
                    throw JsonBytes.UNUSUAL;
                }
            } else if (c != '}') {
                throw JsonBytes.UNUSUAL;
            }
        }
        in.pos++;
    }

    /** Reads a geometry object's members up to its coordinates; returns its type, Polygon or MultiPolygon. */
    private String geometryType() {
        int c = in.next();
        while (c == '"') {
            String name = in.name();
            in.expect(':');
            int v = in.next();
            if (name.equals("type")) {
                if (v != '"') {
                    throw JsonBytes.UNUSUAL;
                }
                String type = in.name();
                if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                    throw JsonBytes.UNUSUAL;
                }
                in.expect(',');
                if (in.next() != '"' || !in.name().equals("coordinates")) {
                    throw JsonBytes.UNUSUAL;
                }
                in.expect(':');
                return type;
            }
            if (name.equals("coordinates") || name.equals("geometries")) {
                throw JsonBytes.UNUSUAL;
            }
            in.skipValue(2);
            in.expect(',');
            c = in.next();
        }
        throw JsonBytes.UNUSUAL;
    }

    /** Reads the members after the coordinates up to the geometry's closing brace. */
    private void geometryEnd() {
        int c = in.next();
        while (c == ',') {
            in.pos++;
            if (in.next() != '"') {
                throw JsonBytes.UNUSUAL;
            }
            String name = in.name();
            if (name.equals("type") || name.equals("coordinates") || name.equals("geometries")) {
                throw JsonBytes.UNUSUAL;
            }
            in.expect(':');
            in.skipValue(2);
            c = in.next();
        }
        if (c != '}') {
            throw JsonBytes.UNUSUAL;
        }
        in.pos++;
    }

    /** A Polygon's coordinates (one polygon) or a MultiPolygon's, at the cursor. */
    private List<List<double[]>> coordinates(boolean single) {
        if (in.next() != '[') {
            throw JsonBytes.UNUSUAL;
        }
        if (single) {
            return List.of(polygon());
        }
        List<List<double[]>> polygons = new ArrayList<>(1);
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return polygons;
        }
        while (true) {
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            polygons.add(polygon());
            if (endOfArray()) {
                return polygons;
            }
        }
    }

    /** Whether the cursor is at an array's closing bracket (consumed) rather than a comma (consumed too). */
    private boolean endOfArray() {
        int c = in.next();
        in.pos++;
        if (c == ']') {
            return true;
        }
        if (c != ',') {
            throw JsonBytes.UNUSUAL;
        }
        return false;
    }

    /** One polygon's rings at the cursor (its opening bracket). */
    private List<double[]> polygon() {
        List<double[]> rings = new ArrayList<>(1);
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return rings;
        }
        while (true) {
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            rings.add(ring());
            if (endOfArray()) {
                return rings;
            }
        }
    }

    /** One ring's positions at the cursor (its opening bracket), as x,y pairs. */
    private double[] ring() {
        int n = 0;
        in.pos++;
        if (in.next() == ']') {
            in.pos++;
            return new double[0];
        }
        while (true) {
            if (in.next() != '[') {
                throw JsonBytes.UNUSUAL;
            }
            in.pos++;
            if (n + 2 > ring.length) {
                ring = Arrays.copyOf(ring, ring.length * 2);
            }
            ring[n++] = number();
            in.expect(',');
            ring[n++] = number();
            while (!endOfArray()) {
                number(); // a third and further ordinates (height) are read and ignored, as by the Jackson reader
            }
            if (endOfArray()) {
                return Arrays.copyOf(ring, n);
            }
        }
    }

    /**
     * A number at the cursor. The common form, {@code -?[0-9]+(\.[0-9]+)?} with at most 18 digits, is validated and
     * decoded in one pass, exactly as {@link FastDoubles#parse} decodes it (an integer through {@code long}; a
     * decimal as {@code m / 10^k}, exact operands for {@code m ≤ 2^53}, {@code k ≤ 22}); any other goes through
     * {@link JsonBytes#number} and {@link FastDoubles#parse}.
     */
    private double number() {
        int c = in.next();
        byte[] b = in.buf;
        int start = in.pos;
        int e = in.end;
        int p = start;
        boolean negative = c == '-';
        if (negative) {
            p++;
        }
        long m = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        if (p < e && b[p] == '0') {
            p++;
            digits++;
        } else {
            while (p < e && (c = b[p]) >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                p++;
                digits++;
            }
        }
        if (digits > 0 && p < e && b[p] == '.') {
            fraction = true;
            int from = ++p;
            while (p < e && (c = b[p]) >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                p++;
            }
            scale = p - from;
            digits += scale;
        }
        if (digits == 0 || digits > 18 || p >= e || (b[p] | 0x20) == 'e' || (fraction && scale == 0)
                || (b[p] >= '0' && b[p] <= '9')) {
            int to = in.number(); // anything unusual, an exponent or many digits
            return FastDoubles.parse(b, start, to, in.fractional);
        }
        in.pos = p;
        if (!fraction) {
            return negative ? (double) -m : (double) m;
        }
        if (!FastDoubles.isExactDecimal(m, scale)) {
            return FastDoubles.parse(b, start, p, true);
        }
        double v = FastDoubles.decimal(m, scale);
        return negative ? -v : v;
    }

    /** The geometry as {@link GeoJsonParcelReader} builds a Polygon ({@code single}) or MultiPolygon. */
    private Geometry polygonal(List<List<double[]>> polygons, boolean single, List<ReadRepair> repairs)
            throws BadGeometryException {
        List<Polygon> built = new ArrayList<>(polygons.size());
        for (List<double[]> rings : polygons) {
            Polygon p = LenientPolygons.polygon(factory, rings, repairs);
            if (p != null) {
                built.add(p);
            }
        }
        return LenientPolygons.polygonal(factory, built, single);
    }
}
