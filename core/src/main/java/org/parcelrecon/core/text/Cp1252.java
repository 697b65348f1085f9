package org.parcelrecon.core.text;

import java.nio.charset.Charset;

/**
 * Recovers the byte behind a character of a string that was produced by reading legacy bytes as
 * Windows-1252 (or as ISO-8859-1).
 *
 * <p>Bytes 0x00-0x7F and 0xA0-0xFF read as the character with the same number in both charsets.
 * Bytes 0x80-0x9F read as the 27 Windows-1252 specials ({@code €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ}) or,
 * in an ISO-8859-1 reading and in the five holes of Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D), as
 * the C1 control character U+0080-U+009F; both readings are accepted. The Windows-1252 table is
 * the JDK's own {@code windows-1252} charset.
 *
 * <p>Stateless and thread-safe.
 */
final class Cp1252 {
    private static final int SPECIAL_START = 0x0152; // Œ, the lowest Windows-1252 special
    private static final int SPECIAL_END = 0x2123;   // ™ (U+2122), the highest
    private static final byte[] SPECIAL_BYTE = new byte[SPECIAL_END - SPECIAL_START];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b < 0xA0; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != '\uFFFD') {
                SPECIAL_BYTE[c - SPECIAL_START] = (byte) b;
            }
        }
    }

    private Cp1252() {
    }

    /**
     * The byte {@code c} was read from, or -1 when no Windows-1252/ISO-8859-1 byte reads as
     * {@code c} (e.g. {@code 'ạ'}, a combining mark, U+FFFD).
     */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c >= SPECIAL_START && c < SPECIAL_END) {
            int b = SPECIAL_BYTE[c - SPECIAL_START] & 0xFF;
            return b == 0 ? -1 : b;
        }
        return -1;
    }

    /** Whether {@code c} could stand in a Windows-1252 or ISO-8859-1 reading of legacy bytes. */
    static boolean isReadable(char c) {
        return byteOf(c) >= 0;
    }
}
