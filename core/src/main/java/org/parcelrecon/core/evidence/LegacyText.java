package org.parcelrecon.core.evidence;

import java.util.Objects;
import org.parcelrecon.core.text.TextEncoding;

/**
 * A register field whose text arrived in a legacy font encoding and was converted to Unicode.
 * <pre>
 *   new LegacyText("landUser.name", "NguyÔn V¨n An", "Nguyễn Văn An", TextEncoding.TCVN3)
 *   new LegacyText("address", "Hoàng", "Hoàng", TextEncoding.UNICODE)   IllegalArgumentException: nothing was decoded
 * </pre>
 *
 * @param field     which field, e.g. {@code "landUser.name"} or {@code "address"}
 * @param asWritten the text as read from the file
 * @param decoded   the text as Unicode (NFC)
 * @param encoding  the legacy encoding it was in; never {@link TextEncoding#UNICODE}
 */
public record LegacyText(String field, String asWritten, String decoded, TextEncoding encoding) {
    /**
     * Checks that nothing is null and that the encoding is a legacy one.
     *
     * @param field which field, e.g. {@code "landUser.name"} or {@code "address"}
     * @param asWritten the text as read from the file
     * @param decoded the text as Unicode (NFC)
     * @param encoding the legacy encoding it was in; never {@link TextEncoding#UNICODE}
     */
    public LegacyText {
        Checks.notBlank(field, "field");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(decoded, "decoded");
        Objects.requireNonNull(encoding, "encoding");
        if (encoding == TextEncoding.UNICODE) {
            throw new IllegalArgumentException("field " + field + " was not decoded from a legacy encoding (UNICODE)");
        }
    }
}
