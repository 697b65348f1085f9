package org.parcelrecon.matching;

import java.util.Locale;
import java.util.Objects;

/**
 * One level of a {@link Comparison}: a test on a pair of values, with the Fellegi-Sunter probabilities of
 * passing it.
 *
 * <p>{@code m} is the probability that a true match lands in this level, {@code u} that a non-match does; their
 * ratio is the level's Bayes factor and {@code log2(m/u)} its match weight. A {@link LevelType#NULL} level has
 * neither (it adds no evidence) and both are {@code NaN}. Training estimates {@code u} from random pairs and
 * {@code m} by expectation-maximisation unless the level is fixed ({@link #fixedM()}, {@link #fixedU()}), as in
 * Splink. A level whose m or u is {@code NaN} gets a starting value from its {@link Comparison}.
 *
 * <p>Term-frequency adjustment ({@link #tfAdjustment()}), for {@link LevelType#EXACT} levels only: when the
 * values agree, the Bayes factor uses how common that value is instead of the average, so agreeing on a rare
 * family name (Quách) counts for more than agreeing on Nguyễn (about 38% of Vietnamese). With weight
 * {@code a} = {@link #tfAdjustmentWeight()}, the level's weight becomes
 * {@code log2(m/u) + a * log2(u / f)}, where {@code f} is the value's relative frequency in the data;
 * {@code a = 1} gives {@code log2(m/f)}.
 *
 * <p>Examples:
 * <pre>
 *   ComparisonLevel.nullLevel()                           null: a value is missing
 *   ComparisonLevel.exact().withTermFrequency(1.0)        exact, term-frequency adjusted
 *   ComparisonLevel.exact("fold")                         exact after folding (diacritics ignored)
 *   ComparisonLevel.jaroWinkler(0.92)                     "jaro_winkler &gt;= 0.92"
 *   ComparisonLevel.levenshtein(1).withFunction("citizen_id")   one edit apart after ID repair
 *   ComparisonLevel.otherwise()                           else
 * </pre>
 *
 * @param label              a short name shown in explanations and output columns; defaults from the type
 * @param type               the test
 * @param threshold          the test's threshold (see {@link LevelType}); {@code NaN} for types without one
 * @param function           a key function applied to both values for this level only, replacing the
 *                           comparison's; empty to use the comparison's
 * @param tfAdjustment       whether to adjust for term frequency (exact levels only)
 * @param tfAdjustmentWeight how much of the adjustment to apply, in [0, 1]
 * @param m                  probability of this level among true matches, in (0, 1]; {@code NaN} when unset
 * @param u                  probability of this level among non-matches, in (0, 1]; {@code NaN} when unset
 * @param fixedM             whether training keeps {@code m}
 * @param fixedU             whether training keeps {@code u}
 * @param rightColumn        the right table's column this level reads instead of the comparison's column (the
 *                           left side still reads the comparison's column); empty for the comparison's. Example:
 *                           a land user's ID against the citizen's old CMND number in {@code old_id}:
 *                           {@code ComparisonLevel.exact().withRightColumn("old_id")}. Ignored when deduplicating.
 */
public record ComparisonLevel(String label, LevelType type, double threshold, String function, boolean tfAdjustment,
                              double tfAdjustmentWeight, double m, double u, boolean fixedM, boolean fixedU,
                              String rightColumn) {

    /**
     * Validates ranges, fills the label, and clears m and u of a null level.
     *
     * @param label a short name shown in explanations and output columns; defaults from the type
     * @param type the test
     * @param threshold the test's threshold (see {@link LevelType}); {@code NaN} for types without one
     * @param function a key function applied to both values for this level only, replacing the comparison's; empty to
     *     use the comparison's
     * @param tfAdjustment whether to adjust for term frequency (exact levels only)
     * @param tfAdjustmentWeight how much of the adjustment to apply, in [0, 1]
     * @param m probability of this level among true matches, in (0, 1]; {@code NaN} when unset
     * @param u probability of this level among non-matches, in (0, 1]; {@code NaN} when unset
     * @param fixedM whether training keeps {@code m}
     * @param fixedU whether training keeps {@code u}
     * @param rightColumn the right table's column this level reads instead of the comparison's column (the left side
     *     still reads the comparison's column); empty for the comparison's. Example: a land user's ID against the
     *     citizen's old CMND number in {@code old_id}: {@code ComparisonLevel.exact().withRightColumn("old_id")}.
     *     Ignored when deduplicating.
     */
    public ComparisonLevel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(rightColumn, "rightColumn");
        function = function.trim();
        rightColumn = rightColumn.strip();
        if (type.hasThreshold()) {
            checkThreshold(type, threshold);
        } else {
            threshold = Double.NaN;
        }
        if (tfAdjustment && type != LevelType.EXACT) {
            throw new IllegalArgumentException("term-frequency adjustment applies to exact levels only, not "
                    + type.jsonName() + " (level '" + label + "'); use tf_adjustment on the exact level");
        }
        if (!(tfAdjustmentWeight >= 0 && tfAdjustmentWeight <= 1)) {
            throw new IllegalArgumentException("tf_adjustment_weight must be in [0, 1], got " + tfAdjustmentWeight
                    + " (level '" + label + "')");
        }
        if (type == LevelType.NULL) {
            m = Double.NaN;
            u = Double.NaN;
        } else {
            checkProbability("m", m, label);
            checkProbability("u", u, label);
        }
        if (label.isBlank()) {
            label = defaultLabel(type, threshold, function);
        }
    }

    private static void checkThreshold(LevelType type, double t) {
        boolean ok;
        switch (type) {
            case JARO_WINKLER:
            case JARO:
                ok = t > 0 && t <= 1;
                break;
            case LEVENSHTEIN:
                ok = t >= 0 && t == Math.rint(t) && t < 1000;
                break;
            default:
                ok = t >= 0 && !Double.isInfinite(t);
        }
        if (!ok) {
            throw new IllegalArgumentException(type.jsonName() + " needs a threshold "
                    + (type == LevelType.LEVENSHTEIN ? "that is a whole number of edits, 0 or more"
                    : type == LevelType.JARO_WINKLER || type == LevelType.JARO ? "in (0, 1]" : "of 0 or more")
                    + ", got " + t);
        }
    }

    private static void checkProbability(String which, double p, String label) {
        if (!Double.isNaN(p) && !(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(which + " probability must be in (0, 1], got " + p + " (level '" + label
                    + "'); use a small positive value such as 1e-6 for a level that (almost) never happens");
        }
    }

    private static String defaultLabel(LevelType type, double threshold, String function) {
        String suffix = function.isEmpty() ? "" : " (" + function + ")";
        switch (type) {
            case JARO_WINKLER:
                return "jaro_winkler >= " + number(threshold) + suffix;
            case JARO:
                return "jaro >= " + number(threshold) + suffix;
            case LEVENSHTEIN:
                return "levenshtein <= " + number(threshold) + suffix;
            case NUMERIC_WITHIN:
                return "within " + number(threshold) + suffix;
            case DATE_WITHIN_DAYS:
                return "within " + number(threshold) + " days" + suffix;
            default:
                return type.jsonName() + suffix;
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : String.format(Locale.ROOT, "%s", d);
    }

    private static ComparisonLevel of(LevelType type, double threshold) {
        return new ComparisonLevel("", type, threshold, "", false, 1.0, Double.NaN, Double.NaN, false, false, "");
    }

    /**
     * Either value missing.
     *
     * @return the level that holds when either value is missing
     */
    public static ComparisonLevel nullLevel() {
        return of(LevelType.NULL, Double.NaN);
    }

    /**
     * Equal values.
     *
     * @return the level of equal values
     */
    public static ComparisonLevel exact() {
        return of(LevelType.EXACT, Double.NaN);
    }

    /**
     * Equal after this key function, e.g. {@code exact("fold")}.
     *
     * @param function a key function applied to both values for this level only, replacing the comparison's; empty to
     *     use the comparison's
     * @return the level of values equal after {@code function}
     */
    public static ComparisonLevel exact(String function) {
        return exact().withFunction(function);
    }

    /**
     * Jaro-Winkler similarity at least {@code threshold}.
     *
     * @param threshold the test's threshold (see {@link LevelType}); {@code NaN} for types without one
     * @return the level of values this similar
     */
    public static ComparisonLevel jaroWinkler(double threshold) {
        return of(LevelType.JARO_WINKLER, threshold);
    }

    /**
     * Jaro similarity at least {@code threshold}.
     *
     * @param threshold the test's threshold (see {@link LevelType}); {@code NaN} for types without one
     * @return the level of values this similar
     */
    public static ComparisonLevel jaro(double threshold) {
        return of(LevelType.JARO, threshold);
    }

    /**
     * At most {@code edits} insertions, deletions or substitutions apart.
     *
     * @param edits the most edits, at least 0
     * @return the level of values this close
     */
    public static ComparisonLevel levenshtein(int edits) {
        return of(LevelType.LEVENSHTEIN, edits);
    }

    /**
     * Numbers at most {@code tolerance} apart.
     *
     * @param tolerance the largest difference, at least 0
     * @return the level of numbers this close
     */
    public static ComparisonLevel numericWithin(double tolerance) {
        return of(LevelType.NUMERIC_WITHIN, tolerance);
    }

    /**
     * ISO dates at most {@code days} apart.
     *
     * @param days the most days apart, at least 0
     * @return the level of dates this close
     */
    public static ComparisonLevel dateWithinDays(int days) {
        return of(LevelType.DATE_WITHIN_DAYS, days);
    }

    /**
     * ISO dates with day and month swapped.
     *
     * @return the level of dates whose day and month were swapped when written
     */
    public static ComparisonLevel dayMonthSwapped() {
        return of(LevelType.DAY_MONTH_SWAPPED, Double.NaN);
    }

    /** {@return a 9-character value against a 12-character one: CMND against CCCD} */
    public static ComparisonLevel cmndVsCccd() {
        return of(LevelType.CMND_VS_CCCD, Double.NaN);
    }

    /**
     * Always holds; the last level.
     *
     * @return the last level of every comparison
     */
    public static ComparisonLevel otherwise() {
        return of(LevelType.ELSE, Double.NaN);
    }

    /**
     * {@return this level with another label}
     *
     * @param newLabel the label in outputs and explanations
     */
    public ComparisonLevel withLabel(String newLabel) {
        return new ComparisonLevel(newLabel, type, threshold, function, tfAdjustment, tfAdjustmentWeight, m, u, fixedM,
                fixedU, rightColumn);
    }

    /**
     * {@return this level with its own key function (the label is recomputed if it was the default)}
     *
     * @param newFunction a key-function specification, e.g. {@code "fold"}
     */
    public ComparisonLevel withFunction(String newFunction) {
        String newLabel = label.equals(defaultLabel(type, threshold, function)) ? "" : label;
        return new ComparisonLevel(newLabel, type, threshold, newFunction, tfAdjustment, tfAdjustmentWeight, m, u,
                fixedM, fixedU, rightColumn);
    }

    /**
     * {@return this level reading the right table's {@code column} instead of the comparison's column (see
     * {@link #rightColumn()}); the label, if it was the default, says so}
     *
     * @param column a column of the right table
     */
    public ComparisonLevel withRightColumn(String column) {
        Objects.requireNonNull(column, "column");
        String newLabel = label.equals(defaultLabel(type, threshold, function)) ? defaultLabel(type, threshold,
                function) + " (right: " + column.strip() + ")" : label;
        return new ComparisonLevel(newLabel, type, threshold, function, tfAdjustment, tfAdjustmentWeight, m, u, fixedM,
                fixedU, column);
    }

    /**
     * {@return this level with term-frequency adjustment of the given weight in [0, 1]}
     *
     * @param weight how much the value's frequency adjusts the weight: 0 (none) to 1 (fully)
     */
    public ComparisonLevel withTermFrequency(double weight) {
        return new ComparisonLevel(label, type, threshold, function, true, weight, m, u, fixedM, fixedU,
                rightColumn);
    }

    /**
     * {@return this level with {@code m} set; {@code fixed} keeps it through training}
     *
     * @param newM the probability of this level among true matches, in (0, 1)
     * @param fixed whether training leaves it as it is
     */
    public ComparisonLevel withM(double newM, boolean fixed) {
        return new ComparisonLevel(label, type, threshold, function, tfAdjustment, tfAdjustmentWeight, newM, u, fixed,
                fixedU, rightColumn);
    }

    /**
     * {@return this level with {@code u} set; {@code fixed} keeps it through training}
     *
     * @param newU the probability of this level among non-matches, in (0, 1)
     * @param fixed whether training leaves it as it is
     */
    public ComparisonLevel withU(double newU, boolean fixed) {
        return new ComparisonLevel(label, type, threshold, function, tfAdjustment, tfAdjustmentWeight, m, newU, fixedM,
                fixed, rightColumn);
    }

    /** This level with new m and u, keeping the fixed flags. */
    ComparisonLevel withMU(double newM, double newU) {
        return new ComparisonLevel(label, type, threshold, function, tfAdjustment, tfAdjustmentWeight, newM, newU,
                fixedM, fixedU, rightColumn);
    }

    /** {@return whether this is the null level} */
    public boolean isNull() {
        return type == LevelType.NULL;
    }

    /** {@return the Bayes factor {@code m/u}; {@code NaN} for the null level} */
    public double bayesFactor() {
        return m / u;
    }

    /** {@return the match weight {@code log2(m/u)}; 0 for the null level} */
    public double matchWeight() {
        return isNull() ? 0.0 : Math.log(m / u) / Math.log(2);
    }
}
