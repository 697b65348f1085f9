package org.parcelrecon.testkit.rule;

import java.util.Objects;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.Severity;

/**
 * Expectations on one finding, from {@link RuleCheck#expectFinding}; each returns this, {@link #and()} goes back
 * to all the findings.
 * <pre>{@code
 * tester.given(sample)
 *         .expectFinding("AREA_MISMATCH")
 *         .withSeverity(Severity.WARNING)
 *         .withEvidence("registeredAreaM2", "120.0")
 *         .withMessageContaining("differs from the map area")
 *         .and()
 *         .expectNoFinding("LAND_USE_MISMATCH");
 * }</pre>
 */
public final class FindingCheck {
    private final RuleCheck check;
    private final Finding finding;

    FindingCheck(RuleCheck check, Finding finding) {
        this.check = check;
        this.finding = finding;
    }

    /** {@return the finding} */
    public Finding finding() {
        return finding;
    }

    /**
     * Back to all the findings.
     *
     * @return the check of all the findings, for further expectations
     */
    public RuleCheck and() {
        return check;
    }

    /**
     * Expects this severity.
     *
     * @param severity the severity the finding must have
     * @return this check, for further expectations
     */
    public FindingCheck withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        if (finding.severity() != severity) {
            throw check.fail(finding.code() + " with severity " + severity, "it has " + finding.severity());
        }
        return this;
    }

    /**
     * Expects exactly this message.
     *
     * @param message the whole message the finding must have
     * @return this check, for further expectations
     */
    public FindingCheck withMessage(String message) {
        Objects.requireNonNull(message, "message");
        if (!finding.message().equals(message)) {
            throw check.fail(finding.code() + " with the message \"" + message + "\"", null);
        }
        return this;
    }

    /**
     * Expects the message to contain {@code text}.
     *
     * @param text a part of the message, e.g. a number it must name
     * @return this check, for further expectations
     */
    public FindingCheck withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        if (!finding.message().contains(text)) {
            throw check.fail(finding.code() + " with a message containing \"" + text + "\"", null);
        }
        return this;
    }

    /**
     * Expects this evidence value, as the finding writes it (text; numbers in plain notation, e.g. {@code "650.0"}).
     *
     * @param name the evidence name, e.g. {@code "landUseCode"}
     * @param value the value as the finding writes it
     * @return this check, for further expectations
     */
    public FindingCheck withEvidence(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        String actual = finding.evidence().get(name);
        if (!value.equals(actual)) {
            throw check.fail(finding.code() + " with evidence " + name + "=" + value,
                    actual == null ? "it has no " + name : name + " is " + actual);
        }
        return this;
    }

    /**
     * Expects an evidence value with this name, whatever its value.
     *
     * @param name the evidence name, e.g. {@code "maxAreaM2"}
     * @return this check, for further expectations
     */
    public FindingCheck withEvidenceNamed(String name) {
        Objects.requireNonNull(name, "name");
        if (!finding.evidence().containsKey(name)) {
            throw check.fail(finding.code() + " with evidence named " + name, null);
        }
        return this;
    }
}
