package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.MapParcel;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/** REGISTER_ROW_MISSING: a map parcel that no register row names. */
final class RegisterRowMissingRule implements Rule {
    static final String ID = "REGISTER_ROW_MISSING";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A parcel on the cadastral map that no row of the land register names.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        if (evidence.isRegistered()) {
            return List.of();
        }
        RecordKey key = evidence.key();
        List<MapParcel> parcels = evidence.mapParcels();
        StringBuilder ids = new StringBuilder();
        double area = 0;
        for (MapParcel p : parcels) {
            ids.append(ids.length() == 0 ? "" : ", ").append(p.parcelId());
            area += p.areaM2();
        }
        return List.of(Finding.builder(ReasonCode.REGISTER_ROW_MISSING, Severity.MISSING)
                .message("Map parcel " + ids + " (sheet (tờ) " + key.sheet() + ", plot (thửa) " + key.plot()
                        + ", " + Numbers.area(area) + ") has no row in the land register (sổ địa chính)")
                .put("parcelId", ids.toString())
                .put("communeCode", key.communeCode())
                .put("sheet", key.sheet())
                .put("plot", key.plot())
                .put("mapAreaM2", area)
                .build());
    }
}
