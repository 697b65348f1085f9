package org.parcelrecon.reconcile.history;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.parcelrecon.reconcile.ReconcileResult;

/**
 * The runs of a campaign, in an embedded SQLite file: each reconcile run recorded whole or not at all, and any two
 * compared record by record.
 * <pre>{@code
 * try (RunHistory history = RunHistory.open(out.resolve(RunHistory.DEFAULT_FILE));
 *      RunWriter files = RunWriter.open(out, IdDisclosure.MASKED);
 *      Recording recording = history.start()) {
 *     RunInfo info = RunInfo.describe(input, settings, Optional.empty(), Instant.now());  // may run beside the run
 *     ReconcileResult result = reconciler.run(input, progress, CommuneSink.both(files, recording));
 *     long run = recording.commit(info, result);
 *     RunDiff diff = DiffFiles.writePrevious(history, run, out);     // diff.csv
 *     files.finish(result, diff);                                    // summary.csv with the day-on-day columns
 * }
 * }</pre>
 *
 * <h2>One transaction per run</h2>
 * A {@link Recording} collects the run's records in the connection's temporary storage, outside the history, and
 * {@link Recording#commit} copies them in with the run's row in one transaction. A run that fails, is interrupted
 * or is closed without committing leaves the history as it was; two runs recording at once into the same file both
 * land, one after the other (SQLite's write lock, waited on for up to {@value #BUSY_TIMEOUT_MS} ms).
 *
 * <h2>What is kept</h2>
 * Per run: when it started and was recorded, its input files ({@link InputFile}: name, size, SHA-256), its rules
 * ({@link RunInfo#rules()} and their hash), rows read and rejected, records and clean records. Per record: commune
 * code, sheet, plot, register lines, status, score, reason codes. No names, no ID numbers.
 *
 * <h2>Keys</h2>
 * Two runs' records are matched by key (commune code, sheet, plot). A key a run decided twice (possible only for a
 * row of a split pre-2025 commune that no map places) is compared with each of the other run's records of that key.
 *
 * <p>Not thread-safe: one history, one thread. Open one per process; several processes may share the file.
 */
public final class RunHistory implements Closeable {
    /** The history's file name in an output folder when none is given. */
    public static final String DEFAULT_FILE = "history.sqlite";
    /** How long a run waits for another process's write to finish. */
    public static final int BUSY_TIMEOUT_MS = 300_000;

    private static final int APPLICATION_ID = 0x50524831; // "PRH1"
    private static final int SCHEMA_VERSION = 1;
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT NOT NULL,"
            + " register_rows_read INTEGER NOT NULL, rejected_rows INTEGER NOT NULL, records INTEGER NOT NULL,"
            + " clean INTEGER NOT NULL, rules TEXT NOT NULL, rules_hash TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS inputs(run_id INTEGER NOT NULL REFERENCES runs(id), position INTEGER NOT NULL,"
            + " role TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,"
            + " PRIMARY KEY(run_id, position))",
        "CREATE TABLE IF NOT EXISTS records(run_id INTEGER NOT NULL, commune TEXT NOT NULL, sheet TEXT NOT NULL,"
            + " plot TEXT NOT NULL, seq INTEGER NOT NULL, lines TEXT NOT NULL, status TEXT NOT NULL,"
            + " score INTEGER NOT NULL, reasons TEXT NOT NULL, PRIMARY KEY(run_id, commune, sheet, plot, seq))"
            + " WITHOUT ROWID",
    };

    private final Path file;
    private final Connection db;
    private final Clock clock;
    private Recording recording;

    private RunHistory(Path file, Connection db, Clock clock) {
        this.file = file;
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens the history in {@code file}, creating it (and its folder) if absent; runs are stamped by the UTC clock.
     *
     * @param file the history's SQLite file
     * @return the open history
     * @throws IOException naming the file when it cannot be opened or is not a run history
     */
    public static RunHistory open(Path file) throws IOException {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens the history in {@code file} with a clock for the time a run is recorded.
     *
     * @throws IOException naming the file when it cannot be opened, is not a SQLite file, or is another program's
     *                     database or a newer parcelrecon's history
     * @param file the history's SQLite file
     * @param clock the clock that stamps runs
     * @return the open history
     */
    public static RunHistory open(Path file, Clock clock) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; give the history's file, e.g. " + file.resolve(DEFAULT_FILE));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                int app = intPragma(s, "application_id");
                int version = intPragma(s, "user_version");
                boolean empty;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    empty = r.next() && r.getLong(1) == 0;
                }
                if (!empty && app != APPLICATION_ID) {
                    throw new IOException(file + ": not a parcelrecon run history (another SQLite database); give a"
                            + " new file or a history an earlier run wrote");
                }
                if (version > SCHEMA_VERSION) {
                    throw new IOException(file + ": written by a newer parcelrecon (history version " + version
                            + ", this one reads " + SCHEMA_VERSION + ")");
                }
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA cache_size = -65536");
                s.execute("PRAGMA temp.cache_size = -65536");
                if (empty) {
                    db.setAutoCommit(false);
                    for (String ddl : SCHEMA) {
                        s.execute(ddl);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                    db.commit();
                    db.setAutoCommit(true);
                }
            }
            return new RunHistory(file, db, clock);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new IOException(file + ": cannot be opened as a run history: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /** {@return the history's file} */
    public Path file() {
        return file;
    }

    /**
     * Starts recording a run; nothing reaches the history until {@link Recording#commit}.
     *
     * @throws IllegalStateException if another recording of this history is open
     * @return the recording, to hand communes to and commit
     * @throws IOException if the history cannot be written
     */
    public Recording start() throws IOException {
        if (recording != null && !recording.isClosed()) {
            throw new IllegalStateException("a run is being recorded in " + file + "; commit or close it first");
        }
        try {
            recording = new Recording(this);
            return recording;
        } catch (SQLException e) {
            throw failure("cannot start recording a run", e);
        }
    }

    /**
     * {@return every recorded run, oldest first}
     *
     * @throws IOException if the history cannot be read
     */
    public List<RunEntry> runs() throws IOException {
        return query("SELECT id, started, finished, register_rows_read, rejected_rows, records, clean, rules,"
                + " rules_hash FROM runs ORDER BY id", OptionalLong.empty());
    }

    /**
     * {@return the run with this id, if recorded}
     *
     * @param id the run's id
     * @throws IOException if the history cannot be read
     */
    public Optional<RunEntry> run(long id) throws IOException {
        List<RunEntry> one = query("SELECT id, started, finished, register_rows_read, rejected_rows, records, clean,"
                + " rules, rules_hash FROM runs WHERE id = ?", OptionalLong.of(id));
        return one.stream().findFirst();
    }

    /**
     * {@return the run recorded last before {@code id}, if any}
     *
     * @param id a run's id
     * @throws IOException if the history cannot be read
     */
    public OptionalLong previous(long id) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT max(id) FROM runs WHERE id < ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                long v = r.next() ? r.getLong(1) : 0;
                return r.wasNull() || v == 0 ? OptionalLong.empty() : OptionalLong.of(v);
            }
        } catch (SQLException e) {
            throw failure("cannot read the runs", e);
        }
    }

    /** Receives a diff's changes, in key order (commune, then sheet and plot numbers). */
    @FunctionalInterface
    public interface ChangeSink {
        /**
         * One record's change.
         *
         * @param change one record's change between the runs
         * @throws IOException if the sink cannot take it; the diff stops with it
         */
        void accept(RecordChange change) throws IOException;
    }

    /**
     * Compares two recorded runs, {@code before} with {@code after} (any two, in either order of time): hands each
     * record that changed to {@code sink} in key order and returns the counts by area.
     *
     * @throws IOException naming a run the history does not hold (and the runs it does), or a failure of the sink
     * @param before one run's id
     * @param after the other's
     * @param sink gets each record that changed
     * @return the counts of changed records by area
     */
    public RunDiff diff(long before, long after, ChangeSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        requireRun(before);
        requireRun(after);
        Map<String, Map<String, long[]>> tally = RunDiff.newTally();
        try {
            countRun(before, tally, RunDiff.RECORDS_BEFORE, RunDiff.CLEAN_BEFORE);
            countRun(after, tally, RunDiff.RECORDS_AFTER, RunDiff.CLEAN_AFTER);
            // Two index lookups per record (the primary key leads with run_id), not a join of two scans: the
            // earlier run's records against the later's, then the later run's records the earlier lacks.
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT * FROM (SELECT a.commune AS c, a.sheet AS s, a.plot AS p, a.lines, a.status, a.score,"
                    + " a.reasons, b.lines, b.status, b.score, b.reasons, a.seq AS sa, b.seq AS sb"
                    + " FROM records a LEFT JOIN records b ON b.run_id = ?2 AND b.commune = a.commune"
                    + " AND b.sheet = a.sheet AND b.plot = a.plot"
                    + " WHERE a.run_id = ?1 AND (b.status IS NULL OR a.status <> b.status OR a.reasons <> b.reasons)"
                    + " UNION ALL"
                    + " SELECT b.commune, b.sheet, b.plot, NULL, NULL, NULL, NULL, b.lines, b.status, b.score,"
                    + " b.reasons, NULL, b.seq FROM records b WHERE b.run_id = ?2 AND NOT EXISTS (SELECT 1 FROM"
                    + " records a WHERE a.run_id = ?1 AND a.commune = b.commune AND a.sheet = b.sheet"
                    + " AND a.plot = b.plot))"
                    + " ORDER BY c, length(s), s, length(p), p, sa, sb")) {
                p.setLong(1, before);
                p.setLong(2, after);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        RecordChange change = change(r);
                        long[] t = RunDiff.tally(tally, change.communeCode(), change.sheet());
                        t[slot(change.kind())]++;
                        if (change.kind() == RecordChange.Kind.BECAME_CLEAN
                                || change.kind() == RecordChange.Kind.REGRESSED) {
                            t[RunDiff.STATUS_CHANGED]++;
                        }
                        sink.accept(change);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot compare runs " + before + " and " + after, e);
        }
        return new RunDiff(OptionalLong.of(before), after, tally);
    }

    /** Closes the file; a recording not committed is rolled back. */
    @Override
    public void close() throws IOException {
        try {
            if (recording != null) {
                recording.close();
            }
            db.close();
        } catch (SQLException e) {
            throw failure("cannot be closed", e);
        }
    }

    Connection connection() {
        return db;
    }

    Instant now() {
        return clock.instant();
    }

    IOException failure(String what, SQLException e) {
        return new IOException(file + ": " + what + ": " + e.getMessage(), e);
    }

    private void requireRun(long id) throws IOException {
        if (run(id).isEmpty()) {
            List<RunEntry> all = runs();
            String held = all.isEmpty() ? "it holds no runs yet"
                    : "it holds runs " + all.get(0).id() + " to " + all.get(all.size() - 1).id();
            throw new IOException(file + ": no run " + id + "; " + held + " (parcelrecon history lists them)");
        }
    }

    private void countRun(long run, Map<String, Map<String, long[]>> tally, int records, int clean)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT commune, sheet, count(*), sum(status = 'CLEAN')"
                + " FROM records WHERE run_id = ? GROUP BY commune, sheet")) {
            p.setLong(1, run);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long[] t = RunDiff.tally(tally, r.getString(1), r.getString(2));
                    t[records] += r.getLong(3);
                    t[clean] += r.getLong(4);
                }
            }
        }
    }

    private static RecordChange change(ResultSet r) throws SQLException {
        Optional<RecordChange.Verdict> a = verdict(r, 4);
        Optional<RecordChange.Verdict> b = verdict(r, 8);
        RecordChange.Kind kind;
        if (a.isEmpty()) {
            kind = RecordChange.Kind.NEW;
        } else if (b.isEmpty()) {
            kind = RecordChange.Kind.VANISHED;
        } else {
            boolean wasClean = a.get().status().equals("CLEAN");
            boolean isClean = b.get().status().equals("CLEAN");
            kind = !wasClean && isClean ? RecordChange.Kind.BECAME_CLEAN
                    : wasClean && !isClean ? RecordChange.Kind.REGRESSED
                    : a.get().status().equals(b.get().status()) ? RecordChange.Kind.REASONS_CHANGED
                    : RecordChange.Kind.STATUS_MOVED;
        }
        return new RecordChange(kind, r.getString(1), r.getString(2), r.getString(3), a, b);
    }

    private static Optional<RecordChange.Verdict> verdict(ResultSet r, int from) throws SQLException {
        String status = r.getString(from + 1);
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordChange.Verdict(r.getString(from), status, r.getInt(from + 2),
                r.getString(from + 3)));
    }

    private static int slot(RecordChange.Kind kind) {
        return switch (kind) {
            case BECAME_CLEAN -> RunDiff.BECAME_CLEAN;
            case REGRESSED -> RunDiff.REGRESSED;
            case STATUS_MOVED -> RunDiff.STATUS_CHANGED;
            case REASONS_CHANGED -> RunDiff.REASONS_CHANGED;
            case NEW -> RunDiff.NEW;
            case VANISHED -> RunDiff.VANISHED;
        };
    }

    private List<RunEntry> query(String sql, OptionalLong id) throws IOException {
        List<RunEntry> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql);
             PreparedStatement in = db.prepareStatement("SELECT role, name, size, sha256 FROM inputs"
                     + " WHERE run_id = ? ORDER BY position")) {
            if (id.isPresent()) {
                p.setLong(1, id.getAsLong());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long run = r.getLong(1);
                    List<InputFile> inputs = new ArrayList<>();
                    in.setLong(1, run);
                    try (ResultSet f = in.executeQuery()) {
                        while (f.next()) {
                            inputs.add(new InputFile(f.getString(1), f.getString(2), f.getLong(3), f.getString(4)));
                        }
                    }
                    out.add(new RunEntry(run, Instant.parse(r.getString(2)), Instant.parse(r.getString(3)),
                            r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getString(8), r.getString(9),
                            inputs));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the runs", e);
        }
        return out;
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
        }
    }
}
