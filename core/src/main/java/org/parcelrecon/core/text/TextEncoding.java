package org.parcelrecon.core.text;

/**
 * The encoding a piece of Vietnamese text arrived in, before it was turned into clean NFC Unicode.
 *
 * <p>Legacy encodings reach us as mis-decoded strings: the legacy bytes were read as
 * Windows-1252 (or ISO-8859-1), so {@code "Nguyễn Văn An"} shows as:
 * <table>
 *   <caption>One name in each encoding, as read</caption>
 *   <tr><th>constant</th><th>read as Windows-1252</th></tr>
 *   <tr><td>{@link #UNICODE}</td><td>{@code Nguyễn Văn An}</td></tr>
 *   <tr><td>{@link #TCVN3}</td><td>{@code NguyÔn V¨n An}</td></tr>
 *   <tr><td>{@link #VNI_WINDOWS}</td><td>{@code Nguyeãn Vaên An}</td></tr>
 *   <tr><td>{@link #WINDOWS_1258}</td><td>{@code NguyêÞn Vãn An}</td></tr>
 * </table>
 */
public enum TextEncoding {
    /** Already Unicode (precomposed or decomposed) or plain ASCII: nothing to decode. */
    UNICODE,
    /**
     * TCVN 5712:1993 ("TCVN3"), one byte per letter, in both its variants: ABC (the
     * {@code .VnTime} fonts; tone-marked capitals share the lower-case codes, {@code "NGUYÔN"}) and
     * VN1 (glibc charmap {@code TCVN5712-1}; capitals of their own, {@code "NGUYÙN"}).
     */
    TCVN3,
    /** VNI-Windows font encoding ({@code VNI-Times}): base letter followed by a mark byte, {@code "Nguyeãn"}. */
    VNI_WINDOWS,
    /** Windows-1258 code page: base letters followed by combining tone-mark bytes, {@code "NguyêÞn"}. */
    WINDOWS_1258
}
