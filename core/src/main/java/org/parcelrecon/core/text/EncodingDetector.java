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
 *   <li>Only ASCII (control characters included): Unicode. Plain ASCII is never touched.</li>
 *   <li>Any character that no Windows-1252/ISO-8859-1 byte reads as ({@code ạ}, {@code ă},
 *       {@code đ}, a combining mark, CJK …): Unicode. Such a string cannot be a legacy reading;
 *       this settles nearly all real Unicode Vietnamese at the first such letter.</li>
 *   <li>Split into tokens ({@link LegacyTokens}). A token with a non-ASCII character is
 *       <em>suspicious</em> when it is not a well-formed Vietnamese syllable in natural case
 *       ({@link Syllables#isValidWord}), trailing {@code ° ² ³} aside. No suspicious token: Unicode.
 *       So clean Vietnamese written only with Windows-1252 letters ({@code "Lê Thành Công"}) is
 *       never changed.</li>
 *   <li>Decode every token with each candidate (TCVN3, VNI-Windows, Windows-1258). A candidate
 *       is accepted when it explains every character of the suspicious tokens (no unmapped
 *       character), turns at least one suspicious token into a syllable of two or more letters
 *       (<em>strong evidence</em>: a lone {@code ©} → {@code â} or {@code £} → {@code Ê} is not),
 *       and either leaves no suspicious token invalid, or has at least twice as many strong
 *       tokens as invalid ones and produces a character outside Windows-1252 (so that its own
 *       output is never detected again).</li>
 *   <li>Among accepted candidates the one with fewest invalid tokens wins, then the one with most
 *       strong tokens, then TCVN3 before VNI before Windows-1258 (TCVN3 was the northern norm).</li>
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
 * text is treated as Unicode.
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
        boolean nonAscii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c != '\uFFFD' && !Cp1252.isReadable(c)) {
                    return unchanged(s);
                }
                nonAscii = true;
            }
        }
        if (!nonAscii) {
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
            suspicious[t] = legacy[t] && hasLegacyChar(s, start, core) && !Syllables.isValidWord(s, start, core);
            anySuspicious |= suspicious[t];
        }
        if (!anySuspicious) {
            return unchanged(s);
        }
        boolean allCaps = Tcvn3.isAllCaps(s);
        DecodedText best = null;
        int bestInvalid = Integer.MAX_VALUE;
        int bestStrong = 0;
        for (TextEncoding encoding : CANDIDATES) {
            String[] decoded = new String[count];
            int strong = 0;
            int invalid = 0;
            int unmapped = 0;
            for (int t = 0; t < count; t++) {
                if (!legacy[t]) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                int u = decodeToken(encoding, s, spans[2 * t], spans[2 * t + 1], b, allCaps);
                decoded[t] = b.toString();
                if (!suspicious[t]) {
                    continue;
                }
                unmapped += u;
                String d = decoded[t];
                if (d.indexOf('\uFFFD') >= 0) {
                    continue; // a byte the reader lost: no evidence either way
                }
                int core = LegacyTokens.coreEnd(d, 0, d.length());
                if (!Syllables.isValidWord(d, 0, core)) {
                    invalid++;
                } else if (core >= 2) {
                    strong++;
                }
            }
            if (unmapped > 0 || strong == 0 || (invalid > 0 && strong < 2 * invalid)) {
                continue;
            }
            String text = assemble(s, spans, legacy, suspicious, decoded);
            if (invalid > 0 && allReadable(text)) {
                continue;
            }
            if (invalid < bestInvalid || (invalid == bestInvalid && strong > bestStrong)) {
                best = new DecodedText(text, encoding);
                bestInvalid = invalid;
                bestStrong = strong;
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
        boolean allCaps = encoding == TextEncoding.TCVN3 && Tcvn3.isAllCaps(s);
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        for (int t = 0; t < spans.length / 2; t++) {
            out.append(s, pos, spans[2 * t]);
            decodeToken(encoding, s, spans[2 * t], spans[2 * t + 1], out, allCaps);
            pos = spans[2 * t + 1];
        }
        out.append(s, pos, s.length());
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static DecodedText unchanged(String s) {
        return new DecodedText(s, TextEncoding.UNICODE);
    }

    private static int decodeToken(TextEncoding encoding, String s, int start, int end, StringBuilder out,
            boolean allCaps) {
        switch (encoding) {
            case TCVN3:
                return Tcvn3.decodeToken(s, start, end, out, allCaps);
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
