package org.parcelrecon.core.citizen;

/**
 * A certain repair {@link CitizenIds#parse(String)} made to undo what a spreadsheet or a typist did to an
 * identifier. Each repair is one whose result is unique; anything that would need a guess is refused with an
 * {@link IdProblem} instead. Codes are stable.
 */
public enum IdRepair {
    /** An Excel text formula wrapper was removed: {@code ="022190012345"}. */
    TEXT_FORMULA_UNWRAPPED,
    /** A leading apostrophe (spreadsheet "store as text" marker) was removed: {@code '022190012345}. */
    APOSTROPHE_REMOVED,
    /** Full-width digits or punctuation were read as ASCII: {@code ０２２１９００１２３４５}. */
    FULL_WIDTH_CONVERTED,
    /** Separators between digit groups were removed: {@code 022 190 012 345}, {@code 022-190-012-345}, {@code 022.190.012.345}. */
    SEPARATORS_REMOVED,
    /** A float suffix was removed: {@code 22190012345.0} or, in a Vietnamese locale, {@code 22190012345,0}. */
    FLOAT_SUFFIX_REMOVED,
    /** Scientific notation that kept every digit was expanded: {@code 2.2190012345E+10}. */
    SCIENTIFIC_NOTATION_EXPANDED,
    /**
     * Leading zeros lost when the number was stored as a number were restored: 11 digits to a CCCD with
     * {@code 0} prefixed, 10 digits to a CCCD with {@code 00} prefixed, 8 digits to a CMND with {@code 0}
     * prefixed. See {@link CitizenIds} for when this is done.
     */
    LEADING_ZEROS_RESTORED
}
