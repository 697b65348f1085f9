package org.parcelrecon.core.certificate;

/**
 * Which printed number of a land-use right certificate (giấy chứng nhận, GCN) a string looks like, judged from
 * its letter prefix and digit count only. How sure each form is, is stated per constant, with DOMAIN.md §5's
 * confidence: S = one source, U = uncertain (third-party material). The primary texts (Circular 23/2014/TT-BTNMT,
 * Circular 10/2024/TT-BTNMT) were not read, so treat the kind as a hint, not a ruling.
 */
public enum CertificateSerialKind {
    /**
     * The issue serial (số phát hành, "số seri") of the certificate form used from 2009 to July 2024: 2 capital
     * letters, a space, 6 digits, e.g. {@code CN 719597}, {@code BS 123456}. Confidence S (public OCR prompts and
     * document templates); whether {@code Đ} occurs among the letters is not sourced.
     */
    SERIAL_2009,
    /**
     * The serial of the single A4 certificate form with a QR code, from 1 August 2024 (Circular
     * 10/2024/TT-BTNMT): 2 letters and 8 digits, e.g. {@code AA 09273289}. Confidence U: one public example.
     */
    SERIAL_2024,
    /**
     * The book number under which the certificate was entered in the issuing register (số vào sổ cấp GCN): a
     * prefix {@code CS}, {@code CH}, {@code BC} or {@code VP} and 4-5 digits, e.g. {@code CH 00120},
     * {@code CS 01234}. Confidence U: prefixes from one public OCR prompt; what each prefix means (issuing
     * level, holder type) is not sourced.
     */
    BOOK_NUMBER,
    /**
     * A book-number prefix ({@code CS}, {@code CH}, {@code BC}, {@code VP}) with 6 digits, e.g.
     * {@code CS 012345}: both a 2009-2024 serial and a book number have this shape, and nothing in the string
     * tells them apart. The column it came from decides.
     */
    SERIAL_2009_OR_BOOK_NUMBER
}
