package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AttributesTest {
    private static final List<String> NAMES = List.of("id", "so_to", "so_thua", "commune_code", "area", "loai_dat",
            "ML", "MAP", "LOT", "GlobalID", "EditDate", "Editor", "Approved", "UYEAR");

    /** A map of up to 14 attributes (so both the scanned and the hashed look-up), with nulls now and then. */
    private static Map<String, String> randomMap(Random r) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, r);
        int n = r.nextInt(names.size() + 1);
        for (int i = 0; i < n; i++) {
            m.put(r.nextInt(30) == 0 ? null : names.get(i), r.nextInt(10) == 0 ? null : "v" + r.nextInt(5));
        }
        return m;
    }

    @Test
    void behavesAsTheUnmodifiableLinkedHashMapItReplaces() {
        Random r = new Random(3);
        for (int k = 0; k < 2000; k++) {
            Map<String, String> expected = Collections.unmodifiableMap(randomMap(r));
            Attributes actual = Attributes.copyOf(expected);
            assertThat(actual).isEqualTo(expected);
            assertThat(expected).isEqualTo(actual);
            assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
            assertThat(actual.toString()).isEqualTo(expected.toString());
            assertThat(actual.size()).isEqualTo(expected.size());
            assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
            assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
            List<String> probes = new ArrayList<>(NAMES);
            probes.add("absent");
            probes.add(null);
            for (String name : probes) {
                assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
                assertThat(actual.containsKey(name)).as(name).isEqualTo(expected.containsKey(name));
                assertThat(actual.getOrDefault(name, "?")).as(name).isEqualTo(expected.getOrDefault(name, "?"));
            }
            List<String> visited = new ArrayList<>();
            actual.forEach((key, value) -> visited.add(key + "=" + value));
            assertThat(visited).hasSize(expected.size());
            assertThat(Attributes.copyOf(actual)).isSameAs(actual);
        }
    }

    @Test
    void cannotBeChanged() {
        Attributes a = Attributes.copyOf(Map.of("so_to", "12"));
        List<Runnable> changes = List.of(() -> a.put("x", "1"), () -> a.remove("so_to"), () -> a.remove("absent"),
                () -> a.putAll(Map.of()), a::clear, () -> a.putIfAbsent("x", "1"), () -> a.replace("so_to", "1"),
                () -> a.replace("so_to", "12", "1"), () -> a.remove("so_to", "12"), () -> a.replaceAll((k, v) -> v),
                () -> a.computeIfAbsent("x", k -> "1"), () -> a.computeIfPresent("so_to", (k, v) -> v),
                () -> a.compute("so_to", (k, v) -> v), () -> a.merge("so_to", "1", (x, y) -> y),
                () -> a.entrySet().iterator().next().setValue("1"), () -> a.keySet().remove("so_to"),
                () -> a.values().clear());
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(a).containsExactly(Map.entry("so_to", "12"));
    }

    @Test
    void namesAreDistinctAndRecognisedByTheirPlainBytesOnly() {
        assertThatThrownBy(() -> new Attributes.Names(new String[] {"a", "b", "a"}))
                .isInstanceOf(IllegalArgumentException.class);
        String[] many = NAMES.toArray(new String[0]);
        many[9] = "id";
        assertThatThrownBy(() -> new Attributes.Names(many)).isInstanceOf(IllegalArgumentException.class);
        Attributes.Names names = new Attributes.Names(new String[] {"so_to", "đất", "a\"b", "x\\y", "tab\t"});
        byte[] json = "{\"so_to\":1,\"đất\":2,\"a\\\"b\":3,\"x\\\\y\":4,\"so_t\\u006f\":5,\"so_to2\":6}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(names.matches(0, json, 1, json.length)).isEqualTo(8);
        int second = indexOf(json, "\"đất\"");
        assertThat(names.matches(1, json, second, json.length)).isEqualTo(second + "\"đất\"".getBytes(
                StandardCharsets.UTF_8).length);
        // a name that needs an escape is never recognised by its bytes (the decoder reads it)
        assertThat(names.matches(2, json, indexOf(json, "\"a\\\""), json.length)).isEqualTo(-1);
        assertThat(names.matches(3, json, indexOf(json, "\"x\\\\"), json.length)).isEqualTo(-1);
        // nor is the same name escaped, nor a longer one
        assertThat(names.matches(0, json, indexOf(json, "\"so_t\\u"), json.length)).isEqualTo(-1);
        assertThat(names.matches(0, json, indexOf(json, "\"so_to2"), json.length)).isEqualTo(-1);
        // nor one that the bytes in hand cut short
        assertThat(names.matches(0, json, 1, 7)).isEqualTo(-1);
    }

    private static int indexOf(byte[] b, String s) {
        byte[] t = s.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + t.length <= b.length; i++) {
            for (int k = 0; k < t.length; k++) {
                if (b[i + k] != t[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(s);
    }

    @Test
    void aParcelKeepsItsAttributesWithoutCopyingThemAgain() {
        GeometryFactory f = new GeometryFactory();
        Geometry square = f.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 0),
            new Coordinate(1, 1), new Coordinate(0, 0)});
        Map<String, String> given = new LinkedHashMap<>();
        given.put("so_to", "12");
        given.put("so_thua", "45");
        ParcelFeature p = new ParcelFeature("a", square, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                given, 0, List.of());
        given.put("so_to", "changed later");
        assertThat(p.properties()).containsExactly(Map.entry("so_to", "12"), Map.entry("so_thua", "45"));
        assertThat(p.withGeometry(square).properties()).isSameAs(p.properties());
        assertThat(p.withSheetPlot("1", "2").properties()).isSameAs(p.properties());
        assertThatThrownBy(() -> p.properties().put("x", "1")).isInstanceOf(UnsupportedOperationException.class);
    }
}
