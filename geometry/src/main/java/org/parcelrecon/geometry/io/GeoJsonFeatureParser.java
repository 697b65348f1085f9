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
            int c = in.ws();
            while (c != '}') {
                if (c != '"') {
                    return false;
                }
                String name = in.name();
                in.expect(':');
                int v = in.ws();
                switch (name) {
                    case "id" -> {
                        if (sawId) {
                            return false;
                        }
                        sawId = true;
                        if (v == '{' || v == '[' || v == 'n') {
                            in.skipValue(1); // not a usable id member, as for the Jackson reader
                        } else {
                            memberId = scalar(v);
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
                c = in.ws();
                if (c == ',') {
                    in.pos++;
                    c = in.ws();
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

    /** The text of a scalar value at the cursor (as Jackson's {@code getText()}: numbers as written). */
    private String scalar(int v) {
        switch (v) {
            case '"':
                return in.text();
            case 't', 'f':
                return in.literal() == 't' ? "true" : "false";
            default:
                int from = in.pos;
                int to = in.number();
                return new String(in.buf, from, to - from, StandardCharsets.US_ASCII);
        }
    }

    private void properties(Map<String, String> into) {
        in.pos++;
        int c = in.ws();
        while (c != '}') {
            if (c != '"') {
                throw JsonBytes.UNUSUAL;
            }
            String name = in.name();
            in.expect(':');
            int v = in.ws();
            if (v == '{' || v == '[') {
                throw JsonBytes.UNUSUAL; // kept as JSON text by the Jackson reader
            }
            if (v == 'n') {
                in.literal(); // a null attribute is left out
            } else {
                into.put(name, shared.apply(scalar(v)));
            }
            c = in.ws();
            if (c == ',') {
                in.pos++;
                c = in.ws();
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
        int c = in.ws();
        while (c == '"') {
            String name = in.name();
            in.expect(':');
            int v = in.ws();
            if (name.equals("type")) {
                if (v != '"') {
                    throw JsonBytes.UNUSUAL;
                }
                String type = in.name();
                if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                    throw JsonBytes.UNUSUAL;
                }
                in.expect(',');
                if (in.ws() != '"' || !in.name().equals("coordinates")) {
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
            c = in.ws();
        }
        throw JsonBytes.UNUSUAL;
    }

    /** Reads the members after the coordinates up to the geometry's closing brace. */
    private void geometryEnd() {
        int c = in.ws();
        while (c == ',') {
            in.pos++;
            if (in.ws() != '"') {
                throw JsonBytes.UNUSUAL;
            }
            String name = in.name();
            if (name.equals("type") || name.equals("coordinates") || name.equals("geometries")) {
                throw JsonBytes.UNUSUAL;
            }
            in.expect(':');
            in.skipValue(2);
            c = in.ws();
        }
        if (c != '}') {
            throw JsonBytes.UNUSUAL;
        }
        in.pos++;
    }

    /** A Polygon's coordinates (one polygon) or a MultiPolygon's, at the cursor. */
    private List<List<double[]>> coordinates(boolean single) {
        if (in.ws() != '[') {
            throw JsonBytes.UNUSUAL;
        }
        if (single) {
            return List.of(polygon());
        }
        List<List<double[]>> polygons = new ArrayList<>(1);
        in.pos++;
        if (in.ws() == ']') {
            in.pos++;
            return polygons;
        }
        while (true) {
            if (in.ws() != '[') {
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
        int c = in.ws();
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
        if (in.ws() == ']') {
            in.pos++;
            return rings;
        }
        while (true) {
            if (in.ws() != '[') {
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
        if (in.ws() == ']') {
            in.pos++;
            return new double[0];
        }
        while (true) {
            if (in.ws() != '[') {
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

    private double number() {
        int c = in.ws();
        if (c != '-' && (c < '0' || c > '9')) {
            throw JsonBytes.UNUSUAL;
        }
        int from = in.pos;
        int to = in.number();
        return FastDoubles.parse(in.buf, from, to, in.fractional);
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
