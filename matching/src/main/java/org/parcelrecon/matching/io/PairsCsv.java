package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.eval.PairScore;

/**
 * Writes scored pairs to CSV and reads them back for evaluation.
 *
 * <p>Columns: {@code left_id,right_id,match_probability,match_weight}, then one column per comparison, named after
 * it, holding the label of the level the pair fell in (a comparison named like a fixed column gets the suffix
 * {@code _level}). Example:
 * <pre>
 *   left_id,right_id,match_probability,match_weight,first_name,surname,dob
 *   0,1,0.9999873,16.26,exact,jaro_winkler &gt;= 0.9,exact
 * </pre>
 * The probability is written with every significant digit ({@link Double#toString(double)}), the weight to six
 * decimals. Rows go through core's {@link CsvWriter}: cells that a spreadsheet would evaluate ({@code =…},
 * {@code +…}, {@code -…}, {@code @…}) get a leading apostrophe, and a file written by path starts with a UTF-8
 * byte-order mark.
 *
 * <p>Personal data: an id written like a citizen ID number (9 to 12 digits: a population keyed by CCCD) is masked
 * ({@code 022*******34}) unless the caller passes {@link IdDisclosure#FULL}; other ids (row numbers, codes) are
 * written as they are. See {@link IdDisclosure#applyToKey}.
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class PairsCsv {
    /** The fixed leading columns. */
    public static final List<String> FIXED_COLUMNS = List.of("left_id", "right_id", "match_probability",
            "match_weight");

    private PairsCsv() {
    }

    /**
     * {@return the header row's column names for a linker's model}
     *
     * @param linker the linker whose model names the comparisons
     */
    public static List<String> header(Linker linker) {
        List<String> columns = new ArrayList<>(FIXED_COLUMNS);
        for (String name : linker.comparisonNames()) {
            columns.add(FIXED_COLUMNS.contains(name) ? name + "_level" : name);
        }
        return columns;
    }

    /**
     * Writes the header and the pairs (scored by {@code linker}), ID numbers masked; the writer is flushed, not
     * closed.
     *
     * @return the number of pairs written
     * @param pairs the pairs read, in file order
     * @param out where the CSV goes
     * @param linker the linker that scored the pairs
     * @throws IOException if the text cannot be written
     */
    public static long write(Writer out, Linker linker, Iterable<ScoredPair> pairs) throws IOException {
        return write(out, linker, pairs.iterator(), IdDisclosure.MASKED);
    }

    /**
     * Writes the header and the pairs of a stream (e.g. {@link Linker#stream(double)}), in order, ID numbers
     * masked; the writer is flushed, not closed.
     *
     * @param pairs the pairs read, in file order
     * @param out where the CSV goes
     * @param linker the linker that scored the pairs
     * @return the number of pairs written
     * @throws IOException if the text cannot be written
     */
    public static long write(Writer out, Linker linker, Stream<ScoredPair> pairs) throws IOException {
        return write(out, linker, pairs.iterator(), IdDisclosure.MASKED);
    }

    /**
     * As {@link #write(Writer, Linker, Stream)}, ids shown as {@code ids} says.
     *
     * @param pairs the pairs read, in file order
     * @param out where the CSV goes
     * @param linker the linker that scored the pairs
     * @param ids whether ID numbers are masked or shown in full
     * @return the number of pairs written
     * @throws IOException if the text cannot be written
     */
    public static long write(Writer out, Linker linker, Stream<ScoredPair> pairs, IdDisclosure ids)
            throws IOException {
        return write(out, linker, pairs.iterator(), ids);
    }

    /**
     * Writes a pairs file (replaced if it exists), starting with a byte-order mark; ids shown as {@code ids} says.
     *
     * @param pairs the pairs read, in file order
     * @param file the pairs file
     * @param linker the linker that scored the pairs
     * @param ids whether ID numbers are masked or shown in full
     * @return the number of pairs written
     * @throws IOException if the file cannot be written
     */
    public static long write(Path file, Linker linker, Stream<ScoredPair> pairs, IdDisclosure ids) throws IOException {
        Objects.requireNonNull(linker, "linker");
        try (CsvWriter csv = CsvWriter.create(file, header(linker))) {
            return rows(csv, linker, pairs.iterator(), ids);
        }
    }

    private static long write(Writer out, Linker linker, Iterator<ScoredPair> pairs, IdDisclosure ids)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(linker, "linker");
        CsvWriter csv = CsvWriter.of(out, header(linker));
        long n = rows(csv, linker, pairs, ids);
        csv.flush();
        return n;
    }

    private static long rows(CsvWriter csv, Linker linker, Iterator<ScoredPair> pairs, IdDisclosure ids)
            throws IOException {
        Objects.requireNonNull(ids, "ids");
        int comparisons = linker.comparisonNames().size();
        String[] cells = new String[4 + comparisons];
        while (pairs.hasNext()) {
            ScoredPair p = pairs.next();
            cells[0] = ids.applyToKey(p.leftId());
            cells[1] = ids.applyToKey(p.rightId());
            cells[2] = Double.toString(p.matchProbability());
            cells[3] = String.format(Locale.ROOT, "%.6f", p.matchWeight());
            for (int c = 0; c < comparisons; c++) {
                cells[4 + c] = linker.levelLabel(c, p.level(c));
            }
            csv.row(cells);
        }
        return csv.rowCount();
    }

    /**
     * Reads a UTF-8 pairs file.
     *
     * @param file a pairs file as {@link #write(Path, Linker, Stream, IdDisclosure)} writes it
     * @return the pairs and the rejected rows
     * @throws IOException if the file cannot be read, or lacks a needed column
     */
    public static Result read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /**
     * Reads pairs: the columns {@code left_id}, {@code right_id} and {@code match_probability} are needed, in any
     * position; others are ignored. A row without both ids, with a probability that is not a number in [0, 1], with
     * more or fewer fields than the header or with a broken quote is not read but reported in
     * {@link Result#rejected()} with its line number; apostrophes added against
     * formula injection are removed.
     *
     * @throws IllegalArgumentException if a needed column is missing from the header
     * @param reader the pairs' CSV text; not closed
     * @return the pairs and the rejected rows
     * @throws IOException if the text cannot be read, or lacks a needed column
     */
    public static Result read(Reader reader) throws IOException {
        CsvParser parser = new CsvParser(reader, ',');
        List<String> header = parser.next();
        if (header == null) {
            throw new IllegalArgumentException("the pairs file is empty; it needs a header with left_id, right_id,"
                    + " match_probability");
        }
        int l = header.indexOf("left_id");
        int r = header.indexOf("right_id");
        int p = header.indexOf("match_probability");
        if (l < 0 || r < 0 || p < 0) {
            throw new IllegalArgumentException("the pairs file needs the columns left_id, right_id and"
                    + " match_probability; its header is " + header);
        }
        List<PairScore> pairs = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> row;
        while ((row = parser.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            RejectedRow bad = TableCsv.rejection(parser, row.size(), header.size(), "pairs");
            if (bad != null) {
                rejected.add("line " + bad.line() + ": " + bad.reason());
                continue;
            }
            String left = cell(row, l);
            String right = cell(row, r);
            String prob = cell(row, p);
            double probability;
            try {
                probability = Double.parseDouble(prob);
            } catch (NumberFormatException e) {
                probability = Double.NaN;
            }
            if (left.isEmpty() || right.isEmpty() || !(probability >= 0 && probability <= 1)) {
                rejected.add("line " + parser.recordLine() + ": " + (left.isEmpty() || right.isEmpty()
                        ? "an id is missing" : "match_probability '" + prob + "' is not a number in [0, 1]"));
                continue;
            }
            pairs.add(new PairScore(left, right, probability + 0.0)); // "-0" is 0, not -0.0
        }
        return new Result(pairs, rejected);
    }

    private static String cell(List<String> row, int i) {
        String v = i < row.size() ? row.get(i).strip() : "";
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v;
    }

    /**
     * What a pairs file held.
     *
     * @param pairs    the pairs read, in file order
     * @param rejected why each unreadable row was left out, with its line number
     */
    public record Result(List<PairScore> pairs, List<String> rejected) {
        /**
         * Copies the lists.
         *
         * @param pairs the pairs read, in file order
         * @param rejected why each unreadable row was left out, with its line number
         */
        public Result {
            pairs = List.copyOf(pairs);
            rejected = List.copyOf(rejected);
        }
    }
}
