package org.parcelrecon.reconcile.decide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.core.evidence.ChangeClass;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.score.ScoredRecord;
import org.parcelrecon.core.score.Status;

/**
 * The verdict on one record: a parcel key with its register rows, or a map parcel nobody registered (no rows).
 *
 * @param scored       the key, findings and score
 * @param rows         the register rows under the key, in file order; empty for a map parcel nobody registered
 * @param mapParcels   the new map's parcels the key led to (indices into the new map), in map order
 * @param mapParcelIds their ids, in the same order
 * @param change       how the parcel changed, when the register's key led there through the old survey
 */
public record RecordResult(ScoredRecord scored, List<RowResult> rows, List<Integer> mapParcels,
                           List<String> mapParcelIds, Optional<ChangeClass> change) {
    /**
     * Copies the lists.
     *
     * @param scored the key, findings and score
     * @param rows the register rows under the key, in file order; empty for a map parcel nobody registered
     * @param mapParcels the new map's parcels the key led to (indices into the new map), in map order
     * @param mapParcelIds their ids, in the same order
     * @param change how the parcel changed, when the register's key led there through the old survey
     */
    public RecordResult {
        Objects.requireNonNull(scored, "scored");
        rows = List.copyOf(rows);
        mapParcels = List.copyOf(mapParcels);
        mapParcelIds = List.copyOf(mapParcelIds);
        Objects.requireNonNull(change, "change");
    }

    /** {@return the record's key} */
    public RecordKey key() {
        return scored.key();
    }

    /** {@return the record's status} */
    public Status status() {
        return scored.status();
    }

    /** {@return whether some register row names this record (false for a map parcel nobody registered)} */
    public boolean isRegistered() {
        return !rows.isEmpty();
    }
}
