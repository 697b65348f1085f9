package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.parcelrecon.core.testdata.SharedData;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.internal.NumberingScopes;

/**
 * The byte-level fast paths of {@link GeoJsonCommuneIndex} (the scanner that indexes, the parser that reads a
 * feature) against the Jackson-based paths they stand in for: the same index and, commune by commune, the same
 * parcels, rejections, repairs and warnings, coordinates bit for bit, on real maps and on generated ones full of
 * the unusual.
 */
class GeoJsonFastPathTest {
    @TempDir
    Path dir;

    private static GeoJsonCommuneIndex jackson(Path file, ReadOptions options) throws IOException {
        return GeoJsonCommuneIndex.buildWithJackson(file, options, NumberingScopes.COMMUNE_PROPERTIES::contains,
                written -> written == null ? "" : written.strip());
    }

    /**
     * Asserts that the fast index of {@code file} is Jackson's and reads every commune as Jackson's does, and that
     * {@link ParcelFiles#read} reads the whole file as the streaming Jackson reader does (or fails as it fails).
     */
    private static void sameAsJackson(Path file, ReadOptions options, boolean fastExpected) throws IOException {
        sameWholeAsJackson(file, options);
        GeoJsonCommuneIndex fast = GeoJsonCommuneIndex.build(file, options);
        GeoJsonCommuneIndex slow = jackson(file, options);
        assertThat(fast.indexedByJackson()).as("indexed by Jackson").isEqualTo(!fastExpected);
        assertThat(fast.communes()).isEqualTo(slow.communes());
        assertThat(fast.hasCommunes()).isEqualTo(slow.hasCommunes());
        assertThat(fast.featureCount()).isEqualTo(slow.featureCount());
        for (int i = 0; i < fast.featureCount(); i++) {
            assertThat(fast.layout(i)).as("feature %d", i).isEqualTo(slow.layout(i));
        }
        for (String commune : fast.communes()) {
            assertThat(fast.featureCount(commune)).isEqualTo(slow.featureCount(commune));
            ParcelLayer expected;
            try {
                expected = slow.read(commune);
            } catch (MalformedMapException e) {
                // Jackson's pass indexes a feature that is not an object with a length its reader cannot read
                // back; the same file then fails the same way whichever pass indexed it
                assertThatThrownBy(() -> fast.read(commune)).hasMessage(e.getMessage());
                continue;
            }
            sameLayer(fast.read(commune), expected);
        }
    }

    private static void sameWholeAsJackson(Path file, ReadOptions options) throws IOException {
        ParcelLayer expected;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            expected = ParcelFiles.readGeoJson(in, String.valueOf(file.getFileName()), options);
        } catch (MalformedMapException e) {
            assertThatThrownBy(() -> ParcelFiles.read(file, options)).hasMessage(e.getMessage());
            return;
        }
        sameLayer(ParcelFiles.read(file, options), expected);
    }

    private static void sameLayer(ParcelLayer actual, ParcelLayer expected) {
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.crs()).isEqualTo(expected.crs());
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
        assertThat(actual.rejected()).isEqualTo(expected.rejected());
        assertThat(actual.features()).hasSameSizeAs(expected.features());
        for (int i = 0; i < actual.features().size(); i++) {
            assertThat(describe(actual.features().get(i))).isEqualTo(describe(expected.features().get(i)));
        }
    }

    /** Everything a parcel holds, its coordinates as raw bits and its attributes in their order. */
    private static String describe(ParcelFeature f) {
        StringBuilder s = new StringBuilder();
        s.append(f.id()).append('|').append(f.sheet()).append('|').append(f.plot()).append('|')
                .append(f.recordedArea().isPresent() ? Double.doubleToRawLongBits(f.recordedArea().getAsDouble()) : "-")
                .append('|').append(new ArrayList<>(f.properties().entrySet())).append('|').append(f.index())
                .append('|').append(f.readRepairs()).append('|').append(f.geometry().getGeometryType());
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            s.append(" P").append(p.getNumInteriorRing());
            for (Coordinate c : p.getCoordinates()) {
                s.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c.x))).append(',')
                        .append(Long.toHexString(Double.doubleToRawLongBits(c.y)));
            }
        }
        return s.toString();
    }

    @Test
    void realMapsAreIndexedAndReadAsJacksonDoes() throws IOException {
        for (String map : List.of("parcels/cambridge_ma/parcels_fy2013_epsg26986.geojson",
                "parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson",
                "parcels/france_etalab/cadastre-91027-parcelles.json",
                "parcels/france_etalab/cadastre-91432-parcelles.json")) {
            sameAsJackson(SharedData.require(map), ReadOptions.DEFAULTS, true);
        }
        sameAsJackson(SharedData.require("parcels/cambridge_ma/parcels_fy2014_epsg26986.geojson"),
                ReadOptions.DEFAULTS.withIdProperty("ML").withTargetCrs(Crs.parse("EPSG:4326")), true);
    }

    @Test
    void generatedMapsFullOfTheUnusualAreReadAsJacksonReadsThem() throws IOException {
        for (int seed = 0; seed < 40; seed++) {
            Path file = Files.writeString(dir.resolve("g" + seed + ".geojson"), map(new Random(seed), 60, false));
            sameAsJackson(file, ReadOptions.DEFAULTS, true);
            if (seed % 8 == 0) {
                sameAsJackson(file, ReadOptions.DEFAULTS.withSourceCrs(Crs.parse("EPSG:4326")), true);
            }
        }
    }

    @Test
    void aFileTheScannerLeavesIsIndexedAndReadByJacksonAsBefore() throws IOException {
        for (int seed = 0; seed < 9; seed++) {
            Path file = Files.writeString(dir.resolve("odd" + seed + ".geojson"), map(new Random(seed), 30, true));
            sameAsJackson(file, ReadOptions.DEFAULTS, false);
        }
    }

    @Test
    void aDamagedFileFailsAsJacksonFailsOrIsReadAsJacksonReadsIt() throws IOException {
        Random r = new Random(7);
        String whole = map(new Random(3), 25, false);
        byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 120; k++) {
            byte[] damaged;
            int at = r.nextInt(bytes.length);
            switch (k % 3) {
                case 0 -> damaged = java.util.Arrays.copyOf(bytes, at); // cut short
                case 1 -> { // one byte replaced by a character that breaks or changes the JSON
                    damaged = bytes.clone();
                    String breakers = "{}[],:\"x0-.e\\ \n\u0001";
                    damaged[at] = (byte) breakers.charAt(r.nextInt(breakers.length()));
                }
                default -> { // one byte removed
                    damaged = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, damaged, 0, at);
                    System.arraycopy(bytes, at + 1, damaged, at, bytes.length - at - 1);
                }
            }
            Path file = Files.write(dir.resolve("damaged" + k + ".geojson"), damaged);
            failsOrIsReadAsJackson(file, "damage " + k + " at byte " + at);
        }
    }

    /**
     * Asserts that a map Jackson's index refuses is refused by {@link GeoJsonCommuneIndex#build} with the same
     * message, and that one it reads is indexed and read as Jackson does, whichever pass indexes it; and that the
     * whole-file reader reads or fails as Jackson's. {@return whether Jackson's index read the map}
     */
    private static boolean failsOrIsReadAsJackson(Path file, String what) throws IOException {
        String expected;
        try {
            jackson(file, ReadOptions.DEFAULTS);
            expected = null;
        } catch (MalformedMapException e) {
            expected = e.getMessage();
        }
        sameWholeAsJackson(file, ReadOptions.DEFAULTS);
        if (expected == null) {
            sameAsJacksonWhateverPath(file);
        } else {
            assertThatThrownBy(() -> GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS)).as(what)
                    .isInstanceOf(MalformedMapException.class).hasMessage(expected);
        }
        return expected == null;
    }

    private static void sameAsJacksonWhateverPath(Path file) throws IOException {
        GeoJsonCommuneIndex fast = GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS);
        sameAsJackson(file, ReadOptions.DEFAULTS, !fast.indexedByJackson());
    }

    @Test
    void aMapThatIsNotAFeatureCollectionFailsAsBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("fc.geojson"), map(new Random(2), 5, false)
                .replaceFirst("FeatureCollection", "GeometryCollection"));
        sameWholeAsJackson(file, ReadOptions.DEFAULTS);
        assertThatThrownBy(() -> ParcelFiles.read(file, ReadOptions.DEFAULTS))
                .isInstanceOf(MalformedMapException.class).hasMessageContaining("GeometryCollection");
    }

    @Test
    void lineBreaksAreCountedAsJacksonCountsThem() throws IOException {
        String lf = map(new Random(11), 20, false);
        for (String eol : List.of("\r\n", "\r")) {
            Path file = Files.writeString(dir.resolve("eol.geojson"), lf.replace("\n", eol));
            sameAsJackson(file, ReadOptions.DEFAULTS, true);
        }
    }

    // ---- a generator of maps with the unusual in them ----

    private static final String[] COMMUNES = {"06652", "06658", " 06661 ", "06664"};

    /**
     * A FeatureCollection of {@code n} features whose members, attributes, geometries, numbers and whitespace vary
     * at random; with {@code odd}, one feature is not an object, or one coordinate is NaN or 500 digits long (the
     * scanner leaves all three to Jackson).
     */
    static String map(Random r, int n, boolean odd) {
        StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",");
        if (r.nextInt(10) == 0) {
            s.append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4326\"}},"); // a first of two
        }
        if (r.nextBoolean()) {
            s.append("\"name\":\"m\\u00e1p\",");
        }
        int crs = r.nextInt(3);
        if (crs > 0) {
            s.append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"")
                    .append(crs == 1 ? "urn:ogc:def:crs:EPSG::5899" : "urn:made:up").append("\"}},");
        }
        s.append("\"features\":[\n");
        int oddOne = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(",\n");
            }
            if (odd && i == n / 2) {
                String ordinate = switch (oddOne) {
                    case 0 -> "NaN";
                    case 1 -> "1" + "0".repeat(500) + ".5"; // longer than the fast paths read
                    default -> "";
                };
                s.append(ordinate.isEmpty() ? "\"not a feature\"" : "{\"type\":\"Feature\",\"properties\":{\"commune_code\":"
                        + "\"06652\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1," + ordinate
                        + "],[0,0]]]}}");
                continue;
            }
            feature(r, s, i);
        }
        s.append("\n]");
        if (r.nextBoolean()) {
            s.append(",\"bbox\":[0,0,1,1]");
        }
        return s.append("}\n").toString();
    }

    private static void feature(Random r, StringBuilder s, int i) {
        List<String> members = new ArrayList<>();
        members.add("\"type\":\"Feature\"");
        int id = r.nextInt(8);
        if (id == 0) {
            members.add("\"id\":\"F" + i + "\"");
        } else if (id == 1) {
            members.add("\"id\":" + i);
        } else if (id == 2) {
            members.add("\"id\":null");
        } else if (id == 3) {
            members.add("\"id\":{\"x\":1}");
        } else if (id == 4) {
            members.add("\"id\":\"-\"");
        }
        if (r.nextInt(10) != 0) {
            members.add("\"properties\":" + properties(r, i));
        } else if (r.nextBoolean()) {
            members.add("\"properties\":null");
        }
        if (r.nextInt(20) != 0) {
            members.add("\"geometry\":" + geometry(r, i));
        }
        if (r.nextInt(10) == 0) {
            members.add("\"bbox\":[1.5,2,3e2,4]");
        }
        java.util.Collections.shuffle(members, r);
        s.append('{');
        for (int k = 0; k < members.size(); k++) {
            s.append(k > 0 ? "," + space(r) : space(r)).append(members.get(k));
        }
        s.append(space(r)).append('}');
    }

    private static String space(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            case 2 -> "\t";
            default -> "";
        };
    }

    private static String properties(Random r, int i) {
        List<String> p = new ArrayList<>();
        int commune = r.nextInt(10);
        if (commune < 6) {
            p.add("\"commune_code\":\"" + COMMUNES[r.nextInt(COMMUNES.length)] + "\"");
        } else if (commune == 6) {
            p.add("\"ma_xa\":" + (6652 + r.nextInt(2)));
        } else if (commune == 7) {
            p.add("\"commune_code\":null");
            p.add("\"maXa\":\"06658\"");
        } else if (commune == 8) {
            p.add("\"comm\\u0075ne\":\"06664\"");
        }
        if (r.nextBoolean()) {
            p.add("\"so_to\":" + (r.nextBoolean() ? "12" : r.nextBoolean() ? "12.0" : "\"012\""));
        }
        if (r.nextBoolean()) {
            p.add("\"so_thua\":" + (r.nextBoolean() ? String.valueOf(i) : "\"" + i + "a\""));
        }
        if (r.nextBoolean()) {
            p.add("\"dien_tich\":" + (r.nextBoolean() ? "152.30" : r.nextBoolean() ? "1.523e2" : "\"152,3\""));
        }
        if (r.nextBoolean()) {
            p.add("\"loai_dat\":" + (r.nextBoolean() ? "\"Đất ở\"" : "\"\\u0110\\u1ea5t \\\"\\\\\\/\\n\\t\""));
        }
        if (r.nextInt(6) == 0) {
            p.add("\"flag\":" + (r.nextBoolean() ? "true" : "false"));
        }
        if (r.nextInt(6) == 0) {
            p.add("\"note\":null");
        }
        if (r.nextInt(10) == 0) {
            p.add("\"nested\":" + (r.nextBoolean() ? "{\"a\":1.50,\"b\":[true,null]}" : "[1,2]"));
        }
        if (r.nextInt(10) == 0) {
            p.add("\"so_to\":\"7\""); // a second time: the later value, in the first place
        }
        if (r.nextInt(8) == 0) {
            p.add("\"ma_thua\":\"" + (r.nextBoolean() ? "NO_ID" : "T" + i) + "\"");
        }
        java.util.Collections.shuffle(p, r);
        return "{" + String.join("," + space(r), p) + "}";
    }

    private static String geometry(Random r, int i) {
        double x = 380000 + (i % 10) * 40;
        double y = 2400000 + (i / 10) * 40.0;
        if (r.nextInt(3) == 0) { // degrees, so that some maps look like WGS 84
            x = 105 + i * 1e-4;
            y = 21 + i * 1e-4;
        }
        int kind = r.nextInt(40);
        if (kind == 0) {
            return "null";
        }
        if (kind == 1) {
            return "{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]}";
        }
        if (kind == 2) {
            return "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"coordinates\":["
                    + ring(r, x, y, false) + "]}]}";
        }
        if (kind == 3) {
            return "{\"coordinates\":[" + ring(r, x, y, false) + "],\"type\":\"Polygon\"}";
        }
        if (kind == 4) {
            return "\"POLYGON((0 0,1 0,1 1,0 0))\"";
        }
        if (kind == 5) {
            return "{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3],[4,5],[1,2]]]}";
        }
        if (kind == 6) {
            return "{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,\"4\"],[4,5],[1,2]]]}";
        }
        if (kind == 7) {
            return "{\"type\":\"Polygon\",\"coordinates\":[]}";
        }
        if (kind == 8) {
            return "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[0,0]]]}"; // a short ring
        }
        if (kind == 9) {
            return "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1e400,0],[1,1],[0,0]]]}";
        }
        if (kind < 16) {
            StringBuilder m = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            int parts = r.nextInt(3);
            for (int k = 0; k < parts; k++) {
                m.append(k > 0 ? "," : "").append('[').append(ring(r, x + k * 12, y, r.nextBoolean()));
                if (r.nextInt(3) == 0) {
                    m.append(",[[").append(x + k * 12 + 2).append(',').append(y + 2).append("],[")
                            .append(x + k * 12 + 3).append(',').append(y + 2).append("],[").append(x + k * 12 + 3)
                            .append(',').append(y + 3).append("]]"); // an unclosed hole
                }
                m.append(']');
            }
            return m.append("]}").toString();
        }
        String bbox = r.nextInt(10) == 0 ? ",\"bbox\":[0,0,1,1]" : "";
        return "{\"type\":\"Polygon\"," + space(r) + "\"coordinates\":[" + ring(r, x, y, r.nextInt(6) == 0)
                + "]" + bbox + "}";
    }

    /** A square ring of side 10 at x, y, its numbers written in varied forms; unclosed or 3D at random. */
    private static String ring(Random r, double x, double y, boolean open) {
        double[][] corners = {{x, y}, {x + 10, y}, {x + 10, y + 10}, {x, y + 10}, {x, y}};
        StringBuilder s = new StringBuilder("[");
        boolean threeD = r.nextInt(8) == 0;
        int count = open ? 4 : 5;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                s.append(',').append(r.nextInt(10) == 0 ? " " : r.nextInt(12) == 0 ? "\n" : "");
            }
            s.append('[').append(number(r, corners[k][0])).append(',').append(number(r, corners[k][1]));
            if (threeD) {
                s.append(",0");
            }
            s.append(']');
        }
        return s.append(']').toString();
    }

    private static String number(Random r, double v) {
        return switch (r.nextInt(8)) {
            case 0 -> String.format(Locale.ROOT, "%.3f", v);
            case 1 -> String.format(Locale.ROOT, "%.17f", v + r.nextDouble() * 1e-3);
            case 2 -> String.format(Locale.ROOT, "%.6e", v);
            case 3 -> Double.toString(v + r.nextDouble());
            case 4 -> Long.toString((long) v);
            default -> String.format(Locale.ROOT, "%.3f", v + r.nextInt(1000) / 1000.0);
        };
    }

    @Test
    void mapsThatRepeatTheirAttributeNamesAreReadAsJacksonReadsThem() throws IOException {
        // the parser and the scanner recognise the last feature's names by their bytes, and the parser stops
        // looking up an attribute's values once they do not repeat: features that mostly repeat their names, with
        // now and then the same names escaped, a null, a missing or extra name, a name twice, or the commune
        // attribute elsewhere, must read as Jackson reads them
        for (int seed = 0; seed < 12; seed++) {
            Random r = new Random(seed);
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < 700; i++) {
                if (i > 0) {
                    s.append(",\n");
                }
                s.append("{\"type\":\"Feature\",\"properties\":").append(repeatedProperties(r, i))
                        .append(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[")
                        .append(ring(r, 380000 + (i % 30) * 40, 2400000 + (i / 30) * 40.0, false)).append("]}}");
            }
            Path file = Files.writeString(dir.resolve("repeat" + seed + ".geojson"), s.append("\n]}\n"));
            sameAsJackson(file, ReadOptions.DEFAULTS, true);
            if (seed % 4 == 0) {
                sameAsJackson(file, ReadOptions.DEFAULTS.withIdProperty("MA_THUA").withAreaProperty("area"), true);
            }
        }
    }

    /** Mostly the same names in the same order, written the same way; now and then not (see the test above). */
    private static String repeatedProperties(Random r, int i) {
        int odd = r.nextInt(40);
        if (odd == 0) {
            return "{}";
        }
        List<String> p = new ArrayList<>();
        p.add("\"ma_thua\":\"T-" + i + "\"");
        p.add((odd == 1 ? "\"so_t\\u006f\"" : odd == 2 ? "\"so_to2\"" : "\"so_to\"") + ":" + (i / 50));
        p.add("\"so_thua\":" + (odd == 3 ? "null" : String.valueOf(i % 50)));
        String commune = odd == 4 ? "\"0665\\u0032\"" : odd == 5 ? "null" : "\"0665" + (2 + i / 300 * 6) + "\"";
        p.add((odd == 6 ? "\"commune\\u005fcode\"" : "\"commune_code\"") + ":" + commune);
        if (odd == 7) {
            p.add(1, "\"ma_xa\":\"06670\""); // another commune attribute, before the usual one
        }
        p.add("\"area\":" + (odd == 8 ? "\"-\"" : 100 + i * 0.37 + r.nextInt(1000) / 100.0));
        p.add("\"loai_dat\":\"" + (odd == 9 ? "Đất ở" : new String[] {"ONT", "LUC", "CLN"}[i % 3]) + "\"");
        if (odd == 10) {
            p.add("\"so_to\":\"7\""); // a second time
        }
        if (odd == 11) {
            p.remove(0);
        }
        if (odd == 12) {
            java.util.Collections.swap(p, 1, 2);
        }
        return "{" + String.join(",", p) + "}";
    }

    /** Number text of every form the fast paths tell apart: usual, at their limits, just past them, malformed. */
    private static String anyNumber(Random r) {
        String digits = "1234567890".repeat(3);
        return switch (r.nextInt(24)) {
            case 0 -> "0";
            case 1 -> "-0";
            case 2 -> "-0.0";
            case 3 -> "0.000";
            case 4 -> digits.substring(0, 18); // the longest integer read through long
            case 5 -> "-" + digits.substring(0, 19);
            case 6 -> digits.substring(0, 9) + "." + digits.substring(0, 9); // 18 digits
            case 7 -> digits.substring(0, 10) + "." + digits.substring(0, 9); // 19
            case 8 -> "9007199254740993.5"; // more than 2^53 as an integer: not an exact decimal
            case 9 -> "0." + "0".repeat(17) + "1";
            case 10 -> r.nextBoolean() ? "1e5" : "-2.5E-3";
            case 11 -> "1.5e+02";
            case 12 -> "01"; // malformed from here on: a leading zero
            case 13 -> "1.";
            case 14 -> ".5";
            case 15 -> "+1";
            case 16 -> "1e";
            case 17 -> "-";
            case 18 -> "1.2.3";
            case 19 -> "--1";
            case 20 -> "1e+";
            default -> String.format(Locale.ROOT, "%.3f", 380000 + r.nextDouble() * 1000 * (r.nextBoolean() ? 1 : -1));
        };
    }

    /** Whether a map written by the test below holds a number outside JSON's grammar. */
    private static boolean hasMalformed(String map) {
        for (String number : map.split("[\\[\\],\\n]+")) {
            if (number.matches("[-+.0-9eE]+")
                    && !number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void coordinatesInEveryNumberFormAreIndexedAndReadAsJacksonDoes() throws IOException {
        // the index pass validates each coordinate with the number grammar written out, and the parser decodes
        // [x,y] positions of the common form in one go: malformed numbers must fail as Jackson fails (same message),
        // and every other number must give the same parcels, bit for bit
        Random r = new Random(5);
        for (int k = 0; k < 150; k++) {
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            int bad = r.nextInt(3) == 0 ? -1 : r.nextInt(8); // a map without malformed numbers now and then
            for (int i = 0; i < 8; i++) {
                s.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"commune_code\":\"0665")
                        .append(i % 3).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                for (int v = 0; v < 5; v++) {
                    String x = v == 4 ? "0" : anyNumber(r);
                    String y = v == 4 ? "0" : anyNumber(r);
                    if (i != bad) {
                        x = x.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") ? x : "7";
                        y = y.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") ? y : "8";
                    }
                    s.append(v > 0 ? "," : "").append(v == 0 ? "[0,0],[" : "[").append(x).append(',').append(y)
                            .append(r.nextInt(10) == 0 ? ",3" : "").append(']');
                }
                s.append("]]}}");
            }
            Path file = Files.writeString(dir.resolve("numbers" + k + ".geojson"), s.append("\n]}\n"));
            boolean read = failsOrIsReadAsJackson(file, "map " + k);
            assertThat(read).as("map %d read", k).isEqualTo(bad < 0 || !hasMalformed(s.toString()));
            if (read) {
                assertThat(GeoJsonCommuneIndex.build(file, ReadOptions.DEFAULTS).indexedByJackson()).isFalse();
            }
        }
    }

    @Test
    void digitRunsOfEveryLengthAndCoordinatesAtTheHundredMillionLimitAreReadAsJacksonReadsThem() throws IOException {
        // the parser reads a plain number's digits four a round (then one by one), and a feature whose every
        // coordinate it read in one go within 1e8 of zero skips the NaN search and the envelope's plausibility
        // test: every length of whole part and fraction, and values just inside, at and beyond the limit (or
        // infinite, through an exponent), must give Jackson's parcels and rejections (their messages too)
        Random r = new Random(19);
        String[] edges = {"99999999.999", "100000000", "100000000.000", "100000000.001", "-100000000",
            "-100000000.0001", "100000001", "1e400", "-1E400", "1e8", "123456789012345678"};
        for (int k = 0; k < 60; k++) {
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < 8; i++) {
                s.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"id\":\"p")
                        .append(i).append("\",\"commune_code\":\"0665").append(i % 2)
                        .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                int edge = r.nextInt(4) == 0 ? r.nextInt(8) : -1; // a vertex at an edge value now and then
                for (int v = 0; v < 4; v++) {
                    String x = v == edge ? edges[r.nextInt(edges.length)] : digitRun(r);
                    String y = digitRun(r);
                    s.append(v > 0 ? "," : "").append('[').append(x).append(',').append(y).append(']');
                }
                s.append(",[0,0]],[[0,0],[1,0],[0,").append(digitRun(r)).append("],[0,0]]]}}");
            }
            Path file = Files.writeString(dir.resolve("runs" + k + ".geojson"), s.append("\n]}\n"));
            assertThat(failsOrIsReadAsJackson(file, "map " + k)).as("map %d read", k).isTrue();
        }
    }

    @Test
    void featuresThatStartAsTheLastOneDidAreReadAsJacksonReadsThem() throws IOException {
        // the parser compares a feature's head ("type", the opening of "properties") and middle ("geometry" up to
        // its coordinates) with the last feature's bytes: features mixing a few heads, middles and tails (another
        // member after the geometry, a second geometry or properties, an id, a null geometry, MultiPolygons) must
        // be read as Jackson reads them, whichever feature taught the parser what
        String[] heads = {"{\"type\":\"Feature\",\"properties\":{", "{ \"type\": \"Feature\", \"properties\": {",
            "{\"type\":\"Feature\",\"id\":7,\"properties\":{", "{\"type\":\"Feat\\u0075re\",\"properties\":{",
            "{\"properties\":{"};
        String[] middles = {",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}",
            ", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[2,0],[2,2],[0,0]]]}",
            ",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],"
                    + "[5,5]]]]}", ",\"geometry\":null", ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}",
            ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}"};
        String[] tails = {"}", ",\"id\":\"x\"}", ",\"bbox\":[0,0,1,1]}", ",\"geometry\":null}", ",\"properties\":{}}",
            ",\"type\":\"Feature\"}", ",\"id\":1,\"id\":2}"};
        Random r = new Random(41);
        for (int k = 0; k < 120; k++) {
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < 12; i++) {
                String head = heads[r.nextInt(k % 3 == 0 ? heads.length : 2)];
                String middle = middles[r.nextInt(k % 2 == 0 ? middles.length : 2)];
                String tail = tails[r.nextInt(4) == 0 ? r.nextInt(tails.length) : 0];
                s.append(i > 0 ? ",\n" : "").append(head).append("\"id\":\"p").append(i)
                        .append("\",\"commune_code\":\"0665").append(i % 2).append("\"}").append(middle).append(tail);
            }
            Path file = Files.writeString(dir.resolve("heads" + k + ".geojson"), s.append("\n]}\n"));
            failsOrIsReadAsJackson(file, "map " + k);
        }
    }

    /** A plain JSON number with a whole part of 1 to 18 digits and a fraction of 0 to 10 (random digits). */
    private static String digitRun(Random r) {
        StringBuilder n = new StringBuilder(r.nextBoolean() ? "-" : "");
        int whole = 1 + r.nextInt(18);
        n.append(whole == 1 ? r.nextInt(10) : 1 + r.nextInt(9));
        for (int i = 1; i < whole; i++) {
            n.append(r.nextInt(10));
        }
        int fraction = r.nextInt(11);
        if (fraction > 0) {
            n.append('.');
            for (int i = 0; i < fraction; i++) {
                n.append(r.nextInt(10));
            }
        }
        return n.toString();
    }

    @Test
    void attributesOfEveryKindAndNumberFormAreReadAsJacksonReadsThem() throws IOException {
        // the parser keeps an attribute written as a plain number as its digits (JsonNumber) and gives the text
        // only when asked, takes a recorded area's value and a sheet's integer text from the digits, and shares
        // repeated short values through a cache keyed by their bytes: id, sheet, plot, area and other attributes
        // holding numbers of every form, strings that look like numbers, escapes, unicode, true/false/null, must
        // give Jackson's parcels (the ones with a value as its text, sheet, plot and area bits), values repeated
        // often enough to stay in that cache and sometimes not
        Random r = new Random(11);
        for (int k = 0; k < 60; k++) {
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean idAttribute = r.nextBoolean();
            for (int i = 0; i < 300; i++) {
                s.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"commune_code\":\"0665")
                        .append(i % 3).append('"');
                if (idAttribute) {
                    s.append(",\"id\":").append(anyAttribute(r, i));
                }
                s.append(",\"so_to\":").append(anyAttribute(r, i / 40)).append(",\"so_thua\":")
                        .append(anyAttribute(r, i % 40)).append(",\"area\":").append(anyAttribute(r, i))
                        .append(",\"other\":").append(anyAttribute(r, i % 7)).append("},\"geometry\":")
                        .append("{\"type\":\"Polygon\",\"coordinates\":[")
                        .append(ring(r, 380000 + (i % 30) * 40, 2400000 + (i / 30) * 40.0, false)).append("]}}");
            }
            Path file = Files.writeString(dir.resolve("attributes" + k + ".geojson"), s.append("\n]}\n"));
            assertThat(failsOrIsReadAsJackson(file, "map " + k)).as("map %d read", k).isTrue();
            sameAsJackson(file, ReadOptions.DEFAULTS.withIdProperty("other").withSheetProperty("area")
                    .withAreaProperty("so_to"), true);
        }
    }

    /** An attribute value of any kind: mostly a number of every valid form, else a string, literal or null. */
    private static String anyAttribute(Random r, int i) {
        String number;
        do {
            number = anyNumber(r);
        } while (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?"));
        return switch (r.nextInt(16)) {
            case 0 -> "\"" + number + "\"";
            case 1 -> "\" " + i + ".0 \"";
            case 2 -> "\"1,5\"";
            case 3 -> "\"\\u0031" + i + "\"";
            case 4 -> "\"Đất ở " + i + "\"";
            case 5 -> r.nextBoolean() ? "true" : "false";
            case 6 -> "null";
            case 7 -> r.nextBoolean() ? "\"-\"" : "\"ở" + i % 3 + "\u007f\"";
            case 8 -> i + "." + "0".repeat(1 + r.nextInt(3));
            case 9 -> "-" + i + ".50";
            case 10, 11 -> String.valueOf(i);
            default -> number;
        };
    }

    @Test
    void positionsWithWhitespaceAroundTheirNumbersAreReadAsJacksonReadsThem() throws IOException {
        // the parser reads [ x, y ] positions with spaces in one go too (and leaves tabs, line breaks and anything
        // unusual to the token-by-token path): every spacing, with numbers of every form, must give Jackson's
        // parcels, bit for bit, or fail as Jackson fails
        Random r = new Random(21);
        for (int k = 0; k < 120; k++) {
            boolean plain = k % 2 == 0; // half the maps hold only well-formed numbers and are read by the fast pass
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < 6; i++) {
                s.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"commune_code\":\"0665")
                        .append(i % 2).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[")
                        .append(blank(r)).append('[').append(blank(r));
                for (int v = 0; v < 5; v++) {
                    String x = v == 0 || v == 4 ? "0" : plain ? "-1.5" : anyNumber(r);
                    String y = v == 0 || v == 4 ? "0" : plain ? String.valueOf(v * 7 + r.nextInt(1000) / 100.0)
                            : anyNumber(r);
                    s.append(v > 0 ? "," + blank(r) : "").append('[').append(blank(r)).append(x).append(blank(r))
                            .append(',').append(blank(r)).append(y).append(blank(r))
                            .append(r.nextInt(12) == 0 ? ", 3" + blank(r) : "").append(']').append(blank(r));
                }
                s.append(']').append(blank(r)).append("]}}");
            }
            Path file = Files.writeString(dir.resolve("spaced" + k + ".geojson"), s.append("\n]}\n"));
            if (plain) {
                sameAsJackson(file, ReadOptions.DEFAULTS, true);
            } else {
                failsOrIsReadAsJackson(file, "map " + k);
            }
        }
    }

    /** Whitespace as it may sit between a position's tokens: mostly none or spaces, now and then another kind. */
    private static String blank(Random r) {
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> "";
            case 3 -> "  ";
            case 4 -> "\t";
            case 5 -> "\n";
            case 6 -> " \r\n ";
            default -> " ";
        };
    }

    @Test
    void aCoordinateDamagedWithNumberCharactersFailsAsJacksonFails() throws IOException {
        // damage that leaves only characters a coordinate array may hold (digits . - + e E , [ ] space): the kind
        // a bracket-matching skip would pass over, and the index pass must not
        Random r = new Random(13);
        String whole = map(new Random(4), 20, false);
        String alphabet = "0123456789.-+eE,[] ";
        int checked = 0;
        for (int k = 0; checked < 150; k++) {
            int at = whole.indexOf("\"coordinates\":[", r.nextInt(whole.length()));
            if (at < 0) {
                continue;
            }
            at += "\"coordinates\":[".length() + r.nextInt(20);
            StringBuilder damaged = new StringBuilder(whole);
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            switch (k % 3) {
                case 0 -> damaged.setCharAt(at, c);
                case 1 -> damaged.insert(at, c);
                default -> damaged.deleteCharAt(at);
            }
            Path file = Files.writeString(dir.resolve("coordinate" + k + ".geojson"), damaged);
            checked++;
            failsOrIsReadAsJackson(file, "damage " + k);
        }
    }

    @Test
    void featuresReadByTheLastFeaturesSkeletonAreIndexedAsMemberByMember() throws IOException {
        // the scanner matches each feature to the last one's literal bytes and reads only the values between them
        // (FeatureSkeleton): maps whose features repeat one layout (compact, GDAL's, pretty-printed with CRLF) with
        // values of every kind in every place, now and then another layout, malformed values or a damaged byte,
        // must be indexed as the member-by-member scan indexes them, and as Jackson does (or fail as it fails)
        Random r = new Random(17);
        int matchedMaps = 0;
        for (int k = 0; k < 150; k++) {
            int layout = k % 3;
            boolean wellFormed = k % 5 < 2;
            StringBuilder s = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < 40; i++) {
                s.append(i > 0 ? ",\n" : "").append(layoutFeature(r, i, r.nextInt(25) == 0 ? (layout + 1) % 3 : layout,
                        wellFormed));
            }
            String text = s.append("\n]}\n").toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (!wellFormed && k % 2 == 0) {
                String breakers = "{}[],:\"x0-.e\\ \n\r\u0001";
                bytes[60 + r.nextInt(bytes.length - 60)] = (byte) breakers.charAt(r.nextInt(breakers.length()));
            }
            Path file = Files.write(dir.resolve("skeleton" + k + ".geojson"), bytes);
            List<String> bySkeleton = new ArrayList<>();
            List<String> byMembers = new ArrayList<>();
            GeoJsonScanner.Crs fast = GeoJsonScanner.scan(file, NumberingScopes.COMMUNE_PROPERTIES::contains,
                    (from, length, line, commune) -> bySkeleton.add(from + "+" + length + "@" + line + " " + commune),
                    true);
            GeoJsonScanner.Crs slow = GeoJsonScanner.scan(file, NumberingScopes.COMMUNE_PROPERTIES::contains,
                    (from, length, line, commune) -> byMembers.add(from + "+" + length + "@" + line + " " + commune),
                    false);
            assertThat(fast == null).as("map %d left to Jackson", k).isEqualTo(slow == null);
            if (fast != null) {
                assertThat(bySkeleton).as("map %d", k).isEqualTo(byMembers);
                assertThat(slow.matched()).isZero();
                if (wellFormed) {
                    assertThat(fast.matched()).as("map %d: features matched", k).isGreaterThan(20);
                    matchedMaps++;
                }
            }
            if (wellFormed) {
                sameAsJackson(file, ReadOptions.DEFAULTS, true);
            } else {
                failsOrIsReadAsJackson(file, "map " + k);
            }
        }
        assertThat(matchedMaps).isEqualTo(60);
    }

    /**
     * A feature in one of three layouts (compact as the generator writes, spaced as GDAL writes, pretty-printed
     * with CRLF line ends), its values of any kind; with {@code wellFormed} false, now and then a malformed number
     * among its attributes or coordinates.
     */
    private static String layoutFeature(Random r, int i, int layout, boolean wellFormed) {
        String colon = layout == 0 ? ":" : ": ";
        String comma = switch (layout) {
            case 0 -> ",";
            case 1 -> ", ";
            default -> ",\r\n    ";
        };
        String open = layout == 2 ? "{\r\n    " : layout == 1 ? "{ " : "{";
        String close = layout == 2 ? "\r\n  }" : layout == 1 ? " }" : "}";
        String commune = switch (r.nextInt(12)) {
            case 0 -> "null";
            case 1 -> "6652";
            case 2 -> "true";
            case 3 -> "{\"code\":\"06652\"}";
            case 4 -> "\"0665\\u0038\"";
            case 5 -> "\" 06661 \"";
            default -> "\"0665" + (2 + i / 10 * 6) + "\"";
        };
        String[] values = {
            "\"T-" + i + "\"", wellFormed ? String.valueOf(i % 7) : anyNumber(r), "\"Đất ở\"",
            "\"a\\\"b\\n\"", "null", "false", "[1,{\"x\":null}]", wellFormed ? "1.5e2" : anyNumber(r)};
        StringBuilder p = new StringBuilder(open);
        p.append("\"ma_thua\"").append(colon).append(values[r.nextInt(values.length)]).append(comma);
        p.append("\"commune_code\"").append(colon).append(commune).append(comma);
        p.append("\"ma_xa\"").append(colon).append(r.nextInt(4) == 0 ? "\"06670\"" : "null").append(comma);
        p.append("\"area\"").append(colon).append(values[r.nextInt(values.length)]);
        p.append(close);
        double x = 380000 + (i % 10) * 40;
        double y = 2400000 + (i / 10) * 40.0;
        String coordinates = wellFormed || r.nextInt(3) > 0 ? "[" + ring(r, x, y, false) + "]"
                : "[[[0,0],[1," + anyNumber(r) + "],[1,1],[0,0]]]";
        String geometry = layout == 1 ? "{ \"type\": \"Polygon\", \"coordinates\": " + coordinates + " }"
                : "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
        return open + "\"type\"" + colon + "\"Feature\"" + comma + "\"properties\"" + colon + p + comma
                + "\"geometry\"" + colon + geometry + close;
    }

    @Test
    void theGeneratorWritesWhatJacksonReads() throws IOException {
        // a guard for the tests above: every generated map is a readable FeatureCollection
        Path file = Files.writeString(dir.resolve("check.geojson"), map(new Random(1), 40, false));
        ParcelLayer layer = ParcelFiles.read(file, ReadOptions.DEFAULTS);
        assertThat(layer.features().size() + layer.rejected().size()).isEqualTo(40);
        assertThat(layer.rejected()).extracting(RejectedFeature::reason).doesNotContain(RejectReason.MALFORMED_FILE);
    }
}
