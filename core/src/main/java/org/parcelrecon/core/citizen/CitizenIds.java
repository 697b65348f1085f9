package org.parcelrecon.core.citizen;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses, checks, repairs and masks Vietnamese citizen identifiers: the 12-digit personal identification number
 * (CCCD) and the old 9-digit CMND.
 *
 * <h2>Layout of the 12-digit number</h2>
 * <pre>
 *   0 2 2 | 1 | 9 0 | 0 1 2 3 4 5
 *   ----- | - | --- | -----------
 *   province of birth registration (3) | century and sex (1) | birth year YY (2) | random block (6)
 * </pre>
 * <ul>
 *   <li>Digits 1-3: the code of the province where the birth was registered, one of the 63 codes in force
 *       before 1 July 2025 ({@link #birthProvinces()}; each is {@code "0"} + the GSO province code, e.g.
 *       {@code 001} Hà Nội, {@code 022} Quảng Ninh, {@code 079} Hồ Chí Minh). Structure from Decree
 *       137/2015/ND-CP; codes from Appendix 1 of Circular 07/2016/TT-BCA.</li>
 *   <li>Digit 4: century and sex, Circular 07/2016/TT-BCA, replaced by Circular 59/2021/TT-BCA: 1900s male 0,
 *       female 1; 2000s male 2, female 3; 2100s 4/5; 2200s 6/7; 2300s 8/9. Even is male, odd is female, and the
 *       full birth year is {@code (19 + digit / 2) * 100 + YY}.</li>
 *   <li>Digits 5-6: the last two digits of the birth year. Digits 7-12: a random block.</li>
 *   <li>Law on Identification 26/2023/QH15, Art. 12 (in force 1 July 2024): a 12-digit number set up by the
 *       national population database, unique to one person. There is no published check digit, so no check
 *       digit is tested. Whether the rules after 1 July 2024 restate this layout is not established; numbers
 *       already issued keep it (DOMAIN.md §1.1).</li>
 * </ul>
 *
 * <p><b>The 2025 merger.</b> On 1 July 2025 the 63 provinces became 34, and each new province took the code of
 * one of its old members, often a different-named one (Quảng Bình 044 and Quảng Trị 045 became Quảng Trị
 * {@code 44}). A CCCD prefix names the <em>old</em> province of birth registration; numbers are not re-issued,
 * so all 63 prefixes stay valid. {@link BirthProvince#successorCode()} gives the new province. Whether numbers
 * for births registered after 1 July 2025 use only the 34 surviving codes is not sourced.
 *
 * <p><b>CMND.</b> Nine digits, checked for form only. That its leading digits name the issuing province (e.g.
 * {@code 10} for Quảng Ninh) is unsourced, so no prefix is checked or decoded. A CMND gives no birth year, so
 * a known birth year is not compared with it.
 *
 * <h2>Repairs</h2>
 * Only repairs whose result is unique are made; each is listed in {@link CitizenId#repairs()}:
 * <ol>
 *   <li>surrounding whitespace is trimmed (not counted as a repair), then an Excel text formula
 *       {@code ="…"} and a leading apostrophe are removed;</li>
 *   <li>full-width digits and punctuation become ASCII;</li>
 *   <li>scientific notation is expanded when its mantissa carries every significant digit of the whole
 *       number ({@code 2.2190012345E+10}, also {@code 2,2190012345E+10}); otherwise the spreadsheet rounded the
 *       number and the result is {@link IdProblemCode#DIGITS_LOST};</li>
 *   <li>a float suffix is removed, only in the exact shape a float prints: no leading zero, then {@code .0}
 *       or {@code ,0} ({@code 22190012345.0});</li>
 *   <li>separators between digit groups are removed: whitespace (incl. no-break space), {@code - . ,} and
 *       Unicode dashes; a separator before the first or after the last digit is refused;</li>
 *   <li>leading zeros lost by storing the number as a number are restored, and only when the digits do not
 *       already start with {@code 0} (a stored number never does): 11 digits get {@code 0} and 10 digits get
 *       {@code 00} when the result starts with one of the 63 province codes (all start with {@code 0}; those
 *       starting {@code 00} are 001-008); 8 digits get {@code 0} and become a CMND.</li>
 * </ol>
 * A lost leading zero cannot be told from a dropped digit elsewhere: {@code 22190012345} is taken for
 * {@code 022190012345}. The repair is listed so that a rule may weigh it.
 *
 * <h2>Examples</h2>
 * <pre>
 * parse("022190012345")         CCCD, Quảng Ninh (→ 22 Quảng Ninh), FEMALE, 1990, valid
 * parse("001205000123")         CCCD, Hà Nội, MALE, 2005, valid
 * parse("'022-190-012-345")     CCCD 022190012345, repairs [APOSTROPHE_REMOVED, SEPARATORS_REMOVED]
 * parse("1190012345")           CCCD 001190012345 (Hà Nội), repairs [LEADING_ZEROS_RESTORED]
 * parse("2.2190012345E+10")     CCCD 022190012345, repairs [SCIENTIFIC_NOTATION_EXPANDED, LEADING_ZEROS_RESTORED]
 * parse("2.21900E+10")          invalid: DIGITS_LOST
 * parse("044190012345")         CCCD, Quảng Bình (→ 44 Quảng Trị)
 * parse("003190012345")         CCCD 003190012345, invalid: UNKNOWN_PROVINCE (003 is not a code)
 * parse("022490012345")         CCCD, born 2190: invalid: BIRTH_YEAR_IN_FUTURE
 * parse("022190012345", 1991)   invalid: BIRTH_YEAR_MISMATCH (the number says 1990)
 * parse("100123456")            CMND 100123456, valid;  parse("10012345") → CMND 010012345, repaired
 * parse("02219001234")          invalid: WRONG_LENGTH (11 digits already starting with 0)
 * parse("CCCD 022190012345")    invalid: NON_DIGIT
 * parse("   ")                  invalid: EMPTY
 * parse(null)                   throws NullPointerException
 * </pre>
 *
 * <h2>Masking</h2>
 * {@link #mask(String)} keeps the province prefix and two final digits of a 12-digit number
 * ({@code 022*******45}), the first two and last two of a 9-digit one ({@code 10*****56}), and masks every letter
 * and digit of anything else; it never shows more than 5 digits and keeps the length.
 *
 * <p>Thread-safe; all methods are static. The province table loads once, on first use.
 */
public final class CitizenIds {
    /** Birth years are counted in Vietnam's time zone: the year changes at midnight in Hà Nội. */
    private static final Clock VIETNAM = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    private CitizenIds() {
    }

    /**
     * Parses an identifier, with "birth year in the future" judged against the current year in Vietnam.
     *
     * @param raw the value as found in the data, e.g. {@code "022 190 012 345"}
     * @return the result, invalid ones included; never null
     * @throws NullPointerException if {@code raw} is null
     */
    public static CitizenId parse(String raw) {
        return parse(raw, OptionalInt.empty(), VIETNAM);
    }

    /**
     * {@return whether {@code parse(raw, knownBirthYear)} (or {@code parse(raw)} when the year is empty) would be
     * valid, without
     * building the result for the common case of a clean 12-digit number: the check a rule makes on every land user}
     *
     * @throws NullPointerException if an argument is null
     * @param raw the ID as written: digits with any spaces, dots or dashes, possibly damaged by a spreadsheet
     * @param knownBirthYear the holder's birth year from another source, checked against a CCCD's coded year; empty
     *     when unknown
     */
    public static boolean isValid(String raw, OptionalInt knownBirthYear) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(knownBirthYear, "knownBirthYear");
        if (raw.length() != 12 || !isAsciiDigits(raw)) {
            return parse(raw, knownBirthYear, VIETNAM).isValid();
        }
        if (ProvinceTable.get().at(raw, 0) == null) {
            return false;
        }
        int centuryAndSex = raw.charAt(3) - '0';
        int year = (19 + centuryAndSex / 2) * 100 + (raw.charAt(4) - '0') * 10 + (raw.charAt(5) - '0');
        return year <= CurrentYear.inVietnam()
                && (knownBirthYear.isEmpty() || knownBirthYear.getAsInt() == year);
    }

    /**
     * Parses an identifier and compares the birth year a CCCD encodes with one known from another source (the
     * register's birth year, say); a difference is {@link IdProblemCode#BIRTH_YEAR_MISMATCH}.
     *
     * @param raw            the value as found in the data
     * @param knownBirthYear the holder's birth year from elsewhere, e.g. {@code 1990}
     * @return the result; never null
     * @throws NullPointerException if {@code raw} is null
     */
    public static CitizenId parse(String raw, int knownBirthYear) {
        return parse(raw, OptionalInt.of(knownBirthYear), VIETNAM);
    }

    /**
     * Parses an identifier with everything explicit: the general form of the other two.
     *
     * @param raw            the value as found in the data
     * @param knownBirthYear the holder's birth year from elsewhere, or empty
     * @param clock          gives the reference year (in the clock's zone): a birth year after it is
     *                       {@link IdProblemCode#BIRTH_YEAR_IN_FUTURE}. Tests pass a fixed clock.
     * @return the result; never null
     * @throws NullPointerException if any argument is null
     */
    public static CitizenId parse(String raw, OptionalInt knownBirthYear, Clock clock) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(knownBirthYear, "knownBirthYear");
        Objects.requireNonNull(clock, "clock");
        DigitCleaner.Cleaned cleaned = DigitCleaner.clean(raw);
        EnumSet<IdRepair> repairs = cleaned.repairs;
        if (cleaned.problem != null) {
            return rejected(raw, repairs, cleaned.problem);
        }
        String d = cleaned.digits;
        ProvinceTable provinces = ProvinceTable.get();
        boolean canHaveLostZeros = d.charAt(0) != '0';
        switch (d.length()) {
            case 12:
                return cccd(raw, d, repairs, knownBirthYear, clock);
            case 9:
                return cmnd(raw, d, repairs);
            case 11:
            case 10: {
                String padded = (d.length() == 11 ? "0" : "00") + d;
                if (!canHaveLostZeros) {
                    return rejected(raw, repairs, new IdProblem(IdProblemCode.WRONG_LENGTH, d.length()
                            + " digits, already starting with 0: not a CCCD that lost leading zeros"));
                }
                if (provinces.at(padded, 0) == null) {
                    return rejected(raw, repairs, new IdProblem(IdProblemCode.WRONG_LENGTH, d.length()
                            + " digits; restoring lost leading zeros would give province code "
                            + padded.substring(0, 3) + ", which does not exist"));
                }
                repairs.add(IdRepair.LEADING_ZEROS_RESTORED);
                return cccd(raw, padded, repairs, knownBirthYear, clock);
            }
            case 8:
                if (!canHaveLostZeros) {
                    return rejected(raw, repairs, new IdProblem(IdProblemCode.WRONG_LENGTH,
                            "8 digits, already starting with 0: not a CMND that lost its leading zero"));
                }
                repairs.add(IdRepair.LEADING_ZEROS_RESTORED);
                return cmnd(raw, "0" + d, repairs);
            default:
                return rejected(raw, repairs, new IdProblem(IdProblemCode.WRONG_LENGTH,
                        d.length() + " digits; a CCCD has 12 and a CMND 9"));
        }
    }

    /**
     * Masks an identifier for reports and logs, keeping its length.
     * <ul>
     *   <li>exactly 12 ASCII digits: the first 3 (the province) and the last 2 are kept:
     *       {@code 022190012345 → 022*******45};</li>
     *   <li>exactly 9 ASCII digits: the first 2 and the last 2 are kept: {@code 100123456 → 10*****56};</li>
     *   <li>anything else: every character except ASCII punctuation and whitespace becomes {@code *}, so the
     *       shape survives and no digit or letter does: {@code 022 190 012 345 → *** *** *** ***},
     *       {@code "" → ""}.</li>
     * </ul>
     * At most 5 digits are ever shown, and {@code mask(s).length() == s.length()}. Pass
     * {@link CitizenId#normalized()} (or use {@link CitizenId#masked()}) to get the partly visible form for a
     * number written with separators.
     *
     * @param id any string, usually an identifier
     * @return the masked string, as long as {@code id}
     * @throws NullPointerException if {@code id} is null
     */
    public static String mask(String id) {
        Objects.requireNonNull(id, "id");
        int n = id.length();
        if ((n == 12 || n == 9) && isAsciiDigits(id)) {
            int head = n == 12 ? 3 : 2;
            return id.substring(0, head) + "*".repeat(n - head - 2) + id.substring(n - 2);
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean shapeOnly = c < 0x80 && !Character.isLetterOrDigit(c);
            b.append(shapeOnly ? c : '*');
        }
        return b.toString();
    }

    /**
     * {@return the text with every ID number in it masked by {@link #mask(String)}: a run of 9 to 12 digits (spaces,
     * dots or
     * dashes allowed between digits; 10 and 11 cover a CCCD that lost leading zeros in a spreadsheet), not part of
     * a longer run of digits} For free text that may hold an ID: a name cell, a rejected row, an error message.
     * <pre>
     *   maskWithin("Trần Gia Chi (CCCD 022190012345)") → "Trần Gia Chi (CCCD 022*******45)"
     *   maskWithin("1,Nguyễn Văn An,1962,022 190 012 345") → "1,Nguyễn Văn An,1962,*** *** *** ***"
     *   maskWithin("tờ 12, thửa 345, 1962")            → unchanged (no run of 9 digits)
     * </pre>
     *
     * @throws NullPointerException if {@code text} is null
     * @param text free text (a cell, a message) that may hold ID numbers
     */
    public static String maskWithin(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiDigit(text.charAt(i)) || i > 0 && isAsciiDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            // a run of digits with single separators between them
            int end = i;
            int digits = 0;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (isAsciiDigit(c)) {
                    digits++;
                    end = j + 1;
                    j++;
                } else if ((c == ' ' || c == '.' || c == '-') && j + 1 < n && isAsciiDigit(text.charAt(j + 1))
                        && j > i) {
                    j++;
                } else {
                    break;
                }
            }
            if (out == null && digits >= 9) {
                out = new StringBuilder(text);
            }
            if (digits >= 9 && digits <= 12) {
                out.replace(i, end, mask(text.substring(i, end)));
            } else if (digits > 12) {
                // separated numbers side by side ("1962 022190012345"): each unbroken run on its own
                int k = i;
                while (k < end) {
                    int m = k;
                    while (m < end && isAsciiDigit(text.charAt(m))) {
                        m++;
                    }
                    if (m - k >= 9 && m - k <= 12) {
                        out.replace(k, m, mask(text.substring(k, m)));
                    }
                    k = m + 1;
                }
            }
            i = Math.max(end, i + 1);
        }
        return out == null || out.toString().equals(text) ? text : out.toString();
    }

    /**
     * {@return whether {@code s} is written like an ID number and nothing else: 9 to 12 digits, with spaces, dots or
     * dashes
     * allowed between digits ({@code "022190012345"}, {@code "022.190.012.345"}; not {@code "row:17"},
     * {@code "12345"}, {@code "CCCD 022190012345"})}
     *
     * @throws NullPointerException if {@code s} is null
     * @param s a cell's text
     */
    public static boolean isIdNumberLike(String s) {
        Objects.requireNonNull(s, "s");
        if (s.isEmpty() || !isAsciiDigit(s.charAt(0)) || !isAsciiDigit(s.charAt(s.length() - 1))) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                digits++;
            } else if ((c != ' ' && c != '.' && c != '-') || !isAsciiDigit(s.charAt(i + 1))) {
                return false;
            }
        }
        return digits >= 9 && digits <= 12;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The province a 3-digit CCCD prefix names.
     *
     * @param cccdPrefix e.g. {@code "022"}
     * @return the province, or empty if the prefix is not one of the 63 codes ({@code "003"}, {@code "22"})
     * @throws NullPointerException if {@code cccdPrefix} is null
     */
    public static Optional<BirthProvince> birthProvince(String cccdPrefix) {
        Objects.requireNonNull(cccdPrefix, "cccdPrefix");
        return ProvinceTable.get().find(cccdPrefix);
    }

    /**
     * The provinces a CCCD prefix can name.
     *
     * @return the 63 provinces in code order ({@code 001} Hà Nội first, {@code 096} Cà Mau last), immutable
     */
    public static List<BirthProvince> birthProvinces() {
        return ProvinceTable.get().all();
    }

    private static CitizenId cccd(String raw, String d, EnumSet<IdRepair> repairs, OptionalInt knownBirthYear,
                                  Clock clock) {
        List<IdProblem> problems = new ArrayList<>(2);
        BirthProvince province = ProvinceTable.get().at(d, 0);
        if (province == null) {
            problems.add(new IdProblem(IdProblemCode.UNKNOWN_PROVINCE,
                    "province code " + d.substring(0, 3) + " is not one of the 63 codes (001-096)"));
        }
        int centuryAndSex = d.charAt(3) - '0';
        Gender gender = centuryAndSex % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int year = (19 + centuryAndSex / 2) * 100 + (d.charAt(4) - '0') * 10 + (d.charAt(5) - '0');
        int referenceYear = clock == VIETNAM ? CurrentYear.inVietnam() : Year.now(clock).getValue();
        if (year > referenceYear) {
            problems.add(new IdProblem(IdProblemCode.BIRTH_YEAR_IN_FUTURE,
                    "birth year " + year + " (from digits 4-6) is after " + referenceYear));
        }
        if (knownBirthYear.isPresent() && knownBirthYear.getAsInt() != year) {
            problems.add(new IdProblem(IdProblemCode.BIRTH_YEAR_MISMATCH,
                    "the number gives birth year " + year + ", the record says " + knownBirthYear.getAsInt()));
        }
        return new CitizenId(raw, Optional.of(CitizenIdKind.CCCD), Optional.of(d), Optional.ofNullable(province),
                Optional.of(gender), OptionalInt.of(year), List.copyOf(repairs), problems);
    }

    private static CitizenId cmnd(String raw, String d, EnumSet<IdRepair> repairs) {
        return new CitizenId(raw, Optional.of(CitizenIdKind.CMND), Optional.of(d), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), List.copyOf(repairs), List.of());
    }

    private static CitizenId rejected(String raw, EnumSet<IdRepair> repairs, IdProblem problem) {
        return new CitizenId(raw, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), List.copyOf(repairs), List.of(problem));
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
