package org.parcelrecon.core.rule.builtin;

import java.text.Normalizer;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Fast name comparison for the user rules, consistent with {@link VietnameseText#fold}.
 *
 * <p>{@link #surelySameFolded} answers "do these two names fold to the same key?" without allocating, for
 * names in precomposed Unicode (NFC) or ASCII, which is what the pipeline hands over. It answers
 * {@code true} only when it is sure; for anything it does not know (combining marks, letters outside the
 * Latin blocks, control characters) it answers {@code false}, and the caller folds both names with
 * {@link VietnameseText#fold} to decide. The per-character table is built from Unicode decomposition,
 * the same way {@code fold} removes diacritics.
 */
final class NameFolding {
    /** Table value for a character the fast path does not know. */
    private static final char UNKNOWN = 0;
    private static final char[] FOLD = buildTable();

    private NameFolding() {
    }

    private static char[] buildTable() {
        char[] table = new char[0x1F00];
        for (int c = 0x21; c < table.length; c++) {
            char ch = (char) c;
            if (ch == 'đ' || ch == 'Đ') {
                table[c] = 'd';
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            boolean onlyMarks = true;
            for (int i = 1; i < decomposed.length(); i++) {
                onlyMarks &= Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK;
            }
            if (onlyMarks && base > 0x20 && base < 0x7F) {
                table[c] = base >= 'A' && base <= 'Z' ? (char) (base + ('a' - 'A')) : base;
            }
        }
        return table;
    }

    /**
     * Whether both names surely fold to the same key: same letters once diacritics and case are dropped,
     * đ read as d, whitespace trimmed and collapsed. {@code false} means "different, or not sure".
     * <pre>
     *   ("NGUYỄN VĂN AN", "Nguyen  Van An ")  → true
     *   ("Đặng Thị Hồng", "dang thi hong")    → true
     *   ("Nguyễn Văn An", "Nguyễn Văn Anh")   → false
     *   ("Nguye\u0303n", "Nguyen")            → false (combining mark: not sure, fold both)
     * </pre>
     */
    static boolean surelySameFolded(String a, String b) {
        int ia = start(a);
        int ea = end(a);
        int ib = start(b);
        int eb = end(b);
        while (ia < ea && ib < eb) {
            char ca = a.charAt(ia);
            char cb = b.charAt(ib);
            boolean wa = isSpace(ca);
            boolean wb = isSpace(cb);
            if (wa || wb) {
                if (!(wa && wb)) {
                    return false;
                }
                while (ia < ea && isSpace(a.charAt(ia))) {
                    ia++;
                }
                while (ib < eb && isSpace(b.charAt(ib))) {
                    ib++;
                }
                continue;
            }
            char fa = ca < FOLD.length ? FOLD[ca] : UNKNOWN;
            char fb = cb < FOLD.length ? FOLD[cb] : UNKNOWN;
            if (fa == UNKNOWN || fa != fb) {
                return false;
            }
            ia++;
            ib++;
        }
        return ia == ea && ib == eb;
    }

    /**
     * For two names that fold to the same key: whether some word carries diacritics in both names and the
     * two spellings differ (case ignored). A word without diacritics on one side agrees with any spelling.
     * <pre>
     *   ("Nguyễn Thị Hường", "Nguyễn Thị Hương")  → true
     *   ("Nguyen Thi Huong", "Nguyễn Thị Hương")  → false (one side has no diacritics)
     *   ("NGUYỄN VĂN AN", "Nguyễn Văn An")        → false
     *   ("Đặng", "Dặng")                           → true (Đ and D differ)
     * </pre>
     */
    static boolean diacriticsDiffer(String a, String b) {
        String x = Normalizer.isNormalized(a, Normalizer.Form.NFC) ? a : Normalizer.normalize(a, Normalizer.Form.NFC);
        String y = Normalizer.isNormalized(b, Normalizer.Form.NFC) ? b : Normalizer.normalize(b, Normalizer.Form.NFC);
        int i = 0;
        int j = 0;
        int nx = x.length();
        int ny = y.length();
        while (true) {
            while (i < nx && x.charAt(i) <= ' ') {
                i++;
            }
            while (j < ny && y.charAt(j) <= ' ') {
                j++;
            }
            if (i >= nx || j >= ny) {
                return false;
            }
            int ei = i;
            boolean markedX = false;
            while (ei < nx && x.charAt(ei) > ' ') {
                markedX |= x.charAt(ei) > 0x7F;
                ei++;
            }
            int ej = j;
            boolean markedY = false;
            while (ej < ny && y.charAt(ej) > ' ') {
                markedY |= y.charAt(ej) > 0x7F;
                ej++;
            }
            if (markedX && markedY && !sameIgnoringCase(x, i, ei, y, j, ej)) {
                return true;
            }
            i = ei;
            j = ej;
        }
    }

    private static boolean sameIgnoringCase(String x, int i, int ei, String y, int j, int ej) {
        if (ei - i != ej - j) {
            return false;
        }
        for (; i < ei; i++, j++) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (cx != cy && Character.toLowerCase(cx) != Character.toLowerCase(cy)) {
                return false;
            }
        }
        return true;
    }

    /** Characters {@code \s} matches: fold collapses runs of them to one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** First index after leading characters {@code <= ' '} (what {@link String#trim} removes). */
    private static int start(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private static int end(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) <= ' ') {
            e--;
        }
        return e;
    }
}
