package org.parcelrecon.core.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Encoder from Unicode Vietnamese to legacy bytes, returned as they usually arrive, read as
 * Windows-1252 (ISO-8859-1 for the five Windows-1252 holes). Behind {@link VietnameseText#encodeLegacy}, which
 * test-data generators use to write garbled registers; the decoders do not depend on it.
 *
 * <p>TCVN3 inverts the glibc byte table ({@link Tcvn3#charOf}); its correctness is checked
 * separately against iconv. VNI and Windows-1258 are written from NFD decompositions, not from
 * the decoders' tables: VNI from the base+mark scheme, Windows-1258 with the JDK encoder for
 * what it can encode precomposed and base + combining tone mark byte for the rest.
 */
final class LegacyEncoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP1258 = Charset.forName("windows-1258");

    private LegacyEncoder() {
    }

    /** Windows-1252 reading of {@code bytes}, C1 control characters for the holes. */
    static String readAsCp1252(byte[] bytes) {
        String s = new String(bytes, CP1252);
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '\uFFFD') {
                b.setCharAt(i, (char) (bytes[i] & 0xFF));
            }
        }
        return b.toString();
    }

    /** TCVN3, VN1 variant (glibc): tone-marked capitals have codes of their own. */
    static String tcvn3Vn1(String unicode) {
        return readAsCp1252(tcvn3Bytes(unicode, false));
    }

    /** TCVN3, ABC variant: tone-marked capitals written with the lower-case letter's code. */
    static String tcvn3Abc(String unicode) {
        return readAsCp1252(tcvn3Bytes(unicode, true));
    }

    static byte[] tcvn3Bytes(String unicode, boolean abc) {
        String s = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int info = VietnameseLetters.info(c);
            if (abc && info >= 0 && VietnameseLetters.isUpper(info) && VietnameseLetters.tone(info) != 0) {
                c = VietnameseLetters.compose(VietnameseLetters.base(info), VietnameseLetters.tone(info), false);
            }
            out[i] = (byte) tcvn3Byte(c);
        }
        return out;
    }

    private static int tcvn3Byte(char c) {
        if (c < 0x80 && Tcvn3.control(c) == 0) {
            return c;
        }
        for (int b = 0; b < 256; b++) {
            if (Tcvn3.charOf(b) == c && !(b >= 0xB0 && b <= 0xB4)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no TCVN3 code for " + c);
    }

    /** VNI-Windows, from the NFD decomposition: base letter, then one mark byte. */
    static String vni(String unicode) {
        StringBuilder out = new StringBuilder();
        String s = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean upper = Character.isUpperCase(c);
            char base = Character.toLowerCase(d.charAt(0));
            boolean circumflex = d.indexOf('\u0302') >= 0;
            boolean breve = d.indexOf('\u0306') >= 0;
            boolean horn = d.indexOf('\u031B') >= 0;
            int tone = 0;
            for (int k = 1; k < d.length(); k++) {
                int t = VietnameseLetters.toneOfMark(d.charAt(k));
                if (t != 0) {
                    tone = t;
                }
            }
            if (c == 'đ' || c == 'Đ') {
                out.append(upper ? 'Ñ' : 'ñ');
                continue;
            }
            if (base == 'i' || (base == 'y' && tone == VietnameseLetters.DOT)) {
                // toned i and ỵ are single bytes: í ì æ(ỉ) ó(ĩ) ò(ị), î(ỵ)
                String singles = base == 'i' ? "?ìæóíò" : "?????î";
                char b = singles.charAt(tone);
                out.append(upper ? Character.toUpperCase(b) : b);
                continue;
            }
            if (horn) {
                char single = base == 'o' ? 'ô' : 'ö';
                out.append(upper ? Character.toUpperCase(single) : single);
            } else {
                out.append(upper ? Character.toUpperCase(base) : base);
            }
            // marks in tone order: none, grave, hook, tilde, acute, dot
            String marks = circumflex ? "âàåãáä" : breve ? "êèúüéë" : "?øûõùï";
            if (circumflex || breve || tone != 0) {
                char m = marks.charAt(tone);
                out.append(upper ? Character.toUpperCase(m) : m);
            }
        }
        return out.toString();
    }

    /** Windows-1258: precomposed where the code page has the letter, else base + tone-mark byte. */
    static String cp1258(String unicode) {
        return readAsCp1252(cp1258Bytes(unicode));
    }

    static byte[] cp1258Bytes(String unicode) {
        CharsetEncoder enc = CP1258.newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String s = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (enc.canEncode(c)) {
                out.writeBytes(String.valueOf(c).getBytes(CP1258));
                continue;
            }
            int info = VietnameseLetters.info(c);
            if (info < 0) {
                throw new IllegalArgumentException("no CP1258 code for " + c);
            }
            char base = VietnameseLetters.compose(VietnameseLetters.base(info), 0, VietnameseLetters.isUpper(info));
            char mark = VietnameseLetters.TONE_MARKS[VietnameseLetters.tone(info)];
            out.writeBytes(String.valueOf(base).getBytes(CP1258));
            out.writeBytes(String.valueOf(mark).getBytes(CP1258));
        }
        return out.toByteArray();
    }
}
