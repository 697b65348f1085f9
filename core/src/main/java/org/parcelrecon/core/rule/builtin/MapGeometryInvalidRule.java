package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/**
 * MAP_GEOMETRY_INVALID: the polygon of a map parcel the record resolved to has a problem map QA found (a
 * self-intersecting ring, an unclosed ring the reader closed, ...), listed in {@link MapParcel#validityProblems()}.
 * WARNING, one finding per map parcel, naming every problem: the area the other rules compare is that of a
 * repaired polygon, and the map needs fixing before it is synced.
 * <pre>
 *   map parcel QN-12-345 with problems ["Self-intersection at (231403.1 902114.7)"] → WARNING naming it
 *   map parcel without problems                                                   → nothing
 * </pre>
 */
final class MapGeometryInvalidRule implements Rule {
    static final String ID = "MAP_GEOMETRY_INVALID";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A map parcel's polygon has a problem map QA found (self-intersection, an unclosed ring, ...).";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<Finding> findings = new ArrayList<>(0);
        for (MapParcel p : evidence.mapParcels()) {
            if (p.isValid()) {
                continue;
            }
            findings.add(Finding.builder(ReasonCode.MAP_GEOMETRY_INVALID, Severity.WARNING)
                    .message("The polygon of map parcel " + p.parcelId() + " (thửa trên bản đồ địa chính) is not valid: "
                            + String.join("; ", p.validityProblems()) + "; its area was measured on a repaired polygon")
                    .put("mapParcelId", p.parcelId())
                    .put("problems", String.join("; ", p.validityProblems()))
                    .build());
        }
        return findings;
    }
}
