package org.parcelrecon.core.text;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens text files as Vietnamese offices write them: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
 * "Unicode text"), or a legacy code page (Windows-1258, TCVN3, VNI-Windows), and reads them as Unicode.
 *
 * <h2>Detection ({@link TextFileEncoding#AUTO})</h2>
 * <ol>
 *   <li>A byte-order mark names the encoding: {@code EF BB BF} UTF-8, {@code FF FE} or {@code FE FF} UTF-16. The mark
 *       is not part of the text.</li>
 *   <li>When the first 64 KB are UTF-8 (plain ASCII is), the file is read as UTF-8.</li>
 *   <li>Otherwise the first 64 KB, read byte for byte, go to {@link VietnameseText#decode(String)}; when it finds
 *       Windows-1258, TCVN3 or VNI-Windows text, every line of the file is decoded from that encoding
 *       ({@link VietnameseText#decode(String, TextEncoding)}). When it finds none, opening fails.</li>
 * </ol>
 * A file that starts as UTF-8 and holds a byte that is not UTF-8 further on, or a file in a named encoding that does
 * not fit it, fails when the reader reaches that byte. Every failure is an {@link IOException} whose message names
 * the file, the line and the encoding to set, e.g. {@code register.csv:812: not UTF-8 (byte 0xD2); if the file
 * is in a Vietnamese code page, give its encoding (--encoding windows-1258, tcvn3 or vni)}. Nothing becomes U+FFFD.
 *
 * <p>Known limits: UTF-16 without a byte-order mark is not detected (its bytes are not UTF-8, and no legacy encoding
 * is found, so opening fails). Detection looks at the first 64 KB only: a legacy file whose first 64 KB are ASCII is
 * read as UTF-8 and fails at its first legacy byte, naming the line. Line ends of a legacy file come out as
 * {@code \n}.
 *
 * <p>Thread-safe: every call works on its own streams.
 */
public final class TextFiles {
    /** What the messages tell a user to set. */
    static final String HINT = "if the file is in a Vietnamese code page, give its encoding"
            + " (--encoding windows-1258, tcvn3 or vni)";
    private static final int SAMPLE = 1 << 16;

    private TextFiles() {
    }

    /**
     * {@return a reader of the file's text}
     *
     * @throws IOException if the file cannot be opened, or its encoding is not found (the message names the file,
     *                     the line of the first byte that is not UTF-8, and the encoding to set)
     * @param file the file to read
     * @param encoding how its bytes are text; {@code AUTO} detects UTF-8 or a legacy Vietnamese encoding
     */
    public static BufferedReader open(Path file, TextFileEncoding encoding) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        InputStream in = Files.newInputStream(file);
        try {
            return open(in, String.valueOf(file.getFileName()), encoding);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * {@return a reader of a stream's text (e.g. standard input); {@code source} names it in messages} Closing the
     * reader
     * closes the stream.
     *
     * @throws IOException as {@link #open(Path, TextFileEncoding)}
     * @param in the stream to read; the reader owns it
     * @param source the stream's name in messages, e.g. {@code "standard input"}
     * @param encoding how its bytes are text; {@code AUTO} detects UTF-8 or a legacy Vietnamese encoding
     */
    public static BufferedReader open(InputStream in, String source, TextFileEncoding encoding) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        BufferedInputStream b = new BufferedInputStream(in, SAMPLE + 16);
        b.mark(SAMPLE + 16);
        byte[] head = b.readNBytes(SAMPLE);
        b.reset();
        boolean utf8Mark = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        boolean utf16Mark = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        switch (encoding) {
            case UTF_8:
                return utf8(b, source, utf8Mark);
            case UTF_16:
                return strict(b, source, StandardCharsets.UTF_16, "UTF-16");
            case WINDOWS_1258:
                return legacy(b, TextEncoding.WINDOWS_1258);
            case TCVN3:
                return legacy(b, TextEncoding.TCVN3);
            case VNI:
                return legacy(b, TextEncoding.VNI_WINDOWS);
            default:
                break;
        }
        if (utf8Mark) {
            return utf8(b, source, true);
        }
        if (utf16Mark) {
            return strict(b, source, StandardCharsets.UTF_16, "UTF-16");
        }
        int bad = firstNonUtf8(head, head.length < SAMPLE);
        if (bad < 0) {
            return utf8(b, source, false);
        }
        TextEncoding found = VietnameseText.decode(new String(head, StandardCharsets.ISO_8859_1)).encoding();
        if (found == TextEncoding.UNICODE) {
            throw new IOException(source + ":" + lineOf(head, bad) + ": not UTF-8 (byte 0x"
                    + Integer.toHexString(head[bad] & 0xFF).toUpperCase(Locale.ROOT)
                    + "), and no Vietnamese code page was recognised; " + HINT);
        }
        return legacy(b, found);
    }

    private static BufferedReader utf8(InputStream in, String source, boolean skipMark) throws IOException {
        if (skipMark) {
            in.skipNBytes(3);
        }
        return strict(in, source, StandardCharsets.UTF_8, "UTF-8");
    }

    private static BufferedReader strict(InputStream in, String source, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new StrictReader(in, decoder, source, name), 1 << 16);
    }

    private static BufferedReader legacy(InputStream in, TextEncoding encoding) {
        return new BufferedReader(new LegacyLineReader(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.ISO_8859_1), 1 << 16), encoding), 1 << 16);
    }

    /**
     * Index of the first byte that breaks UTF-8, or -1. A sequence cut off by the end of a sample that is not the
     * whole input is not counted as broken.
     */
    static int firstNonUtf8(byte[] b, boolean whole) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int more;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
            } else {
                return i;
            }
            if (i + more >= b.length) {
                return whole ? i : -1;
            }
            for (int k = 1; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += more + 1;
        }
        return -1;
    }

    private static long lineOf(byte[] b, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Decodes strictly and counts the lines it decodes, so that a failure names the line of the bad byte (an
     * {@link InputStreamReader} fails a whole buffer ahead of what it has handed out).
     */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final String source;
        private final String encoding;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
        private boolean endOfInput;
        private boolean flushed;
        private long line = 1;

        StrictReader(InputStream in, CharsetDecoder decoder, String source, String encoding) {
            this.in = in;
            this.decoder = decoder;
            this.source = source;
            this.encoding = encoding;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (flushed) {
                return -1; // read again after the end, as a parser re-reading its input may
            }
            CharBuffer out = CharBuffer.wrap(buf, off, len);
            while (out.position() == off) {
                CoderResult r = decoder.decode(bytes, out, endOfInput);
                if (r.isError()) {
                    long at = line + newlines(buf, off, out.position());
                    throw new IOException(source + ":" + at + ": not " + encoding + " (byte 0x"
                            + Integer.toHexString(bytes.get(bytes.position()) & 0xFF).toUpperCase(Locale.ROOT)
                            + "); " + HINT);
                }
                if (r.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    if (!flushed) {
                        decoder.flush(out);
                        flushed = true;
                    }
                    break;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            int produced = out.position() - off;
            if (produced == 0 && endOfInput) {
                return -1;
            }
            line += newlines(buf, off, out.position());
            return produced;
        }

        private static int newlines(char[] buf, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (buf[i] == '\n') {
                    n++;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Reads legacy bytes (as ISO-8859-1) a line at a time and hands out each line decoded. */
    private static final class LegacyLineReader extends Reader {
        private final BufferedReader in;
        private final TextEncoding encoding;
        private String pending = "";
        private int position;

        LegacyLineReader(BufferedReader in, TextEncoding encoding) {
            this.in = in;
            this.encoding = encoding;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == pending.length()) {
                String line = in.readLine();
                if (line == null) {
                    return -1;
                }
                pending = VietnameseText.decode(line, encoding).text() + "\n";
                position = 0;
            }
            int n = Math.min(len, pending.length() - position);
            pending.getChars(position, position + n, buf, off);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
