package org.parcelrecon.core.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Finds out whether a string is a Windows-1252 reading of TCVN3, VNI-Windows or Windows-1258
 * bytes, and decodes it; and decodes a string whose encoding the caller names.
 *
 * <h2>Detection</h2>
 * The input is NFC. Steps, each of which can stop with "Unicode, unchanged":
 * <ol>
 *   <li>Only ASCII: Unicode. Plain ASCII is never touched. The exception is a string holding
 *       one of the twelve C0 control characters that TCVN3-VN1 uses for capitals (U+0001,
 *       U+0002, U+0004-U+0006, U+0011-U+0017; {@code "TH"} + U+0001 + {@code "Y"} is VN1
 *       {@code "THÚY"}), which goes on to the next steps; tab, line feed and carriage return are
 *       not among them.</li>
 *   <li>Any character that no Windows-1252/ISO-8859-1 byte reads as ({@code ạ}, {@code ă},
 *       {@code đ}, a combining mark, CJK …; U+FFFD excepted): Unicode. Such a string cannot be a
 *       legacy reading; this settles nearly all real Unicode Vietnamese at its first such
 *       letter.</li>
 *   <li>Split into tokens ({@link LegacyTokens}). A token with a non-ASCII character is
 *       <em>suspicious</em> when it is not a well-formed Vietnamese syllable in natural case
 *       ({@link Syllables#isValidWord}), trailing {@code ° ² ³} aside, and holds or touches no ASCII digit
 *       (legacy letters are not glued to numbers: {@code "CH–0000"} is a serial with an en dash). No suspicious token:
 *       Unicode. So clean Vietnamese written only with Windows-1252 letters
 *       ({@code "Lê Thành Công"}) is never changed.</li>
 *   <li>Decode every token with each candidate (TCVN3, VNI-Windows, Windows-1258). A suspicious
 *       token that decodes to a syllable of two or more letters, and does not repeat an earlier
 *       token, is <em>strong</em> evidence (a lone {@code ©} → {@code â} or {@code £} →
 *       {@code Ê} is not). It is <em>sure</em> evidence when the syllable is
 *       {@link CommonSyllables common}; or when the token is unlike a word of a Windows-1252
 *       language: it holds a character that is a letter in no language ({@code ¶}, {@code ®}, a
 *       control character), two non-ASCII characters ({@code "Phöôùc"}), or a capital after a
 *       lower-case letter ({@code "NgoaÞn"}); or when the text's plain ASCII words of two letters
 *       or more are all Vietnamese syllables and there is at least one ({@code "Cao Duy Kháe"}).
 *       A candidate is accepted when
 *       <ul>
 *         <li>it explains every character of the suspicious tokens (none unmapped),</li>
 *         <li>it has two strong tokens or one sure one (so French {@code "thaï"} does not become
 *             VNI {@code "thạ"}), and</li>
 *         <li>it leaves no suspicious token invalid, or it has at least three times as many
 *             strong tokens as invalid ones and produces a character outside Windows-1252 (so
 *             that its own output is never detected again).</li>
 *       </ul></li>
 *   <li>Among accepted candidates the one with fewest invalid tokens wins, then the one with the
 *       highest score, then TCVN3 before VNI before Windows-1258 (TCVN3 was the northern norm).
 *       Score: +1 for each strong token, +1 more if it is a {@link CommonSyllables common}
 *       syllable; for each token that was already a valid syllable, -1 if the candidate makes it
 *       invalid (it is then kept as it was), +1 if it turns an uncommon syllable into a common
 *       one, -1 for the reverse. So {@code "LÝU VÃN NGA"} is Windows-1258 {@code "LƯU VĂN NGA"}
 *       rather than TCVN3 {@code "LÍU VẪN NGA"}.</li>
 * </ol>
 * In the decoded text, suspicious tokens are always decoded; tokens that were already valid
 * syllables ({@code "Thò"} in the VNI {@code "Traàn Thò Hoàng"}) are decoded only when the result
 * is a syllable too, and kept otherwise.
 *
 * <h2>Known limits</h2>
 * A legacy string whose every non-ASCII word happens to read as a valid syllable stays as it is:
 * VNI {@code "Hoàng"} alone (really {@code "Hồng"}), TCVN3 {@code "tê"} (really {@code "tờ"}),
 * Windows-1258 {@code "Vãn"} (really {@code "Văn"}). Longer texts nearly always carry a word that
 * gives the encoding away. A string that mixes Unicode letters outside Windows-1252 with legacy
 * text is treated as Unicode. In TCVN3 ABC the case of a tone-marked capital is a guess from its
 * neighbours ({@code "L· B¸ BÐ"} may be {@code "Lã Bá Bé"} or {@code "LÃ BÁ BÉ"}). A VN1 capital
 * at 0x80-0x9F standing alone as a word ({@code "Ở"} = 0x99 = {@code ™}) stays a symbol.
 *
 * <p>Stateless and thread-safe.
 */
final class EncodingDetector {
    private static final TextEncoding[] CANDIDATES = {
        TextEncoding.TCVN3, TextEncoding.VNI_WINDOWS, TextEncoding.WINDOWS_1258};

    private EncodingDetector() {
    }

    /** Detects and decodes; {@code s} must be NFC. */
    static DecodedText detect(String s) {
        boolean legacyChars = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c != '\uFFFD' && !Cp1252.isReadable(c)) {
                    return unchanged(s);
                }
                legacyChars = true;
            } else if (Tcvn3.control(c) != 0) {
                legacyChars = true;
            }
        }
        if (!legacyChars) {
            return unchanged(s);
        }
        int[] spans = tokens(s);
        int count = spans.length / 2;
        boolean[] legacy = new boolean[count];
        boolean[] suspicious = new boolean[count];
        boolean anySuspicious = false;
        for (int t = 0; t < count; t++) {
            int start = spans[2 * t];
            int end = spans[2 * t + 1];
            legacy[t] = hasLegacyChar(s, start, end);
            int core = LegacyTokens.coreEnd(s, start, end);
            suspicious[t] = legacy[t] && hasLegacyChar(s, start, core) && !Syllables.isValidWord(s, start, core)
                    && !touchesDigit(s, start, end);
            anySuspicious |= suspicious[t];
        }
        if (!anySuspicious) {
            return unchanged(s);
        }
        int style = Tcvn3.style(s, spans);
        boolean vietnameseContext = hasVietnameseContext(s, spans, legacy);
        DecodedText best = null;
        int bestInvalid = Integer.MAX_VALUE;
        int bestScore = Integer.MIN_VALUE;
        for (TextEncoding encoding : CANDIDATES) {
            String[] decoded = new String[count];
            int strong = 0;
            int sure = 0;
            int invalid = 0;
            int unmapped = 0;
            int score = 0;
            for (int t = 0; t < count; t++) {
                if (!legacy[t]) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                int u = decodeToken(encoding, s, spans[2 * t], spans[2 * t + 1], b, style);
                String d = decoded[t] = b.toString();
                int core = LegacyTokens.coreEnd(d, 0, d.length());
                boolean valid = Syllables.isValidWord(d, 0, core);
                if (!suspicious[t]) {
                    // an already valid word: a candidate that keeps it valid, or makes it a common
                    // one, fits better than one that spoils it
                    String original = s.substring(spans[2 * t], spans[2 * t + 1]);
                    if (!valid) {
                        score--;
                    } else if (!d.equals(original)) {
                        score += (isCommon(d, core) ? 1 : 0) - (isCommon(original, core) ? 1 : 0);
                    }
                    continue;
                }
                unmapped += u;
                if (d.indexOf('\uFFFD') >= 0) {
                    continue; // a byte the reader lost: no evidence either way
                }
                if (!valid) {
                    invalid++;
                } else if (core >= 2 && !repeats(s, spans, suspicious, t)) {
                    strong++;
                    boolean common = isCommon(d, core);
                    score += common ? 2 : 1;
                    if (common || vietnameseContext || isOdd(s, spans[2 * t], spans[2 * t + 1])) {
                        sure++;
                    }
                }
            }
            if (unmapped > 0 || (strong < 2 && sure == 0) || (invalid > 0 && strong < 3 * invalid)) {
                continue;
            }
            String text = assemble(s, spans, legacy, suspicious, decoded);
            if (invalid > 0 && allReadable(text)) {
                continue;
            }
            if (invalid < bestInvalid || (invalid == bestInvalid && score > bestScore)) {
                best = new DecodedText(text, encoding);
                bestInvalid = invalid;
                bestScore = score;
            }
        }
        return best != null ? best : unchanged(s);
    }

    /** Decodes every token of {@code s} as {@code encoding}; the result is NFC. */
    static String decodeAs(String s, TextEncoding encoding) {
        if (encoding == TextEncoding.UNICODE) {
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        int[] spans = tokens(s);
        int style = encoding == TextEncoding.TCVN3 ? Tcvn3.style(s, spans) : 0;
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        for (int t = 0; t < spans.length / 2; t++) {
            out.append(s, pos, spans[2 * t]);
            decodeToken(encoding, s, spans[2 * t], spans[2 * t + 1], out, style);
            pos = spans[2 * t + 1];
        }
        out.append(s, pos, s.length());
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Whether the plain ASCII words of the text look Vietnamese: at least one word of two or more
     * letters, and each such word a Vietnamese syllable ({@code "Cao Duy"}; not {@code "Liberia"}).
     */
    private static boolean hasVietnameseContext(String s, int[] spans, boolean[] legacy) {
        int vietnamese = 0;
        for (int t = 0; t < legacy.length; t++) {
            int start = spans[2 * t];
            int end = spans[2 * t + 1];
            if (legacy[t] || end - start < 2) {
                continue;
            }
            if (!Syllables.isValidWord(s, start, end)) {
                return false;
            }
            vietnamese++;
        }
        return vietnamese > 0;
    }

    /**
     * Whether the token is unlike a word of a language written in Windows-1252: it holds a
     * character that is no letter ({@code ¶ ¸ ® §}, a control character; {@code ª º µ} count as
     * symbols), two or more non-ASCII characters ({@code "Phöôùc"}), or a capital after a
     * lower-case letter ({@code "NgoaÞn"}).
     */
    private static boolean isOdd(String s, int start, int end) {
        int nonAscii = 0;
        boolean lowerSeen = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || c == '\u00AA' || c == '\u00BA' || c == '\u00B5') {
                return true;
            }
            if (c >= 0x80) {
                nonAscii++;
            }
            if (Character.isUpperCase(c) && lowerSeen) {
                return true;
            }
            lowerSeen |= Character.isLowerCase(c);
        }
        return nonAscii >= 2;
    }

    /** Whether suspicious token {@code t} repeats an earlier one: a repeated word is no new evidence. */
    private static boolean repeats(String s, int[] spans, boolean[] suspicious, int t) {
        int start = spans[2 * t];
        int length = spans[2 * t + 1] - start;
        for (int e = 0; e < t; e++) {
            if (suspicious[e] && spans[2 * e + 1] - spans[2 * e] == length
                    && s.regionMatches(spans[2 * e], s, start, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommon(String word, int end) {
        return CommonSyllables.contains(end == word.length() ? word : word.substring(0, end));
    }

    private static DecodedText unchanged(String s) {
        return new DecodedText(s, TextEncoding.UNICODE);
    }

    private static int decodeToken(TextEncoding encoding, String s, int start, int end, StringBuilder out,
            int style) {
        switch (encoding) {
            case TCVN3:
                return Tcvn3.decodeToken(s, start, end, out, style);
            case VNI_WINDOWS:
                return VniWindows.decodeToken(s, start, end, out);
            case WINDOWS_1258:
                return Windows1258.decodeToken(s, start, end, out);
            default:
                out.append(s, start, end);
                return 0;
        }
    }

    private static String assemble(String s, int[] spans, boolean[] legacy, boolean[] suspicious,
            String[] decoded) {
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        for (int t = 0; t < spans.length / 2; t++) {
            int start = spans[2 * t];
            int end = spans[2 * t + 1];
            out.append(s, pos, start);
            String d = decoded[t];
            if (legacy[t] && (suspicious[t] || Syllables.isValidWord(d, 0, LegacyTokens.coreEnd(d, 0, d.length())))) {
                out.append(d);
            } else {
                out.append(s, start, end);
            }
            pos = end;
        }
        out.append(s, pos, s.length());
        return out.toString();
    }

    /** Token spans as start/end pairs, in order. */
    static int[] tokens(String s) {
        int[] spans = new int[8];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            if (!LegacyTokens.isTokenChar(s, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && LegacyTokens.isTokenChar(s, i)) {
                i++;
            }
            if (n + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[n++] = start;
            spans[n++] = i;
        }
        return Arrays.copyOf(spans, n);
    }

    /**
     * Whether the span holds or touches an ASCII digit. Legacy letters stand inside words, not glued to numbers, so
     * such a token ({@code "CH–0000"}: an en dash, VN1 {@code Ọ}, between a serial's letters and digits) is no
     * evidence.
     */
    private static boolean touchesDigit(String s, int start, int end) {
        for (int i = Math.max(0, start - 1); i < Math.min(s.length(), end + 1); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the span has a character that a legacy decoder may change: non-ASCII or a VN1 control capital. */
    private static boolean hasLegacyChar(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || Tcvn3.control(c) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether detection would look at {@code s} again (step 2 would not stop it). */
    private static boolean allReadable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\uFFFD' && !Cp1252.isReadable(c)) {
                return false;
            }
        }
        return true;
    }
}
