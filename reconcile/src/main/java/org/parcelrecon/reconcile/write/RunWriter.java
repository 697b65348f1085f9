package org.parcelrecon.reconcile.write;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.geometry.crs.Crs;
import org.parcelrecon.geometry.io.GeoJsonOutput;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.decide.CommuneResult;

/**
 * Writes a run's files commune by commune as the verdicts come ({@link RunFiles} lists the files and columns):
 * records, findings and flagged parcels as each commune arrives ({@link #accept}), rejected rows and the summary at
 * the end ({@link #finish}). A {@link CommuneSink}, so a province run never holds its records.
 * <pre>{@code
 * try (RunWriter out = RunWriter.open(Path.of("out"), IdDisclosure.MASKED)) {
 *     ReconcileResult result = reconciler.run(input, progress, out);
 *     out.finish(result);
 * }
 * }</pre>
 * Not thread-safe: one run, one thread.
 */
public final class RunWriter implements CommuneSink, Closeable {
    private final Path dir;
    private final IdDisclosure disclosure;
    private final CsvWriter records;
    private final CsvWriter findings;
    private OutputStream flaggedStream;
    private GeoJsonOutput flagged;
    private boolean finished;
    private boolean closed;

    private RunWriter(Path dir, IdDisclosure disclosure, CsvWriter records, CsvWriter findings) {
        this.dir = dir;
        this.disclosure = disclosure;
        this.records = records;
        this.findings = findings;
    }

    /**
     * Opens the files in {@code dir} (created if absent), replacing files of the same names.
     *
     * @param dir the output folder
     * @param disclosure whether ID numbers are written in full or masked
     * @return a writer to hand communes to
     * @throws IOException if a file cannot be created
     */
    public static RunWriter open(Path dir, IdDisclosure disclosure) throws IOException {
        Files.createDirectories(dir);
        CsvWriter records = CsvWriter.create(dir.resolve(RunFiles.RECORDS), RunFiles.RECORD_COLUMNS);
        try {
            CsvWriter findings = CsvWriter.create(dir.resolve(RunFiles.FINDINGS), RunFiles.FINDING_COLUMNS);
            return new RunWriter(dir, disclosure, records, findings);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    @Override
    public void accept(CommuneResult commune) throws IOException {
        RunFiles.records(commune, disclosure, records);
        RunFiles.findings(commune, findings);
        if (!commune.features().isEmpty()) {
            if (flagged == null) {
                openFlagged(commune.crs());
            }
            RunFiles.flagged(commune, flagged);
        }
    }

    /** Opens flagged.geojson in the map's CRS, at the first commune with map parcels. */
    private void openFlagged(Optional<Crs> crs) throws IOException {
        flaggedStream = new BufferedOutputStream(Files.newOutputStream(dir.resolve(RunFiles.FLAGGED)), 1 << 16);
        flagged = new GeoJsonOutput(flaggedStream, crs);
    }

    /**
     * Writes the rejected rows and the summary, and closes every file.
     *
     * @param result the run's result: counts, summary and rejected rows
     * @throws IOException if a file cannot be written
     */
    public void finish(ReconcileResult result) throws IOException {
        finish(result, SummaryColumns.NONE);
    }

    /**
     * Writes the rejected rows and the summary with {@code extra} columns appended to its own (e.g. the day-on-day
     * columns of a comparison with the previous run), and closes every file.
     *
     * @param result the run's result: counts, summary and rejected rows
     * @param extra columns to append to the summary's
     * @throws IOException if a file cannot be written
     */
    public void finish(ReconcileResult result, SummaryColumns extra) throws IOException {
        RunFiles.writeRejected(result, dir.resolve(RunFiles.REJECTED));
        RunFiles.writeSummary(result.summary(), dir.resolve(RunFiles.SUMMARY), extra);
        finished = true;
        close();
    }

    /** Closes the files; without {@link #finish} first, the run's files are incomplete. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (records; findings) {
            if (flagged == null && finished) {
                openFlagged(Optional.empty()); // a run without a map: an empty collection
            }
            if (flagged != null) {
                flagged.close();
                flaggedStream.close();
                flagged = null;
            }
        }
    }
}
