package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.evidence.UnreadableCell;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;

/**
 * CELL_UNREADABLE: a register cell the reader could not read as its column's type (see {@link UnreadableCell}).
 * The field is unknown, so the rules that need it (area, birth year, ...) say nothing about it; this finding says
 * why. One finding per unreadable cell.
 * <pre>
 *   area_m2 "12,3,4"   → WARNING "Cell area_m2 on line 17 could not be read ('12,3,4'): not a number ..."
 * </pre>
 */
final class CellUnreadableRule implements Rule {
    static final String ID = "CELL_UNREADABLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A register cell that could not be read as its column's type.";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<Finding> out = null;
        for (RegisterRow row : evidence.rows()) {
            for (UnreadableCell cell : row.unreadableCells()) {
                String where = row.sourceLine().isPresent() ? " on line " + row.sourceLine().getAsLong() : "";
                Finding.Builder b = Finding.builder(ReasonCode.CELL_UNREADABLE, Severity.WARNING)
                        .message("Cell " + cell.column() + where + " could not be read ('" + cell.value() + "'): "
                                + cell.reason())
                        .put("column", cell.column())
                        .put("value", cell.value())
                        .put("reason", cell.reason());
                if (row.sourceLine().isPresent()) {
                    b.put("line", row.sourceLine().getAsLong());
                }
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(b.build());
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
