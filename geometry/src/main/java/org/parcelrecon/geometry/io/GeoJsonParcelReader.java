package org.parcelrecon.geometry.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.geometry.crs.Crs;

/**
 * Streams a GeoJSON FeatureCollection: one feature at a time, so a large file never becomes one tree. Polygon
 * coordinates are decoded here rather than by jts-io-common's GeoJsonReader, which throws on an unclosed or short
 * ring and so would lose a parcel the reader can mend and report.
 */
final class GeoJsonParcelReader {
    /**
     * The mapper, built on first use: the fast paths of {@link GeoJsonCommuneIndex} need it only for a feature or
     * {@code crs} member they leave, and building it (with its classes) takes a tenth of a second of the index pass,
     * during which no commune can be compared.
     */
    private static final class Jackson {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build();
    }

    private final GeometryFactory factory;
    /**
     * Short attribute values seen so far, so that the thousands of parcels with the same commune code or sheet
     * number hold one string, not one each. Bounded; per reader (one file).
     */
    private final Map<String, String> sharedValues = new HashMap<>();

    GeoJsonParcelReader(GeometryFactory factory) {
        this.factory = factory;
    }

    ParcelLayer read(InputStream in, String source, ReadOptions options) throws IOException {
        return read(in, source, options, null);
    }

    /**
     * Reads a FeatureCollection whose i-th feature is feature {@code fileIndex[i]} of a larger file (a commune's
     * features, see {@link GeoJsonCommuneIndex}): parcels and rejections carry that index, and an id-less parcel
     * is {@code #(fileIndex[i] + 1)}. Null {@code fileIndex}: the features are the file's own.
     */
    ParcelLayer read(InputStream in, String source, ReadOptions options, int[] fileIndex) throws IOException {
        FeatureAssembler out = new FeatureAssembler(source, options);
        Optional<Crs> declared = Optional.empty();
        String declaredText = null;
        int index = 0;
        boolean sawFeatures = false;
        boolean inFeatures = false;
        try (JsonParser p = Jackson.MAPPER.createParser(in)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new MalformedMapException(source, 0, 0, "the file is empty; expected a GeoJSON"
                            + " FeatureCollection: check that the right file was given and that it was copied whole");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw malformed(source, p, "not a GeoJSON object (starts with " + first.asString()
                            + "); expected a FeatureCollection: {\"type\":\"FeatureCollection\",\"features\":[...]}");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals("type") && t == JsonToken.VALUE_STRING
                            && !p.getText().equals("FeatureCollection")) {
                        throw malformed(source, p, "GeoJSON type is " + p.getText()
                                + ", expected FeatureCollection; wrap the features in a FeatureCollection");
                    } else if (field.equals("crs") && t == JsonToken.START_OBJECT) {
                        declaredText = crsName(p.readValueAsTree());
                        if (declaredText != null) {
                            declared = parseCrs(declaredText);
                        }
                    } else if (field.equals("features") && t == JsonToken.START_ARRAY) {
                        sawFeatures = true;
                        inFeatures = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.START_OBJECT) {
                                feature(p, fileIndex == null ? index : fileIndex[index], out);
                            } else {
                                out.reject(fileIndex == null ? index : fileIndex[index], line(p), null,
                                        RejectReason.UNPARSEABLE_GEOMETRY,
                                        "a feature is not a JSON object");
                                p.skipChildren();
                            }
                            index++;
                        }
                        inFeatures = false;
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                String where = inFeatures ? " in feature " + (index + 1) + " (0-based index " + index + ")" : "";
                String what = sawFeatures ? "malformed JSON (" : "not a GeoJSON FeatureCollection: malformed JSON (";
                throw new MalformedMapException(source, line, column, what + e.getOriginalMessage()
                        + ")" + where + "; the map was not used: repair the file at that place and run again");
            } catch (java.io.CharConversionException e) {
                // zero bytes make Jackson read UTF-16/32; its complaint names no file
                throw new MalformedMapException(source, Math.max(p.currentLocation().getLineNr(), 0), 0,
                        "not UTF-8 text (" + e.getMessage() + "); a GeoJSON file is UTF-8 (RFC 7946): check that the"
                        + " right file was given and that it was copied whole");
            }
        }
        if (!sawFeatures) {
            throw new MalformedMapException(source, 0, 0, "a GeoJSON object without a \"features\" array;"
                    + " expected a FeatureCollection");
        }
        return out.finish(declared, declaredText, true);
    }

    private static MalformedMapException malformed(String source, JsonParser p, String reason) {
        return new MalformedMapException(source, line(p), Math.max(p.currentTokenLocation().getColumnNr(), 0),
                reason);
    }

    private static long line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    private void feature(JsonParser p, int index, FeatureAssembler out) throws IOException {
        feature(p, index, line(p), out);
    }

    /**
     * Reads the one feature object in {@code b[from, from + length)} (feature {@code index} of its file, at
     * {@code line}) into {@code out}: what {@link GeoJsonCommuneIndex#read} does with a feature its fast path leaves.
     *
     * @throws MalformedMapException if the bytes are not one JSON object (the file changed since it was indexed)
     */
    void feature(byte[] b, int from, int length, String source, int index, long line, FeatureAssembler out)
            throws IOException {
        try (JsonParser p = Jackson.MAPPER.createParser(b, from, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedMapException(source, line, 0, "feature " + (index + 1) + " is not a JSON object"
                        + " any more: the file changed while it was read");
            }
            feature(p, index, line, out);
        } catch (JsonProcessingException e) {
            throw new MalformedMapException(source, line, 0, "malformed JSON (" + e.getOriginalMessage()
                    + ") in feature " + (index + 1) + " (0-based index " + index + "); the file changed while it was"
                    + " read?");
        }
    }

    /** The CRS name a {@code crs} member's JSON text declares, or null when it names none. */
    static String crsName(byte[] crsMember) throws IOException {
        String name = namedCrs(crsMember);
        return name != null ? name : crsName(Jackson.MAPPER.readTree(crsMember));
    }

    /**
     * The common form's name, {@code {"type":"name","properties":{"name":"..."}}}, read from the bytes: a
     * {@code properties} object given once whose {@code name} is given once, as a string. Null for anything else
     * (no such name, the old EPSG form, a name twice...), which {@link #crsName(JsonNode)} then reads from the tree
     * as before.
     */
    static String namedCrs(byte[] crsMember) {
        JsonBytes in = new JsonBytes(crsMember, 0, crsMember.length, false);
        String name = null;
        boolean sawProperties = false;
        try {
            in.expect('{');
            if (in.ws() == '}') {
                return null;
            }
            do {
                if (in.ws() != '"') {
                    return null;
                }
                boolean properties = "properties".equals(in.name());
                in.expect(':');
                if (!properties) {
                    in.skipValue(1);
                    continue;
                }
                if (sawProperties) {
                    return null;
                }
                sawProperties = true;
                in.expect('{');
                if (in.ws() == '}') {
                    in.pos++;
                    continue;
                }
                do {
                    if (in.ws() != '"') {
                        return null;
                    }
                    boolean isName = "name".equals(in.name());
                    in.expect(':');
                    if (!isName) {
                        in.skipValue(2);
                    } else if (name != null || in.ws() != '"') {
                        return null;
                    } else {
                        name = in.text();
                    }
                } while (in.afterMember() >= 0);
            } while (in.afterMember() >= 0);
        } catch (JsonBytes.Stop stop) {
            return null;
        }
        return name;
    }

    private void feature(JsonParser p, int index, long line, FeatureAssembler out) throws IOException {
        String memberId = null;
        Map<String, String> properties = new LinkedHashMap<>();
        RawGeometry geometry = null;
        boolean hasGeometry = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "id" -> memberId = t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : skip(p);
                case "properties" -> {
                    if (t == JsonToken.START_OBJECT) {
                        properties(p, properties);
                    } else {
                        p.skipChildren();
                    }
                }
                case "geometry" -> {
                    hasGeometry = t != JsonToken.VALUE_NULL;
                    geometry = hasGeometry ? raw(p, t) : null;
                }
                default -> p.skipChildren();
            }
        }
        List<ReadRepair> repairs = new ArrayList<>();
        Geometry g = null;
        BadGeometryException failure = null;
        if (hasGeometry) {
            try {
                g = geometry(geometry, repairs);
            } catch (BadGeometryException e) {
                failure = e;
            }
        }
        out.add(index, line, memberId, properties, g, failure, repairs);
    }

    /** {@return one string for equal short attribute values read by this reader} */
    String shared(String value) {
        if (value.length() > 12) {
            return value;
        }
        String known = sharedValues.get(value);
        if (known != null) {
            return known;
        }
        if (sharedValues.size() < 100_000) {
            sharedValues.put(value, value);
        }
        return value;
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private void properties(JsonParser p, Map<String, String> into) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            if (t.isScalarValue()) {
                into.put(name, shared(p.getText()));
            } else {
                into.put(name, p.readValueAsTree().toString());
            }
        }
    }

    /**
     * A geometry member as read, before JTS: its type, its coordinates as nested lists ending in positions
     * ({@code double[]}, or {@link BadPosition} for one that is not an array of numbers), and its members for a
     * GeometryCollection. Streamed straight from the parser: no JSON tree is built for the coordinates.
     */
    private record RawGeometry(boolean isObject, String type, Object coordinates, List<RawGeometry> geometries) {
    }

    /** A position that is not an array of at least two numbers, with what was found for the message. */
    private record BadPosition(String text) {
    }

    /** Reads the geometry value at the current token {@code t}; consumes it whole whatever it holds. */
    private static RawGeometry raw(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new RawGeometry(false, "", null, null);
        }
        String type = "";
        Object coordinates = null;
        List<RawGeometry> geometries = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "type" -> {
                    if (v == JsonToken.VALUE_STRING) {
                        type = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                case "coordinates" -> coordinates = coordinates(p, v);
                case "geometries" -> {
                    if (v == JsonToken.START_ARRAY) {
                        geometries = new ArrayList<>();
                        for (JsonToken m = p.nextToken(); m != JsonToken.END_ARRAY; m = p.nextToken()) {
                            geometries.add(raw(p, m));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new RawGeometry(true, type, coordinates, geometries);
    }

    /**
     * Coordinates at token {@code t}: an array whose first element is a number is a position ({@code double[]}, or
     * a {@link BadPosition} when an element is not a number); any other array a {@code List} of what it holds; a
     * scalar, a {@link BadPosition}.
     */
    private static Object coordinates(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            String text = t == JsonToken.START_OBJECT ? "{...}" : p.getText();
            p.skipChildren();
            return new BadPosition(text);
        }
        JsonToken first = p.nextToken();
        if (first.isNumeric()) {
            double[] xy = new double[2];
            int n = 0;
            String bad = null;
            for (JsonToken e = first; e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e.isNumeric()) {
                    if (n < 2) {
                        xy[n] = p.getDoubleValue();
                    }
                } else if (bad == null) {
                    bad = e.isScalarValue() ? p.getText() : e.asString();
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
                n++;
            }
            if (bad != null) {
                return new BadPosition("a position holding " + bad);
            }
            return n < 2 ? new BadPosition("a position of " + n + " number") : xy;
        }
        List<Object> items = new ArrayList<>();
        for (JsonToken e = first; e != JsonToken.END_ARRAY; e = p.nextToken()) {
            items.add(coordinates(p, e));
        }
        return items;
    }

    Geometry geometry(RawGeometry g, List<ReadRepair> repairs) throws BadGeometryException {
        if (g == null || !g.isObject()) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "the geometry is not a JSON object");
        }
        String type = g.type();
        switch (type) {
            case "Polygon": {
                List<Polygon> polygons = new ArrayList<>(1);
                LenientPolygons.addPolygon(polygons, factory, rings(g.coordinates()), repairs);
                return LenientPolygons.polygonal(factory, polygons, true);
            }
            case "MultiPolygon": {
                if (!(g.coordinates() instanceof List<?> c)) {
                    throw unparseable("MultiPolygon without coordinates array");
                }
                List<Polygon> polygons = new ArrayList<>(c.size());
                for (Object polygon : c) {
                    LenientPolygons.addPolygon(polygons, factory, rings(polygon), repairs);
                }
                return LenientPolygons.polygonal(factory, polygons, false);
            }
            case "GeometryCollection": {
                if (g.geometries() == null) {
                    throw unparseable("GeometryCollection without geometries array");
                }
                List<Polygon> polygons = new ArrayList<>();
                for (RawGeometry member : g.geometries()) {
                    Geometry part = geometry(member, repairs);
                    for (int i = 0; i < part.getNumGeometries(); i++) {
                        polygons.add((Polygon) part.getGeometryN(i));
                    }
                }
                return LenientPolygons.polygonal(factory, polygons, false);
            }
            case "Point", "MultiPoint", "LineString", "MultiLineString":
                throw new BadGeometryException(RejectReason.NOT_A_POLYGON,
                        "the geometry is a " + type + ", not a polygon");
            default:
                throw unparseable("unknown geometry type '" + type + "'");
        }
    }

    private static List<double[]> rings(Object polygon) throws BadGeometryException {
        if (!(polygon instanceof List<?> ringList)) {
            throw unparseable("polygon coordinates are not an array of rings");
        }
        List<double[]> rings = new ArrayList<>(ringList.size());
        for (Object ring : ringList) {
            if (!(ring instanceof List<?> positions)) {
                throw unparseable("a ring is not an array of positions");
            }
            double[] xy = new double[positions.size() * 2];
            int i = 0;
            for (Object pos : positions) {
                if (!(pos instanceof double[] d)) {
                    throw unparseable("a position is not an array of at least two numbers ("
                            + (pos instanceof BadPosition b ? b.text() : "an array of arrays") + ")");
                }
                xy[i++] = d[0];
                xy[i++] = d[1];
            }
            rings.add(xy);
        }
        return rings;
    }

    private static BadGeometryException unparseable(String message) {
        return new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, message);
    }

    /** {@code {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::26986"}}} and the old EPSG form. */
    private static String crsName(JsonNode crs) {
        JsonNode props = crs.path("properties");
        if (props.hasNonNull("name")) {
            return props.get("name").asText();
        }
        if (props.hasNonNull("code")) {
            return "EPSG:" + props.get("code").asText();
        }
        return null;
    }

    static Optional<Crs> parseCrs(String text) {
        try {
            return Optional.of(Crs.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
