package org.parcelrecon.reconcile.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.testdata.CorruptedCsv;
import org.parcelrecon.core.testdata.CorruptedCsv.Corruption;

/**
 * {@code reconcile}'s register and population readers account for every row: whatever the damage (garbled cells,
 * broken quotes, short and long rows, bad numbers), each input row comes out exactly once, as an entry (a citizen)
 * or a rejection with its line; an undamaged row is always read.
 */
class ReadersAccountingPropertyTest {
    private static final RegisterReader REGISTER =
            RegisterReader.of(AdministrativeUnits.quangNinh(), LocalDate.of(2026, 1, 1));
    @Provide
    Arbitrary<Corruption> corruption() {
        return CorruptedCsv.corruptions();
    }

    @Property(tries = 150)
    void everyRegisterRowComesOutOnce(@ForAll @Size(min = 1, max = 25) List<@From("corruption") Corruption> rows,
                                      @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(
                "row_no,commune_code,sheet,plot,area_m2,land_use_code,address,user_name,birth_year\n");
        for (int i = 0; i < rows.size(); i++) {
            csv.append(CorruptedCsv.line(List.of(String.valueOf(i + 1), "06652", String.valueOf(1 + i % 9),
                    String.valueOf(i + 1), "154.4", "ODT", "Tổ " + i + ", Khu 2, Phường Hà Tu", "Phan Đức Hải",
                    "1966"), rows.get(i), random, 4)).append('\n');
        }
        RegisterTable table = REGISTER.read(new StringReader(csv.toString()), "register.csv");
        List<Long> read = new ArrayList<>();
        table.entries().forEach(e -> read.add(e.line()));
        List<Long> out = new ArrayList<>(read);
        table.rejected().forEach(r -> out.add(r.line()));
        assertThat(out).containsExactlyInAnyOrderElementsOf(lines(rows.size()));
        assertThat(table.rowsRead()).isEqualTo(rows.size());
        assertThat(read).containsAll(undamaged(rows));
    }

    @Property(tries = 150)
    void everyPopulationRowComesOutOnce(@ForAll @Size(min = 1, max = 25) List<@From("corruption") Corruption> rows,
                                        @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("citizen_id,full_name,birth_date,gender,address\n");
        for (int i = 0; i < rows.size(); i++) {
            csv.append(CorruptedCsv.line(List.of(String.format("0350664%05d", i), "Vũ Thị Giang " + i,
                    "1966-03-14", "Nữ", "Số " + i + ", Tổ 4, Phường Hà Tu"), rows.get(i), random, 2)).append('\n');
        }
        Path file = Files.createTempFile("population", ".csv");
        PopulationTable table;
        try {
            table = PopulationReader.defaults().read(Files.writeString(file, csv, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
        }
        List<Long> read = new ArrayList<>();
        for (long line : table.lines()) {
            read.add(line);
        }
        List<Long> out = new ArrayList<>(read);
        table.rejected().forEach(r -> out.add(r.line()));
        assertThat(out).containsExactlyInAnyOrderElementsOf(lines(rows.size()));
        assertThat(table.rowsRead()).isEqualTo(rows.size());
        assertThat(read).containsAll(undamaged(rows));
    }

    private static List<Long> lines(int rows) {
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(i + 2L);
        }
        return lines;
    }

    private static List<Long> undamaged(List<Corruption> rows) {
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == Corruption.NONE) {
                lines.add(i + 2L);
            }
        }
        return lines;
    }
}
