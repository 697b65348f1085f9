package org.parcelrecon.geometry.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.geometry.crs.Crs;

/**
 * Streams a GeoJSON FeatureCollection: open, one feature at a time, close. Coordinates at full double precision.
 * <pre>{@code
 * try (GeoJsonOutput json = new GeoJsonOutput(out, layer.crs())) {
 *     json.startFeature(parcel.geometry());
 *     json.property("status", "CONFLICT");
 *     json.endFeature();
 * }
 * }</pre>
 * Does not close the stream it writes to. Not thread-safe.
 */
public final class GeoJsonOutput implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString FEATURE = new SerializedString("Feature");
    private static final SerializableString GEOMETRY = new SerializedString("geometry");
    private static final SerializableString PROPERTIES = new SerializedString("properties");
    private static final SerializableString COORDINATES = new SerializedString("coordinates");
    private static final SerializableString POLYGON = new SerializedString("Polygon");
    private static final SerializableString MULTI_POLYGON = new SerializedString("MultiPolygon");

    /**
     * A property name kept with its JSON text encoded once: a writer of many features with the same properties
     * names them by {@code Name}s made once ({@link #property(Name, String)} and its kin), and each is then copied
     * as bytes instead of escaped and encoded again for every feature. The bytes written are those of the same
     * name given as a {@code String}.
     */
    public static final class Name {
        private final SerializableString text;

        private Name(String name) {
            text = new SerializedString(name);
        }

        /**
         * {@return the name, encoded once}
         *
         * @param name the property's name
         */
        public static Name of(String name) {
            return new Name(java.util.Objects.requireNonNull(name, "name"));
        }

        @Override
        public String toString() {
            return text.getValue();
        }
    }

    private final JsonGenerator g;
    /** A double's text made by {@link DoubleText}. */
    private final char[] text = new char[DoubleText.MAX_LENGTH];

    /**
     * Opens the collection, with a {@code crs} member naming the EPSG code when the CRS has one and is not WGS 84.
     *
     * @param out where the GeoJSON goes; this writer owns it from now on
     * @param crs the coordinates' CRS, if known
     * @throws IOException if the collection's opening cannot be written
     */
    public GeoJsonOutput(OutputStream out, Optional<Crs> crs) throws IOException {
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        if (crs.isPresent() && crs.get().epsgCode().isPresent() && !crs.get().equals(Crs.WGS84)) {
            g.writeObjectFieldStart("crs");
            g.writeStringField("type", "name");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", "urn:ogc:def:crs:EPSG::" + crs.get().epsgCode().getAsInt());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("features");
    }

    /**
     * Starts a feature with its geometry and opens its properties: follow with {@link #property} calls.
     *
     * @param geometry the feature's geometry; null writes a null geometry
     * @throws IOException if the feature cannot be written
     */
    public void startFeature(Geometry geometry) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(FEATURE);
        g.writeFieldName(GEOMETRY);
        if (geometry == null) {
            g.writeNull();
        } else {
            geometry(geometry);
        }
        g.writeFieldName(PROPERTIES);
        g.writeStartObject();
    }

    /**
     * A text property; null writes JSON null.
     *
     * @param name the property's name
     * @param value the text
     * @throws IOException if the property cannot be written
     */
    public void property(String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    /**
     * A number property; NaN and infinities write JSON null.
     *
     * @param name the property's name
     * @param value the number
     * @throws IOException if the property cannot be written
     */
    public void property(String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeFieldName(name);
            number(value);
        } else {
            g.writeNullField(name);
        }
    }

    /**
     * A whole-number property.
     *
     * @param name the property's name
     * @param value the number
     * @throws IOException if the property cannot be written
     */
    public void property(String name, long value) throws IOException {
        g.writeNumberField(name, value);
    }

    /**
     * A boolean property.
     *
     * @param name the property's name
     * @param value the value
     * @throws IOException if the property cannot be written
     */
    public void property(String name, boolean value) throws IOException {
        g.writeBooleanField(name, value);
    }

    /**
     * {@link #property(String, String)} by a name encoded once.
     *
     * @param name the property's name
     * @param value the text; null writes JSON null
     * @throws IOException if the property cannot be written
     */
    public void property(Name name, String value) throws IOException {
        g.writeFieldName(name.text);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /**
     * {@link #property(String, double)} by a name encoded once.
     *
     * @param name the property's name
     * @param value the number; NaN and infinities write JSON null
     * @throws IOException if the property cannot be written
     */
    public void property(Name name, double value) throws IOException {
        g.writeFieldName(name.text);
        if (Double.isFinite(value)) {
            number(value);
        } else {
            g.writeNull();
        }
    }

    /**
     * {@link #property(String, boolean)} by a name encoded once.
     *
     * @param name the property's name
     * @param value the value
     * @throws IOException if the property cannot be written
     */
    public void property(Name name, boolean value) throws IOException {
        g.writeFieldName(name.text);
        g.writeBoolean(value);
    }

    /**
     * Closes the feature's properties and the feature.
     *
     * @throws IOException if the feature's end cannot be written
     */
    public void endFeature() throws IOException {
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Closes the collection and flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    private void geometry(Geometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                position(p.getCoordinateSequence(), 0);
            }
        } else if (geom instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            sequence(l.getCoordinateSequence());
        } else if (geom instanceof Polygon p) {
            g.writeFieldName(TYPE);
            g.writeString(POLYGON);
            g.writeFieldName(COORDINATES);
            polygon(p);
        } else if (geom instanceof MultiPolygon || geom instanceof MultiLineString || geom instanceof MultiPoint) {
            g.writeFieldName(TYPE);
            if (geom instanceof MultiPolygon) {
                g.writeString(MULTI_POLYGON);
            } else {
                g.writeString(geom.getGeometryType());
            }
            g.writeFieldName(COORDINATES);
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part instanceof Polygon p) {
                    polygon(p);
                } else if (part instanceof LineString l) {
                    sequence(l.getCoordinateSequence());
                } else {
                    position(((Point) part).getCoordinateSequence(), 0);
                }
            }
            g.writeEndArray();
        } else if (geom instanceof GeometryCollection gc) {
            g.writeStringField("type", "GeometryCollection");
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                geometry(gc.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void polygon(Polygon p) throws IOException {
        g.writeStartArray();
        if (!p.isEmpty()) {
            sequence(p.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sequence(p.getInteriorRingN(i).getCoordinateSequence());
            }
        }
        g.writeEndArray();
    }

    /**
     * A sequence's positions as one array value: its text made here ({@code [[x,y],[x,y]...]}, each number by
     * {@link DoubleText} or else {@link Double#toString}, as {@code writeNumber} writes it) and handed to Jackson
     * in one piece ({@code writeRawValue}, which puts the comma before it as before any value), instead of two
     * arrays, two numbers and their separators handed over one by one. A sequence with a NaN or infinite ordinate
     * is written the general way ({@link #positions}), which writes those as Jackson does.
     */
    private void sequence(CoordinateSequence s) throws IOException {
        int size = s.size();
        int room = 2 + size * (2 * MAX_NUMBER + 4);
        if (positionText.length < room) {
            positionText = new char[Math.max(room, 2 * positionText.length)];
        }
        char[] t = positionText;
        int p = 0;
        t[p++] = '[';
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                t[p++] = ',';
            }
            t[p++] = '[';
            p = put(s.getX(i), t, p);
            if (p < 0) {
                positions(s);
                return;
            }
            t[p++] = ',';
            p = put(s.getY(i), t, p);
            if (p < 0) {
                positions(s);
                return;
            }
            t[p++] = ']';
        }
        t[p++] = ']';
        g.writeRawValue(t, 0, p);
    }

    /** The longest text of a finite double: {@code Double.toString(-Double.MIN_NORMAL)}'s 24 chars, and a spare. */
    private static final int MAX_NUMBER = 25;
    /** The text of a sequence being made by {@link #sequence}. */
    private char[] positionText = new char[1024];

    /**
     * Writes a finite number's text ({@code Double.toString}'s) at {@code t[p]}; returns the index after it, or -1
     * for NaN or an infinity (written otherwise by Jackson).
     */
    private static int put(double v, char[] t, int p) {
        int end = DoubleText.write(v, t, p);
        if (end >= 0) {
            return end;
        }
        if (!Double.isFinite(v)) {
            return -1;
        }
        String s = Double.toString(v);
        s.getChars(0, s.length(), t, p);
        return p + s.length();
    }

    /** {@link #sequence}'s positions handed to Jackson one by one. */
    private void positions(CoordinateSequence s) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < s.size(); i++) {
            position(s, i);
        }
        g.writeEndArray();
    }

    private void position(CoordinateSequence s, int i) throws IOException {
        g.writeStartArray();
        number(s.getX(i));
        number(s.getY(i));
        g.writeEndArray();
    }

    /**
     * Writes a number as {@code g.writeNumber(v)} writes it ({@link Double#toString}'s text), the text of the usual
     * doubles made by {@link DoubleText} without a {@code String}.
     */
    private void number(double v) throws IOException {
        int n = DoubleText.write(v, text);
        if (n < 0) {
            g.writeNumber(v);
        } else {
            g.writeNumber(text, 0, n);
        }
    }
}
