package org.parcelrecon.core.text;

import java.util.Set;

/**
 * Vietnamese syllable structure: whether a word is a well-formed syllable, and where its tone mark
 * belongs.
 *
 * <h2>Structure</h2>
 * A syllable is an onset (optional consonant cluster: b c ch d đ g gh gi h k kh l m n ng ngh nh p
 * ph qu r s t th tr v x), a rhyme from the closed list {@link #RHYMES} (vowel cluster + optional
 * coda c ch m n ng nh p t), and at most one tone. Rhymes ending in c ch p t take only the acute or
 * the dot below. After {@code qu} the rhyme is read as if the {@code u} were a medial
 * ({@code quy} ~ {@code uy}, {@code qua} ~ {@code oa}); after {@code gi} the {@code i} belongs to
 * the onset when a vowel follows ({@code già}, {@code giữa}) and is the vowel otherwise
 * ({@code gì}, {@code gìn}). Loan words with f j w z, and rarities outside the list, are not
 * syllables here: the check is a heuristic for encoding detection and for deciding which words
 * tone canonicalisation may touch, not a dictionary.
 *
 * <h2>Canonical tone placement</h2>
 * Style: the tone goes where most current writing, and the examples of the task, put it:
 * {@code hòa}, {@code khỏe}, {@code thủy}, {@code Thúy} (sometimes called the "old" or
 * "traditional" style; the 1980s school rule writes {@code hoà}, {@code khoẻ}, {@code thuỷ}).
 * Rules, applied to the vowel cluster after the onset:
 * <ol>
 *   <li>a vowel with a quality mark (ă â ê ô ơ ư) takes the tone, the last one if there are two
 *       ({@code người}, {@code thuở}, {@code thuyền}, {@code khuyến}, {@code cứu});</li>
 *   <li>otherwise, if the rhyme has a final consonant, the last vowel ({@code hoàng},
 *       {@code toán}, {@code quỳnh});</li>
 *   <li>otherwise, three vowels: the middle one ({@code ngoài}, {@code khuỷu});</li>
 *   <li>otherwise, two vowels: the first ({@code hòa}, {@code khỏe}, {@code thủy}, {@code mía},
 *       {@code múa}, {@code hái});</li>
 *   <li>one vowel: that vowel. The {@code u} of {@code qu} and the {@code i} of {@code gi} are
 *       not in the cluster: {@code quý}, {@code giá}.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class Syllables {
    /** Rhymes (vowel cluster + coda) without tone, written in lower case. */
    static final Set<String> RHYMES = Set.of(
            // a, ă, â
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", "ăk", // ăk: Central Highlands names (Đắk Lắk)
            "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
            // e, ê
            "e", "ec", "em", "en", "eng", "eo", "ep", "et",
            "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
            // i, iê, yê
            "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
            "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
            "yêm", "yên", "yêt", "yêu",
            // o, oa, oă, oe, oo
            "o", "oc", "oi", "om", "on", "ong", "op", "ot",
            "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
            "oăc", "oăm", "oăn", "oăng", "oăt",
            "oe", "oen", "oeo", "oet", "oong", "ooc",
            // ô, ơ
            "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
            // u, uâ, uê, uô, uơ, uy
            "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
            "uân", "uâng", "uât", "uây",
            "uê", "uêch", "uênh",
            "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
            "uơ",
            "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyp", "uyt", "uyu",
            // ư, ươ
            "ư", "ưa", "ưc", "ưi", "ưm", "ưng", "ưt", "ưu",
            "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
            // y
            "y");

    private static final String[] ONSETS = {
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};

    /** The letters a rhyme can hold; a rhyme is looked up as its letters' indexes packed 5 bits each. */
    private static final String RHYME_LETTERS = "aăâeêioôơuưycmnpthgk";
    private static final int[] RHYME_KEYS = RHYMES.stream().mapToInt(r -> key(r, 0, r.length())).sorted().toArray();
    private static final int KEY_U = RHYME_LETTERS.indexOf('u') + 1;
    private static final int KEY_O = RHYME_LETTERS.indexOf('o') + 1;

    private Syllables() {
    }

    /**
     * Whether {@code w[start, end)} is one Vietnamese syllable in natural case (all lower, all
     * upper, or a capital followed by lower case) with its tone where one of the two common
     * styles puts it: {@code "Nguyễn"}, {@code "HÒA"}, {@code "hoà"}, {@code "quý"} are;
     * {@code "NguyÔn"} ({@code uyô}), {@code "sÊt"} (case), {@code "Café"} ({@code f}),
     * {@code "Hµ"} ({@code µ}), {@code "laõ"} (tone on the o of {@code ao}), {@code "hòang"}
     * (tone before the last vowel of a closed rhyme) are not.
     */
    static boolean isValidWord(CharSequence w, int start, int end) {
        int n = end - start;
        if (n == 0 || n > 8) {
            return false;
        }
        char[] bases = new char[n];
        int tone = VietnameseLetters.NONE;
        int at = -1;
        int uppers = 0;
        boolean firstUpper = false;
        for (int i = 0; i < n; i++) {
            int info = VietnameseLetters.info(w.charAt(start + i));
            if (info < 0) {
                return false;
            }
            bases[i] = VietnameseLetters.base(info);
            int t = VietnameseLetters.tone(info);
            if (t != VietnameseLetters.NONE) {
                if (tone != VietnameseLetters.NONE) {
                    return false;
                }
                tone = t;
                at = i;
            }
            if (VietnameseLetters.isUpper(info)) {
                uppers++;
                firstUpper |= i == 0;
            }
        }
        boolean naturalCase = uppers == 0 || uppers == n || (uppers == 1 && firstUpper);
        if (!naturalCase) {
            return false;
        }
        if (tone == VietnameseLetters.NONE) {
            return parse(bases, tone) >= 0;
        }
        int target = canonicalTonePosition(bases, tone);
        return target >= 0 && (at == target || at == otherStyleTonePosition(bases, tone));
    }

    /**
     * Where the other common style puts the tone ({@code hoà}, {@code khoẻ}, {@code thuỷ}: the
     * second vowel of an open {@code oa}, {@code oe}, {@code uy}), or -1 when both styles agree.
     */
    static int otherStyleTonePosition(char[] bases, int tone) {
        int onset = parse(bases, tone);
        if (onset < 0 || bases.length - onset != 2) {
            return -1;
        }
        char v1 = bases[onset];
        char v2 = bases[onset + 1];
        boolean pair = (v1 == 'o' && (v2 == 'a' || v2 == 'e')) || (v1 == 'u' && v2 == 'y');
        return pair ? onset + 1 : -1;
    }

    /**
     * Parses lower-case base letters as onset + rhyme.
     *
     * @return the length of the onset, or -1 if the letters are not a syllable with this tone
     */
    static int parse(char[] bases, int tone) {
        for (String onset : ONSETS) {
            if (!startsWith(bases, onset)) {
                continue;
            }
            int o = onset.length();
            if (onset.equals("qu") || onset.equals("gi")) {
                if (o >= bases.length || !VietnameseLetters.isVowel(bases[o])) {
                    continue;
                }
            }
            if (isRhyme(bases, o, onset.equals("qu"), tone)) {
                return o;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] bases, String prefix) {
        if (prefix.length() > bases.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bases[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRhyme(char[] bases, int from, boolean afterQu, int tone) {
        if (from >= bases.length || !VietnameseLetters.isVowel(bases[from])) {
            return false;
        }
        int n = bases.length - from;
        if (n > 5) {
            return false;
        }
        int key = 0;
        for (int i = 0; i < n; i++) {
            int letter = RHYME_LETTERS.indexOf(bases[from + i]) + 1;
            if (letter == 0) {
                return false;
            }
            key = key << 5 | letter;
        }
        boolean known = afterQu
                ? isRhymeKey(KEY_U << 5 * n | key) || isRhymeKey(KEY_O << 5 * n | key)
                : isRhymeKey(key);
        if (!known) {
            return false;
        }
        char last = bases[bases.length - 1];
        boolean stopCoda = last == 'c' || last == 'p' || last == 't' || last == 'k'
                || (last == 'h' && bases[bases.length - 2] == 'c');
        return !stopCoda || tone == VietnameseLetters.ACUTE || tone == VietnameseLetters.DOT;
    }

    private static boolean isRhymeKey(int key) {
        return java.util.Arrays.binarySearch(RHYME_KEYS, key) >= 0;
    }

    private static int key(String rhyme, int from, int to) {
        int key = 0;
        for (int i = from; i < to; i++) {
            key = key << 5 | (RHYME_LETTERS.indexOf(rhyme.charAt(i)) + 1);
        }
        return key;
    }

    /**
     * The index (into {@code bases}) of the vowel that carries the tone in canonical placement, or
     * -1 when {@code bases} is not a syllable (see the class comment for the rules).
     *
     * @param tone the syllable's tone (used only for the stop-coda check of {@link #parse})
     */
    static int canonicalTonePosition(char[] bases, int tone) {
        int onset = parse(bases, tone);
        if (onset < 0) {
            return -1;
        }
        int first = onset;
        int last = first;
        while (last + 1 < bases.length && VietnameseLetters.isVowel(bases[last + 1])) {
            last++;
        }
        boolean coda = last + 1 < bases.length;
        for (int i = last; i >= first; i--) {
            if (VietnameseLetters.hasQualityMark(bases[i])) {
                return i;
            }
        }
        if (coda) {
            return last;
        }
        int length = last - first + 1;
        if (length == 3) {
            return first + 1;
        }
        return first;
    }

    /**
     * Moves the tone of each syllable in {@code s} to its canonical vowel. Words that are not
     * well-formed syllables (see {@link #parse}), that have no tone or more than one, or that
     * carry combining marks, are left as they are; case is kept position by position
     * ({@code "HOÀ"} → {@code "HÒA"}).
     */
    static String canonicalize(String s) {
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int at = -1;
            int tones = 0;
            boolean vietnamese = true;
            while (i < n && isWordChar(s.charAt(i))) {
                int info = VietnameseLetters.info(s.charAt(i));
                if (info < 0) {
                    vietnamese = false;
                } else if (VietnameseLetters.tone(info) != VietnameseLetters.NONE) {
                    tones++;
                    at = i;
                }
                i++;
            }
            if (tones != 1 || !vietnamese || !mayMove(s, start, i, at)) {
                continue;
            }
            char[] moved = moveTone(s, start, i);
            if (moved != null) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                for (int k = 0; k < moved.length; k++) {
                    out.setCharAt(start + k, moved[k]);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Cheap pre-check with the same outcome as the rules: a toned vowel with no vowel next to it
     * is its syllable's only vowel, and a toned ă â ê ô ơ ư keeps the tone unless it is the ư of
     * ươ. Only the remaining words (toned a e i o u y next to another vowel) are parsed.
     */
    private static boolean mayMove(String s, int start, int end, int at) {
        char base = VietnameseLetters.base(VietnameseLetters.info(s.charAt(at)));
        char prev = at > start ? VietnameseLetters.base(VietnameseLetters.info(s.charAt(at - 1))) : 0;
        char next = at + 1 < end ? VietnameseLetters.base(VietnameseLetters.info(s.charAt(at + 1))) : 0;
        if (!VietnameseLetters.isVowel(prev) && !VietnameseLetters.isVowel(next)) {
            return false;
        }
        return !VietnameseLetters.hasQualityMark(base) || (base == 'ư' && next == 'ơ');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || LegacyTokens.isCombiningMark(c);
    }

    /** The word with its tone moved, or null if nothing moves. */
    private static char[] moveTone(String s, int start, int end) {
        int n = end - start;
        if (n > 8) {
            return null;
        }
        char[] bases = new char[n];
        boolean[] upper = new boolean[n];
        int tone = VietnameseLetters.NONE;
        int at = -1;
        for (int k = 0; k < n; k++) {
            int info = VietnameseLetters.info(s.charAt(start + k));
            if (info < 0) {
                return null;
            }
            bases[k] = VietnameseLetters.base(info);
            upper[k] = VietnameseLetters.isUpper(info);
            int t = VietnameseLetters.tone(info);
            if (t != VietnameseLetters.NONE) {
                if (at >= 0) {
                    return null;
                }
                tone = t;
                at = k;
            }
        }
        int target = canonicalTonePosition(bases, tone);
        if (target < 0 || target == at) {
            return null;
        }
        char[] out = new char[n];
        for (int k = 0; k < n; k++) {
            out[k] = s.charAt(start + k);
        }
        out[at] = VietnameseLetters.compose(bases[at], VietnameseLetters.NONE, upper[at]);
        out[target] = VietnameseLetters.compose(bases[target], tone, upper[target]);
        return out;
    }
}
