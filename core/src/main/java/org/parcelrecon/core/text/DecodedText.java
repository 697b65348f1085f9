package org.parcelrecon.core.text;

import java.util.Objects;

/**
 * Text after legacy decoding, with the encoding it was found in.
 *
 * @param text     the text as clean NFC Unicode
 * @param encoding the encoding the input was in; {@link TextEncoding#UNICODE} when nothing was decoded
 */
public record DecodedText(String text, TextEncoding encoding) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Whether the input was in a legacy encoding and had to be decoded. */
    public boolean wasDecoded() {
        return encoding != TextEncoding.UNICODE;
    }
}
