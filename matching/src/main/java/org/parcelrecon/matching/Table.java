package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable table of records: rows of named string fields, stored column by column.
 *
 * <p>Each column is dictionary-encoded: one {@code int} code per row pointing into the column's distinct values.
 * Repeated values (family names, birth years, communes) are stored once, and everything the engine derives from a
 * value (folded forms, parsed IDs, dates) is computed once per distinct value rather than once per row. This is
 * the trade-off: building costs one hash lookup per cell; a table of 2 million rows with ten columns takes about
 * 80 MB of codes plus its distinct strings, instead of a map or a string array per record.
 *
 * <p>Missing data is normal: a value that is blank after trimming, or a row shorter than the header, leaves the
 * cell missing ({@link #value(int, int)} is empty). Nothing is thrown for short rows; cells beyond the header are
 * ignored and counted in {@link #extraCellCount()}.
 *
 * <p>Example:
 * <pre>
 *   Table t = Table.builder("id", "name", "birth")
 *           .addRow("1", "Nguyễn Văn An", "1971")
 *           .addRow("2", "  ", "1980")        // blank name: missing
 *           .addRow("3")                       // short row: name and birth missing
 *           .build();
 *   t.size()                   3
 *   t.value(1, "name")         Optional.empty()
 *   t.value(0, "birth")        Optional[1971]
 * </pre>
 *
 * <p>Immutable and thread-safe once built; the builder is not thread-safe.
 */
public final class Table {
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final int size;
    private final int[][] codes;
    private final String[][] dictionaries;
    private final long extraCells;

    private Table(List<String> columns, int size, int[][] codes, String[][] dictionaries, long extraCells) {
        this.columns = columns;
        this.size = size;
        this.codes = codes;
        this.dictionaries = dictionaries;
        this.extraCells = extraCells;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.columnIndex = index;
    }

    /**
     * {@return a builder for a table with these column names}
     *
     * @throws IllegalArgumentException if a name is blank or repeated
     * @param columns the column names, in order
     */
    public static Builder builder(String... columns) {
        return new Builder(Arrays.asList(columns));
    }

    /**
     * {@return a builder for a table with these column names}
     *
     * @param columns the column names, in order
     */
    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    /** {@return the number of rows} */
    public int size() {
        return size;
    }

    /** {@return the column names, in order} */
    public List<String> columns() {
        return columns;
    }

    /**
     * {@return the position of a column, if the table has it}
     *
     * @param column the column's name
     */
    public OptionalInt columnIndex(String column) {
        Integer i = columnIndex.get(Objects.requireNonNull(column, "column"));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * {@return the value of one cell}
     *
     * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
     * @param row a row
     * @param column a column's position
     */
    public Optional<String> value(int row, int column) {
        Objects.checkIndex(row, size);
        int code = codes[column][row];
        return code < 0 ? Optional.empty() : Optional.of(dictionaries[column][code]);
    }

    /**
     * {@return the value of one cell by column name; empty when the cell is missing or the table has no such column}
     *
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     * @param row a row
     * @param column a column's name
     */
    public Optional<String> value(int row, String column) {
        Objects.checkIndex(row, size);
        Integer c = columnIndex.get(Objects.requireNonNull(column, "column"));
        return c == null ? Optional.empty() : value(row, c);
    }

    /**
     * {@return the number of distinct non-missing values in a column}
     *
     * @param column a column's position
     */
    public int distinctCount(int column) {
        return dictionaries[column].length;
    }

    /** {@return how many cells beyond the header's width were ignored while building} */
    public long extraCellCount() {
        return extraCells;
    }

    /**
     * {@return this table with its columns renamed and chosen: column {@code name} of the result holds column
     * {@code columns.get(name)} of this table} One column may feed several names; columns not named are left out.
     * Columns come in the order of their new names (sorted). Nothing is copied: the result shares this table's
     * storage.
     *
     * <p>Example: a register read as {@code row_no,user_name,birth_year,id_number} becomes the preset's
     * {@code id,full_name,birth,citizen_id} with
     * {@code register.withColumns(Map.of("id", "row_no", "full_name", "user_name", "birth", "birth_year",
     * "citizen_id", "id_number"))}.
     *
     * @throws IllegalArgumentException if a source column is not in this table, or a new name is blank
     * @param columns for each column of the result, the column of this table it holds
     */
    public Table withColumns(Map<String, String> columns) {
        Objects.requireNonNull(columns, "columns");
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(columns.keySet()));
        int[][] newCodes = new int[names.size()][];
        String[][] newDictionaries = new String[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String source = Objects.requireNonNull(columns.get(name), "source column of " + name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("a column name must not be blank: " + columns);
            }
            Integer from = columnIndex.get(source);
            if (from == null) {
                throw new IllegalArgumentException("no column '" + source + "' (for '" + name + "'); the columns are "
                        + this.columns);
            }
            newCodes[i] = codes[from];
            newDictionaries[i] = dictionaries[from];
        }
        return new Table(List.copyOf(names), size, newCodes, newDictionaries, extraCells);
    }

    /**
     * {@return the rows for which {@code keep} holds, in their order (e.g. land users without organisations)} Values
     * are
     * shared with this table.
     *
     * @param keep true for the rows to keep
     */
    public Table filterRows(java.util.function.IntPredicate keep) {
        Objects.requireNonNull(keep, "keep");
        int[] kept = new int[size];
        int n = 0;
        for (int row = 0; row < size; row++) {
            if (keep.test(row)) {
                kept[n++] = row;
            }
        }
        int[][] newCodes = new int[codes.length][];
        for (int c = 0; c < codes.length; c++) {
            int[] from = codes[c];
            int[] to = new int[n];
            for (int i = 0; i < n; i++) {
                to[i] = from[kept[i]];
            }
            newCodes[c] = to;
        }
        return new Table(columns, n, newCodes, dictionaries, extraCells);
    }

    /** Codes of a column, one per row, {@code -1} for missing; shared, not copied: do not modify. */
    int[] codes(int column) {
        return codes[column];
    }

    /** Distinct values of a column, indexed by code; shared, not copied: do not modify. */
    String[] dictionary(int column) {
        return dictionaries[column];
    }

    /** The value of a cell or null, for the engine. */
    String rawValue(int row, int column) {
        int code = codes[column][row];
        return code < 0 ? null : dictionaries[column][code];
    }

    @Override
    public String toString() {
        return "Table[" + size + " rows, columns " + columns + "]";
    }

    /** Collects rows; {@link #build()} makes the immutable table. Not thread-safe. */
    public static final class Builder {
        private final List<String> columns;
        private final List<StringIds> lookups = new ArrayList<>();
        private final int[][] codes;
        private int capacity = 16;
        private int size;
        private long extraCells;

        private Builder(List<String> columns) {
            Objects.requireNonNull(columns, "columns");
            HashSet<String> seen = new HashSet<>();
            for (String c : columns) {
                Objects.requireNonNull(c, "column name");
                if (c.isBlank()) {
                    throw new IllegalArgumentException("column names must not be blank: " + columns);
                }
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("column '" + c + "' appears twice in " + columns);
                }
            }
            this.columns = List.copyOf(columns);
            this.codes = new int[columns.size()][capacity];
            for (int i = 0; i < columns.size(); i++) {
                lookups.add(new StringIds());
            }
        }

        /**
         * Adds a row. Values are trimmed; null or blank values are missing; missing trailing values are missing;
         * values beyond the header are ignored (and counted).
         *
         * @return this builder
         * @param row the row's values, in column order
         */
        public Builder addRow(String... row) {
            Objects.requireNonNull(row, "row");
            return addRow(Arrays.asList(row));
        }

        /**
         * Adds a row; see {@link #addRow(String...)}.
         *
         * @return this builder
         * @param row the row's values, in column order
         */
        public Builder addRow(List<String> row) {
            Objects.requireNonNull(row, "row");
            if (size == capacity) {
                capacity *= 2;
                for (int c = 0; c < codes.length; c++) {
                    codes[c] = Arrays.copyOf(codes[c], capacity);
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                String v = c < row.size() ? row.get(c) : null;
                codes[c][size] = encode(c, v);
            }
            if (row.size() > columns.size()) {
                extraCells += row.size() - columns.size();
            }
            size++;
            return this;
        }

        private int encode(int column, String raw) {
            if (raw == null) {
                return -1;
            }
            String v = raw.strip();
            if (v.isEmpty()) {
                return -1;
            }
            return lookups.get(column).idOf(v);
        }

        /** {@return the number of rows added so far} */
        public int size() {
            return size;
        }

        /** {@return the table; the builder may be used on afterwards, without affecting it} */
        public Table build() {
            int[][] finalCodes = new int[columns.size()][];
            String[][] dictionaries = new String[columns.size()][];
            for (int c = 0; c < columns.size(); c++) {
                finalCodes[c] = Arrays.copyOf(codes[c], size);
                dictionaries[c] = lookups.get(c).values();
            }
            return new Table(columns, size, finalCodes, dictionaries, extraCells);
        }
    }
}
