package org.parcelrecon.geometry.io;

/**
 * Skips, validating it, a JSON array holding only arrays and numbers (a GeoJSON geometry's coordinates) with one
 * table look-up per byte: a deterministic automaton over byte classes whose states are the places in
 * {@code [ value , value ]} and in the number grammar {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, with a
 * depth counter for the brackets. It is what makes the index pass of {@link GeoJsonScanner} run at close to the
 * speed of reading the bytes. Anything else in the array (a string, an object, {@code NaN}, a malformed number) or
 * the end of the bytes makes it give up, and {@link JsonBytes#skipValue} reads the array its own way.
 */
final class NumberArrays {
    // byte classes
    private static final int SPACE = 0;
    private static final int LF = 1;
    private static final int CR = 2;
    private static final int OPEN = 3;
    private static final int CLOSE = 4;
    private static final int COMMA = 5;
    private static final int MINUS = 6;
    private static final int ZERO = 7;
    private static final int DIGIT = 8;
    private static final int DOT = 9;
    private static final int E = 10;
    private static final int PLUS = 11;
    private static final int OTHER = 12;
    private static final int CLASSES = 16;

    // states
    private static final int VALUE = 0;          // after a comma: a value
    private static final int VALUE_OR_CLOSE = 1; // after an opening bracket: a value or the closing bracket
    private static final int AFTER = 2;          // after a value: a comma or a closing bracket
    private static final int MINUS_SEEN = 3;     // a digit
    private static final int ZERO_SEEN = 4;      // a point, an exponent or the number's end
    private static final int INTEGER = 5;        // a digit, a point, an exponent or the end
    private static final int POINT = 6;          // a digit
    private static final int FRACTION = 7;       // a digit, an exponent or the end
    private static final int EXP = 8;            // a sign or a digit
    private static final int EXP_SIGN = 9;       // a digit
    private static final int EXP_DIGITS = 10;    // a digit or the end

    // actions (transitions at or above ACTIONS)
    private static final int ACTIONS = 16;
    private static final int PUSH = 16;
    private static final int POP = 17;
    private static final int NEW_LINE = 18;
    private static final int CARRIAGE_RETURN = 19;
    private static final int GIVE_UP = 20;
    private static final int START_MINUS = 21; // a number starts: its length is checked at its end
    private static final int START_ZERO = 22;
    private static final int START_DIGIT = 23;
    private static final int END_COMMA = 24;   // a number ends, and what ends it
    private static final int END_SPACE = 25;
    private static final int END_CLOSE = 26;
    private static final int END_LF = 27;
    private static final int END_CR = 28;

    private static final byte[] CLASS = new byte[256];
    private static final byte[] NEXT = new byte[11 * CLASSES];

    static {
        java.util.Arrays.fill(CLASS, (byte) OTHER);
        CLASS[' '] = SPACE;
        CLASS['\t'] = SPACE;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        CLASS['['] = OPEN;
        CLASS[']'] = CLOSE;
        CLASS[','] = COMMA;
        CLASS['-'] = MINUS;
        CLASS['0'] = ZERO;
        for (char c = '1'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        CLASS['.'] = DOT;
        CLASS['e'] = E;
        CLASS['E'] = E;
        CLASS['+'] = PLUS;
        java.util.Arrays.fill(NEXT, (byte) GIVE_UP);
        for (int s : new int[] {VALUE, VALUE_OR_CLOSE, AFTER}) {
            on(s, SPACE, s);
            on(s, LF, NEW_LINE);
            on(s, CR, CARRIAGE_RETURN);
        }
        for (int s : new int[] {VALUE, VALUE_OR_CLOSE}) {
            on(s, OPEN, PUSH);
            on(s, MINUS, START_MINUS);
            on(s, ZERO, START_ZERO);
            on(s, DIGIT, START_DIGIT);
        }
        on(VALUE_OR_CLOSE, CLOSE, POP);
        on(AFTER, COMMA, VALUE);
        on(AFTER, CLOSE, POP);
        on(MINUS_SEEN, ZERO, ZERO_SEEN);
        on(MINUS_SEEN, DIGIT, INTEGER);
        on(INTEGER, ZERO, INTEGER);
        on(INTEGER, DIGIT, INTEGER);
        for (int s : new int[] {ZERO_SEEN, INTEGER}) {
            on(s, DOT, POINT);
        }
        on(POINT, ZERO, FRACTION);
        on(POINT, DIGIT, FRACTION);
        on(FRACTION, ZERO, FRACTION);
        on(FRACTION, DIGIT, FRACTION);
        for (int s : new int[] {ZERO_SEEN, INTEGER, FRACTION}) {
            on(s, E, EXP);
        }
        on(EXP, PLUS, EXP_SIGN);
        on(EXP, MINUS, EXP_SIGN);
        on(EXP, ZERO, EXP_DIGITS);
        on(EXP, DIGIT, EXP_DIGITS);
        on(EXP_SIGN, ZERO, EXP_DIGITS);
        on(EXP_SIGN, DIGIT, EXP_DIGITS);
        on(EXP_DIGITS, ZERO, EXP_DIGITS);
        on(EXP_DIGITS, DIGIT, EXP_DIGITS);
        for (int s : new int[] {ZERO_SEEN, INTEGER, FRACTION, EXP_DIGITS}) { // the end of a number
            on(s, SPACE, END_SPACE);
            on(s, LF, END_LF);
            on(s, CR, END_CR);
            on(s, COMMA, END_COMMA);
            on(s, CLOSE, END_CLOSE);
        }
    }

    private static void on(int state, int byteClass, int next) {
        NEXT[state * CLASSES + byteClass] = (byte) next;
    }

    private NumberArrays() {
    }

    /**
     * Skips the array whose opening bracket is at {@code in.buf[at]}, counting its line breaks into {@code in}.
     *
     * @param maxDepth how deep its arrays may nest
     * @return the index after its closing bracket; -1, {@code in} unchanged, when it holds anything else or the
     *     bytes end first
     */
    static int skip(JsonBytes in, int at, int maxDepth) {
        byte[] b = in.buf;
        int e = in.end;
        int p = at + 1;
        int depth = 1;
        int state = VALUE_OR_CLOSE;
        int number = 0; // where the last number started
        long lines = 0;
        while (p < e) {
            int c = b[p++];
            int next = NEXT[state * CLASSES + CLASS[c & 0xFF]];
            if (next < ACTIONS) {
                state = next;
                continue;
            }
            if (next >= END_COMMA) {
                if (p - 1 - number > JsonBytes.MAX_NUMBER_LENGTH) {
                    return -1;
                }
                next = switch (next) {
                    case END_COMMA -> VALUE;
                    case END_SPACE -> AFTER;
                    case END_CLOSE -> POP;
                    case END_LF -> NEW_LINE;
                    default -> CARRIAGE_RETURN;
                };
                state = AFTER;
                if (next < ACTIONS) {
                    state = next;
                    continue;
                }
            }
            switch (next) {
                case START_MINUS, START_ZERO, START_DIGIT -> {
                    number = p - 1;
                    state = next == START_MINUS ? MINUS_SEEN : next == START_ZERO ? ZERO_SEEN : INTEGER;
                }
                case PUSH -> {
                    if (++depth > maxDepth) {
                        return -1;
                    }
                    state = VALUE_OR_CLOSE;
                }
                case POP -> {
                    if (--depth == 0) {
                        in.line += lines;
                        in.lastCr = false;
                        return p;
                    }
                    state = AFTER;
                }
                case NEW_LINE -> {
                    if (b[p - 2] != '\r') { // a line feed right after a carriage return ends no new line
                        lines++;
                    }
                }
                case CARRIAGE_RETURN -> lines++;
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }
}
