package org.parcelrecon.core.rule;

/**
 * A rule broke its contract on one record: it threw, returned null, or returned a null finding.
 * The message names the rule, its class and the record's key. This is a bug in the rule, not bad data.
 */
public final class RuleFailureException extends RuntimeException {
    /** The id of the rule that broke its contract. */
    private final String ruleId;

    RuleFailureException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** {@return the id of the rule that failed} */
    public String ruleId() {
        return ruleId;
    }
}
