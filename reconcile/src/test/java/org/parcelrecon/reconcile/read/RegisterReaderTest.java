package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;

class RegisterReaderTest {
    private final RegisterReader reader = RegisterReader.of(AdministrativeUnits.quangNinh(), LocalDate.of(2026, 1, 1));

    private RegisterTable read(String csv) throws IOException {
        return reader.read(new StringReader(csv), "register.csv");
    }

    @Test
    void vietnameseHeadersWithDiacriticsAreRecognisedWithoutAMapping() throws IOException {
        RegisterTable t = read("STT,Mã xã,Số tờ,Số thửa,Diện tích,Mục đích sử dụng,Chủ sử dụng,Năm sinh,Số CCCD\n"
                + "7,06652,12,0345,\"1.234,5\",ODT,Ông Nguyễn Văn An,1968,022068001234\n");
        assertThat(t.rejected()).isEmpty();
        RegisterEntry e = t.entries().get(0);
        assertThat(e.rowNo()).isEqualTo("7");
        assertThat(e.sheetPlot()).isEqualTo("12/345");
        assertThat(e.communeCandidates()).containsExactly("06652");
        RegisterRow row = e.row();
        assertThat(row.registeredAreaM2()).hasValue(1234.5);
        assertThat(row.landUseCode()).hasValue("ODT");
        LandUser user = row.landUsers().get(0);
        assertThat(user.name()).isEqualTo("Nguyễn Văn An");
        assertThat(user.birthYear()).hasValue(1968);
        assertThat(user.idNumber()).hasValue("022068001234");
        assertThat(t.columns()).containsEntry(RegisterField.SHEET, "Số tờ").containsEntry(RegisterField.AREA, "Diện tích");
    }

    @Test
    void headersWithoutDiacriticsOrInCamelCaseAreRecognisedToo() throws IOException {
        RegisterTable t = read("SoTo,SO THUA,dien_tich,Ngay sinh,Chu su dung\n5,78,152.4,15/08/1966,Trần Thị Bình\n");
        RegisterEntry e = t.entries().get(0);
        assertThat(e.sheetPlot()).isEqualTo("5/78");
        assertThat(e.row().registeredAreaM2()).hasValue(152.4);
        assertThat(e.row().landUsers().get(0).birthYear()).hasValue(1966);
        assertThat(e.communeCandidates()).containsExactly("-");
    }

    @Test
    void aWholeParcelKeyInRegisterFormIsRead() throws IOException {
        RegisterTable t = read("parcel,user_name\n\"Thửa đất số 346, tờ bản đồ số 12\",Hộ bà Trần Thị Bình\n");
        assertThat(t.entries().get(0).sheetPlot()).isEqualTo("12/346");
        assertThat(t.entries().get(0).row().landUsers().get(0).name()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void aCallerMappingOverridesRecognition() throws IOException {
        RegisterTable t = reader.withColumns(Map.of(RegisterField.SHEET, "A", RegisterField.PLOT, "B"))
                .read(new StringReader("A,B\n3,4\n"), "x.csv");
        assertThat(t.entries().get(0).sheetPlot()).isEqualTo("3/4");
    }

    @Test
    void anUnreadableCellIsKeptOnTheRowAsAnUnreadableCellNotDropped() throws IOException {
        RegisterTable t = read("sheet,plot,area_m2,birth_year,user_name\n1,2,\"12,3,4\",năm 75,Lê Văn Tám\n");
        RegisterRow row = t.entries().get(0).row();
        assertThat(row.registeredAreaM2()).isEmpty();
        assertThat(row.unreadableCells()).extracting(c -> c.column()).containsExactly("area_m2", "birth_year");
        assertThat(row.landUsers().get(0).birthYear()).isEmpty();
    }

    @Test
    void rowsThatCannotBeReadAreRejectedWithLineAndReasonAndTheRestIsKept() throws IOException {
        RegisterTable t = read("sheet,plot,user_name,citizen_id\n"
                + "1,2,An,022068001234\n"
                + "1,,Bình,022068001235\n"        // no plot
                + "1,3,Chi\n"                     // short row
                + "\n"                            // blank line: not a row
                + "1,4,Dũng,022068001236\n");
        assertThat(t.entries()).extracting(RegisterEntry::line).containsExactly(2L, 6L);
        assertThat(t.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(t.rejected().get(0).reason()).startsWith("no parcel key");
        assertThat(t.rejected().get(0).raw()).contains("022*******35").doesNotContain("022068001235");
        assertThat(t.rejected().get(1).reason()).isEqualTo("the row has 3 fields; the header has 4");
        assertThat(t.rowsRead()).isEqualTo(4);
    }

    @Test
    void aQuoteLeftOpenRejectsItsOwnRowOnlyAndTheLinesAfterItAreRead() throws IOException {
        RegisterTable t = read("sheet,plot,user_name\n1,2,An\n1,3,\"Bình\n1,4,Chi\n1,5,Dũng\n");
        assertThat(t.entries()).extracting(RegisterEntry::line).containsExactly(2L, 4L, 5L);
        assertThat(t.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("never closed").contains("read as rows of their own");
        });
    }

    @Test
    void organisationsAreLandUsersButNotPersons() throws IOException {
        RegisterTable t = read("sheet,plot,user_name\n1,2,Công ty TNHH Hạ Long Xanh\n1,3,Vợ chồng ông Lê Văn Cường và bà Phạm Thị Dung\n");
        assertThat(t.entries().get(0).row().landUsers()).extracting(LandUser::organization).containsExactly(true);
        assertThat(t.entries().get(1).row().landUsers()).extracting(LandUser::organization)
                .containsExactly(false, false);
        assertThat(t.entries().get(1).row().landUsers()).extracting(LandUser::name)
                .containsExactly("Lê Văn Cường", "Phạm Thị Dung");
    }

    @Test
    void aPreMergerCommuneCodeIsReadAsTodaysCommune() throws IOException {
        RegisterTable t = read("commune_code,sheet,plot\n06664,2,20\n");
        assertThat(t.entries().get(0).communeAsWritten()).isEqualTo("06664");
        assertThat(t.entries().get(0).communeCandidates()).containsExactly("06652");
    }

    @Test
    void legacyEncodedNamesAreDecodedAndTheDecodingKept() throws IOException {
        RegisterTable t = read("sheet,plot,user_name\n1,2,NguyÔn V¨n An\n");
        RegisterRow row = t.entries().get(0).row();
        assertThat(row.landUsers().get(0).name()).isEqualTo("Nguyễn Văn An");
        assertThat(row.decodedTexts()).hasSize(1);
    }

    @Test
    void windows1258AndUtf16FilesAreDetectedAndRead(@TempDir Path dir) throws IOException {
        String csv = "sheet,plot,user_name\n1,2,Trần Thị Bình\n";
        // Windows-1258 writes a tone as a combining mark after the letter (â + grave, i + dot below)
        String decomposed = "sheet,plot,user_name\n1,2,Tr\u00E2\u0300n Thi\u0323 Bi\u0300nh\n";
        for (Charset cs : new Charset[] {Charset.forName("windows-1258"), StandardCharsets.UTF_16}) {
            Path f = dir.resolve(cs.name() + ".csv");
            Files.write(f, (cs.name().equals("windows-1258") ? decomposed : csv).getBytes(cs));
            RegisterTable t = reader.read(f);
            assertThat(t.entries().get(0).row().landUsers().get(0).name()).as(cs.name()).isEqualTo("Trần Thị Bình");
        }
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + csv, StandardCharsets.UTF_8);
        assertThat(reader.read(bom).columns()).containsEntry(RegisterField.SHEET, "sheet");
    }

    @Test
    void anEmptyFileOrOneWithoutKeyColumnsIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(IOException.class).hasMessageContaining("empty.csv");
        assertThatThrownBy(() -> read("name,age\nAn,3\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("--register-columns");
        assertThatThrownBy(() -> read("sheet,plot\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("no rows");
    }
}
