package org.parcelrecon.core.text;

/**
 * The encoding a piece of Vietnamese text arrived in, before it was turned into clean NFC Unicode.
 *
 * <p>Legacy encodings reach us as mis-decoded strings: the legacy bytes were read as
 * Windows-1252 (or Latin-1), so {@code "Nguyễn Văn An"} in TCVN3 shows as {@code "NguyÔn V¨n An"}
 * and in VNI-Windows as {@code "Nguyeãn Vaên An"}.
 */
public enum TextEncoding {
    /** Already Unicode (precomposed or decomposed) or plain ASCII: nothing to decode. */
    UNICODE,
    /** TCVN 5712:1993 "ABC" (VN3) font encoding, read as Windows-1252. */
    TCVN3,
    /** VNI-Windows font encoding (base letter followed by a mark byte), read as Windows-1252. */
    VNI_WINDOWS,
    /** Windows-1258: base letters with combining tone marks, read as Windows-1252. */
    WINDOWS_1258
}
