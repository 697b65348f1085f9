package org.parcelrecon.reconcile;

import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.score.Status;

/**
 * Progress in one area: the province, a commune or a sheet. The status counts add up to {@link #records()}.
 *
 * @param level         {@code "province"}, {@code "commune"} or {@code "sheet"}
 * @param communeCode   the commune code, empty for the province
 * @param sheet         the sheet number, empty for a province or commune
 * @param records       the records (parcels): registered keys and map parcels nobody registered
 * @param registerRows  the register rows in them
 * @param statusCounts  records per status, in {@link Status} order
 * @param topReasons    the most frequent reason codes with their record counts, most frequent first (at most 3)
 */
public record SummaryRow(String level, String communeCode, String sheet, long records, long registerRows,
                         List<Long> statusCounts, List<ReasonCount> topReasons) {
    /**
     * Checks that the counts add up.
     *
     * @param level {@code "province"}, {@code "commune"} or {@code "sheet"}
     * @param communeCode the commune code, empty for the province
     * @param sheet the sheet number, empty for a province or commune
     * @param records the records (parcels): registered keys and map parcels nobody registered
     * @param registerRows the register rows in them
     * @param statusCounts records per status, in {@link Status} order
     * @param topReasons the most frequent reason codes with their record counts, most frequent first (at most 3)
     */
    public SummaryRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(sheet, "sheet");
        statusCounts = List.copyOf(statusCounts);
        topReasons = List.copyOf(topReasons);
        if (statusCounts.size() != Status.values().length) {
            throw new IllegalArgumentException("one count per status expected; got " + statusCounts);
        }
        long sum = 0;
        for (long c : statusCounts) {
            sum += c;
        }
        if (sum != records) {
            throw new IllegalArgumentException("status counts " + statusCounts + " do not add up to " + records);
        }
    }

    /**
     * {@return the records with this status}
     *
     * @param status a record status
     */
    public long count(Status status) {
        return statusCounts.get(status.ordinal());
    }

    /** {@return the share of records that are CLEAN, in [0, 1]; 1 for an area without records} */
    public double shareClean() {
        return records == 0 ? 1 : (double) count(Status.CLEAN) / records;
    }

    /** A reason code and how many records carry it. */
    public record ReasonCount(String code, long records) {
        /**
         * Checks for null.
         *
         * @param code the reason code
         * @param records how many records have it
         */
        public ReasonCount {
            Objects.requireNonNull(code, "code");
        }
    }
}
