package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.ComparisonDependence;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.LinkingIndex;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.decide.ClusterMethod;
import org.parcelrecon.matching.decide.PairGraph;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.core.input.RejectedRow;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.io.TableRead;
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
            "Give a model with --settings (JSON), or --preset vn-person (or vn-person-province) for Vietnamese land users " +
            "against citizens " +
            "(columns id, full_name, birth, citizen_id, commune, and old_id on the right if present; rename with " +
            "--left-columns/--right-columns). Writes left_id,right_id,match_probability," +
            "match_weight and one column per comparison's level."})
final class LinkCommand implements Callable<Integer> {
    @CommandLine.Mixin
    UnitsOption units = new UnitsOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--left", required = true, paramLabel = "CSV", description = "The left table (e.g. land users).")
    Path left;

    @Option(names = "--right", paramLabel = "CSV",
            description = "The right table (e.g. citizens); leave out to deduplicate the left table.")
    Path right;

    @Option(names = "--left-columns", split = ",", paramLabel = "NAME=COLUMN", description = {
        "Read the left table's columns under the names the model uses, e.g. " +
        "id=row_no,full_name=user_name,birth=birth_year,citizen_id=id_number,commune=commune_code.",
        "Only the columns named are kept; one CSV column may feed several names."})
    java.util.Map<String, String> leftColumns;

    @Option(names = "--right-columns", split = ",", paramLabel = "NAME=COLUMN", description = {
        "The same for the right table, e.g. id=citizen_id,full_name=full_name,birth=birth_date," +
        "citizen_id=citizen_id,old_id=old_id,commune=address (the commune is found in an address).",
        "With a preset, an address column in both tables (address=...) has its village or quarter compared."})
    java.util.Map<String, String> rightColumns;

    @Option(names = "--settings", paramLabel = "JSON", description = "The linkage model (settings or a trained model).")
    Path settings;

    @Option(names = "--preset", paramLabel = "NAME", description = {"A built-in model instead of --settings: vn-person, " +
        "or vn-person-province (names blocked within communes: for a whole province)."})
    String preset;

    @Option(names = "--train", description = {"Estimate m and u (and the prior) from the data first, without labels.",
        "Without it a --settings model scores with the m and u it holds; the presets hold documented defaults."})
    boolean train;

    @Option(names = "--one-match-per-left", description = {"Each left record is at most one right record (a land user " +
        "is one citizen): its candidates share one match, so two namesakes do not both pass the threshold.",
        "With --train it also learns the share of left records whose match is none of their candidates."})
    boolean oneMatchPerLeft;

    @Option(names = "--save-model", paramLabel = "JSON", description = "Write the (trained) model here.")
    Path saveModel;

    @Option(names = "--save-index", paramLabel = "FILE", description = {"Also save the linking index: the (trained) "
        + "model with the right table compiled, for 'parcelrecon lookup' to answer one record at a time.",
        "Needs --right; without --out, writes no pairs."})
    Path saveIndex;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for training's random pairs (default: 42).")
    long seed;

    @Option(names = "--min-probability", defaultValue = "0.01", paramLabel = "P",
            description = {"Write pairs from this match probability (default: ${DEFAULT-VALUE}).", "0 writes every "
                + "candidate pair: for blocking recall (pairs-completeness) against the truth."})
    double minProbability;

    @Option(names = "--out", paramLabel = "CSV", description = {"Where to write the scored pairs; "
        + "<name>_unmatched.csv and <name>_rejected.csv are written beside it (and <name>_clusters.csv with "
        + "--cluster). Not needed with --count-pairs or --explain."})
    Path out;

    @Option(names = "--cluster", paramLabel = "P", description = {"Also group the records into clusters (people) "
        + "at this match probability and write <name>_clusters.csv: table,id,cluster_id,cluster_size, a row per "
        + "record.", "Pairs below --min-probability count as 0."})
    Double cluster;

    @Option(names = "--cluster-method", paramLabel = "METHOD", defaultValue = "average",
            description = {"How pairs become clusters: average (default: two clusters join only while the mean "
                + "probability over all their pairs is at least P, so clusters do not chain) or components "
                + "(connected components of the pairs at or above P: one wrong link joins two people's clusters)."})
    String clusterMethod;

    @Option(names = "--count-pairs", description = {"Count the candidate pairs each blocking rule makes, alone and "
        + "added to the rules above it (each pair counted once), without scoring; writes nothing."})
    boolean countPairs;

    @Option(names = "--explain", arity = "2", paramLabel = "ID", description = {"Explain one pair: LEFT_ID RIGHT_ID "
        + "(two ids of the one table when deduplicating). Prints each comparison's level, its values, m, u and "
        + "weight, and the match probability, after --train if given; writes no pairs."})
    List<String> explain;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto", converter = EncodingOption.class,
            description = {"How the CSV files are encoded: auto (default: a byte-order mark, UTF-8, or a Vietnamese "
                + "code page detected), utf-8, utf-16, windows-1258, tcvn3 or vni."})
    TextFileEncoding encoding;

    @Option(names = "--show-ids", description = {"Write ids that are citizen ID numbers (9 to 12 digits) in full.",
        "By default they are masked (022*******34): personal data, Decree 13/2023. To keep a joinable key without "
        + "IDs, map id to a column that is not one (e.g. id=row_no)."})
    boolean showIds;

    @Override
    public Integer call() throws IOException {
        if (oneMatchPerLeft && right == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--one-match-per-left links two tables; leave it out to deduplicate");
        }
        ClusterMethod method = clusterMethod();
        if (saveIndex != null && right == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--save-index indexes the right table; give --right (deduplication has none)");
        }
        if (out == null && !countPairs && explain == null && saveIndex == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=CSV'"
                    + " (only --count-pairs, --explain and --save-index write no pairs)");
        }
        if (out != null && !countPairs && explain == null) {
            OutputFolder.file(out);
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "link");
        TableRead leftRead;
        TableRead rightRead = null;
        if (right == null) {
            leftRead = columns(left, leftColumns, "--left-columns");
            progress.done(String.format(Locale.ROOT, "read %s: %,d rows", left.getFileName(),
                    leftRead.table().size()));
        } else {
            // both files at once, one per core: on a province, reading is a third of the run
            CompletableFuture<TableRead> rightReading = CompletableFuture.supplyAsync(() -> {
                try {
                    return columns(right, rightColumns, "--right-columns");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            leftRead = columns(left, leftColumns, "--left-columns");
            rightRead = joined(rightReading);
            progress.done(String.format(Locale.ROOT, "read %s and %s: %,d and %,d rows", left.getFileName(),
                    right.getFileName(), leftRead.table().size(), rightRead.table().size()));
        }
        LinkageModel model = model(leftRead.table(), rightRead == null ? null : rightRead.table());
        // a repeated id would make two records one in pairs.csv: the later row is rejected, naming the first
        leftRead = leftRead.withUniqueIds(model.idColumn());
        requireLinkable(left, leftRead.table(), model, false, "--left-columns");
        if (rightRead != null) {
            rightRead = rightRead.withUniqueIds(model.idColumn());
            requireLinkable(right, rightRead.table(), model, true, "--right-columns");
        }
        Table l = leftRead.table();
        Table r = rightRead == null ? null : rightRead.table();
        // vn_commune reads communes through the administrative tables, so pre- and post-merger communes agree
        KeyFunctions functions = VietnamesePersonPreset.keyFunctions(
                AdministrativeCommunes.of(units.units()));
        Linker linker = right == null ? Linker.dedupe(model, l, functions)
                : Linker.link(model, l, r, functions);
        if (countPairs) {
            PairCounts.print(spec.commandLine().getOut(), linker);
            return 0;
        }
        progress.done(String.format(Locale.ROOT, "keys and blocking: %,d x %,d rows, %,d candidate pairs",
                linker.leftSize(), linker.rightSize(), linker.candidatePairCount()));
        if (train) {
            // one match per left record is also a training assumption: it learns the share of left records whose
            // match is none of their candidates, and m again with candidates competing for one match
            Linker trainer = oneMatchPerLeft && right != null ? linker.withOneMatchPerLeft() : linker;
            linker = linker.withModel(trainer.train(TrainingOptions.defaults().withSeed(seed)));
            progress.done("trained m and u (u from random pairs, m by EM) and the prior");
            warnAboutDependentComparisons(err, linker);
            progress.done("checked the trained comparisons for dependence");
        }
        if (saveModel != null) {
            linker.model().save(saveModel);
        }
        IdDisclosure ids = showIds ? IdDisclosure.FULL : IdDisclosure.MASKED;
        if (explain != null) {
            PairExplanation.print(spec.commandLine().getOut(), linker, explain.get(0), explain.get(1), ids,
                    oneMatchPerLeft);
            return 0;
        }
        if (oneMatchPerLeft) {
            linker = linker.withOneMatchPerLeft();
        }
        if (saveIndex != null) {
            saveIndex(linker, progress);
            if (out == null) {
                return 0;
            }
        }
        long written;
        BitSet leftPaired = new BitSet(linker.leftSize());
        BitSet rightPaired = new BitSet(linker.rightSize());
        boolean dedupe = right == null;
        PairGraph graph = cluster == null ? null : dedupe ? PairGraph.dedupe(linker.leftSize())
                : PairGraph.link(linker.leftSize(), linker.rightSize());
        written = PairsCsv.write(out, linker, linker.stream(minProbability,
                progress.tenths("scoring", linker.leftSize(), "left rows")).peek(p -> {
                    leftPaired.set(p.leftRow());
                    (dedupe ? leftPaired : rightPaired).set(p.rightRow());
                    if (graph != null) {
                        graph.add(p);
                    }
                }), ids);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d pairs with match probability >= %s written to %s%n", written, minProbability, out);
        if (graph != null) {
            ClusterFile.write(o, sibling(out, "_clusters.csv"), graph, method.cluster(graph, cluster), linker, ids,
                    method == ClusterMethod.AVERAGE_LINKAGE ? "average linkage" : "connected components", cluster);
        }
        Path unmatchedFile = sibling(out, "_unmatched.csv");
        Path rejectedFile = sibling(out, "_rejected.csv");
        try (CsvWriter unmatched = CsvWriter.create(unmatchedFile, List.of("file", "line", "id"));
             CsvWriter rejected = CsvWriter.create(rejectedFile, List.of("file", "line", "reason"))) {
            Linker scored = linker;
            account(o, leftRead, leftPaired, row -> ids.applyToKey(scored.leftId(row)), unmatched, rejected,
                    unmatchedFile, rejectedFile);
            if (rightRead != null) {
                account(o, rightRead, rightPaired, row -> ids.applyToKey(scored.rightId(row)), unmatched, rejected,
                        unmatchedFile, rejectedFile);
            }
        }
        o.flush();
        warnRejected(err, leftRead, rejectedFile);
        if (rightRead != null) {
            warnRejected(err, rightRead, rejectedFile);
        }
        return 0;
    }

    /** Compiles the right table into a {@link LinkingIndex} and saves it (replacing the file). */
    private void saveIndex(Linker linker, Progress progress) throws IOException {
        OutputFolder.file(saveIndex);
        LinkingIndex.of(linker).save(saveIndex);
        progress.done(String.format(Locale.ROOT, "linking index of %,d right records saved to %s (%,d bytes)%s",
                linker.rightSize(), saveIndex, java.nio.file.Files.size(saveIndex),
                oneMatchPerLeft ? ", one match per record" : ""));
    }

    /** The --cluster-method, checked with --cluster against --min-probability; null without --cluster. */
    private ClusterMethod clusterMethod() {
        ClusterMethod method = switch (clusterMethod) {
            case "average" -> ClusterMethod.AVERAGE_LINKAGE;
            case "components" -> ClusterMethod.CONNECTED_COMPONENTS;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--cluster-method '"
                    + clusterMethod + "' is not one; use average or components");
        };
        if (cluster == null) {
            return method;
        }
        if (!(cluster >= 0 && cluster <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cluster " + cluster
                    + " is not a probability; give one in [0, 1], e.g. --cluster 0.5");
        }
        if (cluster < minProbability) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cluster " + cluster + " is below"
                    + " --min-probability " + minProbability + ": the pairs in between are not kept; lower"
                    + " --min-probability");
        }
        return method;
    }

    /**
     * After training: a warning per pair of comparisons whose agreements go together far more than independent
     * evidence would (the trained weights add that evidence twice).
     */
    private void warnAboutDependentComparisons(PrintWriter err, Linker linker) {
        java.util.Set<List<String>> said = new java.util.HashSet<>();
        for (ComparisonDependence d : linker.comparisonDependence(TrainingOptions.defaults().randomPairs(), seed)) {
            if (d.isStrong() && said.add(List.of(d.first(), d.second()))) {
                err.printf("parcelrecon: warning: %s; their weights add one piece of evidence twice: drop one, or"
                        + " combine them into one comparison (matching/README.md, \"Correlated fields\")%n",
                        d.describe());
            }
        }
        err.flush();
    }

    /**
     * One table's rows accounted for: rows read = rows with a pair + rows without (listed in the unmatched file)
     * + rows rejected (listed in the rejected file with line and reason).
     */
    private void account(PrintWriter o, TableRead read, BitSet paired, java.util.function.IntFunction<String> id,
                         CsvWriter unmatched, CsvWriter rejected, Path unmatchedFile, Path rejectedFile)
            throws IOException {
        Table t = read.table();
        int without = 0;
        for (int row = 0; row < t.size(); row++) {
            if (!paired.get(row)) {
                without++;
                unmatched.row(read.source(), Long.toString(read.line(row)), id.apply(row));
            }
        }
        for (RejectedRow r : read.rejected()) {
            rejected.row(r.source(), Long.toString(r.line()), r.reason());
        }
        o.printf(Locale.ROOT, "  %s: %,d rows = %,d with a pair + %,d without (%s) + %,d rejected (%s)%n",
                read.source(), read.rowsRead(), t.size() - without, without, unmatchedFile.getFileName(),
                read.rejected().size(), rejectedFile.getFileName());
    }

    /** Warns of a table's reading warnings and rejected rows, naming the file that lists them. */
    static void warnRejected(PrintWriter err, TableRead read, Path rejectedFile) {
        for (String w : read.warnings()) {
            err.printf("parcelrecon: warning: %s: %s%n", read.source(), w);
        }
        if (!read.rejected().isEmpty()) {
            err.printf("parcelrecon: warning: %d rows of %s could not be read (first: line %d, %s); each is in %s"
                    + " with its line and reason%n", read.rejected().size(), read.source(),
                    read.rejected().get(0).line(), read.rejected().get(0).reason(), rejectedFile);
        }
        err.flush();
    }

    /** {@code dir/pairs.csv} with {@code _unmatched.csv} is {@code dir/pairs_unmatched.csv}. */
    static Path sibling(Path file, String suffix) {
        String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
        return file.resolveSibling(name + suffix);
    }

    /**
     * Stops before any work when a table cannot give a pair: it has no rows, or none of the columns the model
     * compares (a register read without {@code --left-columns} used to give 0 pairs and exit 0).
     */
    private static void requireLinkable(Path file, Table table, LinkageModel model, boolean rightSide, String option)
            throws IOException {
        if (table.size() == 0) {
            throw new IOException(file + ": no rows to link; give a CSV file with a header row and a row per record");
        }
        java.util.Set<String> compared = new java.util.TreeSet<>();
        for (Comparison c : model.comparisons()) {
            compared.add(c.column());
            for (ComparisonLevel level : c.levels()) {
                if (rightSide && !level.rightColumn().isEmpty()) {
                    compared.add(level.rightColumn());
                }
            }
        }
        for (String column : compared) {
            if (table.columnIndex(column).isPresent()) {
                return;
            }
        }
        throw new IOException(file + ": none of the columns the model compares " + compared + " is in the table"
                + " (its columns: " + table.columns() + "); name them with " + option + ", e.g. " + option
                + " id=row_no,full_name=user_name,birth=birth_year,citizen_id=id_number,commune=commune_code");
    }

    /** The table read on another thread, or the exception that reading it threw (usage errors stay usage errors). */
    private static TableRead joined(CompletableFuture<TableRead> read) throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The table, reading only the mapped columns when there is a mapping, with its rejected rows. */
    private TableRead columns(Path file, java.util.Map<String, String> mapping, String option) throws IOException {
        if (mapping == null || mapping.isEmpty()) {
            return TableCsv.readChecked(file, encoding);
        }
        try {
            return TableCsv.readChecked(file, mapping, encoding);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private LinkageModel model(Table leftTable, Table rightTable) throws IOException {
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
        if (rightTable.columnIndex("old_id").isPresent()) {
            columns = columns.withOldCitizenId("old_id");
        }
        if (leftTable.columnIndex("address").isPresent() && rightTable.columnIndex("address").isPresent()) {
            columns = columns.withAddress("address"); // the village tells namesakes of one commune apart
        }
        LinkageModel model = switch (preset) {
            case "vn-person" -> VietnamesePersonPreset.linkModel(columns);
            case "vn-person-province" -> VietnamesePersonPreset.linkModelForProvince(columns);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown preset '" + preset
                    + "'; the built-in presets are vn-person and vn-person-province");
        };
        // the preset's prior is a placeholder; untrained, expect each left record to be at most one right record
        return model.withProbabilityTwoRandomRecordsMatch(1.0 / Math.max(2, rightTable.size()));
    }
}
