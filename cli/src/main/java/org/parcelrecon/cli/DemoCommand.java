package org.parcelrecon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileResult;
import org.parcelrecon.reconcile.ReconcileSettings;
import org.parcelrecon.reconcile.Reconciler;
import org.parcelrecon.reconcile.RunProgress;
import org.parcelrecon.reconcile.write.RunFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon demo}: reconciles the bundled sample register of Quảng Ninh (legacy-encoded names,
 * spreadsheet-damaged IDs, pre-merger commune codes, retired land-use codes) with the same run as
 * {@code parcelrecon reconcile}, register alone, and writes the results to a folder.
 */
@Command(name = "demo",
        description = {"Reconcile the bundled sample register.",
            "Writes records.csv, findings.csv, rejected.csv and summary.csv, as reconcile does.",
            "The sample register was written before the 1 July 2025 commune merger."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "demo/register.csv";
    static final LocalDate SAMPLE_DATE = LocalDate.of(2025, 6, 30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parcelrecon-demo",
            description = "Folder for the results (default: ${DEFAULT-VALUE}); created if absent.")
    Path out;

    @Override
    public Integer call() throws IOException {
        OutputFolder.prepare(out);
        // the sample holds ID numbers: it is read from a temporary copy, never written beside the results
        Path tmp = Files.createTempDirectory("parcelrecon-demo");
        Path register = tmp.resolve("register.csv");
        try {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IllegalStateException("the sample register is missing from the jar: " + SAMPLE);
                }
                Files.copy(in, register, StandardCopyOption.REPLACE_EXISTING);
            }
            ReconcileSettings settings = ReconcileSettings.defaults().withRegisterDate(SAMPLE_DATE)
                    .withIdDisclosure(IdDisclosure.MASKED);
            ReconcileResult result = Reconciler.of(settings).run(ReconcileInput.register(register), RunProgress.NONE);
            RunFiles.write(result, settings.idDisclosure(), out);
            ReconcileCommand.summarize("parcelrecon demo (bundled sample register, written before the 1 July 2025"
                    + " merger)", result, out, spec.commandLine().getOut());
        } finally {
            Files.deleteIfExists(register);
            Files.deleteIfExists(tmp);
        }
        return 0;
    }
}
