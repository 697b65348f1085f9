package org.parcelrecon.core.rule.builtin;

import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.ParcelChange;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/** RENUMBERED: the sheet or plot number changed at the re-survey; the register needs the new numbers. */
final class RenumberedRule implements Rule {
    static final String ID = "RENUMBERED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The parcel's sheet or plot number changed at the re-survey.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        if (evidence.change().isEmpty() || !evidence.change().get().renumbered()) {
            return List.of();
        }
        ParcelChange change = evidence.change().get();
        RecordKey key = evidence.key();
        StringBuilder m = new StringBuilder(120)
                .append("Parcel was renumbered at the re-survey (đo đạc lại): now sheet (tờ) ").append(key.sheet())
                .append(", plot (thửa) ").append(key.plot());
        Finding.Builder b = Finding.builder(ReasonCode.RENUMBERED, Severity.WARNING)
                .put("sheet", key.sheet())
                .put("plot", key.plot());
        if (!change.oldParcelIds().isEmpty()) {
            String ids = String.join(", ", change.oldParcelIds());
            m.append("; old parcel(s): ").append(ids);
            b.put("oldParcelIds", ids);
        }
        return List.of(b.message(m.toString()).build());
    }
}
