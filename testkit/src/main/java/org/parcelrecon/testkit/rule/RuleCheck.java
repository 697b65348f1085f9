package org.parcelrecon.testkit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;

/**
 * The findings of one {@link RuleTester#given} run, with expectations on them. Each expectation returns this (or,
 * for one finding, a {@link FindingCheck}), so expectations chain; a failed one throws {@link AssertionError}.
 * <pre>{@code
 * RuleCheck check = tester.given(sample);
 * check.expectFindingCodes("AREA_MISMATCH", "LAND_USE_MISMATCH");   // exactly these, in this order
 * check.expectNoFinding("USER_NOT_FOUND");
 * check.expectFinding("AREA_MISMATCH").withSeverity(Severity.CONTRADICTION);
 * List<Finding> all = check.findings();                             // for anything else
 * }</pre>
 */
public final class RuleCheck {
    private final String subject;
    private final Evidence evidence;
    private final List<Finding> findings;

    RuleCheck(String subject, Evidence evidence, List<Finding> findings) {
        this.subject = subject;
        this.evidence = evidence;
        this.findings = List.copyOf(findings);
    }

    /** {@return the findings, in the order the rules reported them} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the evidence the rules ran on} */
    public Evidence evidence() {
        return evidence;
    }

    /**
     * Expects no finding at all.
     *
     * @return this check, for further expectations
     */
    public RuleCheck expectNoFindings() {
        if (!findings.isEmpty()) {
            throw fail("no findings", null);
        }
        return this;
    }

    /**
     * Expects exactly these reason codes, in this order.
     *
     * @param codes the reason codes, in the order the rules give them
     * @return this check, for further expectations
     */
    public RuleCheck expectFindingCodes(String... codes) {
        List<String> expected = List.of(codes);
        List<String> actual = new ArrayList<>();
        for (Finding f : findings) {
            actual.add(f.code().value());
        }
        if (!actual.equals(expected)) {
            throw fail("findings " + expected, null);
        }
        return this;
    }

    /**
     * Expects no finding with this code (others may be there).
     *
     * @param code a reason code that must not be there
     * @return this check, for further expectations
     */
    public RuleCheck expectNoFinding(String code) {
        Objects.requireNonNull(code, "code");
        for (Finding f : findings) {
            if (f.code().value().equals(code)) {
                throw fail("no finding " + code, null);
            }
        }
        return this;
    }

    /**
     * Expects exactly one finding with this code (others may be there) and returns it for further expectations.
     *
     * @throws AssertionError if there is none, or more than one
     * @param code the reason code of the one finding expected
     * @return a check of that finding
     */
    public FindingCheck expectFinding(String code) {
        Objects.requireNonNull(code, "code");
        Finding match = null;
        for (Finding f : findings) {
            if (f.code().value().equals(code)) {
                if (match != null) {
                    throw fail("one finding " + code, "there are several; use findings() to check each");
                }
                match = f;
            }
        }
        if (match == null) {
            throw fail("a finding " + code, null);
        }
        return new FindingCheck(this, match);
    }

    AssertionError fail(String expected, String detail) {
        return new AssertionError("expected " + expected + " from " + subject + " on record " + evidence.key()
                + (detail == null ? "" : " (" + detail + ")") + ", but got " + describe(findings));
    }

    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append("\n  ").append(f.code()).append(' ').append(f.severity()).append(": ").append(f.message())
                    .append(' ').append(f.evidence());
        }
        return b.toString();
    }
}
