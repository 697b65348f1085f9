package org.parcelrecon.testkit.generate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads a map the generator wrote ({@code map_old.geojson}, {@code map_new.geojson}) back as JTS polygons, for
 * tests and evaluations; not a general GeoJSON reader (it expects Polygon features with the generator's
 * properties). The polygons carry SRID 5899 and a fixed precision model of millimetres.
 * <pre>{@code
 * List<GeneratedMaps.Feature> parcels = GeneratedMaps.read(report.file(OutputFile.MAP_NEW));
 * GeneratedMaps.forEach(report.file(OutputFile.MAP_OLD), f -> index.insert(f.polygon().getEnvelopeInternal(), f));
 * }</pre>
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class GeneratedMaps {
    /** EPSG:5899, VN-2000 / TM-3 107°45′ (Quảng Ninh), as the polygons' SRID. */
    public static final int SRID = 5899;
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(1000), SRID);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeneratedMaps() {
    }

    /**
     * One parcel of a generated map.
     *
     * @param id          e.g. {@code NEW-06652-12-345}
     * @param sheet       số tờ
     * @param plot        số thửa
     * @param communeCode the current commune code
     * @param areaM2      the area written in the file (2 decimals)
     * @param polygon     the parcel
     */
    public record Feature(String id, int sheet, int plot, String communeCode, double areaM2, Polygon polygon) {
        /**
         * Checks for nulls.
         *
         * @param id e.g. {@code NEW-06652-12-345}
         * @param sheet số tờ
         * @param plot số thửa
         * @param communeCode the current commune code
         * @param areaM2 the area written in the file (2 decimals)
         * @param polygon the parcel
         */
        public Feature {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(communeCode, "communeCode");
            Objects.requireNonNull(polygon, "polygon");
        }
    }

    /**
     * {@return every feature of the file, in file order} Holds them all in memory: for large files use {@link
     * #forEach}.
     *
     * @param geojson a map the generator wrote
     * @throws IOException when the file cannot be read or is not a generated map
     */
    public static List<Feature> read(Path geojson) throws IOException {
        List<Feature> all = new ArrayList<>();
        forEach(geojson, all::add);
        return all;
    }

    /**
     * Passes each feature of the file to {@code action}, in file order, holding one at a time.
     *
     * @throws IOException when the file cannot be read or is not a generated map
     * @param geojson a map the generator wrote
     * @param action what to do with each feature
     */
    public static void forEach(Path geojson, Consumer<Feature> action) throws IOException {
        Objects.requireNonNull(action, "action");
        try (InputStream in = Files.newInputStream(geojson); JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(geojson + ": not a GeoJSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("features")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(feature(MAPPER.readTree(p), geojson));
                }
            }
        }
    }

    private static Feature feature(JsonNode node, Path file) throws IOException {
        JsonNode props = node.path("properties");
        JsonNode rings = node.path("geometry").path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IOException(file + ": feature " + props.path("id").asText() + " has no polygon coordinates");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return new Feature(props.path("id").asText(), props.path("so_to").asInt(), props.path("so_thua").asInt(),
                props.path("commune_code").asText(), props.path("area").asDouble(),
                FACTORY.createPolygon(shell, holes));
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] coords = new Coordinate[points.size()];
        for (int i = 0; i < coords.length; i++) {
            JsonNode pt = points.get(i);
            coords[i] = new Coordinate(pt.get(0).asDouble(), pt.get(1).asDouble());
        }
        return FACTORY.createLinearRing(coords);
    }
}
