package org.parcelrecon.geometry.io;

import java.util.Arrays;

/**
 * The last feature {@link GeoJsonScanner} read member by member, kept as its literal bytes around its values (each
 * attribute's value, and the coordinates of a geometry the scanner skips as its bytes), so that the next feature is
 * read by comparing bytes and skipping values only. A map writes every feature the same way (the same members, the
 * same attribute names in the same order, the same spacing): its features then cost a byte comparison per name
 * instead of a name, a colon, whitespace and a separator read one by one.
 *
 * <p>Why a match reads a feature exactly as the member-by-member path would: the literal bytes are those of a feature
 * that path accepted, and each value between them is validated by the very code that path runs on a value
 * ({@link GeoJsonScanner#value}, {@link NumberArrays#skip}); JSON's grammar is context-free, so a valid value in the
 * place of another leaves the whole valid, and what the scanner takes from a feature (which member holds the
 * attributes, which attribute names a commune, that value's text) depends only on those bytes and values. A feature
 * that differs anywhere, or whose coordinates {@link NumberArrays#skip} leaves, is read member by member from its
 * start, and becomes the skeleton for the next.
 */
final class FeatureSkeleton {
    /** A value slot: an attribute's value. */
    static final byte VALUE = 0;
    /** A value slot: the value of an attribute that may name the commune. */
    static final byte COMMUNE_VALUE = 1;
    /** A value slot: a geometry's coordinates array. */
    static final byte COORDINATES = 2;
    /** A feature with more literal bytes than this is not kept (it is not one of a map's usual features). */
    private static final int MAX_LITERAL = 4096;

    /** The literal pieces one after another; piece {@code i} is {@code literal[start[i]..start[i + 1])}. */
    private byte[] literal = new byte[256];
    private int[] start = new int[17];
    /** The line breaks in each piece, counted as {@link JsonBytes} counts them. */
    private int[] lines = new int[16];
    /** What follows each piece but the last. */
    private byte[] kind = new byte[16];
    /** How many values; -1 when nothing is kept. */
    private int values = -1;
    /** The commune text of the last feature {@link #matches} read. */
    String commune;

    /**
     * Keeps the feature at {@code b[from..to)} as a skeleton, its values at {@code slotFrom[i]..slotTo[i]} (in
     * order) of {@code slotKind[i]}; keeps nothing when its literal bytes are too many.
     */
    void learn(byte[] b, int from, int to, int[] slotFrom, int[] slotTo, byte[] slotKind, int slots) {
        int size = to - from;
        for (int i = 0; i < slots; i++) {
            size -= slotTo[i] - slotFrom[i];
        }
        if (size > MAX_LITERAL) {
            values = -1;
            return;
        }
        if (literal.length < size) {
            literal = new byte[Math.max(size, 2 * literal.length)];
        }
        if (start.length < slots + 2) {
            start = new int[2 * (slots + 2)];
            lines = new int[start.length];
            kind = new byte[start.length];
        }
        int n = 0;
        int at = from;
        for (int i = 0; i <= slots; i++) {
            int end = i < slots ? slotFrom[i] : to;
            start[i] = n;
            int breaks = 0;
            for (int p = at; p < end; p++) {
                byte c = b[p];
                if (c == '\r' || c == '\n' && (p == at || b[p - 1] != '\r')) {
                    breaks++;
                }
            }
            lines[i] = breaks;
            System.arraycopy(b, at, literal, n, end - at);
            n += end - at;
            if (i < slots) {
                kind[i] = slotKind[i];
                at = slotTo[i];
            }
        }
        start[slots + 1] = n;
        values = slots;
    }

    /**
     * Reads the feature at the scanner's cursor (its opening brace) when it matches the skeleton: then leaves the
     * cursor after its closing brace, its commune in {@link #commune}, and returns true. Returns false otherwise,
     * with the cursor's position and line left anywhere in the feature (the caller puts them back); stops as the
     * member-by-member path stops on a value it would stop on too.
     */
    boolean matches(GeoJsonScanner scanner) {
        if (values < 0) {
            return false;
        }
        JsonBytes in = scanner.cursor();
        byte[] b = in.buf;
        int end = in.end;
        byte[] lit = literal;
        int p = in.pos;
        String found = null;
        for (int i = 0; ; i++) {
            int from = start[i];
            int n = start[i + 1] - from;
            if (n > end - p) {
                return false;
            }
            if (!Arrays.equals(b, p, p + n, lit, from, from + n)) {
                return false;
            }
            p += n;
            in.line += lines[i];
            in.lastCr = false;
            if (i == values) {
                in.pos = p;
                commune = found;
                return true;
            }
            if (kind[i] == COORDINATES) {
                p = NumberArrays.skip(in, p, GeoJsonScanner.COORDINATE_DEPTH);
                if (p < 0) {
                    return false;
                }
            } else {
                in.pos = p;
                found = scanner.value(found, kind[i] == COMMUNE_VALUE);
                p = in.pos;
            }
        }
    }

    /** {@return the literal pieces, for tests} */
    @Override
    public String toString() {
        if (values < 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= values; i++) {
            s.append(new String(Arrays.copyOfRange(literal, start[i], start[i + 1]),
                    java.nio.charset.StandardCharsets.UTF_8));
            if (i < values) {
                s.append(kind[i] == COORDINATES ? "<coordinates>" : kind[i] == COMMUNE_VALUE ? "<commune>" : "<value>");
            }
        }
        return s.toString();
    }
}
