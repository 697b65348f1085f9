package org.parcelrecon.core.rule;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;

/** A test rule that reports the same findings for every record. */
class FixedRule implements Rule {
    private final String id;
    private final List<Finding> findings;

    FixedRule(String id, List<Finding> findings) {
        this.id = id;
        this.findings = findings;
    }

    /** A rule reporting one finding with its own id as code. */
    static FixedRule reporting(String id, Severity severity) {
        return new FixedRule(id, List.of(finding(id, severity)));
    }

    static Finding finding(String code, Severity severity) {
        return Finding.builder(ReasonCode.of(code), severity).message(code + " found").build();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "reports " + findings.size() + " fixed findings";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        return findings;
    }
}
