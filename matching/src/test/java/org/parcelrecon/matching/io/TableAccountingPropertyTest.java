package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.parcelrecon.core.testdata.CorruptedCsv;
import org.parcelrecon.core.testdata.CorruptedCsv.Corruption;

/**
 * The tables {@code link} and {@code evaluate} read account for every row: whatever the damage (garbled cells,
 * broken quotes, short and long rows, duplicate ids), each input row comes out exactly once, as a table row or a
 * rejection with its line, and an undamaged row is rejected only for repeating an earlier row's id, never for a
 * neighbour's damage.
 */
class TableAccountingPropertyTest {
    @Provide
    Arbitrary<Corruption> corruption() {
        return CorruptedCsv.corruptions();
    }

    @Property(tries = 200)
    void everyRowComesOutOnceAsARowOrARejection(@ForAll @Size(min = 1, max = 25) List<@net.jqwik.api.From("corruption")
            Corruption> rows, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("id,full_name,birth,address\n");
        for (int i = 0; i < rows.size(); i++) {
            String id = random.nextInt(4) == 0 && i > 0 ? "r" + random.nextInt(i) : "r" + i;
            csv.append(CorruptedCsv.line(List.of(id, "Nguyễn Văn " + i, "19" + (50 + i % 50),
                    "Tổ " + i + ", Phường Hà Tu"), rows.get(i), random, 2)).append('\n');
        }
        TableRead read = TableCsv.readChecked(new StringReader(csv.toString()), ',', "people.csv")
                .withUniqueIds("id");

        List<Long> out = new ArrayList<>();
        for (int row = 0; row < read.table().size(); row++) {
            out.add(read.line(row));
        }
        read.rejected().forEach(r -> out.add(r.line()));
        List<Long> in = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            in.add(i + 2L);
        }
        assertThat(out).containsExactlyInAnyOrderElementsOf(in);
        assertThat(read.rowsRead()).isEqualTo(rows.size());
        for (RejectedRow r : read.rejected()) {
            if (rows.get((int) r.line() - 2) == Corruption.NONE) {
                assertThat(r.reason()).contains("is already on line");
            }
        }
    }
}
