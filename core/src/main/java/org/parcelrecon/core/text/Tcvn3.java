package org.parcelrecon.core.text;

import java.text.Normalizer;

/**
 * Decoder for TCVN 5712:1993 ("TCVN3", the ABC fonts {@code .VnTime}/{@code .VnTimeH}) text that
 * was read as Windows-1252.
 *
 * <h2>Table and its source</h2>
 * The byte table below is the glibc charmap {@code TCVN5712-1} (glibc 2.36,
 * {@code /usr/share/i18n/charmaps/TCVN5712-1.gz}; DOMAIN.md §6, tag GLIBC), copied byte by byte and
 * checked against {@code iconv -f TCVN5712-1} in the tests. That charmap is the <em>VN1</em>
 * variant of the standard. The <em>ABC</em> (VN3) variant used by most TCVN3 fonts and by the
 * VnConv tables in fcitx5-unikey {@code unikey/data.cpp} (tag UK) agrees with it on all 67
 * lower-case letters with diacritics and on Ă Â Ê Ô Ơ Ư Đ; the two differ only on the 60
 * tone-marked capitals:
 * <ul>
 *   <li>ABC has no codes for them: a capital with a tone is written with the lower-case letter's
 *       code and shown in capitals by the {@code …H} font. {@code "NGUYỄN"} is bytes
 *       {@code 4E 47 55 59 D4 4E}, read as {@code "NGUYÔN"}.</li>
 *   <li>VN1 gives them codes of their own in bytes ABC leaves unused: 0x01-0x17 (Ú Ụ Ừ Ử Ữ Ứ Ự
 *       Ỳ Ỷ Ỹ Ý Ỵ), 0x80-0x9F, 0xAF, 0xBA, 0xBF, 0xC0-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0, 0xFF.
 *       {@code "NGUYỄN"} is {@code … 59 D9 4E}, read as {@code "NGUYÙN"}. VN1 also has the five
 *       combining tone marks at 0xB0-0xB4 ({@code "a"} + 0xB3 = {@code "á"}).</li>
 * </ul>
 *
 * <h2>What this decoder does with the two variants</h2>
 * It decodes both, because the VN1 capitals sit in bytes ABC does not use:
 * <ul>
 *   <li>VN1 capitals are decoded as capitals, with two guards where the byte is also common
 *       Windows-1252 punctuation. Bytes 0x80-0x9F only count as letters next to a letter (see
 *       {@link LegacyTokens}); the quote, dash and ellipsis bytes ({@code ‚ „ … ‹ ‘ ’ “ ” • – — ›})
 *       only between two letters or after an all-capital run, so {@code “NguyÔn”} keeps its quotes
 *       while {@code "N—I"} is {@code "NỘI"}.</li>
 *   <li>The VN1 combining marks 0xB0-0xB4 ({@code ° ± ² ³ ´}) only combine with an untoned vowel
 *       just before them; otherwise they stay symbols, so {@code "m²"} stays {@code "m²"}.</li>
 *   <li>ABC capitals are ambiguous: a lower-case toned code is upper-cased when the word's other
 *       letters are capitals and at least two of them, or when it has no lower-case letter and the
 *       whole text is in capitals ({@code "NGUYÔN V¡N Hµ"} → {@code "NGUYỄN VĂN HÀ"}). Otherwise
 *       it stays lower case: {@code "Lý"} in an otherwise empty text stays {@code "Lý"}, although
 *       an all-caps {@code "LÝ"} has the same bytes. A word that starts with a shared code and
 *       has no capital gets a capital first letter when the text is in title case (no word starts
 *       with an unambiguous lower-case letter, at least one with a capital): {@code "Lª ThÞ Ên"}
 *       → {@code "Lê Thị Ấn"}, but {@code "tê b¶n ®å"} keeps {@code "bản"} lower case.</li>
 *   <li>VN1 capitals at the five holes of Windows-1252 (Ả 0x81, Ì 0x8D, Ĩ 0x8F, Í 0x90, Ù 0x9D)
 *       are decoded from an ISO-8859-1 reading (U+0081 …) but are lost if the reader wrote
 *       U+FFFD; U+FFFD is kept as it is.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class Tcvn3 {
    /** Bytes 0x80-0xFF of glibc charmap TCVN5712-1 (VN1). Bytes 0x00-0x7F are ASCII except {@link #control}. */
    private static final String HIGH = ""
            + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8" // 80-87: À Ả Ã Á Ạ Ặ Ậ È
            + "\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" // 88-8F: Ẻ Ẽ É Ẹ Ệ Ì Ỉ Ĩ
            + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8" // 90-97: Í Ị Ò Ỏ Õ Ó Ọ Ộ
            + "\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" // 98-9F: Ờ Ở Ỡ Ớ Ợ Ù Ủ Ũ
            + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110" // A0-A7: NBSP Ă Â Ê Ô Ơ Ư Đ
            + "\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" // A8-AF: ă â ê ô ơ ư đ Ằ
            + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3" // B0-B7: (grave hook tilde acute dot) à ả ã
            + "\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" // B8-BF: á ạ Ẳ ằ ẳ ẵ ắ Ẵ
            + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7" // C0-C7: Ắ Ầ Ẩ Ẫ Ấ Ề ặ ầ
            + "\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" // C8-CF: ẩ ẫ ấ ậ è Ể ẻ ẽ
            + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC" // D0-D7: é ẹ ề ể ễ ế ệ ì
            + "\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" // D8-DF: ỉ Ễ Ế Ồ ĩ í ị ò
            + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7" // E0-E7: Ổ ỏ õ ó ọ ồ ổ ỗ
            + "\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" // E8-EF: ố ộ ờ ở ỡ ớ ợ ù
            + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF" // F0-F7: Ỗ ủ ũ ú ụ ừ ử ữ
            + "\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // F8-FF: ứ ự ỳ ỷ ỹ ý ỵ Ố

    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    /** A lower-case toned letter whose code ABC also uses for the capital. */
    private static final byte SHARED = 3;
    private static final byte[] CASE_CLASS = new byte[256];

    static {
        for (int b = 'A'; b <= 'Z'; b++) {
            CASE_CLASS[b] = UPPER;
            CASE_CLASS[b + 32] = LOWER;
        }
        for (int b = 0x01; b < 0x20; b++) {
            if (control(b) != 0) {
                CASE_CLASS[b] = UPPER;
            }
        }
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = HIGH.charAt(b - 0x80);
            int info = VietnameseLetters.info(c);
            if (info < 0) {
                continue;
            }
            if (VietnameseLetters.isUpper(info)) {
                CASE_CLASS[b] = UPPER;
            } else {
                CASE_CLASS[b] = VietnameseLetters.tone(info) == VietnameseLetters.NONE ? LOWER : SHARED;
            }
        }
    }

    private Tcvn3() {
    }

    /** The VN1 capital at control byte {@code b} (0x01-0x17), or 0 if {@code b} is an ordinary control. */
    static char control(int b) {
        switch (b) {
            case 0x01: return '\u00DA'; // Ú
            case 0x02: return '\u1EE4'; // Ụ
            case 0x04: return '\u1EEA'; // Ừ
            case 0x05: return '\u1EEC'; // Ử
            case 0x06: return '\u1EEE'; // Ữ
            case 0x11: return '\u1EE8'; // Ứ
            case 0x12: return '\u1EF0'; // Ự
            case 0x13: return '\u1EF2'; // Ỳ
            case 0x14: return '\u1EF6'; // Ỷ
            case 0x15: return '\u1EF8'; // Ỹ
            case 0x16: return '\u00DD'; // Ý
            case 0x17: return '\u1EF4'; // Ỵ
            default: return 0;
        }
    }

    /** The character glibc TCVN5712-1 gives byte {@code b} (0x00-0xFF); for 0xB0-0xB4 a combining mark. */
    static char charOf(int b) {
        if (b >= 0x80) {
            return HIGH.charAt(b - 0x80);
        }
        char c = control(b);
        return c != 0 ? c : (char) b;
    }

    /** {@link #style} bit: the text is in capitals. */
    static final int ALL_CAPS = 1;
    /** {@link #style} bit: every word whose first letter tells its case starts with a capital. */
    static final int TITLE = 2;

    /**
     * How the text is cased, judged on the letters whose case TCVN3 bytes tell unambiguously:
     * {@link #ALL_CAPS} when it has at least two capitals and no lower-case letter, {@link #TITLE}
     * when at least one token starts with such a capital and none with such a lower-case letter.
     *
     * @param spans token spans as start/end pairs
     */
    static int style(String s, int[] spans) {
        int upper = 0;
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            int b = Cp1252.byteOf(s.charAt(i));
            if (b < 0 || (b >= 0x80 && b < 0xA0)) {
                continue; // 0x80-0x9F are letters only in context; leave them out of the count
            }
            if (CASE_CLASS[b] == LOWER) {
                lower = true;
            } else if (CASE_CLASS[b] == UPPER) {
                upper++;
            }
        }
        int style = !lower && upper >= 2 ? ALL_CAPS : 0;
        int upperFirst = 0;
        for (int t = 0; t < spans.length; t += 2) {
            int b = Cp1252.byteOf(s.charAt(spans[t]));
            if (b < 0) {
                continue;
            }
            if (CASE_CLASS[b] == LOWER) {
                return style;
            }
            if (CASE_CLASS[b] == UPPER) {
                upperFirst++;
            }
        }
        return upperFirst > 0 ? style | TITLE : style;
    }

    /**
     * Decodes the token {@code s[start, end)} and appends it, NFC, to {@code out}.
     *
     * @param style the text's {@link #style}, for the case of ABC's shared codes
     * @return the number of characters that are not a Windows-1252 reading of a byte (kept as they are)
     */
    static int decodeToken(String s, int start, int end, StringBuilder out, int style) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            int b = Cp1252.byteOf(s.charAt(i));
            if (b >= 0) {
                if (CASE_CLASS[b] == UPPER) {
                    upper++;
                } else if (CASE_CLASS[b] == LOWER) {
                    lower++;
                }
            }
        }
        boolean capitaliseAll = lower == 0 && (upper >= 2 || (style & ALL_CAPS) != 0);
        boolean capitaliseFirst = capitaliseAll || (upper == 0 && (style & TITLE) != 0);
        StringBuilder t = new StringBuilder(end - start);
        boolean combining = false;
        int unmapped = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int b = Cp1252.byteOf(c);
            if (b < 0) {
                t.append(c);
                unmapped++;
                continue;
            }
            char d = charOf(b);
            if (b >= 0xB0 && b <= 0xB4) {
                if (t.length() > 0 && isUntonedVowel(t.charAt(t.length() - 1))) {
                    t.append(d);
                    combining = true;
                } else {
                    t.append(c);
                }
                continue;
            }
            if (CASE_CLASS[b] == SHARED && (capitaliseAll || (capitaliseFirst && i == start))) {
                int info = VietnameseLetters.info(d);
                d = VietnameseLetters.compose(VietnameseLetters.base(info), VietnameseLetters.tone(info), true);
            }
            t.append(d);
        }
        out.append(combining ? Normalizer.normalize(t, Normalizer.Form.NFC) : t);
        return unmapped;
    }

    private static boolean isUntonedVowel(char c) {
        int info = VietnameseLetters.info(c);
        return info >= 0 && VietnameseLetters.isVowel(VietnameseLetters.base(info))
                && VietnameseLetters.tone(info) == VietnameseLetters.NONE;
    }
}
