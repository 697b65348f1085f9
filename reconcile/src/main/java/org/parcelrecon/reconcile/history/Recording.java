package org.parcelrecon.reconcile.history;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.reconcile.decide.RecordResult;
import org.parcelrecon.reconcile.decide.RowResult;
import org.parcelrecon.reconcile.write.RunFiles;

/**
 * One run being recorded: a {@link CommuneSink} that keeps each commune's records (in the connection's temporary
 * storage, in batches) until {@link #commit} writes the run into the history in one transaction. Closing without
 * committing, or a failure, leaves the history as it was. Compose it with the run's files with
 * {@link CommuneSink#both}.
 *
 * <p>Not thread-safe; {@link org.parcelrecon.reconcile.Reconciler} calls a sink on one thread.
 */
public final class Recording implements CommuneSink, Closeable {
    private static final int BATCH = 10_000;

    private final RunHistory history;
    private final Connection db;
    private final PreparedStatement insert;
    private long seq;
    private int batched;
    private boolean closed;

    Recording(RunHistory history) throws SQLException {
        this.history = history;
        this.db = history.connection();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS pending(commune TEXT, sheet TEXT, plot TEXT, seq INTEGER,"
                    + " lines TEXT, status TEXT, score INTEGER, reasons TEXT)");
            s.execute("DELETE FROM temp.pending");
            this.insert = db.prepareStatement("INSERT INTO temp.pending VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            db.rollback();
            db.setAutoCommit(true);
            throw e;
        }
    }

    @Override
    public void accept(CommuneResult commune) throws IOException {
        check();
        try {
            for (RecordResult r : commune.records()) {
                insert.setString(1, r.key().communeCode());
                insert.setString(2, r.key().sheet());
                insert.setString(3, r.key().plot());
                insert.setLong(4, seq++);
                insert.setString(5, lines(r.rows()));
                insert.setString(6, r.status().name());
                insert.setInt(7, r.scored().score().value());
                insert.setString(8, RunFiles.codes(r.scored().findings()));
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
        } catch (SQLException e) {
            throw history.failure("cannot record commune " + commune.communeCode(), e);
        }
    }

    /**
     * Writes the run and its records into the history in one transaction, and ends this recording.
     *
     * @param info   what the run was (its inputs may be hashed while the run goes on)
     * @param result the run's result
     * @return the run's id
     * @throws IOException if the history cannot be written; it is then as it was
     */
    public long commit(RunInfo info, ReconcileResult result) throws IOException {
        check();
        java.util.Objects.requireNonNull(info, "info");
        java.util.Objects.requireNonNull(result, "result");
        try {
            if (batched > 0) {
                insert.executeBatch();
                batched = 0;
            }
            long id;
            try (PreparedStatement p = db.prepareStatement("INSERT INTO runs(started, finished, register_rows_read,"
                    + " rejected_rows, records, clean, rules, rules_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, info.started().toString());
                p.setString(2, history.now().toString());
                p.setLong(3, result.registerRowsRead());
                p.setLong(4, result.rejectedRegisterRows());
                p.setLong(5, result.province().records());
                p.setLong(6, result.province().count(Status.CLEAN));
                p.setString(7, info.rules());
                p.setString(8, info.rulesHash());
                p.executeUpdate();
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO inputs VALUES (?, ?, ?, ?, ?, ?)")) {
                List<InputFile> inputs = info.inputs();
                for (int i = 0; i < inputs.size(); i++) {
                    InputFile f = inputs.get(i);
                    p.setLong(1, id);
                    p.setInt(2, i);
                    p.setString(3, f.role());
                    p.setString(4, f.name());
                    p.setLong(5, f.size());
                    p.setString(6, f.sha256());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO records SELECT ?, commune, sheet, plot, seq,"
                    + " lines, status, score, reasons FROM temp.pending")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM temp.pending");
            }
            db.commit();
            end(false);
            return id;
        } catch (SQLException e) {
            IOException failure = history.failure("cannot record the run", e);
            try {
                end(true);
            } catch (SQLException again) {
                failure.addSuppressed(again);
            }
            throw failure;
        }
    }

    /** Ends the recording; if {@link #commit} did not run, nothing of the run reaches the history. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            end(true);
        } catch (SQLException e) {
            throw history.failure("cannot roll back an unfinished run", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void end(boolean rollback) throws SQLException {
        closed = true;
        try {
            insert.close();
            if (rollback) {
                db.rollback();
            }
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("this run's recording has ended");
        }
    }

    private static String lines(List<RowResult> rows) {
        if (rows.size() == 1) {
            return Long.toString(rows.get(0).line());
        }
        StringBuilder b = new StringBuilder();
        for (RowResult row : rows) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(row.line());
        }
        return b.toString();
    }
}
