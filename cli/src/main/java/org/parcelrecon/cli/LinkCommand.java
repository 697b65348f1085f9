package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon link}: probabilistic record linkage of two CSV files (Fellegi-Sunter, trained without labels).
 */
@Command(name = "link",
        description = {"Link two CSV tables of people (or deduplicate one).",
            "Blocking, comparison levels, Fellegi-Sunter weights.",
            "Give a model with --settings (JSON), or --preset vn-person for Vietnamese land users against citizens",
            "(columns id, full_name, birth, citizen_id, commune). Writes left_id,right_id,match_probability,",
            "match_weight and one column per comparison's level."})
final class LinkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--left", required = true, paramLabel = "CSV", description = "The left table (e.g. land users).")
    Path left;

    @Option(names = "--right", paramLabel = "CSV",
            description = "The right table (e.g. citizens); leave out to deduplicate the left table.")
    Path right;

    @Option(names = "--settings", paramLabel = "JSON", description = "The linkage model (settings or a trained model).")
    Path settings;

    @Option(names = "--preset", paramLabel = "NAME", description = {"A built-in model instead of --settings: vn-person,",
        "or vn-person-province (names blocked within communes: for a whole province)."})
    String preset;

    @Option(names = "--train", description = {"Estimate m and u (and the prior) from the data first, without labels.",
        "Needed unless --settings is a model trained before: an untrained model's probabilities are its prior."})
    boolean train;

    @Option(names = "--save-model", paramLabel = "JSON", description = "Write the (trained) model here.")
    Path saveModel;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for training's random pairs (default: 42).")
    long seed;

    @Option(names = "--min-probability", defaultValue = "0.01", paramLabel = "P",
            description = "Write pairs from this match probability (default: ${DEFAULT-VALUE}).")
    double minProbability;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Where to write the scored pairs.")
    Path out;

    @Override
    public Integer call() throws IOException {
        LinkageModel model = model();
        Table l = TableCsv.read(left);
        // vn_commune reads communes through the administrative tables, so pre- and post-merger communes agree
        KeyFunctions functions = VietnamesePersonPreset.keyFunctions(
                AdministrativeCommunes.of(AdministrativeUnits.quangNinh()));
        Linker linker = right == null ? Linker.dedupe(model, l, functions)
                : Linker.link(model, l, TableCsv.read(right), functions);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("parcelrecon link: %d x %d rows, %d candidate pairs after blocking%n", linker.leftSize(),
                linker.rightSize(), linker.candidatePairCount());
        err.flush();
        if (train) {
            linker = linker.withModel(linker.train(TrainingOptions.defaults().withSeed(seed)));
        }
        if (saveModel != null) {
            linker.model().save(saveModel);
        }
        long written;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            written = PairsCsv.write(w, linker, linker.stream(minProbability));
        }
        spec.commandLine().getOut().printf("%d pairs with match probability >= %s written to %s%n", written,
                minProbability, out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private LinkageModel model() throws IOException {
        if ((settings == null) == (preset == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --settings and --preset");
        }
        if (settings != null) {
            return LinkageModel.load(settings);
        }
        VietnamesePersonPreset.Columns columns = VietnamesePersonPreset.Columns.defaults();
        if (right == null) {
            return VietnamesePersonPreset.dedupeModel(columns);
        }
        return switch (preset) {
            case "vn-person" -> VietnamesePersonPreset.linkModel(columns);
            case "vn-person-province" -> VietnamesePersonPreset.linkModelForProvince(columns);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown preset '" + preset
                    + "'; the built-in presets are vn-person and vn-person-province");
        };
    }
}
