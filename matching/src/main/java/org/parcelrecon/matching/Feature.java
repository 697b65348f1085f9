package org.parcelrecon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.parcelrecon.matching.keys.KeyFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One derived column ({@link KeyRef}) of the left and right tables, dictionary-encoded with one dictionary shared
 * by both sides, so that equal derived values have equal ids on either side and "exact" is an int comparison.
 *
 * <p>The key function runs once per distinct cell value of each table (in parallel), never per row or pair.
 * Immutable after construction; the lazily made characters, numbers and dates are safe to publish racily
 * (idempotent).
 */
final class Feature {
    private static final Logger LOG = LoggerFactory.getLogger(Feature.class);
    static final int MISSING = -1;
    static final int NO_DATE = Integer.MIN_VALUE;

    final KeyRef ref;
    final String[] values;
    final int[] left;
    final int[] right;
    /** Occurrences of each value over the rows of both tables (the one table when deduplicating). */
    final int[] counts;
    final long totalCount;
    private volatile double[] numbers;
    private volatile int[] epochDays;
    private volatile long[] bags;
    private volatile char[][] chars;

    /**
     * A feature of the right side alone, as a {@link LinkingIndex} keeps it: the dictionary, each value's count,
     * and the right rows' ids when they are not in the index's packed rows (else an empty array); no left rows.
     */
    static Feature ofDictionary(KeyRef ref, String[] values, int[] right, int[] counts, long totalCount) {
        return new Feature(ref, values, new int[0], right, counts, totalCount);
    }

    private Feature(KeyRef ref, String[] values, int[] left, int[] right, int[] counts, long totalCount) {
        this.ref = ref;
        this.values = values;
        this.left = left;
        this.right = right;
        this.counts = counts;
        this.totalCount = totalCount;
    }

    /**
     * The values as characters, made on first use: only levels that read characters (similarities, edit
     * distance, swapped dates, ID lengths) need them, and for the millions of IDs an exact level compares they
     * would double the memory.
     */
    char[][] chars() {
        char[][] c = chars;
        if (c == null) {
            c = new char[values.length][];
            for (int i = 0; i < values.length; i++) {
                c[i] = values[i].toCharArray();
            }
            chars = c;
        }
        return c;
    }

    /**
     * Builds the features of one column (all {@code refs} read the same left column and the same right column) for two tables ({@code right} may be the same object as {@code left}, to
     * deduplicate). Every distinct cell value goes through all the column's functions one after the other, so that
     * functions sharing a parse (the parts of a name) parse it once.
     */
    static List<Feature> buildColumn(List<KeyRef> refs, List<KeyFunction> functions, Table left, Table right) {
        int n = refs.size();
        List<StringIds> ids = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            ids.add(new StringIds());
        }
        int[][] l = encode(refs, functions, left, refs.get(0).column(), ids);
        int[][] r = right == left ? l : encode(refs, functions, right, refs.get(0).rightColumnOrSame(), ids);
        List<Feature> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int[] counts = new int[ids.get(j).size()];
            long total = 0;
            for (int id : l[j]) {
                if (id >= 0) {
                    counts[id]++;
                    total++;
                }
            }
            if (r != l) {
                for (int id : r[j]) {
                    if (id >= 0) {
                        counts[id]++;
                        total++;
                    }
                }
            }
            out.add(new Feature(refs.get(j), ids.get(j).values(), l[j], r[j], counts, total));
        }
        return out;
    }

    /** Builds one feature; see {@link #buildColumn}. */
    static Feature build(KeyRef ref, KeyFunction function, Table left, Table right) {
        return buildColumn(List.of(ref), List.of(function), left, right).get(0);
    }

    private static int[][] encode(List<KeyRef> refs, List<KeyFunction> functions, Table table, String columnName,
                                  List<StringIds> ids) {
        int n = refs.size();
        int[][] out = new int[n][table.size()];
        OptionalInt column = table.columnIndex(columnName);
        if (column.isEmpty()) {
            for (int[] o : out) {
                Arrays.fill(o, MISSING);
            }
            return out;
        }
        String[] dictionary = table.dictionary(column.getAsInt());
        AtomicLong failures = new AtomicLong();
        String[][] derived = new String[n][dictionary.length];
        IntStream range = IntStream.range(0, dictionary.length);
        (dictionary.length > 2048 ? range.parallel() : range).forEach(i -> {
            for (int j = 0; j < n; j++) {
                String d;
                try {
                    d = functions.get(j).apply(dictionary[i]);
                } catch (RuntimeException e) {
                    if (failures.getAndIncrement() == 0) {
                        LOG.debug("key function {} failed on a value of {} and yields no key: {}",
                                refs.get(j).function(), columnName, e.toString());
                    }
                    d = "";
                }
                derived[j][i] = d == null ? "" : d;
            }
        });
        if (failures.get() > 0) {
            LOG.warn("key functions of column '{}' threw on {} value(s); those values count as missing", columnName,
                    failures.get());
        }
        int[] codes = table.codes(column.getAsInt());
        for (int j = 0; j < n; j++) {
            StringIds idsJ = ids.get(j);
            int[] dictIds = new int[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                String d = derived[j][i];
                dictIds[i] = d.isEmpty() ? MISSING : idsJ.idOf(d);
            }
            int[] o = out[j];
            for (int row = 0; row < o.length; row++) {
                int code = codes[row];
                o[row] = code < 0 ? MISSING : dictIds[code];
            }
        }
        return out;
    }

    /** The values parsed as decimal numbers, NaN where not a number. */
    double[] numbers() {
        double[] n = numbers;
        if (n == null) {
            n = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                n[i] = parseNumber(values[i]);
            }
            numbers = n;
        }
        return n;
    }

    /** The values as days since 1970-01-01 when they are ISO dates {@code yyyy-MM-dd}, else {@link #NO_DATE}. */
    int[] epochDays() {
        int[] d = epochDays;
        if (d == null) {
            d = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                d[i] = IsoDates.epochDay(values[i]);
            }
            epochDays = d;
        }
        return d;
    }

    /**
     * Each value's characters counted into 16 buckets (by the low 4 bits of the char, so digits get a bucket each)
     * of 4 bits, saturating at 15: {@link #bagDistance} of two bags is a lower bound of the edit distance that
     * needs no access to the strings.
     */
    long[] bags() {
        long[] b = bags;
        if (b == null) {
            b = new long[values.length];
            char[][] c = chars();
            for (int i = 0; i < values.length; i++) {
                b[i] = bag(c[i]);
            }
            bags = b;
        }
        return b;
    }

    /** The bag of one value's characters; see {@link #bags()}. */
    static long bag(char[] value) {
        long bag = 0;
        for (char c : value) {
            int shift = (c & 15) * 4;
            if (((bag >>> shift) & 15) < 15) {
                bag += 1L << shift;
            }
        }
        return bag;
    }

    /**
     * A lower bound of the Levenshtein distance of two strings from their bags: the larger of the number of
     * characters of one that the other lacks, bucket by bucket (each edit changes each count by at most one).
     */
    static int bagDistance(long x, long y) {
        int more = 0;
        int fewer = 0;
        for (int shift = 0; shift < 64; shift += 4) {
            int d = (int) ((x >>> shift) & 15) - (int) ((y >>> shift) & 15);
            if (d > 0) {
                more += d;
            } else {
                fewer -= d;
            }
        }
        return Math.max(more, fewer);
    }

    /** A value as a decimal number (a decimal comma allowed), NaN when it is not one. */
    static double parseNumber(String s) {
        String t = s.trim().replace(',', '.');
        if (t.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
