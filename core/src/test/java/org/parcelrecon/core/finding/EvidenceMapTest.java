package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EvidenceMapTest {
    private static EvidenceMap of(String... namesAndValues) {
        return EvidenceMap.of(namesAndValues, namesAndValues.length);
    }

    @Test
    void iteratesInInsertionOrderAndLooksUpByName() {
        EvidenceMap m = of("z", "1", "a", "2");
        assertThat(m.keySet()).containsExactly("z", "a");
        assertThat(m.values()).containsExactly("1", "2");
        assertThat(m.get("a")).isEqualTo("2");
        assertThat(m.get("b")).isNull();
        assertThat(m.containsKey("z")).isTrue();
        assertThat(m).hasToString("{z=1, a=2}");
    }

    @Test
    void equalsAnyMapWithTheSameEntries() {
        assertThat(of("z", "1", "a", "2")).isEqualTo(Map.of("a", "2", "z", "1")).hasSameHashCodeAs(Map.of("a", "2", "z", "1"));
        assertThat(of()).isEqualTo(Map.of()).isSameAs(EvidenceMap.EMPTY);
    }

    @Test
    void cannotBeChanged() {
        EvidenceMap m = of("a", "1");
        assertThatThrownBy(() -> m.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyOfKeepsTheGivenOrderAndRejectsNulls() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("b", "1");
        source.put("a", "2");
        assertThat(EvidenceMap.copyOf(source).keySet()).containsExactly("b", "a");
        source.put("c", null);
        assertThatThrownBy(() -> EvidenceMap.copyOf(source)).isInstanceOf(NullPointerException.class).hasMessageContaining("c");
        EvidenceMap m = of("a", "1");
        assertThat(EvidenceMap.copyOf(m)).isSameAs(m);
    }

    @Property
    void behavesLikeALinkedHashMap(@ForAll List<@net.jqwik.api.constraints.AlphaChars String> names) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String n : names) {
            expected.putIfAbsent(n, n + "!");
        }
        EvidenceMap m = EvidenceMap.copyOf(expected);
        assertThat(m).isEqualTo(expected);
        assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(expected.keySet()));
    }
}
