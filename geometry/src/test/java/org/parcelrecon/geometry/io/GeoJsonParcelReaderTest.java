package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.parcelrecon.core.testdata.SharedData;
import org.parcelrecon.geometry.crs.Crs;

class GeoJsonParcelReaderTest {
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}";

    private static ParcelLayer read(String json, ReadOptions options) throws IOException {
        return ParcelFiles.readGeoJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson",
                options);
    }

    private static String collection(String crs, String... features) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"" + crs + "\"}},") + "\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    @Test
    void readsFeaturesWithTheirAttributesAndDeclaredCrs() throws IOException {
        ParcelLayer layer = read(collection("urn:ogc:def:crs:EPSG::26986",
                feature("{\"id\":\"10002\",\"MAP\":\"106\",\"LOT\":\"54\",\"FCODE\":1,\"x\":null,\"o\":{\"a\":[1]}}",
                        SQUARE)), ReadOptions.DEFAULTS);
        assertThat(layer.crs()).contains(Crs.epsg(26986));
        assertThat(layer.rejected()).isEmpty();
        assertThat(layer.warnings()).isEmpty();
        ParcelFeature f = layer.features().get(0);
        assertThat(f.id()).isEqualTo("10002");
        assertThat(f.sheet()).contains("106");
        assertThat(f.plot()).contains("54");
        assertThat(f.geometry().getArea()).isEqualTo(100.0);
        assertThat(f.properties()).containsExactly(Map.entry("id", "10002"), Map.entry("MAP", "106"),
                Map.entry("LOT", "54"), Map.entry("FCODE", "1"), Map.entry("o", "{\"a\":[1]}"));
        assertThat(f.readRepairs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Vietnamese cadastral attribute names, snake case and ViLIS-style
            "{\"so_to\":12,\"so_thua\":\"045\",\"dien_tich\":152.3}            | 12 | 045 | 152.3",
            "{\"SoHieuToBanDo\":\"7\",\"SoThuTuThua\":18,\"DienTich\":\"98,5\"} | 7  | 18  | 98.5",
            "{\"SO_TO\":3.0,\"SO_THUA\":4.0}                                 | 3  | 4   | -1",
            // placeholders are no numbers: the next candidate is used
            "{\"so_to\":\"-\",\"sheet\":\"5\",\"so_thua\":\"---\",\"plot\":\"9\"} | 5  | 9   | -1",
            // English and French (Etalab) names
            "{\"sheet\":\"A\",\"plot\":\"1\",\"area\":10}                     | A  | 1   | 10",
            "{\"section\":\"AB\",\"numero\":\"39\",\"contenance\":7}          | AB | 39  | 7",
    })
    void detectsSheetPlotAndAreaFromCommonNames(String properties, String sheet, String plot, double area)
            throws IOException {
        ParcelFeature f = read(collection(null, feature(properties, SQUARE)), ReadOptions.DEFAULTS).features().get(0);
        assertThat(f.sheet()).contains(sheet);
        assertThat(f.plot()).contains(plot);
        if (area < 0) {
            assertThat(f.recordedArea()).isEmpty();
        } else {
            assertThat(f.recordedArea()).hasValue(area);
        }
        // without an id attribute the id is sheet/plot
        assertThat(f.id()).isEqualTo(sheet + "/" + plot);
    }

    @Test
    void takesOverriddenAttributeNames() throws IOException {
        ReadOptions o = ReadOptions.DEFAULTS.withIdProperty("ML").withSheetProperty("MAP").withPlotProperty("LOT")
                .withAreaProperty("Shape_Area");
        ParcelFeature f = read(collection(null, feature(
                "{\"id\":\"1\",\"ML\":\"106-54\",\"so_to\":\"9\",\"MAP\":\"106\",\"LOT\":\"54\",\"Shape_Area\":99.5}",
                SQUARE)), o).features().get(0);
        assertThat(f.id()).isEqualTo("106-54");
        assertThat(f.sheet()).contains("106");
        assertThat(f.plot()).contains("54");
        assertThat(f.recordedArea()).hasValue(99.5);
    }

    @Test
    void prefersTheFeatureIdMember() throws IOException {
        String json = collection(null, "{\"type\":\"Feature\",\"id\":\"910270000A0251\",\"geometry\":" + SQUARE
                + ",\"properties\":{\"id\":\"other\"}}", "{\"type\":\"Feature\",\"id\":17,\"geometry\":" + SQUARE
                + ",\"properties\":{}}");
        List<ParcelFeature> fs = read(json, ReadOptions.DEFAULTS).features();
        assertThat(fs).extracting(ParcelFeature::id).containsExactly("910270000A0251", "17");
    }

    @Test
    void reportsEveryBadFeatureWithIndexLineAndReasonAndKeepsTheGoodOnes() throws IOException {
        String json = collection("EPSG:5899",
                feature("{\"id\":\"ok1\"}", SQUARE),                                                         // 0
                feature("{\"id\":\"str\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[\"a\",0]]]}"),   // 1
                feature("{\"id\":\"nan\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[NaN,0],[1,1],[0,0]]]}"),
                feature("{\"id\":\"pt\"}", "{\"type\":\"Point\",\"coordinates\":[1,2]}"),                    // 3
                feature("{\"id\":\"null\"}", "null"),                                                        // 4
                feature("{\"id\":\"empty\"}", "{\"type\":\"Polygon\",\"coordinates\":[]}"),                  // 5
                feature("{\"name\":\"no id\"}", SQUARE),                                                     // 6
                feature("{\"id\":\"weird\"}", "{\"type\":\"Curve\",\"coordinates\":[]}"),                    // 7
                feature("{\"id\":\"ok2\"}", SQUARE));                                                        // 8
        ParcelLayer layer = read(json, ReadOptions.DEFAULTS);
        // the id-less polygon is land all the same: kept under a synthetic id
        assertThat(layer.features()).extracting(ParcelFeature::id).containsExactly("ok1", "#7", "ok2");
        assertThat(layer.features()).extracting(ParcelFeature::index).containsExactly(0, 6, 8);
        assertThat(layer.rejected()).extracting(RejectedFeature::index, RejectedFeature::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, RejectReason.UNPARSEABLE_GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(2, RejectReason.NON_FINITE_COORDINATES),
                org.assertj.core.groups.Tuple.tuple(3, RejectReason.NOT_A_POLYGON),
                org.assertj.core.groups.Tuple.tuple(4, RejectReason.MISSING_GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(5, RejectReason.EMPTY_GEOMETRY),
                org.assertj.core.groups.Tuple.tuple(7, RejectReason.UNPARSEABLE_GEOMETRY));
        // the collection opens on line 1, the first feature is on line 2
        assertThat(layer.rejected()).extracting(RejectedFeature::line).containsExactly(3L, 4L, 5L, 6L, 7L, 9L);
        assertThat(layer.rejected().get(0).id()).contains("str");
        assertThat(layer.rejected().get(0).location()).isEqualTo("t.geojson:3");
    }

    @Test
    void keepsAPolygonWithoutAUsableIdUnderASyntheticIdAndSaysSo() throws IOException {
        String json = collection("EPSG:5899",
                feature("{\"ML\":\"12-3\"}", SQUARE),      // 0: an id
                feature("{\"ML\":\"---\"}", SQUARE),       // 1: no letter or digit
                feature("{\"ML\":\"NO_ID\"}", SQUARE),     // 2: a placeholder word
                feature("{\"ML\":\" n/a \"}", SQUARE),     // 3: another
                feature("{\"ML\":\"\"}", SQUARE),          // 4: blank
                feature("{\"other\":1}", SQUARE),           // 5: absent
                feature("{\"ML\":\"ROAD\"}", SQUARE));     // 6: a word, but a real (if repeated) id
        ParcelLayer layer = read(json, ReadOptions.DEFAULTS.withIdProperty("ML"));
        assertThat(layer.rejected()).isEmpty();
        assertThat(layer.features()).extracting(ParcelFeature::id)
                .containsExactly("12-3", "#2", "#3", "#4", "#5", "#6", "ROAD");
        assertThat(layer.features()).extracting(ParcelFeature::idMissing)
                .containsExactly(false, true, true, true, true, true, false);
        assertThat(layer.features().get(1).readRepairs()).containsExactly(ReadRepair.ID_MISSING);
        // without a set property: the feature id member, then id-like attributes; placeholders skipped alike
        String member = collection("EPSG:5899", "{\"type\":\"Feature\",\"id\":\"NULL\",\"geometry\":" + SQUARE
                + ",\"properties\":{}}");
        assertThat(read(member, ReadOptions.DEFAULTS).features()).extracting(ParcelFeature::id).containsExactly("#1");
    }

    @Test
    void closesAnUnclosedRingAndDropsAShortOneRecordingTheRepairs() throws IOException {
        String json = collection(null,
                feature("{\"id\":\"open\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10]]]}"),
                feature("{\"id\":\"hole\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],"
                        + "[0,0]],[[1,1],[2,2],[1,1]]]}"),
                feature("{\"id\":\"shell\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]}"),
                feature("{\"id\":\"multi\"}", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,1]]],"
                        + "[[[5,5],[6,5],[6,6],[5,5]]]]}"));
        ParcelLayer layer = read(json, ReadOptions.DEFAULTS);
        Map<String, ParcelFeature> byId = new TreeMap<>();
        layer.features().forEach(f -> byId.put(f.id(), f));
        assertThat(byId.get("open").readRepairs()).containsExactly(ReadRepair.RING_CLOSED);
        assertThat(byId.get("open").geometry().getArea()).isEqualTo(100.0);
        assertThat(byId.get("hole").readRepairs()).containsExactly(ReadRepair.SHORT_RING_DROPPED);
        assertThat(byId.get("hole").geometry().getArea()).isEqualTo(100.0);
        assertThat(byId.get("multi").readRepairs()).containsExactly(ReadRepair.SHORT_RING_DROPPED);
        assertThat(byId.get("multi").geometry().getNumGeometries()).isEqualTo(1);
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.id()).contains("shell");
            assertThat(r.reason()).isEqualTo(RejectReason.EMPTY_GEOMETRY);
        });
    }

    @Test
    void failsNamingLineAndColumnWhenAFeatureMidFileIsMalformedRatherThanDropTheRest() {
        // issue 18: "so_to": 01x in feature 500 of 3,000 used to keep 499 parcels, drop 2,501 and succeed
        String[] features = new String[3_000];
        for (int i = 0; i < features.length; i++) {
            features[i] = feature("{\"id\":\"p" + i + "\",\"so_to\":" + (i == 499 ? "01x" : "1") + "}", SQUARE);
        }
        String json = collection(null, features);
        assertThatThrownBy(() -> read(json, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(MalformedMapException.class, e -> {
                    assertThat(e.source()).isEqualTo("t.geojson");
                    assertThat(e.line()).isEqualTo(501); // the collection's first line, then one feature a line
                    // Jackson stops at the digit after the leading zero
                    assertThat(e.column()).isEqualTo("{\"type\":\"Feature\",\"properties\":{\"id\":\"p499\",\"so_to\":0"
                            .length() + 1);
                    assertThat(e.getMessage()).startsWith("t.geojson:501:" + e.column() + ": malformed JSON (")
                            .contains("in feature 500").contains("the map was not used");
                });
    }

    @Test
    void failsOnAFileCutShort() {
        String json = collection(null, feature("{\"id\":\"a\"}", SQUARE), feature("{\"id\":\"b\"}", SQUARE));
        assertThatThrownBy(() -> read(json.substring(0, json.length() - 40), ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageContaining("malformed JSON")
                .hasMessageContaining("in feature 2");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''                                     | the file is empty",
        "'   '                                  | the file is empty",
        "[1,2]                                  | not a GeoJSON object",
        "id,wkt                                 | malformed JSON",
        "'{\"type\":\"Feature\",\"geometry\":null}'  | GeoJSON type is Feature, expected FeatureCollection",
        "'{\"type\":\"FeatureCollection\"}'        | without a \"features\" array",
    })
    void failsOnAFileThatIsNotAFeatureCollection(String text, String message) {
        assertThatThrownBy(() -> read(text, ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageStartingWith("t.geojson")
                .hasMessageContaining(message);
    }

    @Test
    void readsAWellFormedCollectionWithoutFeaturesAsAnEmptyLayer() throws IOException {
        ParcelLayer layer = read(collection(null), ReadOptions.DEFAULTS);
        assertThat(layer.features()).isEmpty();
        assertThat(layer.rejected()).isEmpty();
    }

    @Test
    void takesUndeclaredDegreesAsWgs84AndUndeclaredMetresAsUnknown() throws IOException {
        String degrees = "{\"type\":\"Polygon\",\"coordinates\":[[[107.75,21],[107.751,21],[107.751,21.001],[107.75,21]]]}";
        ParcelLayer wgs = read(collection(null, feature("{\"id\":\"a\"}", degrees)), ReadOptions.DEFAULTS);
        assertThat(wgs.crs()).contains(Crs.WGS84);
        assertThat(wgs.warnings()).singleElement().asString().contains("WGS 84");
        String metres = "{\"type\":\"Polygon\",\"coordinates\":[[[500000,2300000],[500010,2300000],[500010,2300010],"
                + "[500000,2300000]]]}";
        ParcelLayer unknown = read(collection(null, feature("{\"id\":\"a\"}", metres)), ReadOptions.DEFAULTS);
        assertThat(unknown.crs()).isEmpty();
        assertThat(unknown.warnings()).singleElement().asString().contains("CRS unknown");
        ParcelLayer given = read(collection(null, feature("{\"id\":\"a\"}", metres)),
                ReadOptions.DEFAULTS.withSourceCrs(Crs.parse("vn2000:quang-ninh")));
        assertThat(given.crs()).contains(Crs.epsg(5899));
        assertThat(given.warnings()).isEmpty();
    }

    @Test
    void warnsAboutAnUnknownDeclaredCrs() throws IOException {
        ParcelLayer layer = read(collection("EPSG:32648", feature("{\"id\":\"a\"}", SQUARE)), ReadOptions.DEFAULTS);
        assertThat(layer.crs()).isEmpty();
        assertThat(layer.warnings()).singleElement().asString().contains("EPSG:32648");
    }

    @Test
    void transformsIntoTheTargetCrs() throws IOException {
        String degrees = "{\"type\":\"Polygon\",\"coordinates\":[[[107.75,21],[107.751,21],[107.751,21.001],[107.75,21]]]}";
        ParcelLayer layer = read(collection("urn:ogc:def:crs:OGC:1.3:CRS84", feature("{\"id\":\"a\"}", degrees)),
                ReadOptions.DEFAULTS.withTargetCrs(Crs.parse("vn2000:quang-ninh")));
        assertThat(layer.crs()).contains(Crs.epsg(5899));
        Coordinate first = layer.features().get(0).geometry().getCoordinates()[0];
        assertThat(first.x).isCloseTo(499804.907229, within(0.001));
        assertThat(first.y).isCloseTo(2322956.065825, within(0.001));
    }

    @Test
    void readsCambridgeFy2014AsPostGisCountsIt() throws IOException {
        Path file = SharedData.require("parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson");
        ParcelLayer layer = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        // SOURCES.md: 13,116 features, one empty geometry (ML 238-80), 7 multipart
        assertThat(layer.features().size() + layer.rejected().size()).isEqualTo(13_116);
        assertThat(layer.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.EMPTY_GEOMETRY);
            assertThat(r.line()).isGreaterThan(3);
        });
        assertThat(layer.crs()).contains(Crs.epsg(26986));
        assertThat(layer.features()).filteredOn(f -> f.geometry().getNumGeometries() > 1).hasSize(7);
        assertThat(layer.features().stream().mapToInt(f -> f.geometry().getNumPoints()).max()).hasValue(18_606);
        assertThat(layer.features()).filteredOn(f -> "106".equals(f.sheet().orElse(null))).isNotEmpty();
    }

    @Test
    void readsTheEtalabCommuneWithSectionNumeroAndContenance() throws IOException {
        Path file = SharedData.require("parcels/france_etalab/cadastre-91027-parcelles.json");
        ParcelLayer layer = ParcelFiles.read(file, ReadOptions.DEFAULTS.withTargetCrs(Crs.epsg(2154)));
        // SOURCES.md: 6,759 parcels, none invalid, 4 without contenance
        assertThat(layer.features()).hasSize(6_759);
        assertThat(layer.rejected()).isEmpty();
        assertThat(layer.features()).filteredOn(f -> f.recordedArea().isEmpty()).hasSize(4);
        assertThat(layer.features()).allSatisfy(f -> {
            assertThat(f.sheet()).isPresent();
            assertThat(f.plot()).isPresent();
        });
        assertThat(layer.crs()).contains(Crs.epsg(2154));
    }

    @Test
    void aCrsMemberReadFromItsBytesNamesWhatItsJacksonTreeNames() throws IOException {
        // the index reads the common form of the crs member from its bytes, so that the ObjectMapper is not built
        // for it; every other form goes to the tree as before
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> members = List.of(
                "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::5899\"}}",
                "{ \"properties\" : { \"name\" : \"EPSG:26986\" } , \"type\" : \"name\" }",
                "{\"type\":\"name\",\"properties\":{\"x\":[1,{\"name\":\"no\"}],\"name\":\"EPSG:\\u0032\u0033\"}}",
                "{\"type\":\"name\",\"properties\":{\"name\":\"a\",\"name\":\"b\"}}",
                "{\"properties\":{\"name\":\"a\"},\"properties\":{\"name\":\"b\"}}",
                "{\"properties\":{\"name\":\"a\"},\"properties\":{\"code\":4326}}",
                "{\"type\":\"EPSG\",\"properties\":{\"code\":26986}}",
                "{\"type\":\"EPSG\",\"properties\":{\"code\":\"4326\",\"name\":null}}",
                "{\"type\":\"name\",\"properties\":{\"name\":5899}}",
                "{\"type\":\"name\",\"properties\":{\"name\":1.50}}",
                "{\"type\":\"name\",\"properties\":{\"name\":true}}",
                "{\"type\":\"name\",\"properties\":{\"n\\u0061me\":\"EPSG:4326\"}}",
                "{\"type\":\"name\",\"properties\":[\"name\"]}",
                "{\"type\":\"name\",\"properties\":{}}",
                "{\"type\":\"name\"}",
                "{}");
        for (String member : members) {
            byte[] bytes = member.getBytes(StandardCharsets.UTF_8);
            com.fasterxml.jackson.databind.JsonNode props = mapper.readTree(bytes).path("properties");
            String expected = props.hasNonNull("name") ? props.get("name").asText()
                    : props.hasNonNull("code") ? "EPSG:" + props.get("code").asText() : null;
            String fast = GeoJsonParcelReader.namedCrs(bytes);
            if (fast != null) {
                assertThat(fast).as(member).isEqualTo(expected);
            }
            assertThat(GeoJsonParcelReader.crsName(bytes)).as(member).isEqualTo(expected);
        }
        assertThat(GeoJsonParcelReader.namedCrs(members.get(0).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("urn:ogc:def:crs:EPSG::5899");
        assertThat(GeoJsonParcelReader.namedCrs(members.get(2).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("EPSG:23");
    }
}
