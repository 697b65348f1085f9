package org.parcelrecon.core.text;

import java.util.Objects;

/**
 * Text after legacy decoding, with the encoding it was found in.
 *
 * <p>{@code VietnameseText.decode("NguyÔn V¨n An")} is {@code DecodedText("Nguyễn Văn An", TCVN3)};
 * {@code VietnameseText.decode("Nguyễn Văn An")} and {@code VietnameseText.decode("")} come back
 * unchanged with {@link TextEncoding#UNICODE}.
 *
 * @param text     the text as clean NFC Unicode
 * @param encoding the encoding the input was in; {@link TextEncoding#UNICODE} when nothing was decoded
 */
public record DecodedText(String text, TextEncoding encoding) {
    /**
     * Checks the components.
     *
     * @param text     the text as clean NFC Unicode
     * @param encoding the encoding the input was in
     * @throws NullPointerException if {@code text} or {@code encoding} is null
     */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Whether the input was in a legacy encoding and had to be decoded.
     *
     * @return {@code encoding() != UNICODE}
     */
    public boolean wasDecoded() {
        return encoding != TextEncoding.UNICODE;
    }
}
