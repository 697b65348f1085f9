package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationReaderTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("population.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void vietnameseHeadersAreRecognisedAndEveryRowIsACitizenOrRejectedWithItsLine() throws IOException {
        PopulationTable t = PopulationReader.defaults().read(file("Số định danh,Họ và tên,Ngày sinh,Địa chỉ\n"
                + "022166081887,Vũ Thị Giang,14/03/1966,\"Tổ 4, Phường Hà Tu\"\n"
                + ",Không Có Số,1970,\n"
                + "022199741010,Phan Minh Lan\n"
                + "035066459287,Phan Đức Hải,1966-08-15,Phường Hà Tu\n"));
        assertThat(t.citizens().size()).isEqualTo(2);
        assertThat(t.lines()).containsExactly(2, 5);
        assertThat(t.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(t.rejected().get(0).reason()).isEqualTo("no citizen ID");
        assertThat(t.rowsRead()).isEqualTo(4);
        assertThat(t.citizens().value(0, "full_name")).contains("Vũ Thị Giang");
        assertThat(t.citizens().value(0, "commune")).contains("Tổ 4, Phường Hà Tu");
        assertThat(t.columns()).containsEntry(PopulationField.BIRTH, "Ngày sinh");
    }

    @Test
    void aHeaderWithAQuoteFollowedByTextIsReadAsNamesNotACrash() throws IOException {
        // fuzzing: the header was parsed by a strict CSV parser whose UncheckedIOException escaped the reader
        PopulationTable t = PopulationReader.defaults().read(file("citizen_id,full_name,\"Địa chỉ\"x\n"
                + "035066459287,Phan Đức Hải,Hà Tu\n"));
        assertThat(t.citizens().size()).isEqualTo(1);
        assertThat(t.rejected()).isEmpty();
    }

    @Test
    void aMappingNamesColumnsTheHeaderDoesNotGiveAway() throws IOException {
        PopulationTable t = PopulationReader.defaults().withColumns(Map.of(PopulationField.CITIZEN_ID, "A",
                PopulationField.FULL_NAME, "B")).read(file("A,B\n022166081887,Vũ Thị Giang\n"));
        assertThat(t.citizens().value(0, "citizen_id")).contains("022166081887");
    }

    @Test
    void aFileWithoutTheIdOrNameColumnIsAnErrorSayingWhatToSet() throws IOException {
        Path f = file("name,age\nAn,3\n");
        assertThatThrownBy(() -> PopulationReader.defaults().read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("population.csv").hasMessageContaining("--population-columns");
    }
}
