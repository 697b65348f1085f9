package org.parcelrecon.core.rule.builtin;

import org.parcelrecon.core.rule.RuleParameters;

/** Comparing measured values with configured decimal limits, and reading limits that must lie in [0, 1]. */
final class Limits {
    /**
     * Slack when comparing with a limit, so that a value equal to the limit in decimal is at the limit in
     * binary too: {@code 0.75 - 0.55} is {@code 0.19999999999999996}, {@code 128.4 - 120} is
     * {@code 8.400000000000006}. Far below any meaningful difference of areas or probabilities.
     */
    static final double EPSILON = 1e-9;

    private Limits() {
    }

    /** The parameter {@code name}, which must lie in [0, 1] (a probability, a gap between two, a similarity). */
    static double unitInterval(RuleParameters p, String name) {
        double value = p.getDouble(name);
        if (!(value >= 0 && value <= 1)) {
            throw p.invalid(name, "must be in [0, 1]; got " + value);
        }
        return value;
    }
}
