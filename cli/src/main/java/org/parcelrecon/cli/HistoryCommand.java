package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcelrecon.reconcile.history.RunEntry;
import org.parcelrecon.reconcile.history.RunHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parcelrecon history}: the recorded runs, oldest first. */
@Command(name = "history",
        description = {"List the runs recorded in a run history, oldest first: run number, when it started, the "
            + "register file, its rows, the records and how many were clean, and the first 12 hex digits of the "
            + "rules' hash (equal hashes, same rules).",
            "Compare two with 'parcelrecon diff RUN_A RUN_B'."})
final class HistoryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HistoryOption history = new HistoryOption();

    @Override
    public Integer call() throws IOException {
        List<RunEntry> runs;
        try (RunHistory h = history.open()) {
            runs = h.runs();
        }
        PrintWriter w = spec.commandLine().getOut();
        if (runs.isEmpty()) {
            w.printf("no runs recorded in %s%n", history.file);
        } else {
            w.printf("%-5s %-20s %-24s %10s %10s %10s %8s  %s%n", "run", "started", "register", "rows", "records",
                    "clean", "share", "rules");
            for (RunEntry r : runs) {
                w.printf(Locale.ROOT, "%-5d %-20s %-24s %10d %10d %10d %7.2f%%  %s%n", r.id(),
                        r.started().truncatedTo(ChronoUnit.SECONDS),
                        r.registerFile(), r.registerRowsRead(), r.records(), r.clean(),
                        r.records() == 0 ? 100.0 : 100.0 * r.clean() / r.records(), r.rulesHash().substring(0, 12));
            }
        }
        w.flush();
        return 0;
    }
}
