package org.parcelrecon.core.finding;

import java.util.Objects;
import org.parcelrecon.core.citizen.CitizenIds;

/**
 * Whether citizen ID numbers appear in full or masked in findings.
 *
 * <p>ID numbers are personal data (Decree 13/2023/NĐ-CP), so findings mask them by default; a caller
 * that needs the full number (e.g. an officer's own work list) asks for {@link #FULL}.
 *
 * <p>Masking is {@link CitizenIds#mask(String)}, the one masking every output of parcelrecon uses: a 12-digit
 * number keeps its first three and last two digits, a 9-digit number its first two and last two, and anything
 * else keeps only its punctuation and spaces.
 * <pre>
 *   MASKED.apply("022123456734")     → "022*******34"    (12-digit CCCD)
 *   MASKED.apply("100123456")        → "10*****56"       (9-digit CMND)
 *   MASKED.apply("022 123 456 734")  → "*** *** *** ***" (as written, with separators)
 *   MASKED.apply("")                 → ""
 *   FULL.apply("022123456734")       → "022123456734"
 * </pre>
 */
public enum IdDisclosure {
    /** ID numbers masked, e.g. {@code 022*******34}. The default. */
    MASKED,
    /** ID numbers in full, as written. */
    FULL;

    /**
     * {@return the ID number as this disclosure shows it}
     *
     * @param idNumber an ID number, as read
     */
    public String apply(String idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        return this == FULL ? idNumber : CitizenIds.mask(idNumber);
    }

    /**
     * {@return a record key as this disclosure shows it: {@link #apply masked} when it is written like an ID number
     * ({@link CitizenIds#isIdNumberLike}: 9 to 12 digits, spaces, dots and dashes allowed between them), as it is
     * otherwise} For outputs keyed by whatever column a user chose, which is the citizen ID when a population has
     * no other key.
     * <pre>
     *   MASKED.applyToKey("022123456734")  → "022*******34"
     *   MASKED.applyToKey("row:17")        → "row:17"
     *   MASKED.applyToKey("12345")         → "12345"
     *   FULL.applyToKey("022123456734")    → "022123456734"
     * </pre>
     *
     * @param key a record key as an output writes it
     */
    public String applyToKey(String key) {
        Objects.requireNonNull(key, "key");
        return this == MASKED && CitizenIds.isIdNumberLike(key) ? CitizenIds.mask(key) : key;
    }

    /**
     * Free text as this disclosure shows it: every ID number in it {@link CitizenIds#maskWithin masked}, or the text
     * as it is for {@link #FULL}. For cells and messages that may hold an ID (a name cell, a rejected row).
     *
     * @param text a cell or message that may hold an ID number
     * @return the text as this disclosure may show it
     */
    public String applyWithin(String text) {
        Objects.requireNonNull(text, "text");
        return this == FULL ? text : CitizenIds.maskWithin(text);
    }
}
