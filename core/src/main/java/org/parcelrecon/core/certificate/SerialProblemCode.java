package org.parcelrecon.core.certificate;

/**
 * Stable codes for what is wrong with a certificate serial or book number. Codes are part of the public contract;
 * new codes may be added, existing ones are never renamed or reused.
 */
public enum SerialProblemCode {
    /** Nothing but whitespace. */
    EMPTY,
    /** Digits without a letter prefix, e.g. {@code 719597} or a bare book number {@code 00123}. */
    NO_LETTERS,
    /** Letters without digits, e.g. {@code CN}. */
    NO_DIGITS,
    /** A letter prefix that is not 2 letters long, e.g. {@code C 719597}, {@code CNA 719597}. */
    WRONG_LETTER_COUNT,
    /** A digit count that fits no known form for the prefix, e.g. {@code CN 71959}, {@code CN 7195970}. */
    WRONG_DIGIT_COUNT,
    /**
     * A character that is not a letter A-Z or Đ, a digit 0-9, or a separator (space, hyphen, dot) between the
     * letters and the digits; or letters and digits in another order than letters first, e.g.
     * {@code CN 719597/2015}, {@code 719597 CN}, {@code BĂ 123456}.
     */
    UNEXPECTED_CHARACTERS
}
