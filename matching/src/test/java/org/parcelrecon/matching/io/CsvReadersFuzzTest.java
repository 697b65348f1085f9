package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The CSV tables {@code link} and {@code evaluate} read (records, truth pairs, scored pairs): whatever the text,
 * each reader returns its rows and rejections, in file order, or throws the exception its Javadoc names; never
 * anything else, never a hang.
 */
class CsvReadersFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyTableGivesRowsAndRejectionsInFileOrder(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        TableRead read = TableCsv.readChecked(new StringReader(text), ',', "fuzz.csv");
        assertThat(read.rowsRead()).isEqualTo(read.table().size() + read.rejected().size());
        // CRLF, LF and CR each end a line
        long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        long previous = 0;
        for (int row = 0; row < read.table().size(); row++) {
            assertThat(read.line(row)).isGreaterThan(previous).isLessThanOrEqualTo(lines);
            previous = read.line(row);
        }
        for (RejectedRow r : read.rejected()) {
            assertThat(r.line()).isBetween(1L, lines);
        }
        if (!read.table().columns().isEmpty()) {
            TableRead unique = read.withUniqueIds(read.table().columns().get(0));
            assertThat(unique.rowsRead()).isEqualTo(read.rowsRead());
        }
    }

    @FuzzTest(maxDuration = "1m")
    void everyTruthFileGivesPairsAndRejections(byte[] input) throws IOException {
        TruthCsv.Read read = TruthCsv.readChecked(new StringReader(new String(input, StandardCharsets.UTF_8)), false,
                "truth.csv");
        assertThat(read.rejected()).doesNotContainNull();
    }

    @FuzzTest(maxDuration = "1m")
    void everyPairsFileGivesPairsAndRejectionsOrAMissingColumn(byte[] input) throws IOException {
        try {
            PairsCsv.Result read = PairsCsv.read(new StringReader(new String(input, StandardCharsets.UTF_8)));
            for (var pair : read.pairs()) {
                assertThat(pair.matchProbability()).isBetween(0.0, 1.0);
            }
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
