package org.parcelrecon.geometry.io;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over JSON held as UTF-8 bytes, for the byte-level GeoJSON fast paths ({@link GeoJsonScanner},
 * {@link GeoJsonFeatureParser}). It accepts only a strict subset of what Jackson (as the readers configure it)
 * accepts: RFC 8259 JSON with well-formed UTF-8 (RFC 3629), no {@code NaN}/{@code Infinity}, no byte order mark,
 * nesting at most {@link #MAX_DEPTH} deep, numbers of at most {@link #MAX_NUMBER_LENGTH} characters and strings of
 * at most {@link #MAX_STRING_BYTES} bytes. Anything outside that subset, well-formed or not, stops the cursor with
 * {@link #UNUSUAL}, and the caller hands the input to the Jackson-based reader, which then reads it (or reports it)
 * exactly as before. So the fast paths never need to reproduce Jackson's error messages, and never accept what
 * Jackson would refuse.
 *
 * <p>Running off the end of the bytes stops with {@link #SHORT} when {@link #more} says more input can follow (the
 * caller refills and starts the unit again), else with {@link #UNUSUAL}. Lines are counted as Jackson counts them
 * ({@code \n}, {@code \r\n} and a lone {@code \r} each end one), in whitespace only (raw line breaks cannot occur
 * anywhere else in JSON).
 */
final class JsonBytes {
    /** Deeper nesting stops the cursor (Jackson's own limit is 1000; no map needs more than a few levels). */
    static final int MAX_DEPTH = 200;
    /** Longer numbers stop the cursor (Jackson refuses numbers over 1000 characters). */
    static final int MAX_NUMBER_LENGTH = 400;
    /** Longer strings stop the cursor (Jackson refuses string values over 20 million characters). */
    static final int MAX_STRING_BYTES = 1 << 20;

    /** Why the cursor stopped; a shared instance without a stack trace (it is control flow, not an error). */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Stop(String message) {
            super(message, null, false, false);
        }
    }

    /** The input is malformed or outside the subset this cursor reads: leave it to Jackson. */
    static final Stop UNUSUAL = new Stop("not read by the fast path");
    /** The bytes ended inside a unit and more may follow: refill and read the unit again. */
    static final Stop SHORT = new Stop("more input needed");

    byte[] buf;
    int pos;
    int end;
    /** Whether bytes after {@link #end} may still come (running off the end is then {@link #SHORT}). */
    boolean more;
    /** The 1-based line of {@link #pos}. */
    long line = 1;
    /** Whether the last whitespace byte was a carriage return (so a following line feed ends no new line). */
    boolean lastCr;

    JsonBytes(byte[] buf, int pos, int end, boolean more) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
        this.more = more;
    }

    /** The stop for running off the end. */
    Stop off() {
        return more ? SHORT : UNUSUAL;
    }

    /** Skips whitespace and returns the next byte (0-255) without consuming it. */
    int ws() {
        byte[] b = buf;
        int p = pos;
        while (true) {
            if (p >= end) {
                pos = p;
                throw off();
            }
            int c = b[p];
            if (c == ' ' || c == '\t') {
                lastCr = false;
            } else if (c == '\n') {
                if (!lastCr) {
                    line++;
                }
                lastCr = false;
            } else if (c == '\r') {
                line++;
                lastCr = true;
            } else {
                pos = p;
                lastCr = false;
                return c & 0xFF;
            }
            p++;
        }
    }

    /** {@link #ws()} with the common case, a token right at the cursor, small enough to be inlined. */
    int next() {
        int p = pos;
        if (p < end) {
            int c = buf[p];
            if (c > ' ') {
                lastCr = false;
                return c & 0xFF;
            }
        }
        return ws();
    }

    /**
     * After a member's value in an object: consumes a comma and returns the byte that follows it (after
     * whitespace), or consumes the closing brace and returns -1.
     */
    int afterMember() {
        int c = ws();
        pos++;
        if (c == '}') {
            return -1;
        }
        if (c != ',') {
            throw UNUSUAL;
        }
        return ws();
    }

    /** Consumes byte {@code c} after whitespace, else stops. */
    void expect(int c) {
        if (next() != c) {
            throw UNUSUAL;
        }
        pos++;
    }

    /**
     * Consumes and validates a string at {@link #pos} (its opening quote); returns the index of its closing quote.
     * {@link #escaped} then says whether it held a backslash escape.
     */
    int string() {
        byte[] b = buf;
        int p = pos + 1;
        int limit = Math.min(end, pos + 1 + MAX_STRING_BYTES);
        boolean esc = false;
        while (true) {
            if (p >= limit) {
                pos = p;
                if (p < end) {
                    throw UNUSUAL; // too long
                }
                throw off();
            }
            int c = b[p];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                esc = true;
                p = escape(p);
            } else if (c < 0) {
                p = utf8(p);
            } else if (c < 0x20) {
                throw UNUSUAL;
            } else {
                p++;
            }
        }
        escaped = esc;
        pos = p + 1;
        return p;
    }

    /** Whether the last {@link #string()} held a backslash escape. */
    boolean escaped;

    /** Reads a string at {@link #pos} and returns its text. */
    String text() {
        int from = pos + 1;
        return text(from, string());
    }

    /** The text of the string just read by {@link #string()}: {@code from} after its opening quote to {@code close}. */
    String text(int from, int close) {
        return escaped ? decode(from, close) : new String(buf, from, close - from, StandardCharsets.UTF_8);
    }

    private final byte[][] nameBytes = new byte[256][];
    private final String[] names = new String[256];

    /**
     * Reads a string at {@link #pos} and returns its text, from a small cache keyed by its bytes: a map repeats the
     * same few attribute names on every feature, and this spares a new string for each.
     */
    String name() {
        int from = pos + 1;
        int close = string();
        if (escaped) {
            return decode(from, close);
        }
        int n = close - from;
        if (n > 64) {
            return new String(buf, from, n, StandardCharsets.UTF_8);
        }
        int h = n;
        for (int i = from; i < close; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 8)) & 255;
        byte[] known = nameBytes[slot];
        if (known != null && java.util.Arrays.equals(known, 0, known.length, buf, from, close)) {
            return names[slot];
        }
        String name = new String(buf, from, n, StandardCharsets.UTF_8);
        nameBytes[slot] = java.util.Arrays.copyOfRange(buf, from, close);
        names[slot] = name;
        return name;
    }

    /**
     * Reads a string at {@link #pos} that is most likely one of a few names (a feature's {@code "properties"}, a
     * geometry's {@code "type"}) and returns which: recognised by its bytes when written plainly, else decoded.
     *
     * @param known the names, the likeliest first
     * @return the place of the string's text among {@code known}; -1 when it is none of them
     */
    int oneOf(Attributes.Names known) {
        for (int i = 0; i < known.size(); i++) {
            int after = known.matches(i, buf, pos, end);
            if (after > 0) {
                pos = after;
                return i;
            }
        }
        return known.indexOf(name());
    }

    /**
     * The bytes of a JSON string holding {@code text} written without escapes (quotes left out), when that is the
     * only way to read those bytes as that text: null for text with a quote, backslash or control character, or
     * one that UTF-8 cannot encode (a lone surrogate; characters beyond U+FFFF are left out too).
     */
    static byte[] plainBytes(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return null;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the JSON string whose opening quote is at {@code b[at]} is {@code text} (from {@link #plainBytes},
     * may be null) written plainly: its bytes, then the closing quote, all before {@code end}. Such bytes are valid
     * JSON and read as that text, so a match needs no further validation.
     *
     * @return the index after the closing quote; -1 when the bytes are anything else
     */
    static int plain(byte[] text, byte[] b, int at, int end) {
        if (text == null) {
            return -1;
        }
        int from = at + 1;
        int close = from + text.length;
        if (close >= end || b[close] != '"') {
            return -1;
        }
        for (int k = 0; k < text.length; k++) {
            if (b[from + k] != text[k]) {
                return -1;
            }
        }
        return close + 1;
    }

    /** Validates the escape at {@code p} (a backslash) and returns the index after it. */
    private int escape(int p) {
        if (p + 1 >= end) {
            pos = p;
            throw off();
        }
        switch (buf[p + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                return p + 2;
            case 'u':
                if (p + 6 > end) {
                    pos = p;
                    throw off();
                }
                for (int i = p + 2; i < p + 6; i++) {
                    if (hex(buf[i]) < 0) {
                        throw UNUSUAL;
                    }
                }
                return p + 6;
            default:
                throw UNUSUAL;
        }
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Validates one well-formed UTF-8 sequence (RFC 3629: no overlong forms, surrogates or values past U+10FFFF). */
    private int utf8(int p) {
        int c = buf[p] & 0xFF;
        int n;
        int min;
        int max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            min = c == 0xE0 ? 0xA0 : 0x80;
            max = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            min = c == 0xF0 ? 0x90 : 0x80;
            max = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw UNUSUAL;
        }
        if (p + n >= end) {
            pos = p;
            throw off();
        }
        int second = buf[p + 1] & 0xFF;
        if (second < min || second > max) {
            throw UNUSUAL;
        }
        for (int i = 2; i <= n; i++) {
            if ((buf[p + i] & 0xC0) != 0x80) {
                throw UNUSUAL;
            }
        }
        return p + n + 1;
    }

    /** The text of a validated string with escapes, {@code from} after its opening quote. */
    private String decode(int from, int close) {
        StringBuilder s = new StringBuilder(close - from);
        int run = from;
        int p = from;
        while (p < close) {
            if (buf[p] != '\\') {
                p++;
                continue;
            }
            s.append(new String(buf, run, p - run, StandardCharsets.UTF_8));
            byte e = buf[p + 1];
            switch (e) {
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> s.append((char) ((hex(buf[p + 2]) << 12) | (hex(buf[p + 3]) << 8) | (hex(buf[p + 4]) << 4)
                        | hex(buf[p + 5])));
                default -> s.append((char) e);
            }
            p += e == 'u' ? 6 : 2;
            run = p;
        }
        s.append(new String(buf, run, close - run, StandardCharsets.UTF_8));
        return s.toString();
    }

    /** Whether a number consumed by {@link #number()} had a fraction or an exponent. */
    boolean fractional;

    /**
     * Consumes a JSON number at {@link #pos} ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}) and returns
     * the index after it; {@link #fractional} says whether it had a fraction or exponent.
     */
    int number() {
        int from = pos;
        int to = skipNumber();
        boolean frac = false;
        for (int p = from; p < to; p++) {
            int c = buf[p];
            frac |= c == '.' || c == 'e' || c == 'E';
        }
        fractional = frac;
        return to;
    }

    /**
     * {@link #number()} without telling whether the number had a fraction ({@link #fractional} is left as it was):
     * for a number that is only skipped, such as an attribute's value in the index pass (a second walk over its
     * bytes was 6 % of that pass).
     */
    int skipNumber() {
        int to = NumberArrays.numberEnd(buf, pos, end);
        if (to == NumberArrays.RAN_OFF) {
            throw offAt(end);
        }
        if (to < 0 || to - pos > MAX_NUMBER_LENGTH) {
            throw UNUSUAL;
        }
        pos = to;
        return to;
    }

    private Stop offAt(int p) {
        pos = p;
        return off();
    }

    /** Consumes {@code true}, {@code false} or {@code null} at {@link #pos}; returns its first byte. */
    int literal() {
        int c = buf[pos];
        String word = c == 't' ? "true" : c == 'f' ? "false" : c == 'n' ? "null" : null;
        if (word == null) {
            throw UNUSUAL;
        }
        for (int i = 1; i < word.length(); i++) {
            if (pos + i >= end) {
                throw offAt(pos + i);
            }
            if (buf[pos + i] != word.charAt(i)) {
                throw UNUSUAL;
            }
        }
        pos += word.length();
        return c;
    }

    private static final int VALUE = 0;
    private static final int VALUE_OR_CLOSE = 1;
    private static final int AFTER_VALUE = 2;
    private static final int NAME = 3;
    private static final int NAME_OR_CLOSE = 4;
    private static final int COLON = 5;

    /**
     * Consumes any JSON value after whitespace, validating it. One loop with an explicit stack rather than a
     * method per value: it is what the index pass spends its time in (every coordinate of a map goes through it).
     *
     * @param depth the value's nesting depth in the document; deeper than {@link #MAX_DEPTH} stops the cursor
     */
    void skipValue(int depth) {
        int first = next();
        if (first == '"') { // an attribute's value, mostly: no need for the loop
            string();
            return;
        }
        if (first == '-' || first >= '0' && first <= '9') {
            skipNumber();
            return;
        }
        byte[] b = buf;
        int p = pos;
        int e = end;
        long objects = 0; // bit d: whether the container at depth d (1-based within this value) is an object
        int d = 0;
        int maxDepth = Math.min(63, MAX_DEPTH - depth);
        int state = VALUE;
        while (true) {
            if (p >= e) {
                pos = p;
                throw off();
            }
            int c = b[p];
            if (c <= ' ') { // whitespace (or a byte over 127, which ws() returns as it is)
                pos = p;
                c = ws();
                p = pos;
            } else {
                lastCr = false;
            }
            switch (state) {
                case VALUE, VALUE_OR_CLOSE -> {
                    if (c == '[') {
                        int close = NumberArrays.skip(this, p, maxDepth - d);
                        if (close > 0) { // an array of arrays and numbers, skipped by the table-driven scanner
                            p = close;
                            if (d == 0) {
                                pos = p;
                                return;
                            }
                            state = AFTER_VALUE;
                            continue;
                        }
                    }
                    if (c == '[' || c == '{') {
                        if (++d > maxDepth) {
                            throw UNUSUAL;
                        }
                        p++;
                        if (c == '{') {
                            objects |= 1L << d;
                            state = NAME_OR_CLOSE;
                        } else {
                            objects &= ~(1L << d);
                            state = VALUE_OR_CLOSE;
                        }
                        continue;
                    }
                    if (c == ']' && state == VALUE_OR_CLOSE) {
                        state = AFTER_VALUE; // which closes the empty array
                        continue;
                    }
                    pos = p;
                    if (c == '"') {
                        string();
                    } else if (c == 't' || c == 'f' || c == 'n') {
                        literal();
                    } else {
                        skipNumber();
                    }
                    p = pos;
                    if (d == 0) {
                        return;
                    }
                    state = AFTER_VALUE;
                }
                case AFTER_VALUE -> {
                    boolean object = (objects & (1L << d)) != 0;
                    p++;
                    if (c == ',') {
                        state = object ? NAME : VALUE;
                    } else if (c == (object ? '}' : ']')) {
                        d--;
                        if (d == 0) {
                            pos = p;
                            return;
                        }
                    } else {
                        throw UNUSUAL;
                    }
                }
                case NAME, NAME_OR_CLOSE -> {
                    if (c == '}' && state == NAME_OR_CLOSE) {
                        state = AFTER_VALUE; // which closes the empty object
                        continue;
                    }
                    if (c != '"') {
                        throw UNUSUAL;
                    }
                    pos = p;
                    string();
                    p = pos;
                    state = COLON;
                }
                default -> { // COLON
                    if (c != ':') {
                        throw UNUSUAL;
                    }
                    p++;
                    state = VALUE;
                }
            }
        }
    }
}
