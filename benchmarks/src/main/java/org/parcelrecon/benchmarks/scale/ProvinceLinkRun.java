package org.parcelrecon.benchmarks.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.name.PersonNames;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.decide.Decisions;
import org.parcelrecon.matching.eval.BlockingQuality;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.keys.KeyFunctions;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;

/**
 * The province-scale linking run: land users of a generated register against its population, measured phase by
 * phase. Reads the folder {@code parcelrecon generate} writes, with no hand editing:
 * <ul>
 *   <li>users: {@code register.csv} read as {@code id=row_no, full_name=user_name, birth=birth_year,
 *       citizen_id=id_number, commune=commune_code}, without the rows whose name cell core's
 *       {@link PersonNames} reads as an organisation ({@code Công ty …}, {@code UBND xã …}): organisations hold
 *       land but are not in the population registry, and a land office drops them the same way;</li>
 *   <li>citizens: {@code population.csv} read as {@code id=citizen_id, full_name, birth=birth_date, citizen_id,
 *       old_id, commune=address} (the commune is found in the address by {@code vn_commune});</li>
 *   <li>truth: {@code truth_register.csv} rows of {@code user_kind} {@code PERSON} whose {@code true_citizen_id} is
 *       in the population ({@code in_population}).</li>
 * </ul>
 * Prints wall time per phase of linking (reading, keys and blocks, training, scoring) with its peak heap and
 * resident memory, then, outside that time, the trained weights, candidate pairs (per rule with {@code --rules}),
 * pairs-completeness, and precision, recall and F1 of the pairs at or above 0.5 (as {@code parcelrecon evaluate}
 * counts them). Peak heap is the largest heap occupancy after a garbage collection (the live data).
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.parcelrecon.benchmarks.scale.ProvinceLinkRun DIR [--preset vn-person|vn-person-province] [--no-train]
 * [--rules] [--independent-pairs] [--out pairs.csv] [--min-probability P] [--misses] [--no-address]
 * [--no-one-match-training]}. The addresses of both files are compared (their village or quarter) unless
 * {@code --no-address}; {@code --no-one-match-training} trains as if land users could match several citizens (no
 * share of land users matched by none of their candidates: the odds of "none" are taken as 1), as before. {@code --misses} also
 * classes the missed true pairs and the false links (land users not in the population apart). Each land user is taken to be at most
 * one citizen ({@link Linker#withOneMatchPerLeft()}) unless {@code --independent-pairs}.
 */
public final class ProvinceLinkRun {
    private ProvinceLinkRun() {
    }

    /** The users' columns in {@code register.csv}. */
    public static final Map<String, String> USER_COLUMNS = Map.of("id", "row_no", "full_name", "user_name", "birth",
            "birth_year", "citizen_id", "id_number", "commune", "commune_code", "address", "address");

    /** The citizens' columns in {@code population.csv}. */
    public static final Map<String, String> CITIZEN_COLUMNS = Map.of("id", "citizen_id", "full_name", "full_name",
            "birth", "birth_date", "citizen_id", "citizen_id", "old_id", "old_id", "commune", "address", "address",
            "address");

    /** Runs; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ProvinceLinkRun DIR [--preset vn-person|vn-person-province] [--no-train]"
                    + " [--rules] [--independent-pairs] [--out pairs.csv] [--min-probability P] [--misses] [--no-address] [--no-one-match-training]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String preset = "vn-person";
        boolean train = true;
        boolean rules = false;
        boolean oneMatch = true;
        boolean misses = false;
        boolean withAddress = true;
        boolean oneMatchTraining = true;
        Path out = null;
        double minProbability = 0.5;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--preset" -> preset = args[++i];
                case "--no-train" -> train = false;
                case "--no-address" -> withAddress = false;
                case "--no-one-match-training" -> oneMatchTraining = false;
                case "--rules" -> rules = true;
                case "--misses" -> {
                    misses = true;
                    minProbability = Math.min(minProbability, 0.01);
                }
                case "--independent-pairs" -> oneMatch = false;
                case "--out" -> out = Path.of(args[++i]);
                case "--min-probability" -> minProbability = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        RunMeasures.start();
        long t0 = System.nanoTime();
        long t = t0;
        // the two files at once, one per core, each reading only the columns it needs
        CompletableFuture<Table> registerRead = CompletableFuture.supplyAsync(() -> read(dir.resolve("register.csv"),
                USER_COLUMNS.values()));
        Table citizens = TableCsv.read(dir.resolve("population.csv"), CITIZEN_COLUMNS);
        Table register = registerRead.join();
        Table users = users(register);
        t = phase("read tables (and drop organisations)", t);
        System.out.printf(Locale.ROOT, "  %d register rows, %d land users (organisations dropped), %d citizens%n",
                register.size(), users.size(), citizens.size());
        register = null;

        VietnamesePersonPreset.Columns columns = VietnamesePersonPreset.Columns.defaults().withOldCitizenId("old_id");
        if (withAddress) {
            columns = columns.withAddress("address");
        }
        LinkageModel model = preset.equals("vn-person-province") ? VietnamesePersonPreset.linkModelForProvince(columns)
                : VietnamesePersonPreset.linkModel(columns);
        // untrained: each land user is at most one citizen
        model = model.withProbabilityTwoRandomRecordsMatch(1.0 / citizens.size());
        KeyFunctions functions = VietnamesePersonPreset.keyFunctions(
                AdministrativeCommunes.of(AdministrativeUnits.quangNinh()));
        Linker linker = Linker.link(model, users, citizens, functions);
        t = phase("derive keys and block (" + preset + ")", t);
        if (train) {
            Linker trainer = oneMatch && oneMatchTraining ? linker.withOneMatchPerLeft() : linker;
            linker = linker.withModel(trainer.train(TrainingOptions.defaults()));
            t = phase("train (u, m by EM, prior)", t);
        }
        if (oneMatch) {
            linker = linker.withOneMatchPerLeft();
        }
        List<ScoredPair> pairs = new ArrayList<>();
        if (out != null) {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                PairsCsv.write(w, linker, linker.stream(minProbability).peek(pairs::add));
            }
        } else {
            linker.stream(minProbability).forEach(pairs::add);
        }
        t = phase("score, keep pairs with p >= " + minProbability + (out == null ? "" : ", write them"), t);
        double linking = (t - t0) / 1e9;
        long linkingHeap = peakHeap();
        String linkingRss = RunMeasures.peakRss();
        System.out.printf(Locale.ROOT, "linking: %.1f s; peak live heap (after GC) %s; peak RSS %s; %d processors%n", linking,
                mb(linkingHeap), linkingRss, Runtime.getRuntime().availableProcessors());

        System.out.println("evaluation (not part of linking):");
        if (train) {
            for (Comparison c : linker.model().comparisons()) {
                StringBuilder b = new StringBuilder("  ").append(c.name()).append(':');
                c.levels().stream().filter(l -> !l.isNull()).forEach(l -> b.append(String.format(Locale.ROOT,
                        " [%s m=%.3g u=%.3g w=%.2f]", l.label(), l.m(), l.u(), l.matchWeight())));
                System.out.println(b);
            }
            System.out.printf(Locale.ROOT, "  prior %.3g, share of land users matched by none of their candidates %.4g%n",
                    linker.model().probabilityTwoRandomRecordsMatch(),
                    linker.model().probabilityMatchNotAmongCandidates());
        }
        TruthPairs truth = truth(dir.resolve("truth_register.csv"));
        t = phase("read truth", t);
        System.out.printf(Locale.ROOT, "  %d true pairs%n", truth.size());
        BlockingQuality blocking = BlockingQuality.of(linker, truth);
        System.out.println("  " + blocking);
        if (rules) {
            List<Linker.RuleCount> counts = linker.blockingRuleCounts();
            long[] found = new long[counts.size()];
            long[] only = new long[counts.size()];
            for (List<String> pair : truth.pairs()) {
                OptionalInt l = linker.leftRow(pair.get(0));
                OptionalInt r = linker.rightRow(pair.get(1));
                if (l.isPresent() && r.isPresent()) {
                    List<Integer> by = linker.rulesPairing(l.getAsInt(), r.getAsInt());
                    by.forEach(i -> found[i]++);
                    if (by.size() == 1) {
                        only[by.get(0)]++;
                    }
                }
            }
            System.out.println("  rule | pairs alone | pairs added to the rules above | true pairs | true pairs only"
                    + " it finds | largest block");
            for (int i = 0; i < counts.size(); i++) {
                Linker.RuleCount rc = counts.get(i);
                System.out.printf(Locale.ROOT, "  %s | %,d | %,d | %,d | %,d | %,d%n", rc.rule(), rc.pairs(),
                        rc.newPairs(), found[i], only[i], rc.largestBlock());
            }
        }
        t = phase("count candidates and true pairs among them", t);
        report("pairs at p >= 0.5", pairs, 0.5, truth);
        if (misses) {
            MissedPairs.print(linker, pairs, truth, MissedPairs.notInPopulation(dir.resolve("truth_register.csv")));
        }
        if (!oneMatch) {
            report("best match per land user at p >= 0.5", Decisions.bestPerLeft(pairs), 0.5, truth);
        }
        phase("evaluate", t);
        System.out.printf(Locale.ROOT, "with evaluation: %.1f s; peak live heap (after GC) %s; peak RSS %s%n",
                (System.nanoTime() - t0) / 1e9, mb(peakHeap()), RunMeasures.peakRss());
    }

    /** The columns of a file, read on a pool thread (the register keeps its own names until organisations are out). */
    private static Table read(Path file, java.util.Collection<String> columns) {
        try {
            return TableCsv.read(file, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The land users of a register: its rows without organisations, under the preset's column names. */
    public static Table users(Table register) {
        OptionalInt name = register.columnIndex("user_name");
        if (name.isEmpty()) {
            return register.withColumns(USER_COLUMNS);
        }
        int column = name.getAsInt();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int row = 0; row < register.size(); row++) {
            register.value(row, column).ifPresent(names::add);
        }
        // each distinct name parsed once, on both cores
        java.util.Set<String> organisations = names.parallelStream()
                .filter(v -> PersonNames.parse(v).organization())
                .collect(java.util.stream.Collectors.toSet());
        Table persons = register.filterRows(row -> register.value(row, column)
                .map(v -> !organisations.contains(v)).orElse(true));
        return persons.withColumns(USER_COLUMNS);
    }

    /** The true (land user, citizen) pairs of a generated register. */
    public static TruthPairs truth(Path truthRegister) throws IOException {
        Table t = TableCsv.read(truthRegister, List.of("row_no", "true_citizen_id", "user_kind", "in_population"));
        List<List<String>> pairs = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            String kind = t.value(row, "user_kind").orElse("");
            String inPopulation = t.value(row, "in_population").orElse("");
            String citizen = t.value(row, "true_citizen_id").orElse("");
            if (kind.equals("PERSON") && inPopulation.equals("true") && !citizen.isEmpty()) {
                pairs.add(List.of(t.value(row, "row_no").orElseThrow(), citizen));
            }
        }
        return TruthPairs.of(pairs, false);
    }

    private static void report(String what, List<ScoredPair> pairs, double threshold, TruthPairs truth) {
        long tp = 0;
        long fp = 0;
        for (ScoredPair p : pairs) {
            if (p.matchProbability() >= threshold) {
                if (truth.contains(p.leftId(), p.rightId())) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        long fn = truth.size() - tp;
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = truth.size() == 0 ? 1 : (double) tp / truth.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "  %s: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)%n", what,
                precision, recall, f1, tp, fp, fn);
    }

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-55s %8.2f s   heap used %s%n", name, (now - since) / 1e9,
                mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
        System.out.flush();
        return now;
    }

    private static long peakHeap() {
        return RunMeasures.peakLiveHeap();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
