package org.parcelrecon.core.rule.builtin;

/** Comparing measured values with configured decimal limits. */
final class Limits {
    /**
     * Slack when comparing with a limit, so that a value equal to the limit in decimal is at the limit in
     * binary too: {@code 0.75 - 0.55} is {@code 0.19999999999999996}, {@code 128.4 - 120} is
     * {@code 8.400000000000006}. Far below any meaningful difference of areas or probabilities.
     */
    static final double EPSILON = 1e-9;

    private Limits() {
    }
}
