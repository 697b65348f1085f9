package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcelrecon.testkit.generate.GenerationReport;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon generate}: a synthetic Quảng Ninh with ground truth: register, population, maps of two survey
 * periods and truth files, streamed to a folder.
 */
@Command(name = "generate",
        description = {"Generate a synthetic province with ground truth.",
            "register.csv, population.csv, map_old.geojson, map_new.geojson (VN-2000 / TM-3 107°45') and " +
            "truth_*.csv. Same seed, same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--parcels", defaultValue = "2000", description = "Parcels of the new map (default: ${DEFAULT-VALUE}).")
    long parcels;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: the number of processors); the output "
            + "does not depend on it.")
    Integer threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to (created).")
    Path out;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.defaults().withParcels(parcels).withSeed(seed);
            if (threads != null) {
                settings = settings.withThreads(threads);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        OutputFolder.prepare(out);
        PrintWriter err = spec.commandLine().getErr();
        long step = Math.max(1, parcels / 20);
        long[] nextReport = {step};
        GenerationReport report = ProvinceGenerator.of(settings).generate(out, p -> {
            if (p.parcelsDone() >= nextReport[0]) {
                err.printf("generate: %d of %d parcels (%d%%)%n", p.parcelsDone(), p.parcelsPlanned(),
                        100 * p.parcelsDone() / Math.max(1, p.parcelsPlanned()));
                err.flush();
                nextReport[0] = p.parcelsDone() + step;
            }
        });
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d sheets, %d new-map and %d old-map parcels, %d register rows, %d citizens%n",
                report.directory(), report.sheets(), report.newMapParcels(), report.oldMapParcels(),
                report.registerRows(), report.citizens());
        o.printf("  changes: %s%n  injected errors: %s%n", report.changes(), report.errors());
        o.flush();
        return 0;
    }
}
