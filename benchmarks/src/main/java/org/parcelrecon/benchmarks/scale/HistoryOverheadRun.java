package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.reconcile.CommuneSink;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.history.DiffFiles;
import org.parcelrecon.reconcile.history.Recording;
import org.parcelrecon.reconcile.history.RunDiff;
import org.parcelrecon.reconcile.history.RunHistory;
import org.parcelrecon.reconcile.history.RunInfo;
import org.parcelrecon.reconcile.write.RunWriter;

/**
 * What the run history costs a whole run: the reconcile run of a generated province (register, both maps,
 * population) without a history and with one (recording, commit, comparison with the run before, input hashes),
 * alternated, wall time each, then the medians and their difference as a share of the run without.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.parcelrecon.benchmarks.scale.HistoryOverheadRun DIR [ROUNDS]} on a folder {@code parcelrecon generate} wrote;
 * each round is one run without and one with, the order alternating from round to round so that warming up favours
 * neither (default 4 rounds). The history's first run compares with nothing, so one warm-up run with the history
 * comes first and is not counted. On a machine shared with other work, differences of a few seconds are noise: read
 * the rounds, not only the medians.
 */
public final class HistoryOverheadRun {
    private HistoryOverheadRun() {
    }

    /** Runs; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: HistoryOverheadRun DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ReconcileInput input = ReconcileInput.register(dir.resolve("register.csv"))
                .withMap(dir.resolve("map_new.geojson")).withOldMap(dir.resolve("map_old.geojson"))
                .withPopulation(dir.resolve("population.csv"));
        ReconcileSettings settings = ReconcileSettings.defaults();
        Path out = Files.createTempDirectory("history-overhead");
        Path historyFile = out.resolve(RunHistory.DEFAULT_FILE);
        System.out.printf(Locale.ROOT, "warm-up with history: %.1f s%n", run(input, settings, out, historyFile) / 1e9);
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                without.add(run(input, settings, out, null));
                with.add(run(input, settings, out, historyFile));
            } else {
                with.add(run(input, settings, out, historyFile));
                without.add(run(input, settings, out, null));
            }
            System.out.printf(Locale.ROOT, "round %d: without %.1f s, with %.1f s%n", i + 1,
                    without.get(i) / 1e9, with.get(i) / 1e9);
        }
        double a = median(without);
        double b = median(with);
        System.out.printf(Locale.ROOT, "median without %.1f s, with %.1f s: the history costs %.1f s, %.1f %% of the"
                + " run%n", a / 1e9, b / 1e9, (b - a) / 1e9, 100 * (b - a) / a);
    }

    private static long run(ReconcileInput input, ReconcileSettings settings, Path out, Path historyFile)
            throws IOException {
        long start = System.nanoTime();
        Reconciler reconciler = Reconciler.of(settings);
        if (historyFile == null) {
            try (RunWriter files = RunWriter.open(out, IdDisclosure.MASKED)) {
                ReconcileResult result = reconciler.run(input, RunProgress.NONE, files);
                files.finish(result);
            }
            return System.nanoTime() - start;
        }
        try (RunHistory history = RunHistory.open(historyFile);
             RunWriter files = RunWriter.open(out, IdDisclosure.MASKED);
             Recording recording = history.start()) {
            RunInfo info = RunInfo.describe(input, settings, Optional.empty(), Instant.now());
            ReconcileResult result = reconciler.run(input, RunProgress.NONE, CommuneSink.both(files, recording));
            long run = recording.commit(info, result);
            RunDiff diff = DiffFiles.writePrevious(history, run, out);
            files.finish(result, diff);
        }
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
