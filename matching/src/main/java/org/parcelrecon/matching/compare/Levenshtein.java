package org.parcelrecon.matching.compare;

import java.util.Objects;

/**
 * Levenshtein (edit) distance over {@code char} arrays, optionally bounded, without allocating per call.
 *
 * <p>The distance is the least number of single-character insertions, deletions and substitutions that turn one
 * string into the other. It is a metric: zero only for equal strings, symmetric, and it obeys the triangle
 * inequality. The bounded form {@link #distance(char[], int, char[], int, int)} answers "is it at most
 * {@code k}?" in O(k * length) time by computing only the diagonal band of width {@code 2k + 1}, using two rolling
 * rows, and stops as soon as every cell of a row exceeds {@code k}; it returns {@code -1} past the bound, as
 * commons-text's {@code LevenshteinDistance(threshold)} does (this class is tested against it).
 *
 * <p>Examples:
 * <pre>
 *   distance("", "")                    0
 *   distance("", "abc")                 3
 *   distance("kitten", "sitting")       3
 *   distance("kitten", "sitting", 2)   -1   (more than 2)
 *   distance("022190012345", "022190012354", 2)  2   (two digits swapped count as two substitutions)
 *   distance("hung", "hùng")            1   (diacritics count: compare folded values to ignore them)
 * </pre>
 *
 * <p>Thread-safety: an instance holds two scratch rows and must be used by one thread at a time; the static
 * {@link #of(CharSequence, CharSequence)} uses a per-thread instance.
 */
public final class Levenshtein {
    private static final ThreadLocal<Levenshtein> PER_THREAD = ThreadLocal.withInitial(Levenshtein::new);
    private static final int FAR = Integer.MAX_VALUE / 2;

    private int[] previous = new int[33];
    private int[] current = new int[33];

    /** A new instance with its own buffers; not thread-safe. */
    public Levenshtein() {
    }

    /**
     * Unbounded distance between two strings, using a per-thread instance.
     *
     * @throws NullPointerException if either argument is null
     * @param a one string
     * @param b the other
     * @return the number of insertions, deletions and substitutions between them
     */
    public static int of(CharSequence a, CharSequence b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        char[] x = a.toString().toCharArray();
        char[] y = b.toString().toCharArray();
        return PER_THREAD.get().distance(x, x.length, y, y.length, Math.max(x.length, y.length));
    }

    /**
     * Unbounded distance between two whole arrays.
     *
     * @param a one string's characters
     * @param b the other's
     * @return the number of insertions, deletions and substitutions between them
     */
    public int distance(char[] a, char[] b) {
        return distance(a, a.length, b, b.length, Math.max(a.length, b.length));
    }

    /**
     * {@return the distance if it is at most {@code bound}, else {@code -1}, between two whole arrays}
     *
     * @throws IllegalArgumentException if {@code bound} is negative
     * @param a one string's characters
     * @param b the other's
     * @param bound the largest distance of interest, at least 0
     */
    public int distance(char[] a, char[] b, int bound) {
        return distance(a, a.length, b, b.length, bound);
    }

    /**
     * {@return the distance if it is at most {@code bound}, else {@code -1}, between the first {@code aLength}
     * characters
     * of {@code a} and the first {@code bLength} of {@code b}}
     *
     * @throws IllegalArgumentException if {@code bound} is negative
     * @param a a buffer holding one string
     * @param aLength how many of its characters are the string
     * @param b a buffer holding the other string
     * @param bLength how many of its characters are the string
     * @param bound the largest distance of interest, at least 0
     */
    public int distance(char[] a, int aLength, char[] b, int bLength, int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("bound must be at least 0, got " + bound);
        }
        // Let s (length n) be the shorter string and t (length m) the longer: rows walk t, columns walk s.
        char[] s = a;
        char[] t = b;
        int n = aLength;
        int m = bLength;
        if (n > m) {
            s = b;
            t = a;
            n = bLength;
            m = aLength;
        }
        if (m - n > bound) {
            return -1;
        }
        if (n == 0) {
            return m;
        }
        if (bound <= 1) {
            return withinOne(s, n, t, m, bound);
        }
        if (previous.length < n + 2) {
            previous = new int[(n + 2) * 2];
            current = new int[(n + 2) * 2];
        }
        int[] prev = previous;
        int[] curr = current;
        for (int i = 0; i <= n; i++) {
            prev[i] = i <= bound ? i : FAR;
        }
        prev[n + 1] = FAR;
        for (int j = 1; j <= m; j++) {
            char tj = t[j - 1];
            int lo = Math.max(1, j - bound);
            int hi = Math.min(n, j + bound);
            if (lo > hi) {
                return -1;
            }
            curr[0] = j <= bound ? j : FAR;
            if (lo > 1) {
                curr[lo - 1] = FAR;
            }
            int rowMin = curr[lo - 1];
            for (int i = lo; i <= hi; i++) {
                int best = prev[i - 1] + (s[i - 1] == tj ? 0 : 1);
                int del = prev[i] + 1;
                if (del < best) {
                    best = del;
                }
                int ins = curr[i - 1] + 1;
                if (ins < best) {
                    best = ins;
                }
                curr[i] = best;
                if (best < rowMin) {
                    rowMin = best;
                }
            }
            curr[hi + 1] = FAR;
            if (rowMin > bound) {
                return -1;
            }
            int[] swap = prev;
            prev = curr;
            curr = swap;
        }
        int d = prev[n];
        return d <= bound ? d : -1;
    }

    /**
     * The distance when it is 0 or 1 and at most {@code bound}, else -1, in one pass: with equal lengths only one
     * substitution can cost 1; with lengths one apart only one insertion can.
     */
    private static int withinOne(char[] s, int n, char[] t, int m, int bound) {
        if (n == m) {
            int mismatches = 0;
            for (int i = 0; i < n; i++) {
                if (s[i] != t[i] && ++mismatches > bound) {
                    return -1;
                }
            }
            return mismatches;
        }
        // m == n + 1 here (the caller checked m - n <= bound <= 1): skip one character of t.
        if (bound == 0) {
            return -1;
        }
        int i = 0;
        while (i < n && s[i] == t[i]) {
            i++;
        }
        for (int j = i; j < n; j++) {
            if (s[j] != t[j + 1]) {
                return -1;
            }
        }
        return 1;
    }
}
