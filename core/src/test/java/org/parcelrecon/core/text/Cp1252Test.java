package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cp1252Test {
    @Test
    void recoversEveryByteOfAWindows1252Reading() {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != '\uFFFD') {
                assertThat(Cp1252.byteOf(c)).as("byte %02X", b).isEqualTo(b);
            }
        }
    }

    @Test
    void recoversBytes0x80To0x9FFromAnIso88591Reading() {
        for (int b = 0x80; b < 0xA0; b++) {
            assertThat(Cp1252.byteOf((char) b)).isEqualTo(b);
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'ạ', 'ă', 'đ', '\u0300', '\uFFFD', '中'})
    void findsNoByteForOtherCharacters(char c) {
        assertThat(Cp1252.byteOf(c)).isEqualTo(-1);
        assertThat(Cp1252.isReadable(c)).isFalse();
    }
}
