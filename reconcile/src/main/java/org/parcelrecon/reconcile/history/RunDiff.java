package org.parcelrecon.reconcile.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.write.SummaryColumns;

/**
 * Two runs compared, counted by area: the province, each commune, each sheet. The changes themselves go to a
 * {@link RunHistory.ChangeSink} record by record ({@link DiffFiles} writes them as {@value DiffFiles#DIFF}).
 *
 * <p>Also the day-on-day columns of {@code summary.csv} ({@link #COLUMNS}): for each area of the later run, the
 * earlier run's counts and the moves between them. With no earlier run ({@link #firstRun(long)}) the columns are there
 * and empty. An area only the earlier run had is in the province's and its commune's counts, not in a row of its own.
 *
 * <p>Immutable.
 *
 * <p>Not changed after it is made; safe to read from several threads.
 */
public final class RunDiff implements SummaryColumns {
    /** The columns appended to {@code summary.csv}. */
    public static final List<String> COLUMNS = List.of("records_before", "clean_before", "clean_change",
            "became_clean", "regressed", "new_records", "vanished_records", "status_changed");

    static final int RECORDS_BEFORE = 0;
    static final int CLEAN_BEFORE = 1;
    static final int RECORDS_AFTER = 2;
    static final int CLEAN_AFTER = 3;
    static final int BECAME_CLEAN = 4;
    static final int REGRESSED = 5;
    static final int NEW = 6;
    static final int VANISHED = 7;
    static final int STATUS_CHANGED = 8;
    static final int REASONS_CHANGED = 9;
    static final int FIELDS = 10;

    private final OptionalLong before;
    private final long after;
    private final Map<String, Map<String, long[]>> sheets;

    RunDiff(OptionalLong before, long after, Map<String, Map<String, long[]>> sheets) {
        this.before = before;
        this.after = after;
        this.sheets = sheets;
    }

    /**
     * {@return the columns of a run with no run before it: there, and empty}
     *
     * @param run the first run's id
     */
    public static RunDiff firstRun(long run) {
        return new RunDiff(OptionalLong.empty(), run, new TreeMap<>());
    }

    /** {@return the earlier run's id; empty for a first run} */
    public OptionalLong before() {
        return before;
    }

    /** {@return the later run's id} */
    public long after() {
        return after;
    }

    /** {@return the province's counts} */
    public Counts province() {
        long[] sum = new long[FIELDS];
        sheets.values().forEach(c -> c.values().forEach(s -> add(sum, s)));
        return Counts.of(sum);
    }

    /**
     * {@return a commune's counts (zero when neither run had it)}
     *
     * @param communeCode a current commune code
     */
    public Counts commune(String communeCode) {
        long[] sum = new long[FIELDS];
        sheets.getOrDefault(communeCode, Map.of()).values().forEach(s -> add(sum, s));
        return Counts.of(sum);
    }

    /**
     * {@return a sheet's counts (zero when neither run had it)}
     *
     * @param communeCode a current commune code
     * @param sheet a map sheet number within it
     */
    public Counts sheet(String communeCode, String sheet) {
        long[] s = sheets.getOrDefault(communeCode, Map.of()).get(sheet);
        return Counts.of(s == null ? new long[FIELDS] : s);
    }

    /** {@return the communes either run had, in code order} */
    public List<String> communes() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * {@return the area of a summary row's counts}
     *
     * @param area a row of the summary: the province, a commune or a sheet
     */
    public Counts area(SummaryRow area) {
        return switch (area.level()) {
            case "province" -> province();
            case "commune" -> commune(area.communeCode());
            default -> sheet(area.communeCode(), area.sheet());
        };
    }

    @Override
    public List<String> names() {
        return COLUMNS;
    }

    @Override
    public List<String> values(SummaryRow area) {
        if (before.isEmpty()) {
            return java.util.Collections.nCopies(COLUMNS.size(), "");
        }
        Counts c = area(area);
        List<String> out = new ArrayList<>(COLUMNS.size());
        out.add(Long.toString(c.recordsBefore()));
        out.add(Long.toString(c.cleanBefore()));
        out.add(Long.toString(area.count(Status.CLEAN) - c.cleanBefore()));
        out.add(Long.toString(c.becameClean()));
        out.add(Long.toString(c.regressed()));
        out.add(Long.toString(c.appeared()));
        out.add(Long.toString(c.vanished()));
        out.add(Long.toString(c.statusChanged()));
        return out;
    }

    private static void add(long[] sum, long[] s) {
        for (int i = 0; i < FIELDS; i++) {
            sum[i] += s[i];
        }
    }

    /**
     * One area's counts.
     *
     * @param recordsBefore  records in the earlier run
     * @param cleanBefore    of them CLEAN
     * @param recordsAfter   records in the later run
     * @param cleanAfter     of them CLEAN
     * @param becameClean    records in both runs, CLEAN only in the later
     * @param regressed      records in both runs, CLEAN only in the earlier
     * @param appeared       records only in the later run
     * @param vanished       records only in the earlier run
     * @param statusChanged  records in both runs whose status differs (including {@code becameClean} and
     *                       {@code regressed})
     * @param reasonsChanged records in both runs with the same status (not CLEAN) and other reason codes
     */
    public record Counts(long recordsBefore, long cleanBefore, long recordsAfter, long cleanAfter, long becameClean,
                         long regressed, long appeared, long vanished, long statusChanged, long reasonsChanged) {
        static Counts of(long[] c) {
            return new Counts(c[RECORDS_BEFORE], c[CLEAN_BEFORE], c[RECORDS_AFTER], c[CLEAN_AFTER], c[BECAME_CLEAN],
                    c[REGRESSED], c[NEW], c[VANISHED], c[STATUS_CHANGED], c[REASONS_CHANGED]);
        }

        /**
         * Records that changed in any way ({@link RecordChange}s).
         *
         * @return the number of records that changed
         */
        public long changed() {
            return statusChanged + reasonsChanged + appeared + vanished;
        }
    }

    static Map<String, Map<String, long[]>> newTally() {
        return new TreeMap<>();
    }

    static long[] tally(Map<String, Map<String, long[]>> t, String commune, String sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return t.computeIfAbsent(commune, k -> new TreeMap<>()).computeIfAbsent(sheet, k -> new long[FIELDS]);
    }
}
