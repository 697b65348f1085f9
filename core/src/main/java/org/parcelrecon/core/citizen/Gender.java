package org.parcelrecon.core.citizen;

/**
 * The sex recorded in digit 4 of a 12-digit personal identification number: an even digit is male, an odd
 * digit female (Circular 07/2016/TT-BCA, replaced by Circular 59/2021/TT-BCA; DOMAIN.md §1.1).
 *
 * <p>This is what the number encodes and nothing more; it is compared with the sex in another source,
 * never inferred from a name.
 */
public enum Gender {
    /** Digit 4 is 0, 2, 4, 6 or 8. */
    MALE,
    /** Digit 4 is 1, 3, 5, 7 or 9. */
    FEMALE
}
