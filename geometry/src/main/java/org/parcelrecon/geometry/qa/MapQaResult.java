package org.parcelrecon.geometry.qa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parcelrecon.geometry.io.ParcelFeature;

/**
 * The outcome of map QA: the findings, and the parcels with invalid geometries repaired (input order, same ids;
 * a parcel whose repair left nothing is kept with its empty geometry so that every parcel is accounted for).
 *
 * @param findings the findings, ordered by {@link FindingType} then by map order
 * @param repaired the parcels as checked, invalid ones replaced by their repair
 */
public record MapQaResult(List<MapFinding> findings, List<ParcelFeature> repaired) {
    /**
     * Copies the lists.
     *
     * @param findings the findings, ordered by {@link FindingType} then by map order
     * @param repaired the parcels as checked, invalid ones replaced by their repair
     */
    public MapQaResult {
        findings = List.copyOf(findings);
        repaired = List.copyOf(repaired);
    }

    /** {@return the number of findings per type, every type present (zero counts included), in enum order} */
    public Map<FindingType, Integer> counts() {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (FindingType t : FindingType.values()) {
            counts.put(t, 0);
        }
        for (MapFinding f : findings) {
            counts.merge(f.type(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * {@return the findings of one type, in order}
     *
     * @param type the kind of finding
     */
    public List<MapFinding> findings(FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }
}
