package org.parcelrecon.reconcile.read;

import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.evidence.RegisterRow;

/**
 * One register row as read: where it was, its parcel key, and its fields parsed once into a core
 * {@link RegisterRow} (land users not yet linked). The commune is kept as written and as the candidates it may be
 * today (one, unless a pre-2025 commune was split between several); the run picks the one whose map has the key.
 *
 * @param line               the 1-based line the row starts on
 * @param rowNo              the register's own row number ({@link RegisterField#ROW_NO}), empty when it has none
 * @param communeAsWritten   the commune code as written, stripped; empty when none
 * @param communeCandidates  today's commune codes it may be, best first; never empty (the code as written when
 *                           unknown, {@code "-"} when none was written)
 * @param sheet              the sheet number (without leading zeros)
 * @param plot               the plot number
 * @param row                the fields, typed; {@code sourceLine} is {@code line}
 */
public record RegisterEntry(long line, String rowNo, String communeAsWritten, List<String> communeCandidates,
                            int sheet, int plot, RegisterRow row) {
    /**
     * Checks for nulls and copies the lists.
     *
     * @param line the 1-based line the row starts on
     * @param rowNo the register's own row number ({@link RegisterField#ROW_NO}), empty when it has none
     * @param communeAsWritten the commune code as written, stripped; empty when none
     * @param communeCandidates today's commune codes it may be, best first; never empty (the code as written when
     *     unknown, {@code "-"} when none was written)
     * @param sheet the sheet number (without leading zeros)
     * @param plot the plot number
     * @param row the fields, typed; {@code sourceLine} is {@code line}
     */
    public RegisterEntry {
        Objects.requireNonNull(rowNo, "rowNo");
        Objects.requireNonNull(communeAsWritten, "communeAsWritten");
        communeCandidates = List.copyOf(communeCandidates);
        if (communeCandidates.isEmpty()) {
            throw new IllegalArgumentException("a register entry needs at least one commune candidate");
        }
        Objects.requireNonNull(row, "row");
    }

    /**
     * {@code sheet/plot}, e.g. {@code "12/345"}: the key within a commune.
     *
     * @return the sheet and plot as one key
     */
    public String sheetPlot() {
        return sheet + "/" + plot;
    }
}
