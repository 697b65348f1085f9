package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StringIdsTest {

    @Test
    void givesDenseIdsInOrderOfFirstSightAndTheSameIdAgain() {
        StringIds ids = new StringIds();
        assertThat(ids.idOf("Nguyễn")).isZero();
        assertThat(ids.idOf("Trần")).isEqualTo(1);
        assertThat(ids.idOf("Nguyễn")).isZero();
        assertThat(ids.size()).isEqualTo(2);
        assertThat(ids.values()).containsExactly("Nguyễn", "Trần");
    }

    @Test
    void stringsWithEqualHashCodesStayApart() {
        // "Aa" and "BB" share String.hashCode 2112, so they land in one probe chain
        StringIds ids = new StringIds();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.idOf("Aa")).isZero();
        assertThat(ids.idOf("BB")).isEqualTo(1);
        assertThat(ids.idOf("Aa")).isZero();
        assertThat(ids.idOf("BB")).isEqualTo(1);
    }

    @Test
    void keepsEveryIdThroughManyGrowths() {
        StringIds ids = new StringIds();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.idOf("022" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(ids.idOf("022" + i)).isEqualTo(i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
        assertThat(ids.values()[12_345]).isEqualTo("02212345");
    }

    @Test
    void valuesIsACopy() {
        StringIds ids = new StringIds();
        ids.idOf("a");
        ids.values()[0] = "changed";
        assertThat(ids.values()).containsExactly("a");
    }

    @Property
    void agreesWithAnInsertionOrderedMap(@ForAll @Size(max = 300) List<@StringLength(max = 3) String> strings) {
        StringIds ids = new StringIds();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String s : strings) {
            int want = expected.computeIfAbsent(s, k -> expected.size());
            assertThat(ids.idOf(s)).isEqualTo(want);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        assertThat(ids.values()).containsExactlyElementsOf(new ArrayList<>(expected.keySet()));
    }
}
