package org.parcelrecon.core.rule;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;

/** A second rule for ServiceLoader tests; its id sorts before {@link DiscoverableRule}'s. */
public final class OtherDiscoverableRule implements Rule {
    @Override
    public String id() {
        return "AA_DISCOVERED";
    }

    @Override
    public String description() {
        return "found by ServiceLoader too";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        return List.of();
    }
}
