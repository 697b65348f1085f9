package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Text in the encodings Vietnamese offices still use (TCVN3, VNI, Windows-1258, UTF-16, UTF-8 with or without a
 * mark). Decoding and normalising a string never throws; reading bytes as a text file gives text or an
 * {@link IOException} naming the source, never another exception.
 */
class LegacyTextFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void everyStringDecodesAndNormalises(byte[] input) {
        String raw = new String(input, StandardCharsets.ISO_8859_1);
        for (String text : new String[] {raw, new String(input, StandardCharsets.UTF_8)}) {
            assertThat(VietnameseText.decode(text).text()).isNotNull();
            for (TextEncoding encoding : TextEncoding.values()) {
                assertThat(VietnameseText.decode(text, encoding).text()).isNotNull();
            }
            VietnameseText.normalize(text);
            VietnameseText.fold(text);
            VietnameseText.titleCase(text);
            VietnameseText.canonicalTones(text);
            VietnameseText.foldUnicode(text);
        }
    }

    @FuzzTest(maxDuration = "1m")
    void everyByteStreamReadsAsTextOrFailsWithIoException(byte[] input) {
        for (TextFileEncoding encoding : TextFileEncoding.values()) {
            try (BufferedReader reader = TextFiles.open(new ByteArrayInputStream(input), "fuzz.csv", encoding)) {
                char[] buffer = new char[4096];
                while (reader.read(buffer) >= 0) {
                    // read to the end: decoding errors surface while reading
                }
            } catch (IOException e) {
                assertThat(e.getMessage()).contains("fuzz.csv");
            }
        }
    }
}
