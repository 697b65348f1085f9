/**
 * Named derivations of field values: the blocking keys and compared values of a linkage model.
 *
 * <p>A {@link org.parcelrecon.matching.keys.KeyFunction} turns one trimmed cell value into a key (or the empty
 * string for none). A {@link org.parcelrecon.matching.keys.KeyFunctions} registry finds functions by name and
 * chains them ({@code "vn_given|fold"}, {@code "fold|prefix:3"}); models refer to functions by these names, so a
 * model stays a plain JSON file. Hosts plug in their own functions with
 * {@link org.parcelrecon.matching.keys.KeyFunctions#with} or a
 * {@link org.parcelrecon.matching.keys.KeyFunctionProvider} found by {@link java.util.ServiceLoader}.
 */
package org.parcelrecon.matching.keys;
