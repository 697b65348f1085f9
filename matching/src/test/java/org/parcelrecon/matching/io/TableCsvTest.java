package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.matching.Table;
import org.parcelrecon.core.testdata.SharedData;

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

    private static TableRead checked(String csv) throws IOException {
        return TableCsv.readChecked(new StringReader(csv), ',', "t.csv");
    }

    @Test
    void rejectsShortLongAndUnclosedRowsWithTheirLinesAndKeepsTheRest() throws IOException {
        // short row, long row, blank line (skipped), unterminated quote at the end; issue 18: these passed unreported
        TableRead read = checked("\uFEFFid,a,b\n1\n2,x,y,z\n\n3,\"open,b\n4,p,q\n");
        assertThat(read.table().columns()).containsExactly("id", "a", "b");
        assertThat(read.rejected()).extracting(RejectedRow::location, RejectedRow::reason).containsExactly(
                tuple("t.csv:2", "the row has 1 field; the header has 3"),
                tuple("t.csv:3", "the row has 4 fields; the header has 3"),
                tuple("t.csv:5", "a quote opened in this row is never closed (a quote opened on this line runs on"
                        + " past it; the lines after it are read as rows of their own)"));
        assertThat(read.table().size()).isEqualTo(1);
        assertThat(read.table().value(0, "a")).contains("p");
        assertThat(read.line(0)).isEqualTo(6);
        assertThat(read.rowsRead()).isEqualTo(4);
    }

    @Test
    void aStrayQuoteCostsItsOwnRowNotTheRowsItSwallowed() throws IOException {
        // the quote before Nguyễn never closes on its line; the quote before Lê ends the swallowed text
        TableRead read = checked("id,name,birth\n1,\"Nguyễn,1962\n2,Trần,1970\n3,\"Lê\",1980\r\n4,Phạm,1990\n");
        assertThat(read.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("a quoted field is followed by text");
        });
        assertThat(read.table().size()).isEqualTo(3);
        assertThat(read.table().value(0, "name")).contains("Trần");
        assertThat(read.table().value(1, "name")).contains("Lê");
        assertThat(read.table().value(2, "birth")).contains("1990");
        assertThat(List.of(read.line(0), read.line(1), read.line(2))).containsExactly(3L, 4L, 5L);
    }

    @Test
    void aQuoteLeftOpenToTheEndOfTheFileCostsOneRow() throws IOException {
        TableRead read = checked("id,name\n1,\"An\n2,Bình\r3,Chi\n");
        assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(2L);
        assertThat(read.table().size()).isEqualTo(2);
        assertThat(read.table().value(1, "name")).contains("Chi");
        assertThat(List.of(read.line(0), read.line(1))).containsExactly(3L, 4L);
    }

    @Test
    void reportsARepeatedColumnNameAndRejectsRepeatedIdsNamingTheFirstLine() throws IOException {
        TableRead read = checked("id,name,name\n1,a,b\n2,c,d\n1,e,f\n,g,h\n,i,j\n");
        assertThat(read.warnings()).containsExactly("column 3 repeats the name 'name'; it is read as 'name_2'");
        TableRead unique = read.withUniqueIds("id");
        assertThat(unique.table().size()).isEqualTo(4);
        assertThat(unique.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("the id of this row is already on line 2; ids must be unique");
        });
        assertThat(unique.rowsRead()).isEqualTo(5);
        assertThat(read.withUniqueIds("no_such_column")).isSameAs(read);
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

    /** A cell as a spreadsheet would write it: quoted when it holds a separator, quote or line break, or at random. */
    private static String csvCell(String v, Random random) {
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || random.nextInt(4) == 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Test
    void readsEveryCellAlikeWhereverTheBufferEnds(@TempDir Path dir) throws IOException {
        // 40,000 rows of mixed cells (about 1.5 MB) cross the parser's 64 K buffer many times, at every kind of
        // cell: plain, quoted, with commas, quotes and line breaks, empty; lines end in LF or CRLF
        Random random = new Random(7);
        String[] samples = {"Nguyễn Văn An", "022062001234", "", "Lê, Văn", "said \"hi\"", "two\nlines", "1975",
            "Phường Hà Tu", "x"};
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("id,name,note,year\n");
        for (int r = 0; r < 40_000; r++) {
            String[] row = {Integer.toString(r), samples[random.nextInt(samples.length)],
                samples[random.nextInt(samples.length)], samples[random.nextInt(samples.length)]};
            rows.add(row);
            for (int c = 0; c < row.length; c++) {
                csv.append(c == 0 ? "" : ",").append(csvCell(row[c], random));
            }
            csv.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        Table all = read(csv.toString());
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, csv);
        Table some = TableCsv.read(file, List.of("id", "note"));
        assertThat(all.size()).isEqualTo(rows.size());
        assertThat(some.size()).isEqualTo(rows.size());
        assertThat(some.columns()).containsExactly("id", "note");
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                // a blank cell is missing
                assertThat(all.value(r, c).orElse("")).as("row %d column %d", r, c).isEqualTo(row[c]);
            }
            assertThat(some.value(r, "id")).contains(row[0]);
            assertThat(some.value(r, "note").orElse("")).isEqualTo(row[2]);
        }
    }

    @Test
    void readsTheMappedColumnsUnderTheirNewNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, "row_no,user_name,birth_year,note\n1,Nguyễn Văn An,1962,x\n2,Trần Thị Bình,,y\n");
        Table t = TableCsv.read(file, java.util.Map.of("id", "row_no", "full_name", "user_name", "birth", "birth_year"));
        assertThat(t.columns()).containsExactly("birth", "full_name", "id");
        assertThat(t.value(0, "full_name")).contains("Nguyễn Văn An");
        assertThat(t.value(1, "birth")).isEmpty();
        assertThat(t.value(1, "id")).contains("2");
    }

    @Test
    void aMappingThatNamesAColumnTheFileLacksSaysWhichColumnsThereAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, "row_no,user_name\n1,An\n");
        java.util.Map<String, String> mapping = java.util.Map.of("id", "cccd");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableCsv.read(file, mapping))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cccd");
    }
}
