package org.parcelrecon.matching.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.testdata.SharedData;

class TableCsvTest {

    private static Table read(String csv) throws IOException {
        return TableCsv.read(new StringReader(csv));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Table t = read("id,name,note\n1,\"Lê, Văn\",\"said \"\"hi\"\"\"\n2,An,\"two\nlines\"\r\n3,Bình,plain\n");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.value(0, "name")).contains("Lê, Văn");
        assertThat(t.value(0, "note")).contains("said \"hi\"");
        assertThat(t.value(1, "note")).contains("two\nlines");
        assertThat(t.value(2, "note")).contains("plain");
    }

    @Test
    void neverLosesARow() throws IOException {
        // short row, long row, blank line (skipped), unterminated quote at the end
        Table t = read("\uFEFFid,a,b\n1\n2,x,y,z\n\n3,\"open,b\n");
        assertThat(t.columns()).containsExactly("id", "a", "b");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.value(0, "a")).isEmpty();
        assertThat(t.value(1, "b")).contains("y");
        assertThat(t.extraCellCount()).isEqualTo(1);
        assertThat(t.value(2, "a")).contains("open,b");
    }

    @Test
    void skipsSpacesBeforeQuotesAndNamesBlankOrRepeatedColumns() throws IOException {
        Table t = read("id, name,,name\n1, \"Trần, Thị\",x,y\n");
        assertThat(t.columns()).containsExactly("id", "name", "column_3", "name_2");
        assertThat(t.value(0, "name")).contains("Trần, Thị");
        assertThat(t.value(0, "name_2")).contains("y");
    }

    @Test
    void readsAnEmptyInputAsAnEmptyTable() throws IOException {
        assertThat(read("").size()).isZero();
        assertThat(read("id,a\n").size()).isZero();
    }

    @Test
    void readsEveryFebrlRecord() throws IOException {
        Table t = TableCsv.read(SharedData.require("linkage/febrl/dataset3.csv"));
        assertThat(t.size()).isEqualTo(5000);
        assertThat(t.columns()).startsWith("rec_id", "given_name", "surname");
        assertThat(t.value(0, "rec_id")).contains("rec-1496-org");
    }
}
