package org.parcelrecon.reconcile.decide;

import java.util.List;
import java.util.Objects;

/**
 * One commune's verdicts: its registered records in key order (sheet, then plot), then its map parcels nobody
 * registered, in map order.
 *
 * @param communeCode today's commune code
 * @param records     the records
 */
public record CommuneResult(String communeCode, List<RecordResult> records) {
    /** Copies the list. */
    public CommuneResult {
        Objects.requireNonNull(communeCode, "communeCode");
        records = List.copyOf(records);
    }

    /** The register rows in this commune's records. */
    public int registerRows() {
        int n = 0;
        for (RecordResult r : records) {
            n += r.rows().size();
        }
        return n;
    }
}
