package org.parcelrecon.matching.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A forgiving RFC 4180 reader: comma-separated, fields optionally in double quotes (a doubled quote inside is one
 * quote), quoted fields may span lines; CRLF, LF or CR ends a record. Whitespace before an opening quote is
 * skipped (FEBRL writes {@code ", "} between fields). A quote left open at the end of input closes there: the
 * text read so far is kept, nothing is thrown. A UTF-8 byte-order mark at the start is dropped. Not thread-safe.
 *
 * <p>A quote that is never meant to close (a stray {@code "} in a name) swallows the lines after it into one field.
 * So that the caller can take those lines back, the parser keeps the raw text read after the first line break
 * inside a quoted field ({@link #lastRecordSpannedLines()}), says whether the quoting of the record looked wrong
 * ({@link #lastRecordHadUnterminatedQuote()}, {@link #lastRecordHadTextAfterClosingQuote()}), and on
 * {@link #replayLastRecordAfterFirstLine()} reads that text again as the records that follow.
 */
final class CsvParser {
    private final Reader in;
    private final char separator;
    private static final int NONE = Integer.MIN_VALUE;
    private int pushback = NONE;
    private boolean started;
    private long line = 1;
    private long recordLine = 1;
    private boolean unterminatedQuote;
    private boolean textAfterClosingQuote;
    /** Raw text read after the first line break inside a quoted field of the current record; null if none. */
    private StringBuilder spill;
    private long spillLine;
    /** Read in blocks: a synchronized {@code Reader.read()} per character costs more than the parsing. */
    private char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean lastWasPushback;

    CsvParser(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The line number (1-based) where the last record returned by {@link #next()} began. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the last record ended inside an unterminated quote. */
    boolean lastRecordHadUnterminatedQuote() {
        return unterminatedQuote;
    }

    /** Whether a closing quote of the last record was followed by text other than blanks ({@code "An"x,}). */
    boolean lastRecordHadTextAfterClosingQuote() {
        return textAfterClosingQuote;
    }

    /** Whether a quoted field of the last record went on past the end of the record's first line. */
    boolean lastRecordSpannedLines() {
        return spill != null;
    }

    /**
     * Takes back the last record from the end of its first line on: the lines a quoted field swallowed are read
     * again, as the next records, with their own line numbers. Only after {@link #lastRecordSpannedLines()}.
     */
    void replayLastRecordAfterFirstLine() {
        if (spill == null) {
            throw new IllegalStateException("the last record did not span lines");
        }
        int rest = Math.max(0, limit - position);
        char[] replay = new char[Math.max(spill.length() + rest, 1 << 16)];
        spill.getChars(0, spill.length(), replay, 0);
        if (rest > 0) {
            System.arraycopy(buffer, position, replay, spill.length(), rest);
        }
        buffer = replay;
        limit = spill.length() + rest;
        position = 0;
        pushback = NONE; // already in the spilled text
        lastWasPushback = false;
        line = spillLine;
        spill = null;
        unterminatedQuote = false;
        textAfterClosingQuote = false;
    }

    /** The next record's fields, or null at the end of input. */
    List<String> next() throws IOException {
        return next(null);
    }

    /**
     * The next record's fields, or null at the end of input; a field whose index is not marked in {@code keep}
     * (when given) is parsed but not built, and comes back null.
     */
    List<String> next(boolean[] keep) throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        unterminatedQuote = false;
        textAfterClosingQuote = false;
        spill = null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            // At the start of a field. Fast path: an unquoted field that ends inside the buffer becomes a string
            // straight from it.
            int fastEnd = unquotedFieldEndInBuffer(c);
            String value;
            if (fastEnd >= 0) {
                value = kept(keep, fields.size()) ? new String(buffer, position - 1, fastEnd - position + 1) : null;
                c = buffer[fastEnd];
                position = fastEnd + 1;
            } else {
                while (c == ' ' || c == '\t') {
                    field.append((char) c);
                    c = read();
                }
                if (c == '"') {
                    field.setLength(0);
                    while (true) {
                        c = read();
                        if (c == -1) {
                            unterminatedQuote = true;
                            break;
                        }
                        if (c == '"') {
                            int d = read();
                            if (d == '"') {
                                field.append('"');
                                continue;
                            }
                            c = d;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                            startSpill();
                        } else if (c == '\r') {
                            line++;
                            int d = read();
                            if (d != '\n') {
                                unread(d);
                            }
                            startSpill();
                            field.append('\r');
                            c = '\n';
                        }
                        field.append((char) c);
                    }
                    // Text after the closing quote, up to the separator, is kept as written.
                    while (c != -1 && c != separator && c != '\n' && c != '\r') {
                        if (c != ' ' && c != '\t') {
                            textAfterClosingQuote = true;
                        }
                        field.append((char) c);
                        c = read();
                    }
                } else {
                    while (c != -1 && c != separator && c != '\n' && c != '\r') {
                        field.append((char) c);
                        c = read();
                    }
                }
                value = kept(keep, fields.size()) ? field.toString() : null;
                field.setLength(0);
            }
            fields.add(value);
            if (c == separator) {
                c = read();
                continue;
            }
            if (c == '\r') {
                int d = read();
                if (d != '\n') {
                    unread(d);
                }
            }
            if (c != -1) {
                line++;
            }
            return fields;
        }
    }

    /** From here on, keeps what is read, so the record can be taken back after its first line. */
    private void startSpill() {
        if (spill == null) {
            spill = new StringBuilder();
            spillLine = line;
            if (pushback != NONE && pushback != -1) {
                spill.append((char) pushback); // read before the spill began, to be read again
            }
        }
    }

    /**
     * Where the unquoted field that starts with {@code c} (just read from the buffer) ends, when that end (a
     * separator or line break) is inside the buffer; -1 when the field needs the character-by-character path.
     */
    private int unquotedFieldEndInBuffer(int c) {
        if (spill != null || lastWasPushback || position == 0 || c == ' ' || c == '\t' || c == '"' || c == separator || c == '\n'
                || c == '\r' || c == -1) {
            return -1;
        }
        for (int q = position; q < limit; q++) {
            char ch = buffer[q];
            if (ch == separator || ch == '\n' || ch == '\r') {
                return q;
            }
        }
        return -1;
    }

    /** Whether the field at {@code index} is to be built ({@code keep} null keeps every field). */
    private static boolean kept(boolean[] keep, int index) {
        return keep == null || index < keep.length && keep[index];
    }

    private int read() throws IOException {
        if (pushback != NONE) {
            int p = pushback;
            pushback = NONE;
            lastWasPushback = true;
            return p;
        }
        lastWasPushback = false;
        if (position == limit) {
            if (limit < 0) {
                return -1;
            }
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = -1;
                position = -1;
                return -1;
            }
        }
        char c = buffer[position++];
        if (spill != null) {
            spill.append(c);
        }
        return c;
    }

    private void unread(int c) {
        pushback = c;
    }
}
