package org.parcelrecon.reconcile.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens a text file whose encoding a Vietnamese office may have chosen: a byte-order mark decides (UTF-8, UTF-16 LE
 * or BE); without one, the first 64 KiB decide between UTF-8 (when they decode as UTF-8) and Windows-1258 (the
 * Vietnamese Windows code page, when they do not). Decoding is strict afterwards: a byte that is not valid in the
 * chosen encoding fails the read with a {@link CharacterCodingException} rather than becoming U+FFFD.
 */
final class TextFiles {
    private static final int SNIFF = 1 << 16;

    private TextFiles() {
    }

    /** The file opened for reading, with the byte-order mark (if any) consumed. */
    static Reader open(Path file, Optional<Charset> given) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(SNIFF + 4);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Charset charset;
            int skip = 0;
            if (given.isPresent()) {
                charset = given.get();
                skip = charset.equals(StandardCharsets.UTF_8) && startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            } else if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else {
                charset = decodesAsUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1258");
            }
            in.skipNBytes(skip);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, decoder);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes decode as UTF-8, allowing a multi-byte character cut at the end of the sample. */
    private static boolean decodesAsUtf8(byte[] head) {
        int end = head.length;
        if (end == SNIFF) {
            // the sample may end inside a character: cut before the last character's lead byte
            int k = end - 1;
            while (k > end - 4 && k > 0 && (head[k] & 0xC0) == 0x80) {
                k--;
            }
            if ((head[k] & 0x80) != 0) {
                end = k;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
