package org.parcelrecon.core.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parcelrecon.core.text.VietnameseText;

/**
 * Parses the numbers printed on a land-use right certificate (giấy chứng nhận quyền sử dụng đất, GCN): the issue
 * serial (số phát hành, "số seri") and the book number (số vào sổ cấp GCN). DOMAIN.md §5.
 *
 * <h2>Forms</h2>
 * <table>
 *   <caption>Recognised forms; confidence as in DOMAIN.md §5 (S one source, U uncertain)</caption>
 *   <tr><th>kind</th><th>shape</th><th>example</th><th>conf.</th></tr>
 *   <tr><td>{@link CertificateSerialKind#SERIAL_2009 SERIAL_2009}</td><td>2 letters + 6 digits</td>
 *       <td>{@code CN 719597}</td><td>S</td></tr>
 *   <tr><td>{@link CertificateSerialKind#SERIAL_2024 SERIAL_2024}</td><td>2 letters + 8 digits</td>
 *       <td>{@code AA 09273289}</td><td>U</td></tr>
 *   <tr><td>{@link CertificateSerialKind#BOOK_NUMBER BOOK_NUMBER}</td><td>CS, CH, BC or VP + 4-5 digits</td>
 *       <td>{@code CH 00120}</td><td>U</td></tr>
 *   <tr><td>{@link CertificateSerialKind#SERIAL_2009_OR_BOOK_NUMBER SERIAL_2009_OR_BOOK_NUMBER}</td>
 *       <td>CS, CH, BC or VP + 6 digits</td><td>{@code CS 012345}</td><td>U</td></tr>
 * </table>
 * The 2009-2024 form is from public OCR prompts and templates (Circular 23/2014/TT-BTNMT not read); the 2024 form
 * (Circular 10/2024/TT-BTNMT, from 1 August 2024) from one public example; the book-number prefixes from one
 * public OCR prompt, which also says book numbers may contain {@code .} or {@code /} and shows a bare
 * {@code 00123}. Those variants are not understood here and are reported, not guessed at.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>The input goes through {@link VietnameseText#normalize(String)} (legacy encodings decoded, NFC,
 *       whitespace collapsed), then to upper case ({@code đ} becomes {@code Đ}).</li>
 *   <li>Letters are A-Z and Đ; Đ is kept as written, so {@code BĐ} and {@code BD} stay distinct in
 *       {@link CertificateSerial#normalized()} and meet in {@link CertificateSerial#key()}. Other Vietnamese
 *       letters (Ă, Â, Ê, Ô, Ơ, Ư, tone-marked vowels) are not known to occur and are refused.</li>
 *   <li>Digits are ASCII 0-9 and keep their leading zeros: they are part of the printed number.</li>
 *   <li>Between the letters and the digits any run of spaces, hyphens and dots is a separator, and none is
 *       needed; nothing else is accepted anywhere (not {@code /}, not a trailing dot, not a space inside the
 *       digits).</li>
 * </ol>
 *
 * <h2>Examples</h2>
 * <pre>
 * parse("CN 719597")    SERIAL_2009, "CN 719597"
 * parse("bd-123456")    SERIAL_2009, "BD 123456", key "BD123456"
 * parse("BĐ.123456")    SERIAL_2009, "BĐ 123456", key "BD123456"
 * parse("AA09273289")   SERIAL_2024, "AA 09273289"
 * parse("CH 00120")     BOOK_NUMBER, "CH 00120"
 * parse("cs 012345")    SERIAL_2009_OR_BOOK_NUMBER, "CS 012345"
 * parse("00123")        NO_LETTERS (digits "00123")
 * parse("CN 71959")     WRONG_DIGIT_COUNT
 * parse("C 719597")     WRONG_LETTER_COUNT
 * parse("CH 00120/2015") UNEXPECTED_CHARACTERS
 * parse(" ")            EMPTY
 * parse(null)           throws NullPointerException
 * </pre>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class CertificateSerials {
    /** Book-number prefixes named in DOMAIN.md §5 (confidence U). */
    private static final Set<String> BOOK_PREFIXES = Set.of("CS", "CH", "BC", "VP");

    private CertificateSerials() {
    }

    /**
     * Parses a certificate serial or book number.
     *
     * @param raw the value as found in the data, e.g. {@code "bd-123456"}
     * @return the result, invalid ones included; never null
     * @throws NullPointerException if {@code raw} is null
     */
    public static CertificateSerial parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String s = VietnameseText.normalize(raw).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return invalid(raw, Optional.empty(), Optional.empty(),
                    List.of(new SerialProblem(SerialProblemCode.EMPTY, "the value is empty")));
        }

        StringBuilder letters = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLetter(c)) {
                if (digits.length() > 0) {
                    return unexpected(raw, "letters must come before the digits: '" + c + "' at position "
                            + (i + 1) + " of \"" + s + "\"");
                }
                letters.append(c);
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (isSeparator(c)) {
                // The one place a separator may stand; this also keeps each group in one piece.
                boolean betweenLettersAndDigits = letters.length() > 0 && digits.length() == 0
                        && nextNonSeparatorIsDigit(s, i);
                if (!betweenLettersAndDigits) {
                    return unexpected(raw, describe(c) + " at position " + (i + 1) + " of \"" + s
                            + "\" is not between the letters and the digits");
                }
            } else {
                String what = Character.isLetter(c)
                        ? "letter " + describe(c) + " is not A-Z or Đ"
                        : describe(c) + " is not a letter, a digit or a separator";
                return unexpected(raw, what + " (position " + (i + 1) + " of \"" + s + "\")");
            }
        }

        String l = letters.toString();
        String d = digits.toString();
        List<SerialProblem> problems = new ArrayList<>(2);
        if (l.isEmpty()) {
            problems.add(new SerialProblem(SerialProblemCode.NO_LETTERS,
                    "no letter prefix before the " + d.length() + " digits; a serial or book number starts with 2 letters"));
        } else if (l.length() != 2) {
            problems.add(new SerialProblem(SerialProblemCode.WRONG_LETTER_COUNT,
                    "letter prefix \"" + l + "\" has " + l.length() + " letters; serials and book numbers have 2"));
        }
        if (d.isEmpty()) {
            problems.add(new SerialProblem(SerialProblemCode.NO_DIGITS, "no digits after \"" + l + "\""));
        }
        CertificateSerialKind kind = null;
        if (problems.isEmpty()) {
            kind = kindOf(l, d.length());
            if (kind == null) {
                problems.add(new SerialProblem(SerialProblemCode.WRONG_DIGIT_COUNT, digitCountMessage(l, d.length())));
            }
        }
        Optional<String> lettersPart = l.isEmpty() ? Optional.empty() : Optional.of(l);
        Optional<String> digitsPart = d.isEmpty() ? Optional.empty() : Optional.of(d);
        if (kind == null) {
            return invalid(raw, lettersPart, digitsPart, problems);
        }
        return new CertificateSerial(raw, Optional.of(kind), Optional.of(l + " " + d), lettersPart, digitsPart,
                List.of());
    }

    private static CertificateSerialKind kindOf(String letters, int digitCount) {
        boolean bookPrefix = BOOK_PREFIXES.contains(letters);
        switch (digitCount) {
            case 8:
                return CertificateSerialKind.SERIAL_2024;
            case 6:
                return bookPrefix ? CertificateSerialKind.SERIAL_2009_OR_BOOK_NUMBER : CertificateSerialKind.SERIAL_2009;
            case 5:
            case 4:
                return bookPrefix ? CertificateSerialKind.BOOK_NUMBER : null;
            default:
                return null;
        }
    }

    private static String digitCountMessage(String letters, int digitCount) {
        String serial = "a serial has 6 digits (2009-2024 form) or 8 (form from 1 Aug 2024)";
        if (BOOK_PREFIXES.contains(letters)) {
            return digitCount + " digits after \"" + letters + "\"; " + serial + ", a book number 4-6";
        }
        return digitCount + " digits after \"" + letters + "\"; " + serial
                + "; 4-5 digits fit only the book-number prefixes CS, CH, BC, VP";
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || (c >= '\u2010' && c <= '\u2015');
    }

    private static boolean nextNonSeparatorIsDigit(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (!isSeparator(c)) {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }

    private static String describe(char c) {
        if (c > 0x20 && c != 0x7F) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }

    private static CertificateSerial unexpected(String raw, String message) {
        return invalid(raw, Optional.empty(), Optional.empty(),
                List.of(new SerialProblem(SerialProblemCode.UNEXPECTED_CHARACTERS, message)));
    }

    private static CertificateSerial invalid(String raw, Optional<String> letters, Optional<String> digits,
                                             List<SerialProblem> problems) {
        return new CertificateSerial(raw, Optional.empty(), Optional.empty(), letters, digits, problems);
    }
}
