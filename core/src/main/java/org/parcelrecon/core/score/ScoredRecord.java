package org.parcelrecon.core.score;

import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;

/**
 * One record's result: its key, its findings in rule order, and its score and status.
 *
 * @param key      the record's key
 * @param findings the findings, in the order the rules reported them
 * @param score    score and status computed from the findings
 */
public record ScoredRecord(RecordKey key, List<Finding> findings, Score score) {
    /**
     * Checks and copies.
     *
     * @param key the record's key
     * @param findings the findings, in the order the rules reported them
     * @param score score and status computed from the findings
     */
    public ScoredRecord {
        Objects.requireNonNull(key, "key");
        findings = List.copyOf(findings);
        Objects.requireNonNull(score, "score");
    }

    /** {@return the status} */
    public Status status() {
        return score.status();
    }
}
