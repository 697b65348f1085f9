package org.parcelrecon.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @Test
    void filesStartWithAByteOrderMarkAndTheHeader() throws IOException {
        Path file = Files.createTempFile("csv", ".csv");
        try (CsvWriter csv = CsvWriter.create(file, List.of("line", "name"))) {
            csv.row("1", "Nguyễn Văn An");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFline,name\n1,Nguyễn Văn An\n");
    }

    @Test
    void cellsAreQuotedAndEscapedAsRfc4180AndSpreadsheetsNeed() {
        // value                        → cell
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvWriter.cell("-x")).isEqualTo("'-x");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.of(out, List.of("a", "b"))) {
            assertThatThrownBy(() -> csv.row("only one")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 cells").hasMessageContaining("2");
            csv.row("x", null);
            assertThat(csv.rowCount()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo("a,b\nx,\n");
    }

    @Test
    void aHeaderWithoutColumnsIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> CsvWriter.create(dir.resolve("x.csv"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
