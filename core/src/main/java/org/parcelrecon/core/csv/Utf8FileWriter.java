package org.parcelrecon.core.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;

/**
 * A buffered UTF-8 {@link Writer} onto a stream, for {@link CsvWriter}'s files: the bytes
 * {@code Files.newBufferedWriter(file, UTF_8)} writes, with one buffer and one copy instead of two buffers, a
 * {@code String} per write and a {@code CharsetEncoder}. ASCII takes a byte per char without a branch on the
 * encoder's state. Like that writer's encoder, a surrogate without its pair is refused
 * ({@link MalformedInputException}), never written as {@code ?}.
 *
 * <p>Not thread-safe.
 */
final class Utf8FileWriter extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    /** A high surrogate waiting for its low one (the pair may be split across two writes), else 0. */
    private char pendingHigh;

    Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        int end = off + len;
        int i = off;
        while (i < end) {
            if (n > buf.length - 4) {
                drain();
            }
            // ASCII run: as many chars as the buffer has room for
            int stop = Math.min(end, i + buf.length - n);
            if (pendingHigh == 0) {
                while (i < stop) {
                    char c = cbuf[i];
                    if (c >= 0x80) {
                        break;
                    }
                    buf[n++] = (byte) c;
                    i++;
                }
            }
            if (i < end && n <= buf.length - 4) {
                encode(cbuf[i++]);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, s.length());
        char[] chunk = new char[Math.min(len, 8192)];
        for (int done = 0; done < len; done += chunk.length) {
            int k = Math.min(chunk.length, len - done);
            s.getChars(off + done, off + done + k, chunk, 0);
            write(chunk, 0, k);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (n > buf.length - 4) {
            drain();
        }
        encode((char) c);
    }

    /** One char that is not ASCII, or any char after a high surrogate; room for 4 bytes is there. */
    private void encode(char c) throws IOException {
        if (pendingHigh != 0) {
            if (!Character.isLowSurrogate(c)) {
                throw new MalformedInputException(1);
            }
            int cp = Character.toCodePoint(pendingHigh, c);
            pendingHigh = 0;
            buf[n++] = (byte) (0xF0 | (cp >> 18));
            buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (cp & 0x3F));
        } else if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            throw new MalformedInputException(1);
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (OutputStream o = out) {
            drain();
            if (pendingHigh != 0) {
                pendingHigh = 0;
                throw new MalformedInputException(1);
            }
        }
    }
}
