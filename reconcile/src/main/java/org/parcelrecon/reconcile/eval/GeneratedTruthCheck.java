package org.parcelrecon.reconcile.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.decide.RowResult;

/**
 * Scores a run on a province that {@code parcelrecon generate} made against the generator's truth, parcel by
 * parcel: how many parcels with no injected error came out CLEAN, how many parcels carrying an error a person must
 * fix came out not CLEAN, and whether every map parcel nobody registered was reported.
 *
 * <p>Definitions (files in the generated folder):
 * <ul>
 *   <li>a parcel's verdict: its register rows' statuses ({@code truth_register.csv}: {@code row_no} to
 *       {@code registered_parcel_id}); it is CLEAN when every row's record is CLEAN;</li>
 *   <li>a parcel with no injected error: in {@code truth_parcels.csv}, on the map file, registered under its current
 *       key ({@code register_state} CURRENT), no row in {@code truth_errors.csv}, and not a new parcel of a change
 *       group other than UNCHANGED ({@code truth_changes.csv});</li>
 *   <li>a parcel carrying an error a person must fix: a registered parcel with one of {@link #MUST_FIX} in
 *       {@code truth_errors.csv} (errors a machine repairs, such as a legacy encoding, do not count);</li>
 *   <li>a map parcel nobody registered: {@code MISSING_FROM_REGISTER}, on the map file (a parcel on neither
 *       register nor map cannot be reported); reported when a record that is not CLEAN names it (its own record with
 *       {@code REGISTER_ROW_MISSING}, or a register row whose key, written wrong, led to it).</li>
 * </ul>
 *
 * <p>The static methods are thread-safe; a {@link Collector} is not, and takes communes one at a time, as a
 * run's sink is called.
 */
public final class GeneratedTruthCheck {
    /** The injected errors a person must fix. */
    public static final Set<String> MUST_FIX = Set.of("AREA_OFF", "LAND_USE_WRONG", "KEY_OLD_SURVEY",
            "DUPLICATE_ROW", "MISSING_FROM_MAP", "USER_NOT_IN_POPULATION", "BIRTH_YEAR_WRONG", "NAME_TYPO");

    private GeneratedTruthCheck() {
    }

    /**
     * The scores.
     *
     * @param noErrorClean      parcels with no injected error that came out CLEAN
     * @param noError           parcels with no injected error
     * @param mustFixFlagged    parcels carrying an error to fix that came out not CLEAN
     * @param mustFix           parcels carrying an error to fix
     * @param perError          per error to fix: {flagged, total}
     * @param unregisteredFound map parcels nobody registered that were reported
     * @param unregistered      map parcels nobody registered
     */
    public record Scores(long noErrorClean, long noError, long mustFixFlagged, long mustFix,
                         Map<String, long[]> perError, long unregisteredFound, long unregistered) {
        /** {@return the share of parcels with no injected error that came out CLEAN} */
        public double cleanShare() {
            return noError == 0 ? 1 : (double) noErrorClean / noError;
        }

        /** {@return the share of parcels carrying an error to fix that came out not CLEAN} */
        public double flaggedShare() {
            return mustFix == 0 ? 1 : (double) mustFixFlagged / mustFix;
        }

        /** {@return a few lines for a person} */
        public String toText() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "parcels with no injected error CLEAN: %d of %d (%.4f)%n",
                    noErrorClean, noError, cleanShare()));
            b.append(String.format(Locale.ROOT, "parcels with an error to fix not CLEAN: %d of %d (%.4f)%n",
                    mustFixFlagged, mustFix, flaggedShare()));
            perError.forEach((e, c) -> b.append(String.format(Locale.ROOT, "  %-24s %d of %d%n", e, c[0], c[1])));
            b.append(String.format(Locale.ROOT, "map parcels nobody registered reported: %d of %d%n",
                    unregisteredFound, unregistered));
            return b.toString();
        }
    }

    /**
     * Scores {@code result} (a run that kept its communes) against the truth files in {@code generated}.
     *
     * @param result a run's result with its communes kept
     * @param generated the folder {@code parcelrecon generate} wrote
     * @return precision and recall of the verdicts and links against the truth
     * @throws IOException if a truth file cannot be read
     */
    public static Scores score(ReconcileResult result, Path generated) throws IOException {
        Collector c = collector(generated);
        for (CommuneResult commune : result.communes()) {
            c.accept(commune);
        }
        return c.score(generated);
    }

    /**
     * {@return a sink that remembers what scoring needs of each commune (a few bytes per row), for a streamed run of
     * the
     * province generated in {@code generated}}
     *
     * @param generated the folder {@code parcelrecon generate} wrote
     * @throws IOException if a truth file cannot be read
     */
    public static Collector collector(Path generated) throws IOException {
        Set<String> unregistered = new HashSet<>();
        for (CSVRecord r : read(generated.resolve("truth_errors.csv"))) {
            if (r.get("error").equals("MISSING_FROM_REGISTER")) {
                unregistered.add(r.get("parcel_id"));
            }
        }
        return new Collector(unregistered);
    }

    /** Remembers each register row's status by its {@code row_no}, and the map parcels reported unregistered. */
    public static final class Collector implements CommuneSink {
        private byte[] statusOfRow = new byte[1 << 16];
        private final Set<String> unregistered;
        private final Set<String> reported = new HashSet<>();

        private Collector(Set<String> unregistered) {
            this.unregistered = unregistered;
        }

        @Override
        public void accept(CommuneResult commune) {
            for (RecordResult rec : commune.records()) {
                for (RowResult row : rec.rows()) {
                    int n = rowNo(row.rowNo());
                    if (n < 0) {
                        continue;
                    }
                    if (n >= statusOfRow.length) {
                        statusOfRow = java.util.Arrays.copyOf(statusOfRow, Math.max(n + 1, statusOfRow.length * 2));
                    }
                    // 1 + ordinal; a row in two records (it cannot be) would keep the worse
                    statusOfRow[n] = (byte) Math.max(statusOfRow[n], 1 + rec.status().ordinal());
                }
                if (rec.status() != Status.CLEAN) {
                    for (String id : rec.mapParcelIds()) {
                        if (unregistered.contains(id)) {
                            reported.add(id);
                        }
                    }
                }
            }
        }

        private static int rowNo(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /**
         * {@return the scores against the truth files in {@code generated}}
         *
         * @param generated the folder {@code parcelrecon generate} wrote
         * @throws IOException if a truth file cannot be read
         */
        public Scores score(Path generated) throws IOException {
            Map<String, EnumSet<Status>> verdicts = new HashMap<>();
            for (CSVRecord r : read(generated.resolve("truth_register.csv"))) {
                int n = rowNo(r.get("row_no"));
                if (n >= 0 && n < statusOfRow.length && statusOfRow[n] > 0) {
                    verdicts.computeIfAbsent(r.get("registered_parcel_id"), k -> EnumSet.noneOf(Status.class))
                            .add(Status.values()[statusOfRow[n] - 1]);
                }
            }
            return scores(verdicts, reported, generated);
        }
    }

    private static Scores scores(Map<String, EnumSet<Status>> verdicts, Set<String> reported, Path generated)
            throws IOException {
        Map<String, Set<String>> errors = new HashMap<>();
        for (CSVRecord r : read(generated.resolve("truth_errors.csv"))) {
            errors.computeIfAbsent(r.get("parcel_id"), k -> new HashSet<>()).add(r.get("error"));
        }
        Set<String> unregisteredOnMap = new HashSet<>();
        Set<String> changed = new HashSet<>();
        for (CSVRecord r : read(generated.resolve("truth_changes.csv"))) {
            if (!r.get("change_class").equals("UNCHANGED")) {
                changed.addAll(List.of(r.get("new_parcel_ids").split("\\|")));
            }
        }
        long noError = 0;
        long noErrorClean = 0;
        for (CSVRecord p : read(generated.resolve("truth_parcels.csv"))) {
            String id = p.get("parcel_id");
            if (p.get("in_map_file").equals("true") && errors.getOrDefault(id, Set.of()).contains("MISSING_FROM_REGISTER")) {
                unregisteredOnMap.add(id);
            }
            if (p.get("in_map_file").equals("true") && p.get("register_state").equals("CURRENT")
                    && !errors.containsKey(id) && !changed.contains(id) && verdicts.containsKey(id)) {
                noError++;
                if (verdicts.get(id).equals(EnumSet.of(Status.CLEAN))) {
                    noErrorClean++;
                }
            }
        }
        long mustFix = 0;
        long flagged = 0;
        Map<String, long[]> perError = new TreeMap<>();
        for (Map.Entry<String, EnumSet<Status>> v : verdicts.entrySet()) {
            Set<String> e = errors.getOrDefault(v.getKey(), Set.of());
            boolean notClean = !v.getValue().equals(EnumSet.of(Status.CLEAN));
            boolean any = false;
            for (String err : e) {
                if (MUST_FIX.contains(err)) {
                    any = true;
                    long[] c = perError.computeIfAbsent(err, k -> new long[2]);
                    c[1]++;
                    if (notClean) {
                        c[0]++;
                    }
                }
            }
            if (any) {
                mustFix++;
                if (notClean) {
                    flagged++;
                }
            }
        }
        long found = unregisteredOnMap.stream().filter(reported::contains).count();
        return new Scores(noErrorClean, noError, flagged, mustFix, perError, found, unregisteredOnMap.size());
    }

    /** The rows of a truth file, streamed (they have millions of rows at province scale). */
    private static Iterable<CSVRecord> read(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        org.apache.commons.csv.CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(in);
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<CSVRecord> it = parser.iterator();

            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) {
                    try {
                        parser.close();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return more;
            }

            @Override
            public CSVRecord next() {
                return it.next();
            }
        };
    }
}
