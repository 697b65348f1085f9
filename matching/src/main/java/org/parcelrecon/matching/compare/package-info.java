/**
 * String comparators for the inner loop of record linkage: {@link org.parcelrecon.matching.compare.Levenshtein}
 * (edit distance, optionally bounded), beside {@link org.parcelrecon.core.text.JaroWinkler} (Jaro and
 * Jaro-Winkler similarity), which lives in core because a built-in rule needs it too.
 *
 * <p>Both work on {@code char} arrays, return primitives and reuse per-instance scratch buffers, so that scoring
 * millions of candidate pairs allocates nothing per pair. Their results equal those of Apache commons-text's
 * {@code JaroWinklerSimilarity} and {@code LevenshteinDistance} (tests compare them on random and real inputs).
 * They compare characters as given: fold Vietnamese text first (see
 * {@link org.parcelrecon.core.text.VietnameseText#fold(String)}) when diacritics should not count.
 */
package org.parcelrecon.matching.compare;
