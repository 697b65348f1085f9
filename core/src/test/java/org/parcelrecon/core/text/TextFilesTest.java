package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextFilesTest {
    private static final String TEXT = "row_no,user_name,address\n1,Nguyễn Văn An,\"Tổ 13, Phường Hà Tu\"\n"
            + "2,Trần Thị Bình,Cẩm Phả\n";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String read(byte[] bytes, TextFileEncoding encoding) throws IOException {
        try (BufferedReader r = TextFiles.open(new ByteArrayInputStream(bytes), "register.csv", encoding)) {
            StringBuilder b = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                b.append(line).append('\n');
            }
            return b.toString();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** The bytes an office machine writes in a legacy code page. */
    private static byte[] legacy(String text, TextEncoding encoding) {
        return VietnameseText.encodeLegacy(text, encoding).getBytes(CP1252);
    }

    @Test
    void readsUtf8WithAndWithoutAByteOrderMarkAndUtf16WithOne() throws IOException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(read(utf8, TextFileEncoding.AUTO)).isEqualTo(TEXT);
        assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), TextFileEncoding.AUTO))
                .isEqualTo(TEXT);
        assertThat(read(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), TextFileEncoding.AUTO)).isEqualTo(TEXT);
        assertThat(read(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE), TextFileEncoding.AUTO)).isEqualTo(TEXT);
    }

    @Test
    void keepsSayingEndOfInputWhenReadAgainAfterTheEnd() throws IOException {
        try (BufferedReader r = TextFiles.open(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)),
                "t.csv", TextFileEncoding.AUTO)) {
            char[] buf = new char[8];
            assertThat(r.read(buf)).isEqualTo(2);
            assertThat(r.read(buf)).isEqualTo(-1);
            assertThat(r.read(buf)).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TextEncoding.class, names = {"WINDOWS_1258", "TCVN3", "VNI_WINDOWS"})
    void detectsAndDecodesALegacyCodePage(TextEncoding encoding) throws IOException {
        // issue 18: such a file failed with "Input length = 1"
        assertThat(read(legacy(TEXT, encoding), TextFileEncoding.AUTO)).isEqualTo(TEXT);
    }

    @Test
    void decodesTheCodePageTheUserNames() throws IOException {
        assertThat(read(legacy(TEXT, TextEncoding.WINDOWS_1258), TextFileEncoding.WINDOWS_1258)).isEqualTo(TEXT);
        assertThat(read(legacy(TEXT, TextEncoding.TCVN3), TextFileEncoding.TCVN3)).isEqualTo(TEXT);
        assertThat(read(legacy(TEXT, TextEncoding.VNI_WINDOWS), TextFileEncoding.VNI)).isEqualTo(TEXT);
    }

    @Test
    void failsNamingFileLineAndTheOptionWhenNoEncodingFits() {
        byte[] bytes = "id,name\n1,An\n2,\u00e9t\u00e9 \u00e0 Paris\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(bytes, TextFileEncoding.AUTO)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("register.csv:3: not UTF-8 (byte 0xE9)")
                .hasMessageContaining("--encoding windows-1258, tcvn3 or vni");
    }

    @Test
    void failsAtTheLineOfALegacyByteBeyondTheSampleOfAUtf8File(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            text.append(i).append(",Nguyen Van An,1962\n");
        }
        Path file = dir.resolve("population.csv");
        Files.write(file, concat(text.toString().getBytes(StandardCharsets.UTF_8),
                legacy("5001,Nguyễn Văn An,1962\n", TextEncoding.WINDOWS_1258)));
        assertThatThrownBy(() -> {
            try (BufferedReader r = TextFiles.open(file, TextFileEncoding.AUTO)) {
                while (r.readLine() != null) {
                    // read to the end
                }
            }
        }).isInstanceOf(IOException.class).hasMessageStartingWith("population.csv:5001: not UTF-8")
                .hasMessageContaining("--encoding");
    }

    @Test
    void namesTheEncodingsAUserMayWrite() {
        assertThat(TextFileEncoding.parse("UTF8")).isEqualTo(TextFileEncoding.UTF_8);
        assertThat(TextFileEncoding.parse("cp1258")).isEqualTo(TextFileEncoding.WINDOWS_1258);
        assertThat(TextFileEncoding.parse("VNI-Windows")).isEqualTo(TextFileEncoding.VNI);
        assertThatThrownBy(() -> TextFileEncoding.parse("latin1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, utf-8, utf-16, windows-1258, tcvn3 or vni");
    }
}
