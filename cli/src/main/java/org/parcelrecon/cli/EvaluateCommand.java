package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.geometry.compare.ChangeEvaluation;
import org.parcelrecon.core.evidence.ChangeClass;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parcelrecon.matching.eval.ClusterEvaluation;
import org.parcelrecon.matching.eval.Evaluation;
import org.parcelrecon.matching.eval.Metrics;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.matching.io.TruthCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon evaluate}: precision, recall and F1 of scored pairs against the true pairs, cluster quality
 * (B-cubed, exact clusters), or change accuracy.
 */
@Command(name = "evaluate",
        description = {"Precision, recall and F1 of scored pairs against the true pairs, or change accuracy.",
            "With --changes: the share of true change groups (truth_changes.csv of 'generate') that " +
            "'compare-maps' reproduced exactly, per change type; true groups with a parcel that is on " +
            "neither map (not in changes.csv) are counted apart as not_on_maps.",
            "Pairs from 'link'; truth: a CSV whose first two columns are the ids of a true match.",
            "With --clusters: B-cubed precision, recall and F1 of 'link --cluster' and the share of true clusters " +
            "reproduced exactly.",
            "At a threshold and over a range of thresholds."})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "CSV",
            description = "The true pairs, or with --changes the true changes (truth_changes.csv).")
    Path truth;

    @Option(names = "--pairs", paramLabel = "CSV", description = "The scored pairs (from 'link').")
    Path pairs;

    @Option(names = "--changes", paramLabel = "CSV", description = "The change groups (changes.csv of 'compare-maps').")
    Path changes;

    @Option(names = "--clusters", paramLabel = "CSV", description = {"The clusters (<name>_clusters.csv of 'link "
        + "--cluster'), alone or with --pairs: B-cubed precision, recall and F1, the share of true clusters "
        + "reproduced exactly, and the pairs within clusters. True clusters are the connected components of the "
        + "true pairs."})
    Path clusters;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Match threshold (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--unordered", description = "A pair (a, b) is the same as (b, a), as in deduplication.")
    boolean unordered;

    @Override
    public Integer call() throws IOException {
        if ((pairs == null && clusters == null) == (changes == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --pairs or --clusters (or both), or --changes alone");
        }
        if (changes != null) {
            return evaluateChanges();
        }
        TruthCsv.Read truthRead = TruthCsv.readChecked(truth, unordered);
        TruthPairs t = truthRead.pairs();
        if (!truthRead.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d rows of %s could not be read: %s%n",
                    truthRead.rejected().size(), truth, truthRead.rejected().subList(0,
                            Math.min(5, truthRead.rejected().size())).stream()
                            .map(r -> "line " + r.line() + ": " + r.reason()).toList());
        }
        if (t.size() == 0) {
            throw new IOException(truth + ": no true pairs (the file is empty, or no row has two ids and a match"
                    + " label); give --truth a CSV of the true matches, e.g. left_id,right_id");
        }
        if (pairs != null) {
            evaluatePairs(t);
        }
        if (clusters != null) {
            evaluateClusters(t);
        }
        return 0;
    }

    private void evaluatePairs(TruthPairs t) throws IOException {
        PairsCsv.Result scored;
        try {
            scored = PairsCsv.read(pairs);
        } catch (IllegalArgumentException e) {
            throw new IOException(pairs + ": " + e.getMessage() + "; give --pairs the pairs.csv of 'link'", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!scored.rejected().isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: %d rows of %s could not be read: %s%n",
                    scored.rejected().size(), pairs, CitizenIds.maskWithin(String.valueOf(
                            scored.rejected().subList(0, Math.min(5, scored.rejected().size())))));
        }
        Metrics at = Evaluation.evaluate(t, scored.pairs(), threshold);
        out.printf(Locale.ROOT, "threshold %.2f: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d; %d true pairs)%n",
                at.threshold(), at.precision(), at.recall(), at.f1(), at.truePositives(), at.falsePositives(),
                at.falseNegatives(), t.size());
        out.println("threshold,precision,recall,f1");
        List<Metrics> curve = Evaluation.curve(t, scored.pairs());
        for (Metrics m : curve) {
            out.printf(Locale.ROOT, "%.2f,%.4f,%.4f,%.4f%n", m.threshold(), m.precision(), m.recall(), m.f1());
        }
        Metrics best = Evaluation.bestF1(curve);
        out.printf(Locale.ROOT, "best F1 %.4f at threshold %.2f%n", best.f1(), best.threshold());
        out.flush();
    }

    private void evaluateClusters(TruthPairs t) throws IOException {
        Map<ClusterEvaluation.RecordRef, String> predicted = new LinkedHashMap<>();
        boolean link = false;
        try (CSVParser p = changeTable(clusters, "--clusters", "_clusters.csv of 'link --cluster'", "table", "id",
                "cluster_id")) {
            for (CSVRecord r : records(clusters, p)) {
                String table = r.get("table").strip();
                if (!table.equals("left") && !table.equals("right")) {
                    throw new IOException(clusters + ":" + (r.getRecordNumber() + 1) + ": table '"
                            + CitizenIds.maskWithin(table) + "' is neither left nor right");
                }
                link |= table.equals("right");
                ClusterEvaluation.RecordRef ref = new ClusterEvaluation.RecordRef(table, r.get("id").strip());
                if (predicted.put(ref, r.get("cluster_id").strip()) != null) {
                    throw new IOException(clusters + ":" + (r.getRecordNumber() + 1) + ": record "
                            + CitizenIds.maskWithin(ref.id()) + " of the " + table + " table is listed twice");
                }
            }
        }
        if (predicted.isEmpty()) {
            throw new IOException(clusters + ": no rows; give --clusters the _clusters.csv of 'link --cluster'");
        }
        ClusterEvaluation.TrueClusters truthClusters = ClusterEvaluation.trueClusters(predicted.keySet(), t, "left",
                link ? "right" : "left");
        if (truthClusters.pairsLeftOut() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "parcelrecon: warning: %,d of %,d true pairs name a"
                    + " record not in %s and are left out (ids masked in the clusters file? run link with"
                    + " --show-ids, or map id to a column that is not a citizen ID)%n", truthClusters.pairsLeftOut(),
                    t.size(), clusters.getFileName());
        }
        ClusterEvaluation.ClusterMetrics m = ClusterEvaluation.evaluate(predicted, truthClusters.clusterOf());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "clusters: %,d records in %,d clusters (largest %,d); the truth has %,d (largest"
                + " %,d)%n", m.records(), m.predictedClusters(), m.largestPredicted(), m.trueClusters(),
                m.largestTrue());
        out.printf(Locale.ROOT, "B-cubed precision %.4f, recall %.4f, F1 %.4f%n", m.bcubedPrecision(),
                m.bcubedRecall(), m.bcubedF1());
        out.printf(Locale.ROOT, "true clusters reproduced exactly: %,d of %,d (%.4f); of those with two or more"
                + " records: %.4f%n", m.exactClusters(), m.trueClusters(), m.exactShare(), m.exactShareOfGroups());
        Metrics pm = m.pairs();
        out.printf(Locale.ROOT, "pairs within clusters: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)%n",
                pm.precision(), pm.recall(), pm.f1(), pm.truePositives(), pm.falsePositives(), pm.falseNegatives());
        out.flush();
    }

    private int evaluateChanges() throws IOException {
        Map<ChangeEvaluation.Group, ChangeClass> truthGroups = new HashMap<>();
        Map<List<Object>, List<String>> oldByNewAndType = new LinkedHashMap<>();
        try (CSVParser p = changeTable(truth, "--truth", "truth_changes.csv of 'generate'",
                "old_parcel_id", "change_class", "new_parcel_ids")) {
            for (CSVRecord r : records(truth, p)) {
                ChangeClass type = changeClass(truth, p, r.get("change_class"));
                Set<String> news = ids(r.get("new_parcel_ids"), ";");
                String old = r.get("old_parcel_id");
                if (old.isBlank() || news.isEmpty()) {
                    truthGroups.put(new ChangeEvaluation.Group(old.isBlank() ? Set.of() : Set.of(old), news), type);
                } else {
                    // the truth lists one row per old parcel; old parcels sharing new parcels form one group
                    oldByNewAndType.computeIfAbsent(List.of(new TreeSet<>(news), type), k -> new ArrayList<>()).add(old);
                }
            }
        }
        for (Map.Entry<List<Object>, List<String>> e : oldByNewAndType.entrySet()) {
            @SuppressWarnings("unchecked")
            Set<String> news = (Set<String>) e.getKey().get(0);
            truthGroups.put(new ChangeEvaluation.Group(Set.copyOf(e.getValue()), news), (ChangeClass) e.getKey().get(1));
        }
        Map<ChangeEvaluation.Group, ChangeClass> found = new HashMap<>();
        try (CSVParser p = changeTable(changes, "--changes", "changes.csv of 'compare-maps'",
                "change_type", "old_ids", "new_ids")) {
            for (CSVRecord r : records(changes, p)) {
                found.put(new ChangeEvaluation.Group(ids(r.get("old_ids"), "|"), ids(r.get("new_ids"), "|")),
                        changeClass(changes, p, r.get("change_type")));
            }
        }
        if (truthGroups.isEmpty()) {
            throw new IOException(truth + ": no rows; give --truth the truth_changes.csv of 'generate'");
        }
        if (found.isEmpty()) {
            throw new IOException(changes + ": no rows; give --changes the changes.csv of 'compare-maps'");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("change_type,right,total,share,not_on_maps");
        long right = 0;
        long total = 0;
        long notOnMaps = 0;
        for (ChangeEvaluation.Accuracy a : ChangeEvaluation.evaluate(truthGroups, found)) {
            out.printf(Locale.ROOT, "%s,%d,%d,%.4f,%d%n", a.type(), a.right(), a.total(), a.share(), a.notOnMaps());
            right += a.right();
            total += a.total();
            notOnMaps += a.notOnMaps();
        }
        out.printf(Locale.ROOT, "ALL,%d,%d,%.4f,%d%n", right, total, total == 0 ? 1.0 : (double) right / total,
                notOnMaps);
        out.flush();
        return 0;
    }

    private static final CSVFormat HEADER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /**
     * A parser over a change table (UTF-8, a byte-order mark skipped), after checking that its header has the
     * columns this command reads.
     */
    private static CSVParser changeTable(Path file, String option, String kind, String... columns)
            throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            reader.mark(1);
            if (reader.read() != CsvWriter.BYTE_ORDER_MARK) {
                reader.reset();
            }
            CSVParser p = CSVParser.builder().setReader(reader).setFormat(HEADER).get();
            List<String> missing = new ArrayList<>();
            for (String c : columns) {
                if (!p.getHeaderNames().contains(c)) {
                    missing.add(c);
                }
            }
            if (p.getHeaderNames().isEmpty()) {
                p.close();
                throw new IOException(file + ": the file is empty; give " + option + " the " + kind);
            }
            if (!missing.isEmpty()) {
                p.close();
                throw new IOException(file + ": no column " + String.join(", ", missing) + " (columns: "
                        + p.getHeaderNames() + "); give " + option + " the " + kind);
            }
            return p;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * The records of a change table, each checked to have the header's width; a malformed file (an unclosed quote)
     * or a row of another width stops the run naming file and line: these files are made by parcelrecon, so damage
     * means the file is not the one meant.
     */
    private static List<CSVRecord> records(Path file, CSVParser p) throws IOException {
        List<CSVRecord> records = new ArrayList<>();
        try {
            for (CSVRecord r : p) {
                if (!r.isConsistent()) {
                    throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": the row has " + r.size()
                            + " fields; the header has " + p.getHeaderNames().size());
                }
                records.add(r);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(file + ": malformed CSV after line " + p.getCurrentLineNumber() + " ("
                    + e.getCause().getMessage() + ")", e);
        }
        return records;
    }

    private static ChangeClass changeClass(Path file, CSVParser p, String value) throws IOException {
        try {
            return ChangeClass.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + p.getCurrentLineNumber() + ": '" + CitizenIds.maskWithin(value)
                    + "' is not a change class;"
                    + " expected one of " + java.util.Arrays.toString(ChangeClass.values()));
        }
    }

    private static Set<String> ids(String joined, String separator) {
        Set<String> ids = new TreeSet<>();
        for (String id : joined.split(java.util.regex.Pattern.quote(separator))) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
