package org.parcelrecon.core.text;

/**
 * Splits a possibly mis-decoded string into tokens: the stretches that may be words in a legacy
 * encoding. Everything between tokens (spaces, digits, ASCII punctuation, NBSP, most Windows-1252
 * punctuation) is the same in every encoding and is copied through unchanged by the decoders.
 *
 * <p>A character belongs to a token when it is
 * <ul>
 *   <li>a letter ({@link Character#isLetter(char)}) or a combining mark;</li>
 *   <li>any character read from a byte 0xA1-0xFF: in TCVN3 all of these except 0xB0-0xB4 are
 *       letters ({@code ©} is â, {@code ®} is đ, {@code ¨} is ă);</li>
 *   <li>{@code ° ± ² ³ ´} (0xB0-0xB4, combining tone marks in TCVN3-VN1) after a letter;</li>
 *   <li>a character read from 0x80-0x9F (VN1 capitals) next to a letter; for the quote, dash,
 *       bullet and ellipsis bytes only between two letters or after an all-capital run of
 *       letters, so that quotes around a word stay quotes;</li>
 *   <li>one of the twelve control characters that are VN1 capitals (see {@link Tcvn3#control(int)}).</li>
 * </ul>
 * U+FFFD (a byte the reader could not map) also belongs to a token: it is what a Java
 * Windows-1252 reader makes of VN1 capitals in the five holes.
 *
 * <p>Stateless and thread-safe.
 */
final class LegacyTokens {
    private LegacyTokens() {
    }

    /** Whether {@code s.charAt(i)} belongs to a token. */
    static boolean isTokenChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Tcvn3.control(c) != 0;
        }
        if (Character.isLetter(c) || isCombiningMark(c) || c == '\uFFFD') {
            return true;
        }
        int b = Cp1252.byteOf(c);
        if (b < 0 || b == 0xA0) {
            return false;
        }
        if (b >= 0xB0 && b <= 0xB4) {
            return i > 0 && isLetterish(s, i - 1);
        }
        if (b >= 0xA1) {
            return true;
        }
        boolean before = i > 0 && isLetterish(s, i - 1);
        boolean after = i + 1 < s.length() && isLetterish(s, i + 1);
        if (isPunctuationByte(b)) {
            return before && (after || capitalRunBefore(s, i));
        }
        return before || after;
    }

    /** Letters and letter codes that make their neighbours in 0x80-0x9F count as letters. */
    private static boolean isLetterish(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Tcvn3.control(c) != 0;
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int b = Cp1252.byteOf(c);
        return b >= 0xA1 && (b < 0xB0 || b > 0xB4);
    }

    /** Whether the letters right before {@code i} (at least one) are all capitals. */
    private static boolean capitalRunBefore(String s, int i) {
        int j = i - 1;
        int letters = 0;
        while (j >= 0 && isLetterish(s, j)) {
            char c = s.charAt(j);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters++;
            j--;
        }
        return letters > 0;
    }

    /** Windows-1252 punctuation in 0x80-0x9F: low quotes, ellipsis, angle quotes, quotes, bullet, dashes. */
    private static boolean isPunctuationByte(int b) {
        return b == 0x82 || b == 0x84 || b == 0x85 || b == 0x8B || (b >= 0x91 && b <= 0x97) || b == 0x9B;
    }

    static boolean isCombiningMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /**
     * The end of the token's core: the token without trailing {@code ° ² ³}, which after a
     * consonant are units ({@code m²}, {@code m³}), not tone marks.
     */
    static int coreEnd(String s, int start, int end) {
        int e = end;
        while (e > start) {
            char c = s.charAt(e - 1);
            if (c != '\u00B0' && c != '\u00B2' && c != '\u00B3') {
                break;
            }
            e--;
        }
        return e;
    }
}
