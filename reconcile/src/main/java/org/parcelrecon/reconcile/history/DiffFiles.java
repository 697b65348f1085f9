package org.parcelrecon.reconcile.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.parcelrecon.core.csv.CsvWriter;

/**
 * Writes a comparison of two runs as {@value #DIFF}: one row per record that changed, in key order (commune, then
 * sheet and plot numbers), columns {@link #COLUMNS}. Through core's {@link CsvWriter}. The history holds no ID
 * numbers, so neither does the file.
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class DiffFiles {
    /** The file's name in an output folder. */
    public static final String DIFF = "diff.csv";
    /** {@value #DIFF}'s columns: what happened, the key, then each run's side (empty when not in that run). */
    public static final List<String> COLUMNS = List.of("change", "commune_code", "sheet", "plot", "lines_before",
            "lines_after", "status_before", "status_after", "score_before", "score_after", "reasons_before",
            "reasons_after", "new_reasons");

    private DiffFiles() {
    }

    /**
     * Compares run {@code before} with run {@code after} into {@code file}; returns the counts by area.
     *
     * @param history the run history
     * @param before the earlier run's id
     * @param after the later run's id
     * @param file the diff file to write
     * @return the counts of changed records by area
     * @throws IOException if the history cannot be read or the file written
     */
    public static RunDiff write(RunHistory history, long before, long after, Path file) throws IOException {
        return write(history, before, after, file, c -> { });
    }

    /**
     * Compares run {@code before} with run {@code after} into {@code file}, handing each change to {@code also} too
     * (e.g. a report's sample of them); returns the counts by area.
     *
     * @param history the run history
     * @param before the earlier run's id
     * @param after the later run's id
     * @param file the diff file to write
     * @param also receives each change too
     * @return the counts of changed records by area
     * @throws IOException if the history cannot be read or the file written
     */
    public static RunDiff write(RunHistory history, long before, long after, Path file, RunHistory.ChangeSink also)
            throws IOException {
        try (CsvWriter csv = CsvWriter.create(file, COLUMNS)) {
            return history.diff(before, after, c -> {
                also.accept(c);
                csv.row(c.kind().name(), c.communeCode(), c.sheet(), c.plot(),
                        c.before().map(RecordChange.Verdict::lines).orElse(""),
                        c.after().map(RecordChange.Verdict::lines).orElse(""),
                        c.before().map(RecordChange.Verdict::status).orElse(""),
                        c.after().map(RecordChange.Verdict::status).orElse(""),
                        c.before().map(v -> Integer.toString(v.score())).orElse(""),
                        c.after().map(v -> Integer.toString(v.score())).orElse(""),
                        c.before().map(RecordChange.Verdict::reasons).orElse(""),
                        c.after().map(RecordChange.Verdict::reasons).orElse(""),
                        String.join(";", c.newReasons()));
            });
        }
    }

    /**
     * Compares run {@code run} with the run recorded before it into {@code dir}/{@value #DIFF}; for a first run the
     * file has its header only and the counts are {@link RunDiff#firstRun}'s.
     *
     * @param history the run history
     * @param run the run's id
     * @param dir the run's output folder
     * @return the counts of changed records by area
     * @throws IOException if the history cannot be read or the file written
     */
    public static RunDiff writePrevious(RunHistory history, long run, Path dir) throws IOException {
        return writePrevious(history, run, dir, c -> { });
    }

    /**
     * As {@link #writePrevious(RunHistory, long, Path)}, handing each change to {@code also} too.
     *
     * @param history the run history
     * @param run the run's id
     * @param dir the run's output folder
     * @param also receives each change too
     * @return the counts of changed records by area
     * @throws IOException if the history cannot be read or the file written
     */
    public static RunDiff writePrevious(RunHistory history, long run, Path dir, RunHistory.ChangeSink also)
            throws IOException {
        OptionalLong previous = history.previous(run);
        Path file = dir.resolve(DIFF);
        if (previous.isEmpty()) {
            CsvWriter.create(file, COLUMNS).close();
            return RunDiff.firstRun(run);
        }
        return write(history, previous.getAsLong(), run, file, also);
    }
}
