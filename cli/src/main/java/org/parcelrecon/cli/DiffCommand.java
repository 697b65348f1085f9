package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcelrecon.reconcile.history.DiffFiles;
import org.parcelrecon.reconcile.history.RunDiff;
import org.parcelrecon.reconcile.history.RunHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parcelrecon diff RUN_A RUN_B}: two recorded runs compared record by record. */
@Command(name = "diff",
        description = {"Compare two runs of a run history record by record (run numbers as 'parcelrecon history' "
            + "lists them): writes diff.csv (one row per record that became clean, regressed, moved status, changed "
            + "reasons, appeared or vanished) and prints the counts for the province and each commune that changed."})
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The earlier run.")
    long before;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The later run.")
    long after;

    @CommandLine.Mixin
    HistoryOption history = new HistoryOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "diff-out",
            description = "Folder for diff.csv (default: ${DEFAULT-VALUE}); created if absent.")
    Path out;

    @Override
    public Integer call() throws IOException {
        RunDiff diff;
        try (RunHistory h = history.open()) {
            OutputFolder.prepare(out);
            diff = DiffFiles.write(h, before, after, out.resolve(DiffFiles.DIFF));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("parcelrecon diff: run %d to run %d in %s%n", before, after, history.file);
        w.printf("%-8s %10s %10s %12s %10s %8s %9s %14s%n", "commune", "clean", "clean now", "became clean",
                "regressed", "new", "vanished", "status changed");
        print(w, "province", diff.province());
        for (String commune : diff.communes()) {
            RunDiff.Counts c = diff.commune(commune);
            if (c.changed() > 0) {
                print(w, commune, c);
            }
        }
        w.printf("  each changed record in %s%n", out.resolve(DiffFiles.DIFF).toAbsolutePath());
        w.flush();
        return 0;
    }

    private static void print(PrintWriter w, String area, RunDiff.Counts c) {
        w.printf(Locale.ROOT, "%-8s %,10d %,10d %,12d %,10d %,8d %,9d %,14d%n", area, c.cleanBefore(), c.cleanAfter(),
                c.becameClean(), c.regressed(), c.appeared(), c.vanished(), c.statusChanged());
    }
}
