package org.parcelrecon.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.score.Status;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.SummaryRow;
import org.parcelrecon.reconcile.eval.GeneratedTruthCheck;
import org.parcelrecon.reconcile.write.RunWriter;

/**
 * The province-scale reconcile run: the whole job on a folder {@code parcelrecon generate} wrote (register, both
 * surveys, population), with the output files written as the command writes them, measured phase by phase; then,
 * outside that time, the verdicts scored against the generator's truth ({@link GeneratedTruthCheck}).
 *
 * <p>Prints each phase's wall time, the whole run's wall time, the peak live heap (the largest heap occupancy right
 * after a garbage collection) and peak resident memory.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.parcelrecon.benchmarks.scale.ProvinceReconcileRun DIR [OUT]} (OUT defaults to {@code DIR/reconciled}).
 */
public final class ProvinceReconcileRun {
    private ProvinceReconcileRun() {
    }

    /** Runs; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ProvinceReconcileRun DIR [OUT]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = args.length > 1 ? Path.of(args[1]) : dir.resolve("reconciled");
        RunMeasures.start();
        ReconcileInput input = ReconcileInput.register(dir.resolve("register.csv"))
                .withMap(dir.resolve("map_new.geojson")).withOldMap(dir.resolve("map_old.geojson"))
                .withPopulation(dir.resolve("population.csv"));
        GeneratedTruthCheck.Collector truth = GeneratedTruthCheck.collector(dir);
        long start = System.nanoTime();
        ReconcileResult result;
        try (RunWriter files = RunWriter.open(out, IdDisclosure.MASKED)) {
            result = Reconciler.of(ReconcileSettings.defaults()).run(input, new RunProgress() {
                @Override
                public void finished(String phase, String detail, long millis) {
                    System.out.printf(Locale.ROOT, "  %-20s %8.1f s   %s%n", phase, millis / 1000.0, detail);
                }
            }, commune -> {
                files.accept(commune);
                truth.accept(commune);
            });
            files.finish(result);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SummaryRow p = result.province();
        System.out.printf(Locale.ROOT, "reconcile: %.1f s wall; peak live heap %,d MB; peak RSS %s; %d processors%n",
                seconds, RunMeasures.peakLiveHeap() >> 20, RunMeasures.peakRss(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  %,d register rows (%,d rejected), %,d records: clean %,d, review %,d,"
                + " conflict %,d, incomplete %,d%n", result.registerRowsRead(), result.rejectedRegisterRows(),
                p.records(), p.count(Status.CLEAN), p.count(Status.REVIEW), p.count(Status.CONFLICT),
                p.count(Status.INCOMPLETE));
        System.out.println("against the generator's truth (not part of the run):");
        System.out.print(truth.score(dir).toText().indent(2));
    }
}
