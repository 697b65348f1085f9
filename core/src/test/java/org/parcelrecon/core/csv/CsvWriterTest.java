package org.parcelrecon.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /** The cells of the randomised tests: every character class the writer treats apart, and plain text. */
    private static final String[] PIECES = {"a", "Nguyễn", "12", "-", "+", "=", "@", "\t", "\r", "\n", ",", "\"", ".",
        "0", "7.25", "-3.5", "'", "|", "m²", "\uD83C\uDFE0", "Ω", "e", "NaN", " ", "\u0080", "\u07FF", "\u0800",
        "\uFFFF", "\uE000", "OLD-06652-1-1", "?", "é", "\u00FF", "\u0100", "\u0141", "\u0122", "\u012C"};

    private static List<List<String>> randomRows(long seed, int count, int width) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                StringBuilder cell = new StringBuilder();
                int pieces = random.nextInt(5);
                for (int p = 0; p < pieces; p++) {
                    cell.append(PIECES[random.nextInt(PIECES.length)]);
                }
                row.add(random.nextInt(20) == 0 ? null : cell.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rule as the class comment states it, written the plain way: a reference for the fast writer. */
    private static String referenceCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = SpreadsheetCells.escapeFormula(value);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Test
    void filesHoldTheBytesOfTheReferenceRuleThroughAJdkUtf8Writer(@TempDir Path dir) throws IOException {
        List<String> header = List.of("a", "b", "c", "d");
        List<List<String>> rows = randomRows(19, 20_000, header.size()); // a few MB: many buffer refills
        Path expected = dir.resolve("expected.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(expected, StandardCharsets.UTF_8))) {
            w.write(CsvWriter.BYTE_ORDER_MARK);
            w.write(String.join(",", header) + "\n");
            for (List<String> row : rows) {
                w.write(String.join(",", row.stream().map(CsvWriterTest::referenceCell).toList()) + "\n");
            }
        }
        Path byRow = dir.resolve("by-row.csv");
        try (CsvWriter csv = CsvWriter.create(byRow, header)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        Path byCell = dir.resolve("by-cell.csv");
        try (CsvWriter csv = CsvWriter.create(byCell, header)) {
            for (List<String> row : rows) {
                for (String cell : row) {
                    csv.add(cell);
                }
                csv.endRow();
            }
        }
        assertThat(Files.readAllBytes(byRow)).isEqualTo(Files.readAllBytes(expected));
        assertThat(Files.readAllBytes(byCell)).isEqualTo(Files.readAllBytes(expected));
    }

    @Test
    void aWriterGetsTheSameTextAsAFile(@TempDir Path dir) throws IOException {
        List<String> header = List.of("x", "y");
        List<List<String>> rows = randomRows(7, 500, header.size());
        StringWriter out = new StringWriter();
        Path file = dir.resolve("f.csv");
        try (CsvWriter toWriter = CsvWriter.of(out, header); CsvWriter toFile = CsvWriter.create(file, header)) {
            for (List<String> row : rows) {
                toWriter.row(row);
                toFile.row(row);
            }
        }
        assertThat(CsvWriter.BYTE_ORDER_MARK + out.toString()).isEqualTo(Files.readString(file));
    }

    @Test
    void aRowBuiltCellByCellMustHaveTheHeadersWidth() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.of(out, List.of("a", "b"))) {
            csv.add("1");
            assertThatThrownBy(csv::endRow).isInstanceOf(IllegalArgumentException.class);
            csv.add("1").add("-2.5");
            assertThatThrownBy(() -> csv.add("3")).isInstanceOf(IllegalArgumentException.class);
            csv.endRow();
            csv.add("x");
            assertThatThrownBy(() -> csv.row("y", "z")).isInstanceOf(IllegalStateException.class);
            csv.add("y").endRow();
        }
        assertThat(out.toString()).isEqualTo("a,b\n1,-2.5\nx,y\n");
    }

    @Test
    void aStreamGetsTheUtf8BytesOfWhatAWriterGetsCellsGivenAsBuildersOrStrings() throws IOException {
        List<String> header = List.of("x", "y", "z");
        List<List<String>> rows = randomRows(23, 20_000, header.size());
        StringWriter chars = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder reused = new StringBuilder();
        try (CsvWriter toWriter = CsvWriter.of(chars, header); CsvWriter toStream = CsvWriter.of(bytes, header)) {
            for (List<String> row : rows) {
                toWriter.row(row);
                for (String cell : row) {
                    reused.setLength(0);
                    toStream.add(cell == null ? null : reused.append(cell));
                }
                toStream.endRow();
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(chars.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cellsMadeOnceAreWrittenAsTheirValuesOnBothSinks() throws IOException {
        // random cells (quotes, commas, formulas, every UTF-8 length) given as CsvWriter.Cell on one writer and
        // as text on another, on both sinks, with booleans (which go the Cell way inside) between them
        List<String> header = List.of("x", "y", "flag");
        List<List<String>> rows = randomRows(29, 20_000, 2);
        StringWriter reference = new StringWriter();
        StringWriter chars = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter ref = CsvWriter.of(reference, header); CsvWriter toWriter = CsvWriter.of(chars, header);
             CsvWriter toStream = CsvWriter.of(bytes, header)) {
            for (int r = 0; r < rows.size(); r++) {
                String x = rows.get(r).get(0) == null ? "" : rows.get(r).get(0);
                String y = rows.get(r).get(1);
                boolean flag = r % 3 == 0;
                ref.row(x, y, flag ? "true" : "false");
                CsvWriter.Cell cell = CsvWriter.Cell.of(x);
                assertThat(cell.toString()).isEqualTo(referenceCell(x));
                toWriter.add(cell).add(y).add(flag).endRow();
                toStream.add(cell).add(y).add(flag).endRow();
            }
        }
        assertThat(chars.toString()).isEqualTo(reference.toString());
        assertThat(bytes.toByteArray()).isEqualTo(reference.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvWriter.Cell.of("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> CsvWriter.Cell.of("\uDC00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvWriter.Cell.of("\uD83C\uDFE0").toString()).isEqualTo("\uD83C\uDFE0");
    }

    @Test
    void rowsLongerThanTheBufferAndShortRowsDroppedLeaveTheOthersWhole() throws IOException {
        List<String> header = List.of("a", "b");
        String big = "Nguyễn,\"x\"".repeat(20_000); // 240,000 chars: several times the 64 KB buffer
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.of(bytes, header)) {
            csv.row("1", big);
            csv.add(big);
            assertThatThrownBy(csv::endRow).isInstanceOf(IllegalArgumentException.class);
            csv.add("2").add(big).endRow();
            csv.add("dropped at close");
        }
        StringWriter expected = new StringWriter();
        try (CsvWriter csv = CsvWriter.of(expected, header)) {
            csv.row("1", big);
            csv.row("2", big);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void halfASurrogatePairFailsAsTheJdkUtf8EncoderFailsAndLosesNoOtherRow(@TempDir Path dir) throws IOException {
        for (String half : List.of("a\uD83C", "\uDFE0b", "x\uD83C,y")) {
            Path jdk = dir.resolve("jdk.csv");
            assertThatThrownBy(() -> {
                try (Writer w = Files.newBufferedWriter(jdk, StandardCharsets.UTF_8)) {
                    w.write(half);
                }
            }).isInstanceOf(MalformedInputException.class);
            Path file = dir.resolve("ours.csv");
            try (CsvWriter csv = CsvWriter.create(file, List.of("a", "b"))) {
                csv.row("1", "before");
                assertThatThrownBy(() -> csv.row("2", half)).isInstanceOf(MalformedInputException.class);
                csv.add("3").add(half);
                assertThatThrownBy(csv::endRow).isInstanceOf(MalformedInputException.class);
                csv.row("4", "after");
            }
            assertThat(Files.readString(file)).isEqualTo("\uFEFFa,b\n1,before\n4,after\n");
        }
    }

    @Test
    void numberCellsMadeInPlaceAreTheFormattedTextOnBothSinks() throws IOException {
        List<String> header = List.of("text", "n", "m");
        Random random = new Random(29);
        StringWriter chars = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter expected = new StringWriter();
        try (CsvWriter toWriter = CsvWriter.of(chars, header); CsvWriter toStream = CsvWriter.of(bytes, header);
             CsvWriter reference = CsvWriter.of(expected, header)) {
            for (int i = 0; i < 20_000; i++) {
                int decimals = random.nextInt(FixedDecimals.MAX_DECIMALS + 1);
                double v = switch (random.nextInt(6)) {
                    case 0 -> Double.NaN;
                    case 1 -> (random.nextInt(2001) - 1000 + 0.5) / Math.pow(10, decimals); // a tie
                    case 2 -> -1e12 * random.nextDouble(); // beyond the direct way
                    default -> (random.nextDouble() - 0.4) * Math.pow(10, random.nextInt(9));
                };
                String text = PIECES[random.nextInt(PIECES.length)];
                toWriter.add(text).add(v, decimals).add(-v, 2).endRow();
                toStream.add(text).add(v, decimals).add(-v, 2).endRow();
                reference.row(text, FixedDecimals.format(v, decimals), FixedDecimals.format(-v, 2));
            }
        }
        assertThat(chars.toString()).isEqualTo(expected.toString());
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvWriter.of(new StringWriter(), header).add(1.5, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
