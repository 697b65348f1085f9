package org.parcelrecon.reconcile.decide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * One commune's verdicts: its registered records in key order (sheet, then plot), then its map parcels nobody
 * registered, in map order.
 *
 * @param communeCode today's commune code
 * @param records     the records
 * @param features    the commune's new-map parcels the records' {@link RecordResult#mapParcels()} index into (their
 *                    geometries, for maps of the flagged parcels); empty when there was no map
 * @param crs         the features' coordinate reference system, when known
 */
public record CommuneResult(String communeCode, List<RecordResult> records, List<ParcelFeature> features,
                            Optional<Crs> crs) {
    /**
     * Copies the lists.
     *
     * @param communeCode today's commune code
     * @param records the records
     * @param features the commune's new-map parcels the records' {@link RecordResult#mapParcels()} index into (their
     *     geometries, for maps of the flagged parcels); empty when there was no map
     * @param crs the features' coordinate reference system, when known
     */
    public CommuneResult {
        Objects.requireNonNull(communeCode, "communeCode");
        records = List.copyOf(records);
        features = List.copyOf(features);
        Objects.requireNonNull(crs, "crs");
    }

    /** {@return the register rows in this commune's records} */
    public int registerRows() {
        int n = 0;
        for (RecordResult r : records) {
            n += r.rows().size();
        }
        return n;
    }
}
