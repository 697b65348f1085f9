package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.campaign.CampaignTally;
import org.parcelrecon.reconcile.history.DiffFiles;
import org.parcelrecon.reconcile.history.Recording;
import org.parcelrecon.reconcile.history.RunDiff;
import org.parcelrecon.reconcile.history.RunHistory;
import org.parcelrecon.reconcile.history.RunInfo;
import org.parcelrecon.reconcile.report.ReportRun;
import org.parcelrecon.reconcile.report.ReportSink;
import org.parcelrecon.reconcile.write.RunWriter;

/**
 * One reconcile run as {@code reconcile} and {@code demo} make it: the files, the campaign counts and the report fed
 * commune by commune, the run recorded in its history and compared with the run before it (diff.csv, the day-on-day
 * columns, the report's changes), the history's own cost printed on stderr. A history this run created and could not
 * record in is not left behind.
 */
final class RecordedRun {
    private static final Executor HASHING = r -> {
        Thread t = new Thread(r, "parcelrecon-hash-inputs");
        t.setDaemon(true);
        t.start();
    };

    private RecordedRun() {
    }

    /**
     * What a run gave.
     *
     * @param result the run's result
     * @param run    its id in the history
     * @param diff   the comparison with the run before it
     */
    record Outcome(ReconcileResult result, long run, RunDiff diff) {
    }

    /**
     * Runs, writes every file into {@code out} (which exists) and records the run in {@code historyFile}.
     *
     * @param rules the rule configuration file the settings came from, recorded in the history
     */
    static Outcome execute(ReconcileInput input, ReconcileSettings settings, Optional<Path> rules,
                           CampaignTally campaign, Path out, Path historyFile, RunProgress progress,
                           PrintWriter err) throws IOException {
        long start = System.nanoTime();
        boolean fresh = !Files.exists(historyFile);
        try (RunHistory runs = RunHistory.open(historyFile)) {
            long openNanos = System.nanoTime() - start;
            long[] hashNanos = {0};
            Instant started = Instant.now();
            CompletableFuture<RunInfo> info = CompletableFuture.supplyAsync(() -> {
                long t = System.nanoTime();
                try {
                    return RunInfo.describe(input, settings, rules, started);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    hashNanos[0] = System.nanoTime() - t;
                }
            }, HASHING);
            ReportSink report = new ReportSink();
            try (RunWriter files = RunWriter.open(out, settings.idDisclosure());
                 Recording recording = runs.start()) {
                long[] recordNanos = {0};
                CommuneSink timed = c -> {
                    long t = System.nanoTime();
                    recording.accept(c);
                    recordNanos[0] += System.nanoTime() - t;
                };
                ReconcileResult result = Reconciler.of(settings).run(input, progress,
                        CommuneSink.both(files, CommuneSink.both(timed, CommuneSink.both(campaign, report))));
                long t = System.nanoTime();
                RunInfo runInfo = joined(info);
                long waitNanos = System.nanoTime() - t;
                long run = recording.commit(runInfo, result);
                long commitNanos = System.nanoTime() - t - waitNanos;
                RunDiff diff = DiffFiles.writePrevious(runs, run, out, report.changes());
                long diffNanos = System.nanoTime() - t - waitNanos - commitNanos;
                files.finish(result, diff.then(campaign));
                long r = System.nanoTime();
                report.write(out.resolve(ReportSink.FILE), new ReportRun(result.registerSource() + ", run " + run,
                        Instant.now(), result, diff, campaign));
                long reportNanos = System.nanoTime() - r;
                long own = openNanos + recordNanos[0] + waitNanos + commitNanos + diffNanos;
                long total = System.nanoTime() - start;
                err.printf(Locale.ROOT, "reconcile: history: run %d recorded in %s: %.1f s of the run's %.1f s"
                        + " (%.1f %%): recording %.1f s, committing %.1f s, comparing %.1f s,"
                        + " waiting for the input hashes %.1f s"
                        + " (hashing took %.1f s beside the run); report.html written in %.1f s%n", run, historyFile,
                        own / 1e9, total / 1e9, 100.0 * own / total, recordNanos[0] / 1e9, commitNanos / 1e9,
                        diffNanos / 1e9, waitNanos / 1e9, hashNanos[0] / 1e9, reportNanos / 1e9);
                err.flush();
                return new Outcome(result, run, diff);
            }
        } catch (IOException | RuntimeException e) {
            if (fresh) { // a history this run created and could not record in is not left behind
                for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                    Files.deleteIfExists(historyFile.resolveSibling(historyFile.getFileName() + suffix));
                }
            }
            throw e;
        }
    }

    private static RunInfo joined(CompletableFuture<RunInfo> info) throws IOException {
        try {
            return info.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }
}
