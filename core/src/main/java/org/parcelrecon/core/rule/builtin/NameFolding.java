package org.parcelrecon.core.rule.builtin;

import java.text.Normalizer;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Fast name comparison for the user rules, consistent with {@link VietnameseText#foldUnicode} (names in
 * evidence are already decoded from legacy encodings).
 *
 * <p>{@link #compare} answers "do these two names fold to the same key?" without allocating, for names in
 * precomposed Unicode (NFC) or ASCII, which is what the pipeline hands over. It answers "same" only when it
 * is sure; for anything it does not know (combining marks, letters outside the Latin blocks, control
 * characters) it answers {@link #DIFFERENT_OR_UNSURE}, and the caller folds both names with
 * {@link VietnameseText#foldUnicode} to decide. The per-character table is built from Unicode decomposition,
 * the same way {@code foldUnicode} removes diacritics; a property test checks it against {@code foldUnicode}.
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

    /** {@link #compare}: same folded key, and no word spelt with other diacritics on both sides. */
    static final int SAME = 0;
    /** {@link #compare}: same folded key, but a word carries diacritics on both sides and they differ. */
    static final int OTHER_DIACRITICS = 1;
    /** {@link #compare}: different folded keys, or not sure (fold both to decide). */
    static final int DIFFERENT_OR_UNSURE = 2;

    /**
     * Whether two names fold to the same key (same letters once diacritics and case are dropped, đ read as d,
     * whitespace trimmed and collapsed), and if so whether {@link #diacriticsDiffer}; in one pass, without
     * allocating. It answers {@link #SAME} or {@link #OTHER_DIACRITICS} only when sure:
     * <pre>
     *   ("NGUYỄN VĂN AN", "Nguyen Van An")        → SAME
     *   ("Nguyễn Thị Hường", "Nguyễn Thị Hương")  → OTHER_DIACRITICS
     *   ("Nguyễn Văn An", "Nguyễn Văn Anh")       → DIFFERENT_OR_UNSURE
     *   ("Nguye\u0303n", "Nguyễn")                → DIFFERENT_OR_UNSURE (combining mark: not sure)
     * </pre>
     */
    static int compare(String a, String b) {
        int ia = start(a);
        int ea = end(a, ia);
        int ib = start(b);
        int eb = end(b, ib);
        boolean markedA = false;
        boolean markedB = false;
        boolean spelledAlike = true;
        boolean otherDiacritics = false;
        boolean nameMarkedA = false;
        boolean nameMarkedB = false;
        boolean oneSided = false;
        while (ia < ea && ib < eb) {
            char ca = a.charAt(ia);
            char cb = b.charAt(ib);
            boolean wa = isSpace(ca);
            boolean wb = isSpace(cb);
            if (wa || wb) {
                if (!(wa && wb)) {
                    return DIFFERENT_OR_UNSURE;
                }
                otherDiacritics |= markedA && markedB && !spelledAlike;
                oneSided |= markedA != markedB;
                nameMarkedA |= markedA;
                nameMarkedB |= markedB;
                markedA = false;
                markedB = false;
                spelledAlike = true;
                while (ia < ea && isSpace(a.charAt(ia))) {
                    ia++;
                }
                while (ib < eb && isSpace(b.charAt(ib))) {
                    ib++;
                }
                continue;
            }
            char fa = ca < FOLD.length ? FOLD[ca] : UNKNOWN;
            if (fa == UNKNOWN || fa != (cb < FOLD.length ? FOLD[cb] : UNKNOWN)) {
                return DIFFERENT_OR_UNSURE;
            }
            markedA |= ca > 0x7F;
            markedB |= cb > 0x7F;
            if (ca != cb && Character.toLowerCase(ca) != Character.toLowerCase(cb)) {
                spelledAlike = false;
            }
            ia++;
            ib++;
        }
        if (ia != ea || ib != eb) {
            return DIFFERENT_OR_UNSURE;
        }
        otherDiacritics |= markedA && markedB && !spelledAlike;
        oneSided |= markedA != markedB;
        nameMarkedA |= markedA;
        nameMarkedB |= markedB;
        otherDiacritics |= oneSided && nameMarkedA && nameMarkedB;
        return otherDiacritics ? OTHER_DIACRITICS : SAME;
    }

    /**
     * For two names that fold to the same key: whether some word carries diacritics in both names and the
     * two spellings differ (case ignored), or, when both names carry diacritics somewhere, a word carries them on
     * one side only (a mark left out of a name typed with marks is a typo). A name typed wholly without diacritics
     * (an old system that could not store them) agrees with any spelling.
     * <pre>
     *   ("Nguyễn Thị Hường", "Nguyễn Thị Hương")  → true
     *   ("Nguyen Thi Huong", "Nguyễn Thị Hương")  → false (one name has no diacritics at all)
     *   ("Le Văn Trung", "Lê Văn Trung")          → true (Lê lost its mark in a name typed with marks)
     *   ("NGUYỄN VĂN AN", "Nguyễn Văn An")        → false
     *   ("Đặng", "Dặng")                           → true (Đ and D differ)
     * </pre>
     */
    static boolean diacriticsDiffer(String a, String b) {
        String x = hasCombiningMark(a) ? Normalizer.normalize(a, Normalizer.Form.NFC) : a;
        String y = hasCombiningMark(b) ? Normalizer.normalize(b, Normalizer.Form.NFC) : b;
        int i = 0;
        int j = 0;
        int nx = x.length();
        int ny = y.length();
        boolean oneSided = false;
        boolean nameMarkedX = false;
        boolean nameMarkedY = false;
        while (true) {
            while (i < nx && x.charAt(i) <= ' ') {
                i++;
            }
            while (j < ny && y.charAt(j) <= ' ') {
                j++;
            }
            if (i >= nx || j >= ny) {
                return oneSided && nameMarkedX && nameMarkedY;
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
            oneSided |= markedX != markedY;
            nameMarkedX |= markedX;
            nameMarkedY |= markedY;
            i = ei;
            j = ej;
        }
    }

    private static boolean hasCombiningMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && c <= 0x36F) {
                return true;
            }
        }
        return false;
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
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** One past the last character {@code > ' '}; {@code start} when there is none. */
    private static int end(String s, int start) {
        int e = s.length();
        while (e > start && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
