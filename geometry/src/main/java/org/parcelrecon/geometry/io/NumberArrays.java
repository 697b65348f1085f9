package org.parcelrecon.geometry.io;

/**
 * Skips, validating it, a JSON array holding only arrays and numbers (a GeoJSON geometry's coordinates): loops
 * written for that one shape (a run of digits, a point, a run of digits, a comma or a bracket), which the processor
 * predicts well, so the index pass of {@link GeoJsonScanner} runs at close to the speed of reading the bytes. The
 * numbers are checked against the JSON grammar {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. Anything
 * else in the array (a string, an object, {@code NaN}, a malformed number, a number longer than
 * {@link JsonBytes#MAX_NUMBER_LENGTH}) or the end of the bytes makes it give up, and {@link JsonBytes#skipValue}
 * reads the array its own way.
 */
final class NumberArrays {
    /** {@link #numberEnd}'s answer when the bytes end before the number does. */
    static final int RAN_OFF = -2;

    private NumberArrays() {
    }

    /**
     * The end of the JSON number at {@code b[p]} ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}): the
     * index after it; -1 when the bytes there are not one; {@link #RAN_OFF} when they end first.
     */
    static int numberEnd(byte[] b, int p, int e) {
        if (p < e && b[p] == '-') {
            p++;
        }
        if (p >= e) {
            return RAN_OFF;
        }
        int c = b[p];
        if (c == '0') {
            p++;
        } else if (c >= '1' && c <= '9') {
            p = digitsEnd(b, p + 1, e);
        } else {
            return -1;
        }
        if (p >= e) {
            return RAN_OFF;
        }
        c = b[p];
        if (c == '.') {
            int from = p + 1;
            p = digitsEnd(b, from, e);
            if (p >= e) {
                return RAN_OFF;
            }
            if (p == from) {
                return -1;
            }
            c = b[p];
        }
        if (c == 'e' || c == 'E') {
            p++;
            if (p < e && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int from = p;
            p = digitsEnd(b, from, e);
            if (p >= e) {
                return RAN_OFF;
            }
            if (p == from) {
                return -1;
            }
        }
        return p;
    }

    private static int digitsEnd(byte[] b, int p, int e) {
        while (p < e && (char) (b[p] - '0') < 10) {
            p++;
        }
        return p;
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
        long lines = 0;
        boolean open = true; // just after an opening bracket: a closing one may follow
        while (true) {
            // a value (or, after an opening bracket, the closing one)
            int c;
            while (true) {
                if (p >= e) {
                    return -1;
                }
                c = b[p];
                if (c > ' ') {
                    break;
                }
                if (c == '\n') {
                    if (b[p - 1] != '\r') { // a line feed right after a carriage return ends no new line
                        lines++;
                    }
                } else if (c == '\r') {
                    lines++;
                } else if (c != ' ' && c != '\t') {
                    return -1;
                }
                p++;
            }
            if (c == '[') {
                if (++depth > maxDepth) {
                    return -1;
                }
                p++;
                open = true;
                continue;
            }
            if (c != ']' || !open) {
                // numberEnd's grammar written out here, where every coordinate goes through it: a call per number
                // was a fifth of the index pass (a digit test is one unsigned comparison: (char) (c - '0') < 10)
                int from = p;
                if (c == '-') {
                    if (++p >= e) {
                        return -1;
                    }
                    c = b[p];
                }
                if ((char) (c - '0') >= 10) {
                    return -1;
                }
                p++;
                // the integer part's digits after its first (none after a 0), then the fraction's after a point, in
                // one loop: four digits a round while four bytes are left, each round left at the first non-digit
                // (C1, the JIT of runs on small inputs, does not unroll loops: one bound test and jump for four
                // digits made the index pass ~8 % faster)
                int fraction = -1; // where the fraction's digits start, once its point is read
                boolean run = c != '0'; // whether digits may follow
                while (true) {
                    if (run) {
                        while (p + 4 <= e) {
                            if ((char) (b[p] - '0') >= 10) {
                                break;
                            }
                            if ((char) (b[p + 1] - '0') >= 10) {
                                p += 1;
                                break;
                            }
                            if ((char) (b[p + 2] - '0') >= 10) {
                                p += 2;
                                break;
                            }
                            if ((char) (b[p + 3] - '0') >= 10) {
                                p += 3;
                                break;
                            }
                            p += 4;
                        }
                        while (p < e && (char) (b[p] - '0') < 10) {
                            p++;
                        }
                    }
                    if (p >= e || p == fraction) {
                        return -1;
                    }
                    if (fraction >= 0 || b[p] != '.') {
                        break;
                    }
                    fraction = ++p;
                    run = true;
                }
                c = b[p];
                if (c == 'e' || c == 'E') {
                    if (++p < e && (b[p] == '+' || b[p] == '-')) {
                        p++;
                    }
                    int digits = p;
                    while (p < e && (char) (b[p] - '0') < 10) {
                        p++;
                    }
                    if (p == digits || p >= e) {
                        return -1;
                    }
                }
                if (p - from > JsonBytes.MAX_NUMBER_LENGTH) {
                    return -1;
                }
            }
            // after a value (or at the closing bracket of an empty array): a comma, or closing brackets
            open = false;
            while (true) {
                if (p >= e) {
                    return -1;
                }
                c = b[p++];
                if (c == ',') {
                    break;
                }
                if (c == ']') {
                    if (--depth == 0) {
                        in.line += lines;
                        in.lastCr = false;
                        return p;
                    }
                } else if (c == '\n') {
                    if (b[p - 2] != '\r') {
                        lines++;
                    }
                } else if (c == '\r') {
                    lines++;
                } else if (c != ' ' && c != '\t') {
                    return -1;
                }
            }
        }
    }
}
