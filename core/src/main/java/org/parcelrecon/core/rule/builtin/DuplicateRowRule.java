package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.LandUser;
import org.parcelrecon.core.evidence.RegisterRow;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.text.VietnameseText;

/**
 * DUPLICATE_ROW: one land user written twice under one key, the mark of a copied register row. Two rows name the
 * same land user when their first users have the same name after folding (case, diacritics, legacy encoding and
 * spacing ignored), the same ID number as written (or both none) and the same birth year (or both none). Co-users
 * of one parcel (different names) are not duplicates; rows that disagree on area, land use or certificate are
 * DUPLICATE_KEY's. One finding per repeated row, naming the line it repeats.
 * <pre>
 *   line 42 "Hoàng Thị Ngọc Huyền" 1992 022192339987, line 43 the same           → WARNING on line 43 (copy of 42)
 *   line 42 "Hoàng Thị Ngọc Huyền" 1992, line 43 "HOANG THI NGOC HUYEN" 1992     → WARNING on line 43
 *   line 41 "Phan Đức Hải", line 42 "Vũ Thị Giang"                               → nothing (co-users)
 * </pre>
 */
final class DuplicateRowRule implements Rule {
    static final String ID = "DUPLICATE_ROW";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The same land user written twice under one key (a copied register row).";
    }

    @Override
    public List<Finding> check(Evidence evidence) {
        List<RegisterRow> rows = evidence.rows();
        int n = rows.size();
        if (n < 2) {
            return List.of();
        }
        Map<String, Integer> firstRow = new HashMap<>(n * 2);
        List<Finding> out = null;
        for (int i = 0; i < n; i++) {
            RegisterRow row = rows.get(i);
            if (row.landUsers().isEmpty()) {
                continue;
            }
            LandUser user = row.landUsers().get(0);
            String identity = VietnameseText.fold(user.name()) + '\u0000' + user.idNumber().orElse("").strip()
                    + '\u0000' + (user.birthYear().isPresent() ? user.birthYear().getAsInt() : "");
            Integer earlier = firstRow.putIfAbsent(identity, i);
            if (earlier == null) {
                continue;
            }
            RegisterRow original = rows.get(earlier);
            String where = row.sourceLine().isPresent() ? "line " + row.sourceLine().getAsLong() : "a row";
            String of = original.sourceLine().isPresent() ? "line " + original.sourceLine().getAsLong() : "an earlier row";
            Finding.Builder b = Finding.builder(ReasonCode.DUPLICATE_ROW, Severity.WARNING)
                    .message("Land user (người sử dụng đất) " + user.name() + " is written twice for this parcel: "
                            + where + " repeats " + of + "; delete the copy")
                    .put("landUser", user.name());
            if (row.sourceLine().isPresent()) {
                b.put("line", row.sourceLine().getAsLong());
            }
            if (original.sourceLine().isPresent()) {
                b.put("copyOfLine", original.sourceLine().getAsLong());
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(b.build());
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
