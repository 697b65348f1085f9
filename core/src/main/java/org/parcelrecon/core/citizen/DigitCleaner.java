package org.parcelrecon.core.citizen;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First stage of {@link CitizenIds#parse}: turns what a spreadsheet or a typist made of an identifier back into a
 * plain ASCII digit string, or says why it cannot. Knows nothing about lengths or provinces; the length-dependent
 * repair (lost leading zeros) is done by the caller. Stateless; thread-safe.
 */
final class DigitCleaner {
    /** Mantissa with '.' or ',' as decimal separator (Vietnamese Excel writes {@code 2,21900E+10}), exponent up to 99. */
    private static final Pattern SCIENTIFIC = Pattern.compile("([0-9]+)(?:[.,]([0-9]*))?[eE]\\+?([0-9]{1,2})");

    private DigitCleaner() {
    }

    /** The outcome: either {@code digits} (ASCII, non-empty) or {@code problem} is non-null. */
    static final class Cleaned {
        final String digits;
        final IdProblem problem;
        final EnumSet<IdRepair> repairs;

        private Cleaned(String digits, IdProblem problem, EnumSet<IdRepair> repairs) {
            this.digits = digits;
            this.problem = problem;
            this.repairs = repairs;
        }
    }

    static Cleaned clean(String raw) {
        EnumSet<IdRepair> repairs = EnumSet.noneOf(IdRepair.class);
        if (isAsciiDigits(raw)) {
            return ok(raw, repairs); // the common case: nothing a spreadsheet did
        }
        String s = strip(raw);
        if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            s = strip(s.substring(2, s.length() - 1));
            repairs.add(IdRepair.TEXT_FORMULA_UNWRAPPED);
        }
        if (!s.isEmpty() && isApostrophe(s.charAt(0))) {
            s = strip(s.substring(1));
            repairs.add(IdRepair.APOSTROPHE_REMOVED);
        }
        if (s.isEmpty()) {
            return fail(IdProblemCode.EMPTY, "no digits: the value is empty", repairs);
        }
        s = fromFullWidth(s, repairs);

        if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            Matcher m = SCIENTIFIC.matcher(s);
            if (m.matches()) {
                return expandScientific(m, repairs);
            }
        }
        if (isFloatWithZeroFraction(s)) {
            repairs.add(IdRepair.FLOAT_SUFFIX_REMOVED);
            return ok(s.substring(0, s.length() - 2), repairs);
        }
        return removeSeparators(s, repairs);
    }

    /**
     * Digit groups separated by runs of separators; the string must start and end with a digit. The one place
     * that rejects stray characters.
     */
    private static Cleaned removeSeparators(String s, EnumSet<IdRepair> repairs) {
        StringBuilder digits = new StringBuilder(s.length());
        boolean separated = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (isSeparator(c)) {
                if (digits.length() == 0 || !nextIsDigitAfterSeparators(s, i)) {
                    return fail(IdProblemCode.NON_DIGIT, "separator " + describe(c) + " at position " + (i + 1)
                            + " is not between two digits", repairs);
                }
                separated = true;
            } else {
                return fail(IdProblemCode.NON_DIGIT, describe(c) + " at position " + (i + 1) + " is not a digit",
                        repairs);
            }
        }
        if (separated) {
            repairs.add(IdRepair.SEPARATORS_REMOVED);
        }
        return ok(digits.toString(), repairs);
    }

    private static boolean nextIsDigitAfterSeparators(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (!isSeparator(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Expands {@code 2.2190012345E+10} when the mantissa carries every digit of the whole number it denotes;
     * {@code 2.21900E+10} (6 significant digits of an 11-digit number) is refused.
     */
    private static Cleaned expandScientific(Matcher m, EnumSet<IdRepair> repairs) {
        String intPart = m.group(1);
        String frac = m.group(2) == null ? "" : m.group(2);
        int exponent = Integer.parseInt(m.group(3));
        String mantissa = stripLeadingZeros(intPart + frac);
        int shift = exponent - frac.length();
        String whole;
        if (shift >= 0) {
            whole = mantissa.isEmpty() ? "0" : mantissa + "0".repeat(shift);
        } else {
            // More fraction digits than the exponent moves: only trailing zeros may remain after the point.
            String all = mantissa.isEmpty() ? "0" : mantissa;
            int cut = all.length() + shift;
            if (cut <= 0 || !all.substring(cut).chars().allMatch(ch -> ch == '0')) {
                return fail(IdProblemCode.NON_DIGIT,
                        "scientific notation with exponent " + exponent + " is not a whole number", repairs);
            }
            whole = all.substring(0, cut);
        }
        int significant = Math.max(mantissa.length(), 1); // "0E+0" denotes the one digit 0
        if (significant < whole.length()) {
            return fail(IdProblemCode.DIGITS_LOST, "scientific notation keeps " + significant
                    + " significant digits of a " + whole.length() + "-digit number; a spreadsheet rounded away the rest",
                    repairs);
        }
        repairs.add(IdRepair.SCIENTIFIC_NOTATION_EXPANDED);
        return ok(whole, repairs);
    }

    /** Exactly the shape a float prints for a whole number: no leading zero, then {@code .0} or {@code ,0}. */
    private static boolean isFloatWithZeroFraction(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(n - 1) != '0' || (s.charAt(n - 2) != '.' && s.charAt(n - 2) != ',')
                || s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < n - 2; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String fromFullWidth(String s, EnumSet<IdRepair> repairs) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char a = c;
            if (c >= '\uFF10' && c <= '\uFF19') {
                a = (char) ('0' + (c - '\uFF10'));
            } else if (c == '\uFF0E') {
                a = '.';
            } else if (c == '\uFF0D') {
                a = '-';
            } else if (c == '\uFF0C') {
                a = ',';
            } else if (c == '\uFF0B') {
                a = '+';
            } else if (c == '\uFF25') {
                a = 'E';
            } else if (c == '\uFF45') {
                a = 'e';
            } else if (c == '\u3000') {
                a = ' ';
            }
            if (a != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(a);
            }
        }
        if (b == null) {
            return s;
        }
        repairs.add(IdRepair.FULL_WIDTH_CONVERTED);
        return b.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static boolean isSeparator(char c) {
        return isSpace(c) || c == '-' || c == '.' || c == ',' || (c >= '\u2010' && c <= '\u2015');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** Names a character for a message; a letter or symbol is not personal data, so it is shown. */
    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }

    private static boolean isAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Cleaned ok(String digits, EnumSet<IdRepair> repairs) {
        return new Cleaned(digits, null, repairs);
    }

    private static Cleaned fail(IdProblemCode code, String message, EnumSet<IdRepair> repairs) {
        return new Cleaned(null, new IdProblem(code, message), repairs);
    }
}
