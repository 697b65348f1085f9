package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void keepsShortRowsWithMissingCellsAndCountsExtraCells() {
        Table t = Table.builder("id", "name", "birth")
                .addRow("1", "Nguyễn Văn An", "1971")
                .addRow("2", "  ", "1980")
                .addRow("3")
                .addRow("4", "Lê Hoa", "1990", "extra", "more")
                .addRow(Arrays.asList("5", null, "1991"))
                .build();
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.value(0, "name")).contains("Nguyễn Văn An");
        assertThat(t.value(1, "name")).isEmpty();
        assertThat(t.value(2, "birth")).isEmpty();
        assertThat(t.value(4, "name")).isEmpty();
        assertThat(t.value(3, "birth")).contains("1990");
        assertThat(t.extraCellCount()).isEqualTo(2);
    }

    @Test
    void trimsValuesAndStoresEachDistinctValueOnce() {
        Table t = Table.builder("family").addRow(" Nguyễn").addRow("Nguyễn ").addRow("Trần").build();
        assertThat(t.value(0, 0)).contains("Nguyễn");
        assertThat(t.distinctCount(0)).isEqualTo(2);
    }

    @Test
    void unknownColumnsReadAsMissing() {
        Table t = Table.builder("a").addRow("x").build();
        assertThat(t.value(0, "b")).isEmpty();
        assertThat(t.columnIndex("b")).isEmpty();
        assertThat(t.columnIndex("a")).hasValue(0);
    }

    @Test
    void refusesBlankOrRepeatedColumnNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> Table.builder("a", "a")).withMessageContaining("'a'");
        assertThatIllegalArgumentException().isThrownBy(() -> Table.builder("a", " "));
    }

    @Test
    void growsPastItsInitialCapacityAndIsUnaffectedByLaterRows() {
        Table.Builder b = Table.builder("n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            b.addRow(Integer.toString(i % 37));
            expected.add(Integer.toString(i % 37));
        }
        Table t = b.build();
        b.addRow("later");
        assertThat(t.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(t.value(i, 0)).contains(expected.get(i));
        }
        assertThat(t.distinctCount(0)).isEqualTo(37);
    }

    @Test
    void renamesAndChoosesColumnsWithoutCopying() {
        Table register = Table.builder("row_no", "user_name", "id_number", "area")
                .addRow("1", "Nguyễn Văn An", "022062001234", "120.5")
                .addRow("2", "Công ty TNHH Minh Phát", "", "900").build();
        Table users = register.withColumns(java.util.Map.of("id", "row_no", "full_name", "user_name",
                "citizen_id", "id_number", "old_id", "id_number"));
        // sorted by new name; one source feeds two names; unnamed columns left out
        assertThat(users.columns()).containsExactly("citizen_id", "full_name", "id", "old_id");
        assertThat(users.value(0, "old_id")).contains("022062001234");
        assertThat(users.value(1, "citizen_id")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> register.withColumns(java.util.Map.of("id", "stt")))
                .withMessageContaining("no column 'stt'");
    }

    @Test
    void filtersRowsKeepingTheirOrder() {
        Table t = Table.builder("id", "name").addRow("1", "a").addRow("2").addRow("3", "c").build();
        Table kept = t.filterRows(row -> row != 0);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.value(0, "id")).contains("2");
        assertThat(kept.value(0, "name")).isEmpty();
        assertThat(kept.value(1, "name")).contains("c");
        assertThat(t.filterRows(row -> false).size()).isZero();
    }
}
