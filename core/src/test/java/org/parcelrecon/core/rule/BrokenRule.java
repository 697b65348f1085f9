package org.parcelrecon.core.rule;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;

/** A rule whose constructor fails, as a host rule missing its own resources would. */
public final class BrokenRule implements Rule {
    public BrokenRule() {
        throw new IllegalStateException("zoning table not found");
    }

    @Override
    public String id() {
        return "BROKEN";
    }

    @Override
    public String description() {
        return "never created";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        return List.of();
    }
}
