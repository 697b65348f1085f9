package org.parcelrecon.core.text;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Decoder for Windows-1258 (Vietnamese ANSI code page) text that was read as Windows-1252.
 *
 * <p>Windows-1258 keeps most of Windows-1252 and replaces 14 bytes: Ă ă Đ đ Ơ ơ Ư ư ₫ at 0xC3 0xE3
 * 0xD0 0xF0 0xD5 0xF5 0xDD 0xFD 0xFE, and the five combining tone marks at 0xCC (grave), 0xD2
 * (hook), 0xDE (tilde), 0xEC (acute), 0xF2 (dot below), which follow their base letter. So
 * {@code "Nguyễn"} is {@code "Nguyê"} + 0xDE + {@code "n"}, read as Windows-1252
 * {@code "NguyêÞn"}. The table is the JDK's own {@code windows-1258} charset (DOMAIN.md §6: glibc
 * {@code CP1258} agrees; the tests check it against {@code iconv -f CP1258}). Bytes that
 * Windows-1258 leaves undefined (0x81, 0x8A, 0x8D-0x90, 0x9A, 0x9D, 0x9E) are kept as read and
 * counted as unmapped.
 *
 * <p>Stateless and thread-safe.
 */
final class Windows1258 {
    private static final char[] TABLE = new char[256];

    static {
        Charset cp1258 = Charset.forName("windows-1258");
        for (int b = 0; b < 256; b++) {
            TABLE[b] = new String(new byte[] {(byte) b}, cp1258).charAt(0);
        }
    }

    private Windows1258() {
    }

    /** The character Windows-1258 gives byte {@code b}, U+FFFD where undefined. */
    static char charOf(int b) {
        return TABLE[b];
    }

    /**
     * Decodes the token {@code s[start, end)} and appends it, NFC, to {@code out}.
     *
     * @return the number of characters that are no Windows-1258 byte (kept as they are)
     */
    static int decodeToken(String s, int start, int end, StringBuilder out) {
        StringBuilder t = new StringBuilder(end - start);
        int unmapped = 0;
        boolean combining = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int b = Cp1252.byteOf(c);
            char d = b < 0 ? '\uFFFD' : TABLE[b];
            if (d == '\uFFFD') {
                t.append(c);
                unmapped++;
            } else {
                combining |= VietnameseLetters.toneOfMark(d) != VietnameseLetters.NONE;
                t.append(d);
            }
        }
        out.append(combining ? Normalizer.normalize(t, Normalizer.Form.NFC) : t);
        return unmapped;
    }
}
