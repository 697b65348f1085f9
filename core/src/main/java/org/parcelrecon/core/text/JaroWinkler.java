package org.parcelrecon.core.text;

import java.util.Objects;

/**
 * Jaro and Jaro-Winkler similarity over {@code char} arrays, in [0, 1], without allocating per call.
 *
 * <p>Definitions (the same as Apache commons-text's {@code JaroWinklerSimilarity}, which this class is tested
 * against to within 1e-9):
 * <ul>
 *   <li>Two characters match when they are equal and no further apart than
 *       {@code max(0, longer.length / 2 - 1)} positions; each character of the longer string matches at most once,
 *       the characters of the shorter string are taken left to right.</li>
 *   <li>{@code t} is half the number of positions at which the matched characters, read in order in each string,
 *       differ. With {@code m} matches, Jaro is {@code (m/|a| + m/|b| + (m - t)/m) / 3}, and 0 when {@code m = 0}.</li>
 *   <li>Jaro-Winkler adds {@code 0.1 * p * (1 - jaro)} when jaro is at least 0.7, where {@code p} is the length of
 *       the common prefix, at most 4.</li>
 *   <li>Equal strings score 1, including two empty strings.</li>
 * </ul>
 *
 * <p>Examples:
 * <pre>
 *   similarity("", "")                  1.0
 *   similarity("", "a")                 0.0
 *   similarity("nguyen", "nguyen")      1.0
 *   similarity("martha", "marhta")      0.9611  (m=6, t=1, prefix 3)
 *   similarity("huong", "huon")         0.96
 *   similarity("hương", "huong")        0.76    (compare folded values to ignore diacritics)
 *   similarity("abc", "xyz")            0.0
 * </pre>
 *
 * <p>Thread-safety: an instance holds scratch buffers and must be used by one thread at a time; give each worker
 * its own (they are cheap). The static {@link #of(CharSequence, CharSequence)} uses a per-thread instance.
 * Compared with commons-text, which returns a boxed {@code Double} and allocates three arrays per call, this
 * class returns a primitive and reuses its buffers, which matters in the inner loop of record linkage.
 */
public final class JaroWinkler {
    private static final ThreadLocal<JaroWinkler> PER_THREAD = ThreadLocal.withInitial(JaroWinkler::new);

    private boolean[] longerMatched = new boolean[32];
    private int[] shorterMatchedAt = new int[32];
    private char[] scratchA = new char[32];
    /** Bit set of positions per ASCII character of the longer string; all zero between calls. */
    private final long[] asciiPositions = new long[128];
    private char[] scratchB = new char[32];

    /** A new instance with its own buffers; not thread-safe. */
    public JaroWinkler() {
    }

    /**
     * Jaro-Winkler similarity of two strings, using a per-thread instance.
     *
     * @throws NullPointerException if either argument is null
     * @param a one string
     * @param b the other
     * @return the similarity, 0 (nothing in common) to 1 (equal)
     */
    public static double of(CharSequence a, CharSequence b) {
        return PER_THREAD.get().similarity(a, b);
    }

    /**
     * Jaro-Winkler similarity of two strings.
     *
     * @throws NullPointerException if either argument is null
     * @param a one string
     * @param b the other
     * @return the similarity, 0 (nothing in common) to 1 (equal)
     */
    public double similarity(CharSequence a, CharSequence b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (scratchA.length < a.length()) {
            scratchA = new char[a.length() * 2];
        }
        if (scratchB.length < b.length()) {
            scratchB = new char[b.length() * 2];
        }
        for (int i = 0; i < a.length(); i++) {
            scratchA[i] = a.charAt(i);
        }
        for (int i = 0; i < b.length(); i++) {
            scratchB[i] = b.charAt(i);
        }
        return similarity(scratchA, a.length(), scratchB, b.length());
    }

    /**
     * Jaro-Winkler similarity of two whole arrays.
     *
     * @param a one string's characters
     * @param b the other's
     * @return the similarity, 0 (nothing in common) to 1 (equal)
     */
    public double similarity(char[] a, char[] b) {
        return similarity(a, a.length, b, b.length);
    }

    /**
     * Jaro-Winkler similarity of the first {@code aLength} characters of {@code a} and the first {@code bLength}
     * of {@code b}. No checks beyond what the array accesses do: this is the inner-loop form.
     *
     * @param a a buffer holding one string
     * @param aLength how many of its characters are the string
     * @param b a buffer holding the other string
     * @param bLength how many of its characters are the string
     * @return the similarity, 0 (nothing in common) to 1 (equal)
     */
    public double similarity(char[] a, int aLength, char[] b, int bLength) {
        if (equal(a, aLength, b, bLength)) {
            return 1.0;
        }
        double jaro = jaroOfUnequal(a, aLength, b, bLength);
        if (jaro < 0.7) {
            return jaro;
        }
        int prefixLimit = Math.min(4, Math.min(aLength, bLength));
        int prefix = 0;
        while (prefix < prefixLimit && a[prefix] == b[prefix]) {
            prefix++;
        }
        return jaro + 0.1 * prefix * (1.0 - jaro);
    }

    /**
     * Jaro similarity (without the prefix bonus) of two whole arrays.
     *
     * @param a one string's characters
     * @param b the other's
     * @return the Jaro similarity, 0 to 1
     */
    public double jaro(char[] a, char[] b) {
        if (equal(a, a.length, b, b.length)) {
            return 1.0;
        }
        return jaroOfUnequal(a, a.length, b, b.length);
    }

    private double jaroOfUnequal(char[] a, int aLength, char[] b, int bLength) {
        char[] shorter;
        char[] longer;
        int shortLength;
        int longLength;
        if (aLength > bLength) {
            longer = a;
            longLength = aLength;
            shorter = b;
            shortLength = bLength;
        } else {
            longer = b;
            longLength = bLength;
            shorter = a;
            shortLength = aLength;
        }
        if (shortLength == 0) {
            return 0.0;
        }
        if (longLength <= 64 && isAscii(longer, longLength) && isAscii(shorter, shortLength)) {
            return jaroBitParallel(shorter, shortLength, longer, longLength, aLength, bLength);
        }
        if (longerMatched.length < longLength) {
            longerMatched = new boolean[longLength * 2];
        }
        if (shorterMatchedAt.length < shortLength) {
            shorterMatchedAt = new int[shortLength * 2];
        }
        boolean[] taken = longerMatched;
        int[] matchedAt = shorterMatchedAt;
        for (int i = 0; i < longLength; i++) {
            taken[i] = false;
        }
        int window = Math.max(longLength / 2 - 1, 0);
        int matches = 0;
        for (int i = 0; i < shortLength; i++) {
            char c = shorter[i];
            matchedAt[i] = -1;
            int end = Math.min(i + window + 1, longLength);
            for (int j = Math.max(i - window, 0); j < end; j++) {
                if (!taken[j] && longer[j] == c) {
                    taken[j] = true;
                    matchedAt[i] = j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        // Walk the matched characters of both strings in their own order and count disagreements.
        int halfTranspositions = 0;
        int j = 0;
        for (int i = 0; i < shortLength; i++) {
            if (matchedAt[i] < 0) {
                continue;
            }
            while (!taken[j]) {
                j++;
            }
            if (shorter[i] != longer[j]) {
                halfTranspositions++;
            }
            j++;
        }
        double m = matches;
        return (m / aLength + m / bLength + (m - halfTranspositions / 2.0) / m) / 3.0;
    }

    /**
     * The same matching as the general loop, for ASCII strings of at most 64 characters, with the positions of each
     * character in the longer string as a bit set: the first untaken match in the window is the lowest set bit of
     * {@code positions[c] & window & ~taken}. Folded names always take this path.
     */
    private double jaroBitParallel(char[] shorter, int shortLength, char[] longer, int longLength, int aLength,
                                   int bLength) {
        long[] positions = asciiPositions;
        for (int j = 0; j < longLength; j++) {
            positions[longer[j]] |= 1L << j;
        }
        int window = Math.max(longLength / 2 - 1, 0);
        long taken = 0;
        long shorterMatched = 0;
        int matches = 0;
        for (int i = 0; i < shortLength; i++) {
            int from = Math.max(i - window, 0);
            int to = Math.min(i + window + 1, longLength); // exclusive
            long windowMask = (to == 64 ? -1L : (1L << to) - 1) & (-1L << from);
            long candidates = positions[shorter[i]] & windowMask & ~taken;
            if (candidates != 0) {
                taken |= candidates & -candidates;
                shorterMatched |= 1L << i;
                matches++;
            }
        }
        for (int j = 0; j < longLength; j++) {
            positions[longer[j]] = 0;
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        long s = shorterMatched;
        long l = taken;
        while (s != 0) {
            int i = Long.numberOfTrailingZeros(s);
            int j = Long.numberOfTrailingZeros(l);
            if (shorter[i] != longer[j]) {
                halfTranspositions++;
            }
            s &= s - 1;
            l &= l - 1;
        }
        double m = matches;
        return (m / aLength + m / bLength + (m - halfTranspositions / 2.0) / m) / 3.0;
    }

    private static boolean isAscii(char[] a, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(char[] a, int aLength, char[] b, int bLength) {
        if (aLength != bLength) {
            return false;
        }
        for (int i = 0; i < aLength; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
