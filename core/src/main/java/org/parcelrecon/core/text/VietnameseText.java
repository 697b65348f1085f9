package org.parcelrecon.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Entry point for Vietnamese text: decoding, normalising and folding.
 *
 * <p>PROVISIONAL: a minimal implementation so that other packages can compile against the API
 * while the legacy decoders and canonical tone placement are built.
 */
public final class VietnameseText {
    private VietnameseText() {
    }

    /** Decodes legacy-encoded text, detecting the encoding; clean Unicode and ASCII come back as they are (NFC). */
    public static DecodedText decode(String raw) {
        return new DecodedText(Normalizer.normalize(raw, Normalizer.Form.NFC), TextEncoding.UNICODE);
    }

    /** Decode, NFC, canonical tone placement, whitespace collapsed and trimmed. Case is kept. */
    public static String normalize(String raw) {
        return collapseWhitespace(decode(raw).text());
    }

    /** ASCII key: diacritics removed, đ→d, lower case, whitespace collapsed. */
    public static String fold(String raw) {
        String s = Normalizer.normalize(normalize(raw), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static String collapseWhitespace(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
