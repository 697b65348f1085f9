package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How one attribute of two records is compared: a column, a key function applied to both values, and ordered
 * levels of which the first that holds wins (an if/else chain, as in Splink).
 *
 * <p>Rules: at least two levels; exactly one {@link LevelType#ELSE} level, the last; at most one
 * {@link LevelType#NULL} level, the first; at most 15 levels. Levels whose m or u are unset ({@code NaN}) get
 * starting values that fall (m) or rise (u) with the level's position, so that training has somewhere to start:
 * with {@code n} non-null levels, level {@code k} starts at {@code m ∝ 4^(n-1-k)}, {@code u ∝ 4^k}.
 *
 * <p>Example, a first-name comparison:
 * <pre>
 *   Comparison.of("first_name", "first_name", "fold",
 *           ComparisonLevel.nullLevel(),
 *           ComparisonLevel.exact().withTermFrequency(1.0),
 *           ComparisonLevel.jaroWinkler(0.92),
 *           ComparisonLevel.jaroWinkler(0.80),
 *           ComparisonLevel.otherwise());
 * </pre>
 * "Robert" and "Rob" fold to "robert" and "rob" (Jaro-Winkler 0.883): level 3, "jaro_winkler &gt;= 0.8".
 *
 * @param name     unique within the model; names the output column of this comparison's level
 * @param column   the column compared
 * @param function key function applied to both values before comparing; empty for the values themselves
 * @param levels   the levels, in order
 */
public record Comparison(String name, String column, String function, List<ComparisonLevel> levels) {
    /** The most levels a comparison may have. */
    public static final int MAX_LEVELS = 15;

    /**
     * Checks the level rules and fills starting m and u values.
     *
     * @param name unique within the model; names the output column of this comparison's level
     * @param column the column compared
     * @param function key function applied to both values before comparing; empty for the values themselves
     * @param levels the levels, in order
     */
    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(function, "function");
        function = function.trim();
        levels = List.copyOf(levels);
        if (name.isBlank() || column.isBlank()) {
            throw new IllegalArgumentException("a comparison needs a name and a column, got name '" + name
                    + "', column '" + column + "'");
        }
        if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException("comparison '" + name + "' needs 2 to " + MAX_LEVELS + " levels, got "
                    + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            LevelType t = levels.get(i).type();
            if (t == LevelType.NULL && i != 0) {
                throw new IllegalArgumentException("comparison '" + name + "': the null level must be the first, found"
                        + " at position " + i);
            }
            if (t == LevelType.ELSE && i != levels.size() - 1) {
                throw new IllegalArgumentException("comparison '" + name + "': the else level must be the last, found"
                        + " at position " + i);
            }
        }
        if (levels.get(levels.size() - 1).type() != LevelType.ELSE) {
            throw new IllegalArgumentException("comparison '" + name + "' must end with an else level");
        }
        levels = withStartingValues(levels);
    }

    private static List<ComparisonLevel> withStartingValues(List<ComparisonLevel> levels) {
        int first = levels.get(0).isNull() ? 1 : 0;
        int n = levels.size() - first;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.pow(4, k);
        }
        List<ComparisonLevel> out = new ArrayList<>(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            ComparisonLevel l = levels.get(i);
            if (!l.isNull() && (Double.isNaN(l.m()) || Double.isNaN(l.u()))) {
                int k = i - first;
                double m = Double.isNaN(l.m()) ? Math.pow(4, n - 1 - k) / sum : l.m();
                double u = Double.isNaN(l.u()) ? Math.pow(4, k) / sum : l.u();
                l = l.withMU(m, u);
            }
            out.add(l);
        }
        return List.copyOf(out);
    }

    /**
     * {@return a comparison of one column through a key function}
     *
     * @param name unique within the model; names the output column of this comparison's level
     * @param column the column compared
     * @param function key function applied to both values before comparing; empty for the values themselves
     * @param levels the levels, in order
     */
    public static Comparison of(String name, String column, String function, ComparisonLevel... levels) {
        return new Comparison(name, column, function, Arrays.asList(levels));
    }

    /**
     * {@return this comparison with other levels (same name, column and function)}
     *
     * @param newLevels the levels, from the null level to {@code otherwise}
     */
    public Comparison withLevels(List<ComparisonLevel> newLevels) {
        return new Comparison(name, column, function, newLevels);
    }

    /** {@return the index of the null level, or -1 when there is none} */
    public int nullLevelIndex() {
        return levels.get(0).isNull() ? 0 : -1;
    }

    /** {@return the columns this comparison reads: its own} */
    public List<String> columns() {
        return List.of(column);
    }
}
