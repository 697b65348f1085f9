package org.parcelrecon.core.rule;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.Severity;

/** A well-behaved rule for ServiceLoader tests. */
public final class DiscoverableRule implements Rule {
    @Override
    public String id() {
        return "ZZ_DISCOVERED";
    }

    @Override
    public String description() {
        return "found by ServiceLoader";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        return List.of(FixedRule.finding(id(), Severity.INFO));
    }
}
