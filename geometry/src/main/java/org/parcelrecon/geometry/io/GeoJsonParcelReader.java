package org.parcelrecon.geometry.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final GeometryFactory factory;

    GeoJsonParcelReader(GeometryFactory factory) {
        this.factory = factory;
    }

    ParcelLayer read(InputStream in, String source, ReadOptions options) throws IOException {
        FeatureAssembler out = new FeatureAssembler(source, options);
        Optional<Crs> declared = Optional.empty();
        String declaredText = null;
        int index = 0;
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                out.reject(-1, line(p), null, RejectReason.MALFORMED_FILE, "not a GeoJSON object");
                return out.finish(declared, null, true);
            }
            try {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals("type") && t == JsonToken.VALUE_STRING
                            && !p.getText().equals("FeatureCollection")) {
                        out.reject(-1, line(p), null, RejectReason.MALFORMED_FILE,
                                "GeoJSON type is " + p.getText() + ", expected FeatureCollection");
                        return out.finish(declared, null, true);
                    } else if (field.equals("crs") && t == JsonToken.START_OBJECT) {
                        declaredText = crsName(p.readValueAsTree());
                        if (declaredText != null) {
                            declared = parseCrs(declaredText);
                        }
                    } else if (field.equals("features") && t == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.START_OBJECT) {
                                feature(p, index, out);
                            } else {
                                out.reject(index, line(p), null, RejectReason.UNPARSEABLE_GEOMETRY,
                                        "a feature is not a JSON object");
                                p.skipChildren();
                            }
                            index++;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                out.reject(-1, Math.max(line, 0), null, RejectReason.MALFORMED_FILE,
                        "malformed JSON after " + index + " features (" + e.getOriginalMessage()
                                + "); the rest of the file was not read");
            }
        }
        return out.finish(declared, declaredText, true);
    }

    private static long line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    private void feature(JsonParser p, int index, FeatureAssembler out) throws IOException {
        long line = line(p);
        String memberId = null;
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode geometry = null;
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
                    geometry = hasGeometry ? p.readValueAsTree() : null;
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

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static void properties(JsonParser p, Map<String, String> into) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            if (t.isScalarValue()) {
                into.put(name, p.getText());
            } else {
                into.put(name, p.readValueAsTree().toString());
            }
        }
    }

    Geometry geometry(JsonNode g, List<ReadRepair> repairs) throws BadGeometryException {
        if (g == null || !g.isObject()) {
            throw new BadGeometryException(RejectReason.UNPARSEABLE_GEOMETRY, "the geometry is not a JSON object");
        }
        String type = g.path("type").asText("");
        switch (type) {
            case "Polygon": {
                List<Polygon> polygons = new ArrayList<>(1);
                Polygon poly = LenientPolygons.polygon(factory, rings(g.get("coordinates")), repairs);
                if (poly != null) {
                    polygons.add(poly);
                }
                return LenientPolygons.polygonal(factory, polygons, true);
            }
            case "MultiPolygon": {
                JsonNode c = g.get("coordinates");
                if (c == null || !c.isArray()) {
                    throw unparseable("MultiPolygon without coordinates array");
                }
                List<Polygon> polygons = new ArrayList<>(c.size());
                for (JsonNode polygon : c) {
                    Polygon poly = LenientPolygons.polygon(factory, rings(polygon), repairs);
                    if (poly != null) {
                        polygons.add(poly);
                    }
                }
                return LenientPolygons.polygonal(factory, polygons, false);
            }
            case "GeometryCollection": {
                JsonNode members = g.get("geometries");
                if (members == null || !members.isArray()) {
                    throw unparseable("GeometryCollection without geometries array");
                }
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode member : members) {
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

    private static List<double[]> rings(JsonNode polygon) throws BadGeometryException {
        if (polygon == null || !polygon.isArray()) {
            throw unparseable("polygon coordinates are not an array of rings");
        }
        List<double[]> rings = new ArrayList<>(polygon.size());
        for (JsonNode ring : polygon) {
            if (!ring.isArray()) {
                throw unparseable("a ring is not an array of positions");
            }
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode pos : ring) {
                if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                    throw unparseable("a position is not an array of at least two numbers: " + pos);
                }
                xy[i++] = pos.get(0).doubleValue();
                xy[i++] = pos.get(1).doubleValue();
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
