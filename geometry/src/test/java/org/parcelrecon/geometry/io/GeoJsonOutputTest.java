package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
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
}
