package org.parcelrecon.reconcile.write;

import java.util.List;
import org.parcelrecon.reconcile.SummaryRow;

/**
 * Columns appended to {@value RunFiles#SUMMARY} after its own ({@link RunFiles#SUMMARY_COLUMNS}), one value per
 * column for each area: e.g. the day-on-day columns of a run compared with the previous one.
 */
public interface SummaryColumns {
    /** No extra columns. */
    SummaryColumns NONE = new SummaryColumns() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public List<String> values(SummaryRow area) {
            return List.of();
        }
    };

    /** {@return the column names, in order} */
    List<String> names();

    /**
     * {@return the area's values, one per {@link #names()}}
     *
     * @param area a row of the summary: the province, a commune or a sheet
     */
    List<String> values(SummaryRow area);

    /**
     * {@return these columns, then {@code more}'s}
     *
     * @param more the columns to append
     */
    default SummaryColumns then(SummaryColumns more) {
        SummaryColumns first = this;
        return new SummaryColumns() {
            @Override
            public List<String> names() {
                List<String> out = new java.util.ArrayList<>(first.names());
                out.addAll(more.names());
                return out;
            }

            @Override
            public List<String> values(SummaryRow area) {
                List<String> out = new java.util.ArrayList<>(first.values(area));
                out.addAll(more.values(area));
                return out;
            }
        };
    }
}
