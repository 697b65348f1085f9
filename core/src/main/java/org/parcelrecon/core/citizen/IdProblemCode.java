package org.parcelrecon.core.citizen;

/**
 * Stable codes for what is wrong with a citizen identifier. Codes are part of the public contract (reports and
 * host systems key on them); new codes may be added, existing ones are never renamed or reused.
 */
public enum IdProblemCode {
    /** Nothing but whitespace (or an empty spreadsheet wrapper such as a lone apostrophe). */
    EMPTY,
    /** A character other than a digit or an accepted separator, e.g. a letter, a minus sign, a label. */
    NON_DIGIT,
    /**
     * A digit count that is neither 12 (CCCD) nor 9 (CMND), and that no certain repair (a lost leading zero)
     * turns into one.
     */
    WRONG_LENGTH,
    /** A 12-digit number whose first three digits are not one of the 63 province codes. */
    UNKNOWN_PROVINCE,
    /** The birth year decoded from digits 4-6 is after the reference year (digit 4 from 4 upward means 2100+). */
    BIRTH_YEAR_IN_FUTURE,
    /** The birth year decoded from digits 4-6 differs from the birth year the caller knows from another source. */
    BIRTH_YEAR_MISMATCH,
    /**
     * Scientific notation that does not carry every digit, e.g. {@code 2.21900E+10}: a spreadsheet rounded the
     * number, and the lost digits cannot be recovered.
     */
    DIGITS_LOST
}
