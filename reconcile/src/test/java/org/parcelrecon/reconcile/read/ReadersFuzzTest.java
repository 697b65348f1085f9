package org.parcelrecon.reconcile.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parcelrecon.core.admin.AdministrativeUnits;

/**
 * The register and population files {@code reconcile} reads: whatever the bytes, each reader returns every data
 * row as an entry or a rejection (the tables check that they add up) or throws an {@link IOException} naming the
 * file; never another exception, never a hang.
 */
class ReadersFuzzTest {
    private static final RegisterReader REGISTER =
            RegisterReader.of(AdministrativeUnits.quangNinh(), LocalDate.of(2026, 1, 1));
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("population-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("population.csv"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "1m")
    void everyRegisterGivesEntriesAndRejectionsOrAnIoException(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            RegisterTable table = REGISTER.read(new StringReader(text), "register.csv");
            assertThat(table.entries().size() + table.rejected().size()).isEqualTo(table.rowsRead());
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("register.csv");
        }
    }

    @FuzzTest(maxDuration = "1m")
    void everyPopulationFileGivesCitizensAndRejectionsOrAnIoException(byte[] input) throws IOException {
        Path file = folder.resolve("population.csv");
        Files.write(file, input);
        try {
            PopulationTable table = PopulationReader.defaults().read(file);
            assertThat(table.citizens().size() + table.rejected().size()).isEqualTo(table.rowsRead());
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("population.csv");
        }
    }
}
