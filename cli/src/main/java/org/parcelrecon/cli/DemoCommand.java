package org.parcelrecon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.campaign.CampaignProfile;
import org.parcelrecon.reconcile.campaign.CampaignTally;
import org.parcelrecon.reconcile.history.RunHistory;
import org.parcelrecon.reconcile.report.ReportSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon demo}: reconciles the bundled sample register of Quảng Ninh (legacy-encoded names,
 * spreadsheet-damaged IDs, pre-merger commune codes, retired land-use codes) on two days with the same run as
 * {@code parcelrecon reconcile}, register alone: day 1 as bundled, day 2 after an office fixed some rows and
 * damaged one, both recorded in one run history, so day 2's report shows what changed.
 */
@Command(name = "demo",
        description = {"Reconcile the bundled sample register on two days.",
            "Day 1 is the sample as bundled; on day 2 some rows were fixed and one clean row was damaged. Each day "
                + "writes what reconcile writes (records.csv, findings.csv, rejected.csv, summary.csv, diff.csv, "
                + "report.html) into its own folder, day-1 and day-2, and both are recorded in one run history.",
            "The sample register was written before the 1 July 2025 commune merger."})
final class DemoCommand implements Callable<Integer> {
    /** The bundled registers, one per day. */
    static final List<String> DAYS = List.of("demo/register.csv", "demo/register-day2.csv");
    static final LocalDate SAMPLE_DATE = LocalDate.of(2025, 6, 30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parcelrecon-demo",
            description = "Folder for the results (default: ${DEFAULT-VALUE}); created if absent.")
    Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.prepare(out);
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path historyFile = out.resolve(RunHistory.DEFAULT_FILE);
        // a history left by an earlier demo would make day 1 a comparison with that demo's day 2
        Files.deleteIfExists(historyFile);
        ReconcileSettings settings = ReconcileSettings.defaults().withRegisterDate(SAMPLE_DATE)
                .withIdDisclosure(IdDisclosure.MASKED);
        // the sample holds ID numbers: it is read from a temporary copy, never written beside the results
        Path tmp = Files.createTempDirectory("parcelrecon-demo");
        Path register = tmp.resolve("register.csv");
        try {
            for (int day = 1; day <= DAYS.size(); day++) {
                copy(DAYS.get(day - 1), register);
                Path dayOut = OutputFolder.prepare(out.resolve("day-" + day));
                RecordedRun.Outcome done = RecordedRun.execute(ReconcileInput.register(register), settings,
                        Optional.empty(), new CampaignTally(CampaignProfile.defaults()), dayOut, historyFile,
                        RunProgress.NONE, err);
                ReconcileCommand.summarize("parcelrecon demo, day " + day + (day == 1 ? " (bundled sample register,"
                        + " written before the 1 July 2025 merger)" : " (some rows fixed, one damaged)"),
                        done.result(), dayOut, w);
                ReconcileCommand.dayOnDay(done.run(), done.diff(), historyFile, dayOut, w);
            }
            w.printf("%nOpen the report of day 2 in a browser: %s%n",
                    out.resolve("day-" + DAYS.size()).resolve(ReportSink.FILE).toAbsolutePath());
            w.flush();
        } finally {
            Files.deleteIfExists(register);
            Files.deleteIfExists(tmp);
        }
        return 0;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample register is missing from the jar: " + resource);
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
