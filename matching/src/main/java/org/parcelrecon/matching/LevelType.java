package org.parcelrecon.matching;

import java.util.Locale;
import java.util.Optional;

/**
 * What a comparison level tests. Levels of a comparison are tested in order and the first that holds wins, so
 * a level only needs to describe its own band: {@code jaro_winkler 0.88} after {@code jaro_winkler 0.95} means
 * "at least 0.88 but below 0.95".
 *
 * <p>Every test other than {@link #NULL} and {@link #ELSE} fails when either value is missing. The threshold is
 * the level's {@link ComparisonLevel#threshold()}.
 */
public enum LevelType {
    /** Either value is missing (blank cell, or a key function that yields nothing, e.g. an unreadable date). */
    NULL,
    /** The values are equal. */
    EXACT,
    /** Jaro-Winkler similarity at least the threshold (in (0, 1]). */
    JARO_WINKLER,
    /** Jaro similarity at least the threshold (in (0, 1]). */
    JARO,
    /** Levenshtein distance at most the threshold (a whole number of edits, at least 0). */
    LEVENSHTEIN,
    /** Both values are decimal numbers at most the threshold apart: birth years within 1, areas within 5. */
    NUMERIC_WITHIN,
    /** Both values are ISO dates ({@code date} key function) at most the threshold in days apart. */
    DATE_WITHIN_DAYS,
    /** Both values are ISO dates of the same year with day and month swapped: 1971-06-04 and 1971-04-06. */
    DAY_MONTH_SWAPPED,
    /**
     * One value has 9 characters and the other 12: an old CMND against a CCCD (with the {@code citizen_id} key
     * function), which cannot be compared digit by digit.
     */
    CMND_VS_CCCD,
    /** Always holds: the last level of every comparison. */
    ELSE;

    /** {@return the name used in model JSON, e.g. {@code "jaro_winkler"}} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with this JSON name, if any}
     *
     * @param name the name models write, e.g. {@code "jaro_winkler"}
     */
    public static Optional<LevelType> fromJsonName(String name) {
        for (LevelType t : values()) {
            if (t.jsonName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** {@return whether the level has a threshold} */
    public boolean hasThreshold() {
        switch (this) {
            case JARO_WINKLER:
            case JARO:
            case LEVENSHTEIN:
            case NUMERIC_WITHIN:
            case DATE_WITHIN_DAYS:
                return true;
            default:
                return false;
        }
    }
}
