package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.core.input.RejectedRow;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.matching.Explanation;
import org.parcelrecon.matching.IndexCandidate;
import org.parcelrecon.matching.LinkingIndex;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.io.PairsCsv;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.io.TableRead;
import org.parcelrecon.matching.vn.AdministrativeCommunes;
import org.parcelrecon.matching.vn.VietnamesePersonPreset;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parcelrecon lookup}: who is this land user? One record (or a file of new records) answered against a
 * linking index saved by {@code link --save-index}, without linking the whole tables again.
 */
@Command(name = "lookup",
        description = {"Find the right records (e.g. citizens) a new left record (e.g. a land user) may be, with a "
            + "linking index saved by 'link --save-index': candidates best first with match probability and weight.",
            "One record: --record NAME=VALUE,... prints the candidates (with --explain, each comparison's level and "
                + "weight). A file: --records CSV --out CSV writes left_id,rank,right_id,match_probability,"
                + "match_weight and one column per comparison's level."})
final class LookupCommand implements Callable<Integer> {
    @CommandLine.Mixin
    UnitsOption units = new UnitsOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "FILE",
            description = "The linking index ('link --save-index'), built with the same --units.")
    Path index;

    @ArgGroup(multiplicity = "1")
    Input input;

    /** One record from the command line, or a file of them. */
    static final class Input {
        @Option(names = "--record", split = ",", paramLabel = "NAME=VALUE", description = {"One record by the "
            + "model's column names, e.g. id=r1,full_name=Nguyễn Văn An,birth=1971,commune=26881 (see --help for the "
            + "columns the index reads)."})
        Map<String, String> record;

        @Option(names = "--records", paramLabel = "CSV", description = "A CSV file of records, a row each.")
        Path records;
    }

    @Option(names = "--columns", split = ",", paramLabel = "NAME=COLUMN",
            description = "Read --records' columns under the names the model uses (as link's --left-columns).")
    Map<String, String> columns;

    @Option(names = "--out", paramLabel = "CSV", description = {"With --records: where the candidates go; "
        + "<name>_unmatched.csv (records without a candidate) and <name>_rejected.csv are written beside it."})
    Path out;

    @Option(names = "--min-probability", defaultValue = "0.01", paramLabel = "P",
            description = "Candidates from this match probability (default: ${DEFAULT-VALUE}).")
    double minProbability;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N",
            description = "At most this many candidates a record, best first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--explain", description = "With --record: each candidate's comparisons, levels and weights.")
    boolean explain;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto", converter = EncodingOption.class,
            description = "How --records is encoded: auto (default), utf-8, utf-16, windows-1258, tcvn3 or vni.")
    TextFileEncoding encoding;

    @Option(names = "--show-ids", description = {"Write ids that are citizen ID numbers (9 to 12 digits) in full.",
        "By default they are masked (022*******34): personal data, Decree 13/2023."})
    boolean showIds;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw usage("--limit " + limit + " is not a number of candidates; give 1 or more");
        }
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw usage("--min-probability " + minProbability + " is not a probability; give one in [0, 1]");
        }
        if (input.records != null && out == null) {
            throw usage("--records needs --out: where the candidates go");
        }
        if (input.record != null && (out != null || columns != null)) {
            throw usage("--out and --columns go with --records; --record prints its candidates");
        }
        if (explain && input.record == null) {
            throw usage("--explain goes with --record (one record); a file's levels are in its columns");
        }
        if (out != null) {
            OutputFolder.file(out);
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, "lookup");
        LinkingIndex idx = LinkingIndex.load(index,
                VietnamesePersonPreset.keyFunctions(AdministrativeCommunes.of(units.units())));
        progress.done(String.format(Locale.ROOT, "loaded %s: %,d right records, model of %d comparisons%s",
                index.getFileName(), idx.size(), idx.model().comparisons().size(),
                idx.oneMatchPerLeft() ? ", one match per record" : ""));
        IdDisclosure ids = showIds ? IdDisclosure.FULL : IdDisclosure.MASKED;
        PrintWriter o = spec.commandLine().getOut();
        if (input.record != null) {
            one(o, idx, ids);
        } else {
            file(o, err, idx, ids);
        }
        o.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code --record}: the candidates printed, each with its explanation when asked. */
    private void one(PrintWriter o, LinkingIndex idx, IdDisclosure ids) {
        Map<String, String> record = new HashMap<>(input.record);
        List<String> known = idx.recordColumns();
        List<String> unknown = record.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
        if (unknown.size() == record.size()) {
            throw usage("--record names none of the columns the index reads " + known + " (it named " + unknown
                    + ")");
        }
        if (!unknown.isEmpty()) {
            spec.commandLine().getErr().printf("parcelrecon: warning: --record: %s not read by the index (it reads"
                    + " %s)%n", unknown, known);
        }
        String idColumn = idx.model().idColumn();
        record.putIfAbsent(idColumn, "record");
        long start = System.nanoTime();
        List<IndexCandidate> candidates = idx.query(record, minProbability, limit);
        double micros = (System.nanoTime() - start) / 1e3;
        o.printf(Locale.ROOT, "%s: %d candidate%s with match probability >= %s (of %,d right records; %.0f µs)%n",
                ids.applyToKey(record.get(idColumn)), candidates.size(), candidates.size() == 1 ? "" : "s",
                minProbability, idx.size(), micros);
        int rank = 0;
        for (IndexCandidate c : candidates) {
            rank++;
            o.printf(Locale.ROOT, "%3d  %s  match probability %.6f, match weight %.2f%n", rank,
                    ids.applyToKey(c.rightId()), c.matchProbability(), c.matchWeight());
            if (explain) {
                Explanation why = c.explanation();
                o.printf(Locale.ROOT, "     the pair's own evidence: weight %.2f = prior %.2f + the weights below%n",
                        why.matchWeight(), why.priorWeight());
                PairExplanation.table(o, idx.model(), why, ids);
            }
        }
    }

    /** {@code --records}: every row answered into {@code --out}, its rows accounted for. */
    private void file(PrintWriter o, PrintWriter err, LinkingIndex idx, IdDisclosure ids) throws IOException {
        TableRead read = columns == null || columns.isEmpty() ? TableCsv.readChecked(input.records, encoding)
                : readMapped();
        Table t = read.table();
        if (t.size() == 0 && read.rejected().isEmpty()) {
            throw new IOException(input.records + ": no rows to look up; give a CSV file with a header row and a"
                    + " row per record");
        }
        List<String> wanted = idx.recordColumns();
        int[] at = new int[wanted.size()];
        boolean any = false;
        for (int i = 0; i < at.length; i++) {
            OptionalInt c = t.columnIndex(wanted.get(i));
            at[i] = c.orElse(-1);
            any |= i > 0 && c.isPresent();
        }
        if (!any) {
            throw new IOException(input.records + ": none of the columns the index reads " + wanted + " is in the"
                    + " file (its columns: " + t.columns() + "); name them with --columns");
        }
        List<String> comparisons = idx.model().comparisons().stream().map(c -> c.name()).toList();
        List<String> header = new ArrayList<>(List.of("left_id", "rank", "right_id", "match_probability",
                "match_weight"));
        for (String name : comparisons) {
            header.add(PairsCsv.FIXED_COLUMNS.contains(name) || name.equals("rank") ? name + "_level" : name);
        }
        Path unmatchedFile = LinkCommand.sibling(out, "_unmatched.csv");
        Path rejectedFile = LinkCommand.sibling(out, "_rejected.csv");
        long[] nanos = new long[t.size()];
        int without = 0;
        try (CsvWriter pairs = CsvWriter.create(out, header);
             CsvWriter unmatched = CsvWriter.create(unmatchedFile, List.of("file", "line", "id"));
             CsvWriter rejected = CsvWriter.create(rejectedFile, List.of("file", "line", "reason"))) {
            String[] cells = new String[header.size()];
            Map<String, String> record = new LinkedHashMap<>();
            for (int row = 0; row < t.size(); row++) {
                record.clear();
                for (int i = 0; i < at.length; i++) {
                    if (at[i] >= 0) {
                        record.put(wanted.get(i), t.value(row, at[i]).orElse(""));
                    }
                }
                String id = record.getOrDefault(wanted.get(0), "");
                if (id.isEmpty()) {
                    id = "line " + read.line(row);
                    record.put(wanted.get(0), id);
                }
                long start = System.nanoTime();
                List<IndexCandidate> candidates = idx.query(record, minProbability, limit);
                nanos[row] = System.nanoTime() - start;
                if (candidates.isEmpty()) {
                    without++;
                    unmatched.row(read.source(), Long.toString(read.line(row)), ids.applyToKey(id));
                }
                int rank = 0;
                for (IndexCandidate c : candidates) {
                    cells[0] = ids.applyToKey(id);
                    cells[1] = Integer.toString(++rank);
                    cells[2] = ids.applyToKey(c.rightId());
                    cells[3] = Double.toString(c.matchProbability());
                    cells[4] = String.format(Locale.ROOT, "%.6f", c.matchWeight());
                    List<Explanation.Contribution> levels = c.explanation().contributions();
                    for (int k = 0; k < levels.size(); k++) {
                        cells[5 + k] = levels.get(k).label();
                    }
                    pairs.row(cells);
                }
            }
            for (RejectedRow r : read.rejected()) {
                rejected.row(r.source(), Long.toString(r.line()), r.reason());
            }
        }
        Arrays.sort(nanos);
        o.printf(Locale.ROOT, "%s: %,d rows = %,d with a candidate (%s) + %,d without (%s) + %,d rejected (%s)%n",
                read.source(), read.rowsRead(), t.size() - without, out.getFileName(), without,
                unmatchedFile.getFileName(), read.rejected().size(), rejectedFile.getFileName());
        if (nanos.length > 0) {
            o.printf(Locale.ROOT, "  time a record: median %.1f µs, p99 %.1f µs, largest %.1f µs%n",
                    nanos[nanos.length / 2] / 1e3, nanos[(int) Math.min(nanos.length - 1, nanos.length * 0.99)] / 1e3,
                    nanos[nanos.length - 1] / 1e3);
        }
        LinkCommand.warnRejected(err, read, rejectedFile);
    }

    private TableRead readMapped() throws IOException {
        try {
            return TableCsv.readChecked(input.records, columns, encoding);
        } catch (IllegalArgumentException e) {
            throw usage("--columns: " + e.getMessage());
        }
    }
}
