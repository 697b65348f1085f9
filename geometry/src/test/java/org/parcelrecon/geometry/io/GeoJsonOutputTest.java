package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.geometry.crs.Crs;

/** What {@link GeoJsonOutput} writes, whichever way a property is named. */
class GeoJsonOutputTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private interface Properties {
        void write(GeoJsonOutput json) throws IOException;
    }

    private static String written(Geometry geometry, Properties properties) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GeoJsonOutput json = new GeoJsonOutput(out, Optional.of(Crs.VN2000))) {
            json.startFeature(geometry);
            properties.write(json);
            json.endFeature();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPropertyNamedByANameEncodedOnceIsWrittenAsOneNamedByItsText() throws IOException {
        Polygon square = FACTORY.createPolygon(new Coordinate[] {new Coordinate(380977.72, 2399994.314),
            new Coordinate(380976.012, 2399942.971), new Coordinate(380996.5, 2399942.867),
            new Coordinate(380977.72, 2399994.314)});
        Geometry multi = FACTORY.createMultiPolygon(new Polygon[] {square});
        String[] names = {"change_type", "tên \"thửa\"", "iou", "nan", "ok", "none"};
        for (Geometry g : new Geometry[] {square, multi, null}) {
            String byText = written(g, json -> {
                json.property(names[0], "MODIFIED");
                json.property(names[1], "Đất ở\n");
                json.property(names[2], 0.9465735239467751);
                json.property(names[3], Double.NaN);
                json.property(names[4], true);
                json.property(names[5], (String) null);
            });
            String byName = written(g, json -> {
                json.property(GeoJsonOutput.Name.of(names[0]), "MODIFIED");
                json.property(GeoJsonOutput.Name.of(names[1]), "Đất ở\n");
                json.property(GeoJsonOutput.Name.of(names[2]), 0.9465735239467751);
                json.property(GeoJsonOutput.Name.of(names[3]), Double.NaN);
                json.property(GeoJsonOutput.Name.of(names[4]), true);
                json.property(GeoJsonOutput.Name.of(names[5]), (String) null);
            });
            assertThat(byName).isEqualTo(byText);
            assertThat(byText).contains("\"tên \\\"thửa\\\"\":\"Đất ở\\n\"", "\"iou\":0.9465735239467751",
                    "\"nan\":null", "\"none\":null");
        }
        assertThat(written(square, json -> { })).contains(
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[380977.72,2399994.314],"
                        + "[380976.012,2399942.971],[380996.5,2399942.867],[380977.72,2399994.314]]]},"
                        + "\"properties\":{}}");
    }

    @Test
    void positionsAreWrittenAsJacksonWritesThemNumberByNumber() throws IOException {
        // a sequence's text is made in one piece (DoubleText, else Double.toString) and one with a NaN or an
        // infinity is handed over number by number: random lines of every kind of double against Jackson's own
        Random r = new Random(31);
        for (int k = 0; k < 2_000; k++) {
            Coordinate[] cs = new Coordinate[2 + r.nextInt(6)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = new Coordinate(anyDouble(r), anyDouble(r));
            }
            LineString line = FACTORY.createLineString(cs);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (JsonGenerator g = new JsonFactory().createGenerator(expected)) {
                g.writeStartArray();
                for (Coordinate c : cs) {
                    g.writeStartArray();
                    g.writeNumber(c.x);
                    g.writeNumber(c.y);
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            assertThat(written(line, json -> { })).as("line %d", k).contains("\"coordinates\":"
                    + expected.toString(StandardCharsets.UTF_8) + "},");
        }
    }

    private static double anyDouble(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Double.longBitsToDouble(r.nextLong());
            case 1 -> r.nextBoolean() ? Double.NaN : r.nextBoolean() ? Double.POSITIVE_INFINITY : -0.0;
            case 2 -> r.nextDouble() * 1e-3;
            case 3 -> -Double.MIN_NORMAL;
            default -> Math.round(r.nextDouble() * 1e9) / 1000.0 * (r.nextBoolean() ? 1 : -1);
        };
    }
}
