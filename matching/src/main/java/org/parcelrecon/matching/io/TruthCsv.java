package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import org.parcelrecon.matching.eval.TruthPairs;

/**
 * Reads true pairs from CSV.
 *
 * <p>The id columns are found by name: {@code left_id}/{@code right_id}, or Splink's
 * {@code unique_id_l}/{@code unique_id_r}, or {@code id_l}/{@code id_r}; otherwise the first two columns. A label
 * column, if present ({@code is_match}, {@code match}, {@code label}, {@code clerical_match_score} or
 * {@code truth}), says which rows are matches: a number of at least 0.5, {@code true} or {@code yes}; other rows
 * are labelled non-matches and left out. Without a label column every row is a match. A row without two ids, with
 * more or fewer fields than the header, with a broken quote, or repeating an earlier pair is rejected with its line
 * ({@link #readChecked}; {@link #read} logs it).
 *
 * <p>Example (Splink's labels): {@code unique_id_l,source_dataset_l,unique_id_r,source_dataset_r,
 * clerical_match_score} with rows {@code 0,fake_1000,1,fake_1000,1.0} (a true pair) and
 * {@code 0,fake_1000,4,fake_1000,0.0} (not).
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class TruthCsv {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TruthCsv.class);
    private static final List<String> LEFT = List.of("left_id", "unique_id_l", "id_l");
    private static final List<String> RIGHT = List.of("right_id", "unique_id_r", "id_r");
    private static final List<String> LABEL = List.of("is_match", "match", "label", "clerical_match_score", "truth");

    private TruthCsv() {
    }

    /**
     * True pairs as read, with the rows that could not be read.
     *
     * @param pairs    the true pairs
     * @param rejected the rows left out, with line and reason, in file order
     */
    public record Read(TruthPairs pairs, List<RejectedRow> rejected) {
        /**
         * Checks that the pairs are not null and copies the rejections.
         *
         * @param pairs the true pairs
         * @param rejected the rows left out, with line and reason, in file order
         */
        public Read {
            java.util.Objects.requireNonNull(pairs, "pairs");
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Reads a UTF-8 truth file; {@code unordered} is true for a deduplication. Rejected rows are logged.
     *
     * @param file the truth file
     * @param unordered true when pairs have no left and right side
     * @return the true pairs
     * @throws IOException if the file cannot be read or lacks a needed column
     */
    public static TruthPairs read(Path file, boolean unordered) throws IOException {
        return logged(readChecked(file, unordered));
    }

    /**
     * Reads true pairs; {@code unordered} is true for a deduplication. The reader is not closed.
     *
     * @param reader the truth's CSV text
     * @param unordered true when pairs have no left and right side
     * @return the true pairs
     * @throws IOException if the text cannot be read or lacks a needed column
     */
    public static TruthPairs read(Reader reader, boolean unordered) throws IOException {
        return logged(readChecked(reader, unordered, "input"));
    }

    /**
     * Reads a truth file (encoding detected: {@link TextFiles}) with its rejected rows; {@code unordered} is true for
     * a deduplication.
     *
     * @param file the truth file
     * @param unordered true when pairs have no left and right side
     * @return the true pairs and the rows rejected
     * @throws IOException if the file cannot be read or lacks a needed column
     */
    public static Read readChecked(Path file, boolean unordered) throws IOException {
        try (BufferedReader reader = TextFiles.open(file, TextFileEncoding.AUTO)) {
            return readChecked(reader, unordered, String.valueOf(file.getFileName()));
        }
    }

    private static TruthPairs logged(Read read) {
        for (RejectedRow r : read.rejected()) {
            LOG.warn("{}: row left out: {}", r.location(), r.reason());
        }
        return read.pairs();
    }

    /**
     * Reads true pairs with the rejected rows, named {@code source}. The reader is not closed.
     *
     * @param reader the truth's CSV text
     * @param unordered true when pairs have no left and right side
     * @param source the text's name in rejections
     * @return the true pairs and the rows rejected
     * @throws IOException if the text cannot be read or lacks a needed column
     */
    public static Read readChecked(Reader reader, boolean unordered, String source) throws IOException {
        CsvParser parser = new CsvParser(reader, ',');
        List<String> header = parser.next();
        List<List<String>> pairs = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        if (header == null) {
            return new Read(TruthPairs.of(pairs, unordered), rejected);
        }
        java.util.Map<List<String>, Long> seen = new java.util.HashMap<>();
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h.strip().toLowerCase(Locale.ROOT));
        }
        int l = find(names, LEFT, 0);
        int r = find(names, RIGHT, 1);
        int label = find(names, LABEL, -1);
        List<String> row;
        while ((row = parser.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            RejectedRow bad = TableCsv.rejection(parser, row.size(), header.size(), source);
            if (bad != null) {
                rejected.add(bad);
                continue;
            }
            String a = l < row.size() ? row.get(l).strip() : "";
            String b = r < row.size() ? row.get(r).strip() : "";
            if (a.isEmpty() || b.isEmpty()) {
                rejected.add(new RejectedRow(source, parser.recordLine(), "the row lacks the " + (a.isEmpty()
                        ? "left" : "right") + " id"));
                continue;
            }
            if (label >= 0 && !isMatch(label < row.size() ? row.get(label).strip() : "")) {
                continue;
            }
            List<String> pair = unordered && a.compareTo(b) > 0 ? List.of(b, a) : List.of(a, b);
            Long earlier = seen.putIfAbsent(pair, parser.recordLine());
            if (earlier != null) {
                rejected.add(new RejectedRow(source, parser.recordLine(), "the pair is already on line " + earlier));
                continue;
            }
            pairs.add(List.of(a, b));
        }
        return new Read(TruthPairs.of(pairs, unordered), rejected);
    }

    private static int find(List<String> names, List<String> candidates, int fallback) {
        for (String c : candidates) {
            int i = names.indexOf(c);
            if (i >= 0) {
                return i;
            }
        }
        return fallback;
    }

    private static boolean isMatch(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes") || s.equals("y")) {
            return true;
        }
        try {
            return Double.parseDouble(s) >= 0.5;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
