package org.parcelrecon.core.evidence;

import java.util.Objects;

/**
 * A cell of a register row that the reader could not read as its column's type (an area {@code "12,3,4"}, a birth
 * year {@code "năm 75"}): the row is kept, the field is left unknown, and the {@code CELL_UNREADABLE} rule reports
 * it, so that no value is ever silently empty.
 * <pre>
 *   new UnreadableCell("area_m2", "12,3,4", "not a number: more than one decimal comma")
 * </pre>
 *
 * @param column the column's name as the file's header wrote it
 * @param value  the cell as written (already masked by the reader when it could hold an ID number)
 * @param reason why it could not be read, for a person
 */
public record UnreadableCell(String column, String value, String reason) {
    /**
     * Checks that nothing is null and column and reason are not blank.
     *
     * @param column the column's name as the file's header wrote it
     * @param value the cell as written (already masked by the reader when it could hold an ID number)
     * @param reason why it could not be read, for a person
     */
    public UnreadableCell {
        Checks.notBlank(column, "column");
        Objects.requireNonNull(value, "value");
        Checks.notBlank(reason, "reason");
    }
}
