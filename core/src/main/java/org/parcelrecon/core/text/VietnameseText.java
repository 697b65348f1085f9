package org.parcelrecon.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Entry point for Vietnamese text: legacy decoding, normalising, tone canonicalisation, title case
 * and folding to an ASCII key.
 *
 * <h2>What each method does</h2>
 * <table>
 *   <caption>Worked examples</caption>
 *   <tr><th>call</th><th>input</th><th>result</th></tr>
 *   <tr><td>{@link #decode(String)}</td><td>{@code "NguyÔn V¨n An"} (TCVN3)</td>
 *       <td>{@code "Nguyễn Văn An"}, {@link TextEncoding#TCVN3}</td></tr>
 *   <tr><td></td><td>{@code "Nguyeãn Vaên An"} (VNI-Windows)</td>
 *       <td>{@code "Nguyễn Văn An"}, {@link TextEncoding#VNI_WINDOWS}</td></tr>
 *   <tr><td></td><td>{@code "NguyêÞn Vãn An"} (Windows-1258)</td>
 *       <td>{@code "Nguyễn Văn An"}, {@link TextEncoding#WINDOWS_1258}</td></tr>
 *   <tr><td></td><td>{@code "NGUYÔN"} (TCVN3 ABC), {@code "NGUYÙN"} (TCVN3 VN1), {@code "NGUYEÃN"} (VNI)</td>
 *       <td>{@code "NGUYỄN"}</td></tr>
 *   <tr><td></td><td>{@code "Thöa ®Êt sè 345, tê b¶n ®å sè 12"}</td>
 *       <td>{@code "Thửa đất số 345, tờ bản đồ số 12"}</td></tr>
 *   <tr><td></td><td>{@code "Nguyễn Văn An"}, {@code "Lê Thành Công"}, {@code "Café Müller £5"}, {@code ""}</td>
 *       <td>unchanged, {@link TextEncoding#UNICODE}</td></tr>
 *   <tr><td></td><td>{@code "Nguye"} + U+0302 + U+0303 + {@code "n"} (decomposed)</td>
 *       <td>{@code "Nguyễn"} (NFC), {@link TextEncoding#UNICODE}</td></tr>
 *   <tr><td></td><td>{@code "Hoàng"} (could be VNI {@code "Hồng"}), {@code "© 2020"}</td>
 *       <td>unchanged: a look-alike or a lone symbol is not evidence enough</td></tr>
 *   <tr><td>{@link #canonicalTones(String)}</td><td>{@code "hoà thuỷ Khoẻ hoá Thuý quý giá"}</td>
 *       <td>{@code "hòa thủy Khỏe hóa Thúy quý giá"}</td></tr>
 *   <tr><td>{@link #normalize(String)}</td><td>{@code "  TrÇn  ThÞ Hoµ "}</td><td>{@code "Trần Thị Hòa"}</td></tr>
 *   <tr><td>{@link #titleCase(String)}</td><td>{@code "NGUYỄN văn AN"}</td><td>{@code "Nguyễn Văn An"}</td></tr>
 *   <tr><td>{@link #fold(String)}</td><td>{@code "  Đặng   Thị  Hồng "}, {@code "§Æng ThÞ Hång"}</td>
 *       <td>{@code "dang thi hong"}</td></tr>
 *   <tr><td></td><td>{@code "Thửa 12/3-A"}</td><td>{@code "thua 12/3-a"}</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Automatic detection never changes clean Unicode Vietnamese or plain ASCII (apart from NFC),
 *       and prefers to leave text alone when unsure; the package documentation describes the
 *       scoring, the tables and where they come from.</li>
 *   <li>Legacy text is expected as it usually arrives: its bytes read as Windows-1252 (or as
 *       ISO-8859-1, C1 control characters included).</li>
 *   <li>Canonical tone placement is the style of {@code hòa}, {@code thủy}, {@code khỏe}:
 *       {@code "hoà"} and {@code "hòa"} normalise, and fold, alike.</li>
 *   <li>Every method returns a string in NFC; case is kept except by {@link #fold} and
 *       {@link #titleCase}.</li>
 *   <li>{@code null} arguments throw {@link NullPointerException} naming the argument; there are
 *       no other exceptions.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class VietnameseText {
    private VietnameseText() {
    }

    /**
     * Decodes legacy-encoded text, detecting the encoding; clean Unicode and ASCII come back as
     * they are (NFC) with {@link TextEncoding#UNICODE}.
     *
     * <p>{@code decode("TrÇn ThÞ Hång")} is {@code ("Trần Thị Hồng", TCVN3)};
     * {@code decode("Traàn Thò Hoàng")} is {@code ("Trần Thị Hồng", VNI_WINDOWS)};
     * {@code decode("§Æng")} is {@code ("Đặng", TCVN3)}; {@code decode("Ñaëng")} is
     * {@code ("Đặng", VNI_WINDOWS)}; {@code decode("© 2020")} is unchanged (one symbol is not
     * evidence); {@code decode("Hoàng")} is unchanged, although it could be VNI for
     * {@code "Hồng"}.
     *
     * @param raw the text as read
     * @return the decoded NFC text and the encoding it was found in
     * @throws NullPointerException if {@code raw} is null
     */
    public static DecodedText decode(String raw) {
        Objects.requireNonNull(raw, "raw");
        return EncodingDetector.detect(nfc(raw));
    }

    /**
     * Decodes text whose encoding the caller knows: every word is decoded, with no check that the
     * result is Vietnamese. {@link TextEncoding#UNICODE} only applies NFC.
     *
     * <p>{@code decode("tê", TCVN3)} is {@code "tờ"} (which automatic detection would leave alone);
     * {@code decode("Hoàng", VNI_WINDOWS)} is {@code "Hồng"}; {@code decode("Vãn", WINDOWS_1258)}
     * is {@code "Văn"}; {@code decode("NguyÔn", UNICODE)} is {@code "NguyÔn"}. Characters that
     * the encoding cannot have produced (e.g. {@code "ạ"}) are kept as they are.
     *
     * @param raw      the text as read (legacy bytes read as Windows-1252 or ISO-8859-1)
     * @param encoding the encoding of the bytes
     * @return the decoded NFC text, with {@code encoding}
     * @throws NullPointerException if an argument is null
     */
    public static DecodedText decode(String raw, TextEncoding encoding) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(encoding, "encoding");
        return new DecodedText(EncodingDetector.decodeAs(raw, encoding), encoding);
    }

    /**
     * Puts the tone mark of every Vietnamese syllable on its canonical vowel (style {@code hòa},
     * {@code thủy}, {@code khỏe}). Rules, applied to the vowels after the initial consonants
     * ({@code qu} and, before a vowel, {@code gi} count as consonants): a vowel with a quality
     * mark (ă â ê ô ơ ư) takes the tone, the last of two ({@code người}); else, with a final
     * consonant, the last vowel ({@code hoàng}); else the middle of three ({@code ngoài}); else
     * the first of two ({@code hòa}, {@code mía}); else the only one. Case is kept letter by letter;
     * words that are not well-formed syllables are left alone. Does not decode.
     *
     * <p>{@code "hoà"} → {@code "hòa"}, {@code "thuỷ"} → {@code "thủy"}, {@code "KHOẺ"} →
     * {@code "KHỎE"}, {@code "Thuý"} → {@code "Thúy"}, {@code "hòang"} → {@code "hoàng"},
     * {@code "thùyên"} → {@code "thuyền"}; unchanged: {@code "quý"}, {@code "giá"}, {@code "hoàng"},
     * {@code "khuyến"}, {@code "Café"}, {@code ""}.
     *
     * @param text Unicode text (NFC, or it is normalised to NFC first)
     * @return the text with canonical tone placement, NFC
     * @throws NullPointerException if {@code text} is null
     */
    public static String canonicalTones(String text) {
        Objects.requireNonNull(text, "text");
        return Syllables.canonicalize(nfc(text));
    }

    /**
     * Decode (automatic), NFC, canonical tone placement, whitespace runs collapsed to one space and
     * trimmed. Case is kept. Idempotent.
     *
     * <p>{@code "  NguyÔn   V¨n An "} → {@code "Nguyễn Văn An"}; {@code "Lê Thị Thuỷ"} →
     * {@code "Lê Thị Thủy"}; {@code "HOÀ"} + NBSP + tab + {@code "BÌNH"} → {@code "HÒA BÌNH"}; {@code " "} → {@code ""}.
     *
     * @param raw the text as read
     * @return the normalised text
     * @throws NullPointerException if {@code raw} is null
     */
    public static String normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (isTidyAscii(raw)) {
            return raw;
        }
        return collapseWhitespace(canonicalStable(decode(raw).text()));
    }

    /**
     * Canonical tones on decoded text, then decode and canonicalise again while detection still
     * finds something: a word whose tone was misplaced ({@code "Taò"}) is a clue for the detector
     * before it is canonicalised and not after, so the first pass can miss what the second one
     * sees. Usually no second detection at all (see {@link #hasPersistentNonReadable}).
     */
    private static String canonicalStable(String decoded) {
        String s = Syllables.canonicalize(decoded);
        for (int round = 0; round < 4 && !hasPersistentNonReadable(s); round++) {
            DecodedText again = EncodingDetector.detect(s);
            if (!again.wasDecoded()) {
                return s;
            }
            s = Syllables.canonicalize(again.text());
        }
        return s;
    }

    /**
     * Whether {@code s} has a character outside Windows-1252 that tone canonicalisation cannot
     * take away: anything but a plain vowel with a tone ({@code à}, {@code ỳ}, …), whose tone may
     * move to a neighbour. Such text is Unicode to the detector before and after canonicalisation
     * ({@code ă ơ ư đ} keep their marks, and a toned {@code â ê ô} keeps its tone).
     */
    private static boolean hasPersistentNonReadable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x100) {
                continue;
            }
            int info = VietnameseLetters.info(c);
            if (info < 0) {
                if (!Cp1252.isReadable(c) && c != '\uFFFD') {
                    return true;
                }
                continue;
            }
            char base = VietnameseLetters.base(info);
            if (VietnameseLetters.hasQualityMark(base) || base == 'đ' || VietnameseLetters.tone(info) == 0) {
                return true; // ă ơ ư đ in any form, toned â ê ô (untoned ones are below U+0100)
            }
        }
        return false;
    }

    /**
     * {@link #normalize} and then title case, for personal and place names, which registers often
     * write in capitals: the first letter of each word upper case, the others lower case. A word
     * starts after anything that is neither a letter, a combining mark nor a digit, so
     * {@code "nguyễn-trần"} → {@code "Nguyễn-Trần"} and {@code "h'hen niê"} → {@code "H'Hen Niê"}.
     *
     * <p>{@code "NGUYỄN văn AN"} → {@code "Nguyễn Văn An"}; {@code "NGUYÔN V¡N AN"} (TCVN3) →
     * {@code "Nguyễn Văn An"}; {@code "ĐẶNG THỊ HOÀ"} → {@code "Đặng Thị Hòa"}; {@code ""} → {@code ""}.
     *
     * @param raw the text as read
     * @return the normalised, title-cased text
     * @throws NullPointerException if {@code raw} is null
     */
    public static String titleCase(String raw) {
        Objects.requireNonNull(raw, "raw");
        // case is a clue for the detector ("LoÌ" is no word, "Lòi" is): repeat until stable
        String s = raw;
        for (int round = 0; round < 4; round++) {
            String titled = titleChars(normalize(s));
            if (normalize(titled).equals(titled)) {
                return titled;
            }
            s = titled;
        }
        return s;
    }

    private static String titleChars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                out.append(inWord ? Character.toLowerCase(c) : Character.toTitleCase(c));
                inWord = true;
            } else {
                out.append(c);
                if (Character.isDigit(c)) {
                    inWord = true;
                } else if (!LegacyTokens.isCombiningMark(c)) {
                    inWord = false;
                }
            }
        }
        return out.toString();
    }

    /**
     * ASCII key for comparison and blocking: decoded (automatic), all Vietnamese diacritics
     * removed, {@code đ}/{@code Đ} → {@code d}, lower case, whitespace runs collapsed to one space
     * and trimmed. Non-letters are kept; letters of other scripts are lower-cased and lose their
     * combining marks ({@code "Müller"} → {@code "muller"}). Idempotent.
     *
     * <p>{@code "Nguyễn Văn An"}, {@code "NGUYEN VAN AN"}, {@code "NguyÔn V¨n An"},
     * {@code "Nguyeãn Vaên An"} all → {@code "nguyen van an"}; {@code "Hoà"} and {@code "Hòa"} →
     * {@code "hoa"}; {@code "Tờ 12, thửa 345"} → {@code "to 12, thua 345"}; {@code ""} → {@code ""}.
     *
     * <p>Cost: a string that is already a folded ASCII key is returned as it is after one scan;
     * other ASCII strings take one more pass; Unicode Vietnamese takes one table lookup per
     * character, plus a detection scan that stops at the first letter outside Windows-1252.
     *
     * @param raw the text as read
     * @return the ASCII key (ASCII whenever the input is Vietnamese or ASCII)
     * @throws NullPointerException if {@code raw} is null
     */
    public static String fold(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (isFoldedAscii(raw)) {
            return raw;
        }
        if (isPlainAscii(raw)) {
            return foldChars(raw);
        }
        // A folded string that still has Windows-1252 characters (symbols, foreign letters) can
        // hold fresh evidence for the detector once its other words are folded; repeat until
        // stable so that fold is idempotent. One round unless the text is mostly symbols.
        String s = raw;
        for (int round = 0; round < 8; round++) {
            // canonical tone placement cannot change the folded letters; it only matters when it
            // could change what the detector sees
            String decoded = decode(s).text();
            String folded = foldChars(hasPersistentNonReadable(decoded) ? decoded : canonicalStable(decoded));
            if (isPlainAscii(folded) || folded.equals(s)) {
                return folded;
            }
            s = folded;
        }
        return s;
    }

    /**
     * Writes Unicode Vietnamese the way a legacy register shows it: the text encoded in {@code encoding} and the
     * bytes read back as Windows-1252, the inverse of {@link #decode(String, TextEncoding)}. For generating test
     * data and for showing a user what to expect; parcelrecon itself only decodes.
     * <pre>
     *   encodeLegacy("Nguyễn Văn An", TCVN3)        → "NguyÔn V¨n An"   (ABC: capitals share the lower-case codes)
     *   encodeLegacy("Nguyễn Văn An", VNI_WINDOWS)  → "Nguyeãn Vaên An"
     *   encodeLegacy("Nguyễn Văn An", UNICODE)      → "Nguyễn Văn An"   (NFC)
     * </pre>
     *
     * @throws NullPointerException if an argument is null
     * @param unicode Vietnamese text in Unicode
     * @param encoding the legacy encoding to write it in
     * @return the text as a legacy register shows it when read as Windows-1252
     */
    public static String encodeLegacy(String unicode, TextEncoding encoding) {
        Objects.requireNonNull(unicode, "unicode");
        Objects.requireNonNull(encoding, "encoding");
        return switch (encoding) {
            case UNICODE -> Normalizer.normalize(unicode, Normalizer.Form.NFC);
            case TCVN3 -> LegacyEncoder.tcvn3Abc(unicode);
            case VNI_WINDOWS -> LegacyEncoder.vni(unicode);
            case WINDOWS_1258 -> LegacyEncoder.cp1258(unicode);
        };
    }

    /**
     * Folds text already known to be Unicode (a value that went through {@link #decode} or
     * {@link #normalize} once, or came from a Unicode source) without looking for legacy encodings again:
     * the same key as {@link #fold} for such text, faster, and a word is never reinterpreted.
     * <pre>
     *   foldUnicode("  NGUYỄN  Văn An ") → "nguyen van an"
     *   foldUnicode("Baì")               → "bai"   (fold would first read it as VNI "Bả": "ba")
     * </pre>
     *
     * @throws NullPointerException if {@code text} is null
     * @param text text known to be Unicode
     * @return the folded ASCII key, as {@link #fold} gives it for such text
     */
    public static String foldUnicode(String text) {
        Objects.requireNonNull(text, "text");
        if (isFoldedAscii(text)) {
            return text;
        }
        return foldChars(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Lower-case ASCII letters, digits and punctuation, single inner spaces, no outer spaces. */
    private static boolean isFoldedAscii(String s) {
        int n = s.length();
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0x7E || c < 0x20 || (c >= 'A' && c <= 'Z') || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return prev != ' ' || n == 0;
    }

    /** Printable ASCII, single inner spaces, no outer spaces: what {@link #normalize} returns as it is. */
    private static boolean isTidyAscii(String s) {
        int n = s.length();
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0x7E || c < 0x20 || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return prev != ' ' || n == 0;
    }

    /** ASCII without the control characters that TCVN3-VN1 uses for capitals: never decoded. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || Tcvn3.control(c) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The folding pass proper, on decoded NFC text: one table lookup per Vietnamese letter. */
    static String foldChars(String s) {
        int n = s.length();
        char[] out = new char[n];
        int o = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
                    space = true;
                    continue;
                }
                if (space && o > 0) {
                    out[o++] = ' ';
                }
                space = false;
                out[o++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                continue;
            }
            int info = VietnameseLetters.info(c);
            if (info < 0 && isSpace(c)) {
                space = true;
                continue;
            }
            if (info < 0 && LegacyTokens.isCombiningMark(c)) {
                continue;
            }
            if (space && o > 0) {
                out[o++] = ' ';
            }
            space = false;
            if (info >= 0) {
                out[o++] = VietnameseLetters.fold(info);
            } else {
                String other = foldOther(c);
                if (o + other.length() > out.length - (n - i - 1)) {
                    out = java.util.Arrays.copyOf(out, out.length + other.length() + 8);
                }
                other.getChars(0, other.length(), out, o);
                o += other.length();
            }
        }
        return new String(out, 0, o);
    }

    /** A character outside the Vietnamese alphabet: combining marks dropped, lower-cased. */
    private static String foldOther(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char x = d.charAt(k);
            if (!LegacyTokens.isCombiningMark(x)) {
                b.append(Character.toLowerCase(x));
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whitespace runs (any Unicode space, NBSP included) to one space; leading and trailing removed. */
    static String collapseWhitespace(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isCollapsed(String s) {
        int n = s.length();
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? prev == ' ' : isSpace(c)) {
                return false;
            }
            prev = c;
        }
        return prev != ' ' || n == 0;
    }

    /**
     * NFC, skipping the JDK normaliser when every character is below U+0300 or a precomposed
     * Vietnamese letter of U+1EA0-U+1EF9 (neither changes under NFC and no combining mark follows).
     */
    private static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && (c < 0x1EA0 || c > 0x1EF9)) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }
}
