package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/** MAP_PARCEL_MISSING: the register has the record, the map has no parcel for its key. */
final class MapParcelMissingRule implements Rule {
    static final String ID = "MAP_PARCEL_MISSING";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A registered record whose key finds no parcel on the cadastral map.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        if (!evidence.isRegistered() || !evidence.mapParcels().isEmpty()) {
            return List.of();
        }
        RecordKey key = evidence.key();
        return List.of(Finding.builder(ReasonCode.MAP_PARCEL_MISSING, Severity.MISSING)
                .message("No parcel on the cadastral map (bản đồ địa chính) for sheet (tờ) " + key.sheet()
                        + ", plot (thửa) " + key.plot() + " of commune " + key.communeCode())
                .put("communeCode", key.communeCode())
                .put("sheet", key.sheet())
                .put("plot", key.plot())
                .build());
    }
}
