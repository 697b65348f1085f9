package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * The map readers {@code check-map} and {@code compare-maps} use account for every feature: whatever is wrong with
 * features (no geometry, a point, a ring of two points, 1e300 or text as a coordinate, a geometry that is not an
 * object, an unknown type, a bad number in the attributes), each comes out exactly once, as a parcel or a rejection
 * in file order, and an undamaged feature is always a parcel. A CSV row with a quote that is never closed breaks
 * the file as a file: the reader throws naming that row's line instead of returning a map cut short.
 */
class MapAccountingPropertyTest {
    enum Damage { NONE, NO_GEOMETRY, NULL_GEOMETRY, POINT, TWO_POINT_RING, HUGE, TEXT_COORDINATE, NOT_AN_OBJECT,
        UNKNOWN_TYPE, BAD_NUMBER }

    enum RowDamage { NONE, GARBLED_WKT, EMPTY_WKT, POINT, HUGE, SHORT_ROW, UNCLOSED_RING, BAD_NUMBER }

    private static String ring(int i) {
        double x = 430000 + 20 * i;
        return String.format(Locale.ROOT, "[[%s,2320000],[%s,2320000],[%s,2320010],[%s,2320000]]", x, x + 10,
                x + 10, x);
    }

    private static String feature(int i, Damage damage) {
        String geometry = switch (damage) {
            case NONE, BAD_NUMBER -> "{\"type\":\"Polygon\",\"coordinates\":[" + ring(i) + "]}";
            case NO_GEOMETRY -> null;
            case NULL_GEOMETRY -> "null";
            case POINT -> "{\"type\":\"Point\",\"coordinates\":[430000,2320000]}";
            case TWO_POINT_RING -> "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1]]]}";
            case HUGE -> "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1e300,0],[0,1e300],[0,0]]]}";
            case TEXT_COORDINATE -> "{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",0],[1,0],[1,1],[\"a\",0]]]}";
            case NOT_AN_OBJECT -> "7";
            case UNKNOWN_TYPE -> "{\"type\":\"Polygonal\",\"coordinates\":[" + ring(i) + "]}";
        };
        String number = damage == Damage.BAD_NUMBER ? "\"12x\"" : String.valueOf(i + 1);
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"p" + i + "\",\"so_to\":1,\"so_thua\":" + number
                + ",\"dien_tich\":" + number + "}" + (geometry == null ? "" : ",\"geometry\":" + geometry) + "}";
    }

    @Property(tries = 150)
    void everyGeoJsonFeatureComesOutOnce(@ForAll @Size(min = 1, max = 30) List<Damage> damages) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < damages.size(); i++) {
            json.append(i == 0 ? "" : ",\n").append(feature(i, damages.get(i)));
        }
        json.append("\n]}\n");
        ParcelLayer layer = ParcelFiles.readGeoJson(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "map.geojson", ReadOptions.DEFAULTS);
        assertAccounted(layer, damages.size(), undamaged(damages, Damage.NONE, Damage.BAD_NUMBER));
    }

    @Property(tries = 150)
    void everyWktCsvRowComesOutOnce(@ForAll @Size(min = 1, max = 30) List<RowDamage> damages) throws IOException {
        StringBuilder csv = new StringBuilder("id,so_to,so_thua,wkt\n");
        for (int i = 0; i < damages.size(); i++) {
            double x = 430000 + 20 * i;
            String square = String.format(Locale.ROOT, "POLYGON ((%s 2320000, %s 2320000, %s 2320010, %s 2320000))",
                    x, x + 10, x + 10, x);
            String number = String.valueOf(i + 1);
            String wkt = switch (damages.get(i)) {
                case NONE -> square;
                case BAD_NUMBER -> {
                    number = "12x";
                    yield square;
                }
                case GARBLED_WKT -> square.substring(0, 20 + i % 10).replace('(', 'x');
                case EMPTY_WKT -> "";
                case POINT -> "POINT (430000 2320000)";
                case HUGE -> "POLYGON ((0 0, 1e300 0, 0 1e300, 0 0))";
                case SHORT_ROW -> null;
                case UNCLOSED_RING -> String.format(Locale.ROOT,
                        "POLYGON ((%s 2320000, %s 2320000, %s 2320010, %s 2320010))", x, x + 10, x + 10, x);
            };
            csv.append("p").append(i).append(",1,").append(number);
            if (wkt != null) {
                csv.append(",\"").append(wkt).append('"');
            }
            csv.append('\n');
        }
        ParcelLayer layer = ParcelFiles.readWktCsv(new StringReader(csv.toString()), "map.csv", ReadOptions.DEFAULTS);
        assertAccounted(layer, damages.size(), undamaged(damages, RowDamage.NONE, RowDamage.BAD_NUMBER,
                RowDamage.UNCLOSED_RING));
        for (RejectedFeature r : layer.rejected()) {
            assertThat(r.line()).isEqualTo(r.index() + 2L);
        }
    }

    @Property(tries = 60)
    void aQuoteNeverClosedBreaksTheCsvMapNamingItsRow(@ForAll @Size(min = 1, max = 20) List<Boolean> good) {
        StringBuilder csv = new StringBuilder("id,wkt\n");
        for (int i = 0; i < good.size(); i++) {
            csv.append("p").append(i).append(",\"POLYGON ((0 0, 1 0, 1 1, 0 0))").append(good.get(i) ? "\"" : "")
                    .append('\n');
        }
        int broken = good.indexOf(false);
        if (broken < 0) {
            return;
        }
        assertThatThrownBy(() -> ParcelFiles.readWktCsv(new StringReader(csv.toString()), "map.csv",
                ReadOptions.DEFAULTS)).isInstanceOfSatisfying(MalformedMapException.class,
                e -> assertThat(e.line()).isEqualTo(broken + 2L));
    }

    @SafeVarargs
    private static <E> List<Integer> undamaged(List<E> damages, E... harmless) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < damages.size(); i++) {
            if (List.of(harmless).contains(damages.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static void assertAccounted(ParcelLayer layer, int features, List<Integer> undamaged) {
        List<Integer> parcels = new ArrayList<>();
        layer.features().forEach(f -> parcels.add(f.index()));
        List<Integer> out = new ArrayList<>(parcels);
        layer.rejected().forEach(r -> out.add(r.index()));
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < features; i++) {
            in.add(i);
        }
        assertThat(out).containsExactlyInAnyOrderElementsOf(in);
        assertThat(parcels).isSorted().containsAll(undamaged);
    }
}
