package org.parcelrecon.matching;

import java.util.Objects;

/**
 * A derived value of one column: the column name and a key-function specification (see
 * {@link org.parcelrecon.matching.keys.KeyFunctions}).
 *
 * <p>Examples: {@code new KeyRef("first_name", "fold")}, {@code new KeyRef("dob", "year")},
 * {@code new KeyRef("full_name", "vn_given|fold")}; {@code new KeyRef("id_number", "")} is the value itself.
 *
 * @param column   the column name
 * @param function the key-function specification; empty for the value itself
 */
public record KeyRef(String column, String function) {
    /** Checks that the column is named and trims the function. */
    public KeyRef {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(function, "function");
        if (column.isBlank()) {
            throw new IllegalArgumentException("a key needs a column name, got a blank one");
        }
        function = function.trim();
        if (function.equals("identity")) {
            function = "";
        }
    }

    /** The value of a column itself. */
    public static KeyRef of(String column) {
        return new KeyRef(column, "");
    }

    /** A derived value of a column. */
    public static KeyRef of(String column, String function) {
        return new KeyRef(column, function);
    }

    /** {@code fold(first_name)}, or just {@code first_name} for the value itself. */
    @Override
    public String toString() {
        return function.isEmpty() ? column : function + "(" + column + ")";
    }
}
