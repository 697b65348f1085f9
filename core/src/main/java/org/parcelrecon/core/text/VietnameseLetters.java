package org.parcelrecon.core.text;

import java.text.Normalizer;

/**
 * Lookup tables for the letters of the Vietnamese alphabet: for each precomposed letter its base
 * (the letter without tone, e.g. {@code 'ấ'} → {@code 'â'}), its tone and its case, and the reverse
 * composition.
 *
 * <p>The tables are derived at class-load time from the JDK's own Unicode decomposition data
 * ({@link Normalizer.Form#NFD}), not typed in by hand: a character is a Vietnamese letter when it
 * decomposes into an ASCII letter, at most one vowel-quality mark (circumflex on a/e/o, breve on
 * a, horn on o/u) and at most one of the five tone marks on a vowel; plus {@code đ}/{@code Đ}, which
 * has no decomposition. That yields the 134 non-ASCII letters (12 vowels × 5 tones + ă â ê ô ơ ư,
 * in both cases, + đ Đ) and the 52 ASCII letters.
 *
 * <p>Packed form returned by {@link #info(char)}: bits 0-15 the base letter (lower case, with its
 * quality mark, without tone), bits 16-18 the tone ({@link #NONE} … {@link #DOT}), bit 19 set for
 * upper case, bits 20-26 the
 * lower-case ASCII letter it folds to; {@code -1} for anything that is not a Vietnamese letter.
 *
 * <p>Stateless and thread-safe.
 */
final class VietnameseLetters {
    /** No tone (thanh ngang). */
    static final int NONE = 0;
    /** Grave accent (dấu huyền), U+0300. */
    static final int GRAVE = 1;
    /** Hook above (dấu hỏi), U+0309. */
    static final int HOOK = 2;
    /** Tilde (dấu ngã), U+0303. */
    static final int TILDE = 3;
    /** Acute accent (dấu sắc), U+0301. */
    static final int ACUTE = 4;
    /** Dot below (dấu nặng), U+0323. */
    static final int DOT = 5;

    /** The combining mark of each tone, indexed by tone. */
    static final char[] TONE_MARKS = {0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};

    /** Number of distinct non-ASCII Vietnamese letters (upper and lower case, đ/Đ included). */
    static final int NON_ASCII_LETTER_COUNT = 134;

    private static final int UPPER_BIT = 1 << 19;
    private static final String BASES = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** The ASCII letter each entry of {@link #BASES} folds to. */
    private static final String FOLDED = "aaabcddeefghijklmnooopqrstuuvwxyz";
    private static final int FOLD_SHIFT = 20;
    private static final String VOWELS = "aăâeêioôơuưy";

    private static final int LATIN_END = 0x01B1; // covers U+0000..U+01B0 (ư is U+01B0)
    private static final int EXT_START = 0x1EA0;
    private static final int EXT_END = 0x1EFA;   // U+1EA0 (Ạ) .. U+1EF9 (ỹ)

    private static final int[] LATIN = new int[LATIN_END];
    private static final int[] EXT = new int[EXT_END - EXT_START];
    private static final char[] COMPOSE = new char[BASES.length() * 6 * 2];

    static {
        java.util.Arrays.fill(LATIN, -1);
        java.util.Arrays.fill(EXT, -1);
        int count = 0;
        for (char c = 0; c < LATIN_END; c++) {
            LATIN[c] = classify(c);
            if (LATIN[c] >= 0 && c > 0x7F) {
                count++;
            }
        }
        for (char c = EXT_START; c < EXT_END; c++) {
            EXT[c - EXT_START] = classify(c);
            if (EXT[c - EXT_START] >= 0) {
                count++;
            }
        }
        if (count != NON_ASCII_LETTER_COUNT) {
            throw new IllegalStateException("expected " + NON_ASCII_LETTER_COUNT
                    + " Vietnamese letters from the JDK's Unicode data, found " + count);
        }
        for (char c = 0; c < LATIN_END; c++) {
            LATIN[c] = register(c, LATIN[c]);
        }
        for (char c = EXT_START; c < EXT_END; c++) {
            EXT[c - EXT_START] = register(c, EXT[c - EXT_START]);
        }
    }

    private VietnameseLetters() {
    }

    /** Records {@code c} in the composition table and adds the folded ASCII letter to its info. */
    private static int register(char c, int info) {
        if (info < 0) {
            return info;
        }
        int idx = BASES.indexOf(base(info));
        COMPOSE[(idx * 6 + tone(info)) * 2 + (isUpper(info) ? 1 : 0)] = c;
        return info | (FOLDED.charAt(idx) << FOLD_SHIFT);
    }

    private static int classify(char c) {
        if (c == 'đ') {
            return 'đ';
        }
        if (c == 'Đ') {
            return 'đ' | UPPER_BIT;
        }
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z') {
                return c;
            }
            if (c >= 'A' && c <= 'Z') {
                return (c + 32) | UPPER_BIT;
            }
            return -1;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = d.charAt(0);
        boolean upper;
        char base;
        if (first >= 'a' && first <= 'z') {
            upper = false;
            base = first;
        } else if (first >= 'A' && first <= 'Z') {
            upper = true;
            base = (char) (first + 32);
        } else {
            return -1;
        }
        if (d.length() == 1) {
            return -1;
        }
        int tone = NONE;
        char quality = 0;
        for (int i = 1; i < d.length(); i++) {
            char m = d.charAt(i);
            int t = toneOfMark(m);
            if (t != NONE && tone == NONE) {
                tone = t;
            } else if ((m == '\u0302' || m == '\u0306' || m == '\u031B') && quality == 0) {
                quality = m;
            } else {
                return -1;
            }
        }
        if (quality != 0) {
            base = withQuality(base, quality);
            if (base == 0) {
                return -1;
            }
        }
        if (tone != NONE && VOWELS.indexOf(base) < 0) {
            return -1;
        }
        return base | (tone << 16) | (upper ? UPPER_BIT : 0);
    }

    private static char withQuality(char base, char mark) {
        switch (mark) {
            case '\u0302':
                return base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
            case '\u0306':
                return base == 'a' ? 'ă' : 0;
            default:
                return base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
        }
    }

    /** The tone of a combining tone mark, or {@link #NONE} if {@code m} is not one of the five. */
    static int toneOfMark(char m) {
        switch (m) {
            case '\u0300':
                return GRAVE;
            case '\u0309':
                return HOOK;
            case '\u0303':
                return TILDE;
            case '\u0301':
                return ACUTE;
            case '\u0323':
                return DOT;
            default:
                return NONE;
        }
    }

    /** Packed letter info (see class comment), or -1 if {@code c} is not a Vietnamese letter. */
    static int info(char c) {
        if (c < LATIN_END) {
            return LATIN[c];
        }
        if (c >= EXT_START && c < EXT_END) {
            return EXT[c - EXT_START];
        }
        return -1;
    }

    static char base(int info) {
        return (char) (info & 0xFFFF);
    }

    static int tone(int info) {
        return (info >>> 16) & 0x7;
    }

    static boolean isUpper(int info) {
        return (info & UPPER_BIT) != 0;
    }

    /** Whether the base letter (lower case, no tone) is one of the twelve vowels a ă â e ê i o ô ơ u ư y. */
    static boolean isVowel(char base) {
        switch (base) {
            case 'a': case 'ă': case 'â': case 'e': case 'ê': case 'i':
            case 'o': case 'ô': case 'ơ': case 'u': case 'ư': case 'y':
                return true;
            default:
                return false;
        }
    }

    /** Whether the base letter carries a quality mark: ă â ê ô ơ ư. */
    static boolean hasQualityMark(char base) {
        return base == 'ă' || base == 'â' || base == 'ê' || base == 'ô' || base == 'ơ' || base == 'ư';
    }

    /**
     * The precomposed letter for a base, tone and case, e.g. {@code compose('â', ACUTE, true)} is
     * {@code 'Ấ'}; {@code 0} when there is none (a tone on a consonant, an unknown base).
     */
    static char compose(char base, int tone, boolean upper) {
        int idx = BASES.indexOf(base);
        if (idx < 0 || tone < 0 || tone > DOT) {
            return 0;
        }
        return COMPOSE[(idx * 6 + tone) * 2 + (upper ? 1 : 0)];
    }

    /** The lower-case ASCII letter a Vietnamese letter folds to ({@code 'Ặ'} → {@code 'a'}, {@code 'đ'} → {@code 'd'}). */
    static char fold(int info) {
        return (char) ((info >>> FOLD_SHIFT) & 0x7F);
    }

    /** Whether {@code c} is one of the 134 precomposed non-ASCII Vietnamese letters. */
    static boolean isNonAsciiLetter(char c) {
        return c > 0x7F && info(c) >= 0;
    }
}
