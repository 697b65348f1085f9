package org.parcelrecon.matching;

import java.util.Objects;

/**
 * A derived value of one column: the column name and a key-function specification (see
 * {@link org.parcelrecon.matching.keys.KeyFunctions}), optionally read from another column in the right table.
 *
 * <p>Examples: {@code new KeyRef("first_name", "fold")}, {@code new KeyRef("dob", "year")},
 * {@code new KeyRef("full_name", "vn_given|fold")}; {@code new KeyRef("id_number", "")} is the value itself;
 * {@code KeyRef.across("citizen_id", "old_id", "citizen_id")} is the repaired ID of the left table's
 * {@code citizen_id} column against that of the right table's {@code old_id} column (a land user written under
 * the old CMND number the population registry keeps beside the CCCD). Both sides share one dictionary, so equal
 * derived values are equal keys whichever column they came from.
 *
 * @param column      the column name (in both tables, unless {@code rightColumn} is given)
 * @param function    the key-function specification; empty for the value itself
 * @param rightColumn the right table's column when it differs from {@code column}; empty when it does not. A
 *                    deduplication reads {@code column} on both sides.
 */
public record KeyRef(String column, String function, String rightColumn) {
    /**
     * Checks that the column is named, trims the function, and empties a right column equal to the left one.
     *
     * @param column the column name (in both tables, unless {@code rightColumn} is given)
     * @param function the key-function specification; empty for the value itself
     * @param rightColumn the right table's column when it differs from {@code column}; empty when it does not. A
     *     deduplication reads {@code column} on both sides.
     */
    public KeyRef {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(rightColumn, "rightColumn");
        if (column.isBlank()) {
            throw new IllegalArgumentException("a key needs a column name, got a blank one");
        }
        function = function.trim();
        if (function.equals("identity")) {
            function = "";
        }
        rightColumn = rightColumn.strip();
        if (rightColumn.equals(column)) {
            rightColumn = "";
        }
    }

    /**
     * A key on the same column of both tables.
     *
     * @param column the column name (in both tables, unless {@code rightColumn} is given)
     * @param function the key-function specification; empty for the value itself
     */
    public KeyRef(String column, String function) {
        this(column, function, "");
    }

    /**
     * {@return the value of a column itself}
     *
     * @param column the column name (in both tables, unless {@code rightColumn} is given)
     */
    public static KeyRef of(String column) {
        return new KeyRef(column, "");
    }

    /**
     * {@return a derived value of a column}
     *
     * @param column the column name (in both tables, unless {@code rightColumn} is given)
     * @param function the key-function specification; empty for the value itself
     */
    public static KeyRef of(String column, String function) {
        return new KeyRef(column, function);
    }

    /**
     * {@return a derived value of column {@code left} in the left table and of column {@code right} in the right table}
     *
     * @param function the key-function specification; empty for the value itself
     * @param left the left table's column
     * @param right the right table's column
     */
    public static KeyRef across(String left, String right, String function) {
        return new KeyRef(left, function, right);
    }

    /** {@return the column read in the right table} */
    public String rightColumnOrSame() {
        return rightColumn.isEmpty() ? column : rightColumn;
    }

    /**
     * {@code fold(first_name)}, or just {@code first_name} for the value itself;
     * {@code citizen_id(citizen_id~old_id)} across two columns.
     */
    @Override
    public String toString() {
        String col = rightColumn.isEmpty() ? column : column + "~" + rightColumn;
        return function.isEmpty() ? col : function + "(" + col + ")";
    }
}
