package org.parcelrecon.core.evidence;

import java.util.Objects;

/**
 * One line of a linking explanation: which comparison, which level it fell in, and its weight.
 * <pre>
 *   new ComparisonEntry("name", "exact after folding", 6.2)
 *   new ComparisonEntry("birth_year", "differs by 1", -1.4)
 * </pre>
 *
 * @param comparison the comparison's name, e.g. {@code "name"}
 * @param level      the label of the level the pair fell in, e.g. {@code "exact"}
 * @param weight     the match weight (log2 Bayes factor) the level contributed; negative counts against a match
 */
public record ComparisonEntry(String comparison, String level, double weight) {
    /**
     * Checks the names are present and the weight is finite.
     *
     * @param comparison the comparison's name, e.g. {@code "name"}
     * @param level the label of the level the pair fell in, e.g. {@code "exact"}
     * @param weight the match weight (log2 Bayes factor) the level contributed; negative counts against a match
     */
    public ComparisonEntry {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(level, "level");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight of comparison " + comparison + " must be finite; got " + weight);
        }
    }
}
