package org.parcelrecon.core.text;

/**
 * Decoder for VNI-Windows font text ({@code VNI-Times} and relatives) that was read as Windows-1252.
 *
 * <h2>The encoding</h2>
 * VNI writes most letters with diacritics as two bytes, the ASCII base letter followed by a mark
 * byte; a few letters are single bytes. Source: the VNI-WIN table in the VnConv tables of
 * fcitx5-unikey {@code unikey/data.cpp} (DOMAIN.md §6, tag UK: "16-bit words = tone/mark byte in
 * the high byte, base letter in the low byte"), restated here as the scheme it follows, and the
 * verified examples of DOMAIN.md §6 ({@code "Nguyeãn Vaên An"}, {@code "Traàn Thò Hoàng"},
 * {@code "Ñaëng"}, {@code "NGUYEÃN"}). Mark bytes, shown as their Windows-1252 characters, lower
 * case (the capital form of each mark is the byte 0x20 lower, e.g. {@code ù}/{@code Ù}):
 * <pre>
 *   tone only, after a e o u y ơ ư:   ù acute  ø grave  û hook  õ tilde  ï dot below
 *   circumflex, after a e o:           â (none) á acute  à grave  å hook  ã tilde  ä dot below
 *   breve, after a:                    ê (none) é acute  è grave  ú hook  ü tilde  ë dot below
 * </pre>
 * Single-byte letters (lower/upper): {@code ñ/Ñ} đ/Đ, {@code ô/Ô} ơ/Ơ, {@code ö/Ö} ư/Ư, and the
 * toned i and ỵ: {@code í/Í} í, {@code ì/Ì} ì, {@code æ/Æ} ỉ, {@code ó/Ó} ĩ, {@code ò/Ò} ị,
 * {@code î/Î} ỵ. The single-byte ơ and ư take the tone marks like a base letter:
 * {@code "ngöôøi"} = n g (ư) (ơ + grave) i = {@code "người"}.
 *
 * <p>The case of a decoded letter is the case of its base; the case of the mark byte is ignored,
 * so {@code "Aáp"} and {@code "AÁp"} both decode to {@code "Ấp"}. A mark byte with no base it can
 * go on, and any non-ASCII character that is neither a mark nor a single-byte letter, is kept as it
 * is and counted as unmapped: VNI text never contains one.
 *
 * <p>Stateless and thread-safe.
 */
final class VniWindows {
    private static final int TONE_FAMILY = 1;
    private static final int CIRCUMFLEX_FAMILY = 2;
    private static final int BREVE_FAMILY = 3;

    /** For each byte: {@code family << 4 | tone}, or 0 when the byte is not a mark. */
    private static final byte[] MARK = new byte[256];
    /** For each byte: the single-byte letter, or 0. */
    private static final char[] SINGLE = new char[256];

    static {
        mark(0xF9, TONE_FAMILY, VietnameseLetters.ACUTE);
        mark(0xF8, TONE_FAMILY, VietnameseLetters.GRAVE);
        mark(0xFB, TONE_FAMILY, VietnameseLetters.HOOK);
        mark(0xF5, TONE_FAMILY, VietnameseLetters.TILDE);
        mark(0xEF, TONE_FAMILY, VietnameseLetters.DOT);
        mark(0xE2, CIRCUMFLEX_FAMILY, VietnameseLetters.NONE);
        mark(0xE1, CIRCUMFLEX_FAMILY, VietnameseLetters.ACUTE);
        mark(0xE0, CIRCUMFLEX_FAMILY, VietnameseLetters.GRAVE);
        mark(0xE5, CIRCUMFLEX_FAMILY, VietnameseLetters.HOOK);
        mark(0xE3, CIRCUMFLEX_FAMILY, VietnameseLetters.TILDE);
        mark(0xE4, CIRCUMFLEX_FAMILY, VietnameseLetters.DOT);
        mark(0xEA, BREVE_FAMILY, VietnameseLetters.NONE);
        mark(0xE9, BREVE_FAMILY, VietnameseLetters.ACUTE);
        mark(0xE8, BREVE_FAMILY, VietnameseLetters.GRAVE);
        mark(0xFA, BREVE_FAMILY, VietnameseLetters.HOOK);
        mark(0xFC, BREVE_FAMILY, VietnameseLetters.TILDE);
        mark(0xEB, BREVE_FAMILY, VietnameseLetters.DOT);
        single(0xF1, 'đ');
        single(0xF4, 'ơ');
        single(0xF6, 'ư');
        single(0xED, 'í');
        single(0xEC, 'ì');
        single(0xE6, 'ỉ');
        single(0xF3, 'ĩ');
        single(0xF2, 'ị');
        single(0xEE, 'ỵ');
    }

    private VniWindows() {
    }

    private static void mark(int lowerByte, int family, int tone) {
        MARK[lowerByte] = (byte) (family << 4 | tone);
        MARK[lowerByte - 0x20] = (byte) (family << 4 | tone);
    }

    private static void single(int lowerByte, char letter) {
        SINGLE[lowerByte] = letter;
        SINGLE[lowerByte - 0x20] = Character.toUpperCase(letter);
    }

    /** Whether byte {@code b} is a VNI mark byte (either case). */
    static boolean isMark(int b) {
        return b >= 0 && b < 256 && MARK[b] != 0;
    }

    /** The single-byte VNI letter at byte {@code b}, or 0. */
    static char single(int b) {
        return b >= 0 && b < 256 ? SINGLE[b] : 0;
    }

    /**
     * Decodes the token {@code s[start, end)} and appends it (NFC) to {@code out}.
     *
     * @return the number of non-ASCII characters that are not part of a VNI letter (kept as they are)
     */
    static int decodeToken(String s, int start, int end, StringBuilder out) {
        int unmapped = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int b = Cp1252.byteOf(c);
            char base;
            boolean upper;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                base = Character.toLowerCase(c);
                upper = c <= 'Z';
            } else if (single(b) != 0) {
                char letter = single(b);
                upper = Character.isUpperCase(letter);
                base = Character.toLowerCase(letter);
                if (base != 'ơ' && base != 'ư') {
                    out.append(letter);
                    continue;
                }
            } else {
                out.append(c); // tokens hold only letters and legacy codes: anything else is not VNI
                unmapped++;
                continue;
            }
            if (i + 1 < end) {
                char composed = combine(base, Cp1252.byteOf(s.charAt(i + 1)), upper);
                if (composed != 0) {
                    out.append(composed);
                    i++;
                    continue;
                }
            }
            out.append(upper ? Character.toUpperCase(base) : base);
        }
        return unmapped;
    }

    /** The letter {@code base} + mark byte {@code m} spell, or 0 if that mark does not go on that base. */
    static char combine(char base, int m, boolean upper) {
        if (!isMark(m)) {
            return 0;
        }
        int family = MARK[m] >> 4;
        int tone = MARK[m] & 0xF;
        char target;
        if (family == TONE_FAMILY) {
            boolean ok = base == 'a' || base == 'e' || base == 'o' || base == 'u' || base == 'y'
                    || base == 'ơ' || base == 'ư';
            target = ok ? base : 0;
        } else if (family == CIRCUMFLEX_FAMILY) {
            target = base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
        } else {
            target = base == 'a' ? 'ă' : 0;
        }
        return target == 0 ? 0 : VietnameseLetters.compose(target, tone, upper);
    }
}
