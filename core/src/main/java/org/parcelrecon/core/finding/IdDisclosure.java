package org.parcelrecon.core.finding;

import java.util.Objects;

/**
 * Whether citizen ID numbers appear in full or masked in findings.
 *
 * <p>ID numbers are personal data (Decree 13/2023/NĐ-CP), so findings mask them by default; a caller
 * that needs the full number (e.g. an officer's own work list) asks for {@link #FULL}.
 *
 * <p>Masking keeps the first three and the last two letters or digits and replaces every other letter
 * or digit with {@code *}; spaces and punctuation stay where they are. Values with five letters and
 * digits or fewer are masked completely.
 * <pre>
 *   MASKED.apply("022123456734")     → "022*******34"    (12-digit CCCD)
 *   MASKED.apply("100123456")        → "100****56"       (9-digit CMND)
 *   MASKED.apply("022 123 456 734")  → "022 *** *** *34"
 *   MASKED.apply("12345")            → "*****"
 *   MASKED.apply("")                 → ""
 *   FULL.apply("022123456734")       → "022123456734"
 * </pre>
 */
public enum IdDisclosure {
    /** ID numbers masked, e.g. {@code 022*******34}. The default. */
    MASKED,
    /** ID numbers in full, as written. */
    FULL;

    private static final int KEEP_FIRST = 3;
    private static final int KEEP_LAST = 2;

    /** The ID number as this disclosure shows it. */
    public String apply(String idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        return this == FULL ? idNumber : mask(idNumber);
    }

    /**
     * The one place that masks. TODO(after merging core.citizen): return {@code CitizenIds.mask(idNumber)}
     * so that findings and every other output mask alike.
     */
    static String mask(String idNumber) {
        int n = idNumber.length();
        if (n > KEEP_FIRST + KEEP_LAST && allDigits(idNumber)) {
            char[] masked = new char[n];
            for (int i = 0; i < n; i++) {
                masked[i] = i < KEEP_FIRST || i >= n - KEEP_LAST ? idNumber.charAt(i) : '*';
            }
            return new String(masked);
        }
        int total = 0;
        for (int i = 0; i < idNumber.length(); i++) {
            if (Character.isLetterOrDigit(idNumber.charAt(i))) {
                total++;
            }
        }
        boolean maskAll = total <= KEEP_FIRST + KEEP_LAST;
        StringBuilder b = new StringBuilder(idNumber.length());
        int seen = 0;
        for (int i = 0; i < idNumber.length(); i++) {
            char c = idNumber.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean keep = !maskAll && (seen < KEEP_FIRST || seen >= total - KEEP_LAST);
                b.append(keep ? c : '*');
                seen++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
