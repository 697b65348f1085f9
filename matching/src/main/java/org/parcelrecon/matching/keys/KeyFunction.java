package org.parcelrecon.matching.keys;

/**
 * A named derivation of one field value: a blocking key or the value a comparison compares.
 *
 * <p>Properties every implementation must have:
 * <ul>
 *   <li>the input is never null or blank: it is the trimmed cell value (missing and blank cells never reach a
 *       function);</li>
 *   <li>the result is never null: the empty string means "this value yields no key", and the engine treats it
 *       like a missing value (the pair gets the comparison's null level; the record is not blocked by the rule);</li>
 *   <li>it is a pure function (same input, same output), cheap, and thread-safe: the engine calls it once per
 *       distinct value of a column, from several threads.</li>
 * </ul>
 *
 * <p>Functions are found by name in a {@link KeyFunctions} registry, chained with {@code |}
 * ({@code "vn_given|fold"}) and given an argument after {@code :} ({@code "prefix:3"}). Host systems add their own
 * with {@link KeyFunctions#with(String, KeyFunction)} or through a {@link KeyFunctionProvider} registered for
 * {@link java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface KeyFunction {
    /**
     * Derives a key from one value.
     *
     * @param value the trimmed, non-blank field value
     * @return the derived value, or the empty string when the value yields none; never null
     */
    String apply(String value);
}
