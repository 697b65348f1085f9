package org.parcelrecon.matching;

import java.util.HashMap;
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
 * Immutable after construction; the lazily parsed numbers and dates are safe to publish racily (idempotent).
 */
final class Feature {
    private static final Logger LOG = LoggerFactory.getLogger(Feature.class);
    static final int MISSING = -1;
    static final int NO_DATE = Integer.MIN_VALUE;

    final KeyRef ref;
    final String[] values;
    final char[][] chars;
    final int[] left;
    final int[] right;
    /** Occurrences of each value over the rows of both tables (the one table when deduplicating). */
    final int[] counts;
    final long totalCount;
    private volatile double[] numbers;
    private volatile int[] epochDays;

    private Feature(KeyRef ref, String[] values, int[] left, int[] right, int[] counts, long totalCount) {
        this.ref = ref;
        this.values = values;
        this.left = left;
        this.right = right;
        this.counts = counts;
        this.totalCount = totalCount;
        this.chars = new char[values.length][];
        for (int i = 0; i < values.length; i++) {
            chars[i] = values[i].toCharArray();
        }
    }

    /** Builds the feature for two tables; {@code right} may be the same object as {@code left} (dedupe). */
    static Feature build(KeyRef ref, KeyFunction function, Table left, Table right) {
        Map<String, Integer> ids = new HashMap<>();
        java.util.List<String> values = new java.util.ArrayList<>();
        int[] l = encode(ref, function, left, ids, values);
        int[] r = right == left ? l : encode(ref, function, right, ids, values);
        int[] counts = new int[values.size()];
        long total = 0;
        for (int id : l) {
            if (id >= 0) {
                counts[id]++;
                total++;
            }
        }
        if (r != l) {
            for (int id : r) {
                if (id >= 0) {
                    counts[id]++;
                    total++;
                }
            }
        }
        return new Feature(ref, values.toArray(new String[0]), l, r, counts, total);
    }

    private static int[] encode(KeyRef ref, KeyFunction function, Table table, Map<String, Integer> ids,
                                java.util.List<String> values) {
        int[] out = new int[table.size()];
        OptionalInt column = table.columnIndex(ref.column());
        if (column.isEmpty()) {
            java.util.Arrays.fill(out, MISSING);
            return out;
        }
        String[] dictionary = table.dictionary(column.getAsInt());
        AtomicLong failures = new AtomicLong();
        String[] derived = new String[dictionary.length];
        IntStream range = IntStream.range(0, dictionary.length);
        (dictionary.length > 2048 ? range.parallel() : range).forEach(i -> {
            String d;
            try {
                d = function.apply(dictionary[i]);
            } catch (RuntimeException e) {
                if (failures.getAndIncrement() == 0) {
                    LOG.debug("key function {} failed on a value of {} and yields no key: {}", ref.function(),
                            ref.column(), e.toString());
                }
                d = "";
            }
            derived[i] = d == null ? "" : d;
        });
        if (failures.get() > 0) {
            LOG.warn("key function '{}' threw on {} distinct value(s) of column '{}'; those values count as missing",
                    ref.function(), failures.get(), ref.column());
        }
        int[] dictIds = new int[dictionary.length];
        for (int i = 0; i < dictionary.length; i++) {
            String d = derived[i];
            if (d.isEmpty()) {
                dictIds[i] = MISSING;
                continue;
            }
            Integer id = ids.get(d);
            if (id == null) {
                id = values.size();
                ids.put(d, id);
                values.add(d);
            }
            dictIds[i] = id;
        }
        int[] codes = table.codes(column.getAsInt());
        for (int row = 0; row < out.length; row++) {
            int code = codes[row];
            out[row] = code < 0 ? MISSING : dictIds[code];
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

    private static double parseNumber(String s) {
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
