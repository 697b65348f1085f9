package org.parcelrecon.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The binary layout of a {@link LinkingIndex} file, and buffered big-endian streams for it that keep a CRC-32 of
 * every byte. Layout: the 8 magic bytes {@code PRLINKIX}, the format version (an int), the sections the index
 * writes, then the CRC-32 of all bytes before it (a long). Strings are an int byte count and UTF-8 bytes; arrays
 * an int length and their elements. Arrays go through a 64 KB buffer in bulk, never an element per stream call.
 */
final class IndexFile {
    static final byte[] MAGIC = "PRLINKIX".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int BUFFER = 1 << 16;

    private IndexFile() {
    }

    /** Writes an index file; {@link #finish()} appends the checksum. Not thread-safe. */
    static final class Output implements AutoCloseable {
        private final OutputStream out;
        private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        private final CRC32 crc = new CRC32();

        Output(Path file) throws IOException {
            this.out = Files.newOutputStream(file);
            buf.put(MAGIC);
            buf.putInt(VERSION);
        }

        private void room(int bytes) throws IOException {
            if (buf.remaining() < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            crc.update(buf.array(), 0, buf.position());
            out.write(buf.array(), 0, buf.position());
            buf.clear();
        }

        void writeInt(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        void writeLong(long v) throws IOException {
            room(8);
            buf.putLong(v);
        }

        void writeBoolean(boolean v) throws IOException {
            writeInt(v ? 1 : 0);
        }

        void writeString(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            int off = 0;
            while (off < b.length) {
                if (!buf.hasRemaining()) {
                    flush();
                }
                int n = Math.min(buf.remaining(), b.length - off);
                buf.put(b, off, n);
                off += n;
            }
        }

        void writeStrings(String[] values) throws IOException {
            writeInt(values.length);
            for (String v : values) {
                writeString(v);
            }
        }

        void writeInts(int[] values) throws IOException {
            writeInt(values.length);
            int off = 0;
            while (off < values.length) {
                if (buf.remaining() < 4) {
                    flush();
                }
                int n = Math.min(buf.remaining() / 4, values.length - off);
                buf.asIntBuffer().put(values, off, n);
                buf.position(buf.position() + 4 * n);
                off += n;
            }
        }

        /** Appends the checksum of everything written and flushes. */
        void finish() throws IOException {
            flush();
            long sum = crc.getValue();
            buf.putLong(sum);
            out.write(buf.array(), 0, buf.position());
            buf.clear();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * Reads an index file, checking magic and version on opening and the checksum in {@link #finish()}. Every
     * length is checked against the bytes left in the file before anything is allocated, so a foreign or damaged
     * file fails with an {@link IndexFileException}, never an {@link OutOfMemoryError}. Not thread-safe.
     */
    static final class Input implements AutoCloseable {
        private final Path file;
        private final InputStream in;
        private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        private final CRC32 crc = new CRC32();
        private long left;
        private int summed;

        Input(Path file) throws IOException {
            this.file = file;
            this.left = Files.size(file);
            this.in = Files.newInputStream(file);
            buf.limit(0);
            try {
                byte[] magic = new byte[MAGIC.length];
                if (left < MAGIC.length + 4 + 8) {
                    throw fail("is not a parcelrecon linking index: " + left + " bytes, too short for one");
                }
                need(MAGIC.length + 4);
                buf.get(magic);
                if (!java.util.Arrays.equals(magic, MAGIC)) {
                    throw fail("is not a parcelrecon linking index (it does not start with "
                            + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
                }
                int version = buf.getInt();
                if (version != VERSION) {
                    throw fail("is a linking index of format version " + version + "; this build reads version "
                            + VERSION + ": build the index again with this version");
                }
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        IndexFileException fail(String reason) {
            return new IndexFileException(file, reason);
        }

        /** Makes {@code bytes} (at most the buffer's size) readable from the buffer. */
        private void need(int bytes) throws IOException {
            if (buf.remaining() >= bytes) {
                return;
            }
            crc.update(buf.array(), summed, buf.position() - summed);
            total += buf.position();
            buf.compact();
            while (buf.position() < bytes) {
                int n = in.read(buf.array(), buf.position(), buf.capacity() - buf.position());
                if (n < 0) {
                    throw fail("is cut short: it ends after " + (total + buf.position()) + " bytes, in the middle"
                            + " of the index");
                }
                buf.position(buf.position() + n);
            }
            buf.flip();
            summed = 0;
        }

        /** Checks that {@code count} elements of {@code size} bytes can still follow; returns {@code count}. */
        int length(int count, int size, String what) throws IndexFileException {
            long consumed = consumed();
            if (count < 0 || (long) count * size > left - consumed) {
                throw fail("is damaged or cut short: " + what + " claims " + count + " entries, more than the "
                        + (left - consumed) + " bytes left");
            }
            return count;
        }

        private long total;

        private long consumed() {
            return total + buf.position();
        }

        int readInt() throws IOException {
            need(4);
            return buf.getInt();
        }

        long readLong() throws IOException {
            need(8);
            return buf.getLong();
        }

        boolean readBoolean() throws IOException {
            int v = readInt();
            if (v != 0 && v != 1) {
                throw fail("is damaged: a flag holds " + v);
            }
            return v == 1;
        }

        String readString(String what) throws IOException {
            int n = length(readInt(), 1, what);
            byte[] b = new byte[n];
            int off = 0;
            while (off < n) {
                need(1);
                int k = Math.min(buf.remaining(), n - off);
                buf.get(b, off, k);
                off += k;
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        String[] readStrings(String what) throws IOException {
            String[] out = new String[length(readInt(), 4, what)];
            for (int i = 0; i < out.length; i++) {
                out[i] = readString(what);
            }
            return out;
        }

        int[] readInts(String what) throws IOException {
            int[] out = new int[length(readInt(), 4, what)];
            int off = 0;
            while (off < out.length) {
                need(4);
                int k = Math.min(buf.remaining() / 4, out.length - off);
                buf.asIntBuffer().get(out, off, k);
                buf.position(buf.position() + 4 * k);
                off += k;
            }
            return out;
        }

        /** Checks the checksum and that nothing follows it. */
        void finish() throws IOException {
            need(8);
            crc.update(buf.array(), summed, buf.position() - summed);
            summed = buf.position();
            long stored = buf.getLong();
            if (stored != crc.getValue()) {
                throw fail("is damaged: its checksum does not match its contents");
            }
            if (buf.hasRemaining() || in.read() >= 0) {
                throw fail("is damaged: bytes follow the checksum");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
