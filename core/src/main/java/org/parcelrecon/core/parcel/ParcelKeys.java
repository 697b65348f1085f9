package org.parcelrecon.core.parcel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads parcel keys (map sheet, plot, optional commune code) from the text registers, maps and spreadsheets hold.
 *
 * <h2>{@link #parse(String)}: keyword forms</h2>
 *
 * Each number must be named by a keyword; keywords may come in any order, with or without diacritics, in any
 * case, with extra blanks, leading zeros and full-width digits ({@code ０-９}). Legacy-encoded text (TCVN3,
 * VNI) is decoded first through {@link org.parcelrecon.core.text.VietnameseText#normalize}.
 *
 * <table>
 *   <caption>Accepted keyword forms (all give sheet 12, plot 345)</caption>
 *   <tr><th>form</th><th>keywords</th></tr>
 *   <tr><td>{@code tờ 12 thửa 345}, {@code Tờ 12, thửa 345}, {@code to 12 thua 345}</td><td>tờ / thửa</td></tr>
 *   <tr><td>{@code Thửa đất số 345, tờ bản đồ số 12}, {@code TO BAN DO SO 12 THUA DAT SO 345}</td>
 *       <td>thửa đất (số) / tờ bản đồ (số)</td></tr>
 *   <tr><td>{@code TBĐ số 12 - thửa 345}, {@code tờ BĐ 12 thửa 345}</td><td>TBĐ, tờ BĐ</td></tr>
 *   <tr><td>{@code tờ bản đồ: 12; số thửa: 345}, {@code Tờ số 12 thửa số 345}</td><td>số tờ, số thửa; fillers
 *       {@code số : . # - =}</td></tr>
 *   <tr><td>{@code thửa 345 tờ 12 xã 06652}, {@code ... phường 06652}, {@code ... mã xã: 06652}</td>
 *       <td>commune: xã, phường, thị trấn, đặc khu, mã xã, mã phường, mã đơn vị hành chính, followed by a
 *       5-digit code</td></tr>
 * </table>
 *
 * <p>Rules, each chosen so that a text is read only when its meaning is plain:
 * <ul>
 *   <li>A keyword word is spelled either exactly (diacritics included) or entirely without diacritics: "tờ" and
 *       "to" name a sheet, "tổ" (residential group) does not, nor does "thừa" name a plot.</li>
 *   <li>Numbers that no keyword names are ignored ("…, diện tích 150 m2"), except a number joined to a keyed
 *       number by punctuation or "và/đến/tới/hoặc/hay" ("thửa 12, 13", "thửa 12 đến 15", "tờ 12 345"): that
 *       is a list, rejected.</li>
 *   <li>Two different values for the same keyword are rejected; the same value twice is accepted.</li>
 *   <li>A commune keyword followed by a name ("xã Hà Tu") or by a one- or two-digit number ("Phường 3", a
 *       numbered ward) gives no commune code; followed by a 3-, 4- or 6+-digit number it is rejected.</li>
 *   <li>Lettered or decimal numbers ("12a", "12.5") are rejected; so are 0 and numbers above
 *       {@value ParcelKey#MAX_NUMBER}.</li>
 * </ul>
 *
 * <p>Known limit: without diacritics, "to 5" may be a sheet (tờ) or a residential group (tổ); it is read as a
 * sheet. A text with both a real sheet and such a group ("thua 345 to 12, to 5") is rejected as two sheet numbers.
 *
 * <table>
 *   <caption>Rejections (reasons)</caption>
 *   <tr><th>text</th><th>reason</th></tr>
 *   <tr><td>{@code "tờ 12"}</td><td>no plot number found</td></tr>
 *   <tr><td>{@code "thửa 345"}</td><td>no sheet number found</td></tr>
 *   <tr><td>{@code "12 345"}, {@code ""}</td><td>no plot number found</td></tr>
 *   <tr><td>{@code "tờ 5 thửa 12 thửa 13"}</td><td>two plot numbers found: 12 and 13</td></tr>
 *   <tr><td>{@code "tờ 0 thửa 5"}</td><td>sheet number 0 is not valid</td></tr>
 *   <tr><td>{@code "tờ 12 thửa 345a"}</td><td>plot number '345a' has letters attached; …</td></tr>
 * </table>
 *
 * <h2>{@link #parseCompact(String)}: spreadsheet forms, on request</h2>
 *
 * {@code 12/345} (sheet/plot) and {@code 06652-12-345}, {@code 06652/12/345}, {@code 06652:12/345} (commune,
 * sheet, plot) — only when the caller says the column holds keys, since {@code 12/05} is also a date. Falls back
 * to the keyword forms.
 *
 * <h2>{@link #parseCanonical(String)}: the canonical form</h2>
 *
 * Exactly what {@link ParcelKey#toString()} writes: {@code 06652:12/345} or {@code 12/345}; nothing else.
 *
 * <p>All methods are pure functions, thread-safe, and return a {@link ParcelKeyParse}; only a null argument throws.
 */
public final class ParcelKeys {
    private static final Pattern COMPACT = Pattern.compile("[0-9]+(?:\\s*[-:/]\\s*[0-9]+)+");
    private static final Pattern COMPACT_PART = Pattern.compile("([0-9]+)|([-:/])");
    private static final Pattern CANONICAL = Pattern.compile("(?:([0-9]{5}):)?([1-9][0-9]{0,5})/([1-9][0-9]{0,5})");

    private ParcelKeys() {
    }

    /**
     * Reads a key written with keywords ("tờ 12 thửa 345"); see the class documentation for the forms.
     *
     * @param text the key as written in a register or an address
     * @return the key, or the rejection with its reason
     */
    public static ParcelKeyParse parse(String text) {
        Objects.requireNonNull(text, "text");
        return KeywordParser.parse(text);
    }

    /**
     * Reads a compact key from a column known to hold keys: {@code 12/345}, {@code 06652-12-345},
     * {@code 06652/12/345}, {@code 06652:12/345}; otherwise the keyword forms of {@link #parse(String)}.
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><th>text</th><th>result</th></tr>
     *   <tr><td>{@code "12/345"}, {@code " 012 / 0345 "}, {@code "１２/３４５"}</td><td>12/345</td></tr>
     *   <tr><td>{@code "06652-12-345"}</td><td>06652:12/345</td></tr>
     *   <tr><td>{@code "12-345"}</td><td>rejected: two numbers need '/'</td></tr>
     *   <tr><td>{@code "12/05/2020"}</td><td>rejected: three numbers without a 5-digit commune code</td></tr>
     *   <tr><td>{@code "tờ 12 thửa 345"}</td><td>12/345 (keyword form)</td></tr>
     * </table>
     *
     * @param text a cell of a column that holds keys
     * @return the key, or the rejection with its reason
     */
    public static ParcelKeyParse parseCompact(String text) {
        Objects.requireNonNull(text, "text");
        String prepared = KeywordParser.prepare(text).strip();
        if (!COMPACT.matcher(prepared).matches()) {
            return KeywordParser.parse(text);
        }
        List<String> numbers = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = COMPACT_PART.matcher(prepared);
        while (m.find()) {
            if (m.group(1) != null) {
                numbers.add(m.group(1));
            } else {
                separators.add(m.group(2));
            }
        }
        if (numbers.size() == 2) {
            if (!separators.get(0).equals("/")) {
                return new ParcelKeyParse.Rejected(text,
                        "'" + prepared + "' is not a compact key: two numbers must be written sheet/plot");
            }
            return build(text, Optional.empty(), numbers.get(0), numbers.get(1));
        }
        if (numbers.size() == 3) {
            if (numbers.get(0).length() != 5) {
                return new ParcelKeyParse.Rejected(text, "'" + prepared
                        + "' is not a compact key: three numbers need a 5-digit commune code first (a date?)");
            }
            return build(text, Optional.of(numbers.get(0)), numbers.get(1), numbers.get(2));
        }
        return new ParcelKeyParse.Rejected(text, "'" + prepared + "' is not a compact key: " + numbers.size()
                + " numbers");
    }

    /**
     * Reads exactly the canonical form {@link ParcelKey#toString()} writes: {@code 06652:12/345} or {@code 12/345}.
     *
     * @param text a key in canonical form
     * @return the key, or the rejection with its reason
     */
    public static ParcelKeyParse parseCanonical(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = CANONICAL.matcher(text);
        if (!m.matches()) {
            return new ParcelKeyParse.Rejected(text,
                    "'" + text + "' is not a canonical parcel key: expected 'sheet/plot' or 'ccccc:sheet/plot'");
        }
        return new ParcelKeyParse.Parsed(new ParcelKey(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Optional.ofNullable(m.group(1))));
    }

    private static ParcelKeyParse build(String text, Optional<String> commune, String sheetDigits, String plotDigits) {
        Optional<String> problem = KeywordParser.numberProblem("sheet number", sheetDigits)
                .or(() -> KeywordParser.numberProblem("plot number", plotDigits));
        if (problem.isPresent()) {
            return new ParcelKeyParse.Rejected(text, problem.get());
        }
        return new ParcelKeyParse.Parsed(new ParcelKey(Integer.parseInt(KeywordParser.withoutLeadingZeros(sheetDigits)),
                Integer.parseInt(KeywordParser.withoutLeadingZeros(plotDigits)), commune));
    }
}
