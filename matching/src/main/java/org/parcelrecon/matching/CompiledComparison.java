package org.parcelrecon.matching;

/**
 * A {@link Comparison} bound to the features of two tables: per level, its type, the feature it reads and its
 * threshold, in arrays. {@link #level(int, int, Scratch)} is the inner loop: no allocation, no boxing.
 */
final class CompiledComparison {
    final Comparison comparison;
    /** The comparison's own feature (its column through its function): what the null level tests. */
    final Feature main;
    final LevelType[] types;
    final Feature[] features;
    final double[] thresholds;
    final int[] bounds;
    final double[][] numbers;
    final int[][] epochDays;
    final long[][] bags;
    /** Per level that reads characters: its feature's values as characters; else null. */
    final char[][][] chars;
    /** Per level: the position of its feature in a {@link PackedRows} row. */
    final int[] slots;
    /** The position of {@link #main} in a packed row. */
    final int mainSlot;
    private final int[] leftPacked;
    private final int[] rightPacked;
    private final int stride;
    /** Distinguishes this comparison's levels from other comparisons' in the similarity cache. */
    private final int cacheBase;

    CompiledComparison(int index, Comparison comparison, Feature main, Feature[] levelFeatures, int[] slots,
                       int mainSlot, PackedRows packed) {
        this.mainSlot = mainSlot;
        this.cacheBase = index * Comparison.MAX_LEVELS;
        this.comparison = comparison;
        this.main = main;
        this.slots = slots;
        this.leftPacked = packed.left;
        this.rightPacked = packed.right;
        this.stride = packed.stride;
        int n = comparison.levels().size();
        this.types = new LevelType[n];
        this.features = levelFeatures;
        this.thresholds = new double[n];
        this.bounds = new int[n];
        this.numbers = new double[n][];
        this.epochDays = new int[n][];
        this.bags = new long[n][];
        this.chars = new char[n][][];
        for (int k = 0; k < n; k++) {
            ComparisonLevel level = comparison.levels().get(k);
            types[k] = level.type();
            switch (level.type()) {
                case JARO_WINKLER, JARO, LEVENSHTEIN, DAY_MONTH_SWAPPED, CMND_VS_CCCD ->
                        chars[k] = levelFeatures[k].chars();
                default -> { }
            }
            thresholds[k] = level.threshold();
            if (level.type() == LevelType.LEVENSHTEIN) {
                bounds[k] = (int) level.threshold();
                bags[k] = levelFeatures[k].bags();
            } else if (level.type() == LevelType.NUMERIC_WITHIN) {
                numbers[k] = levelFeatures[k].numbers();
            } else if (level.type() == LevelType.DATE_WITHIN_DAYS) {
                epochDays[k] = levelFeatures[k].epochDays();
            }
        }
    }

    /** The same compiled comparison for a comparison of the same structure (other m, u or labels). */
    CompiledComparison withComparison(Comparison other) {
        return new CompiledComparison(cacheBase / Comparison.MAX_LEVELS, other, main, features, slots, mainSlot,
                new PackedRows(leftPacked, rightPacked, stride));
    }

    /** The index of the first level that holds for left row {@code l} and right row {@code r}. */
    int level(int l, int r, Scratch s) {
        return level(leftPacked, l * stride, r, s);
    }

    /**
     * The index of the first level that holds for the left record packed at {@code lp[lBase ..]} and right row
     * {@code r}. A left value id past the end of a feature's dictionary is a value the right side never had (one
     * record scored against a {@link LinkingIndex}); its forms are in {@code s}.
     */
    int level(int[] lp, int lBase, int r, Scratch s) {
        int n = types.length;
        int rBase = r * stride;
        for (int k = 0; k < n; k++) {
            LevelType t = types[k];
            if (t == LevelType.ELSE) {
                return k;
            }
            int a = lp[lBase + slots[k]];
            int b = rightPacked[rBase + slots[k]];
            if (t == LevelType.NULL) {
                if (a < 0 || b < 0) {
                    return k;
                }
                continue;
            }
            if (a < 0 || b < 0) {
                continue;
            }
            if (a < features[k].values.length ? holds(k, t, a, b, s) : holdsUnseen(k, t, a, b, s)) {
                return k;
            }
        }
        return n - 1;
    }

    private boolean holds(int k, LevelType t, int a, int b, Scratch s) {
        switch (t) {
            case EXACT:
                return a == b;
            case JARO_WINKLER:
            case JARO: {
                if (a == b) {
                    return true;
                }
                int level = cacheBase + k;
                int slot = Scratch.slot(level, a, b);
                if (s.cached(slot, level, a, b)) {
                    return s.outcome(slot);
                }
                double similarity = t == LevelType.JARO ? s.jaroWinkler.jaro(chars[k][a], chars[k][b])
                        : s.jaroWinkler.similarity(chars[k][a], chars[k][b]);
                return s.remember(slot, level, a, b, similarity >= thresholds[k]);
            }
            case LEVENSHTEIN:
                return a == b || (Feature.bagDistance(bags[k][a], bags[k][b]) <= bounds[k]
                        && s.levenshtein.distance(chars[k][a], chars[k][b], bounds[k]) >= 0);
            case NUMERIC_WITHIN: {
                double x = numbers[k][a];
                double y = numbers[k][b];
                return x == x && y == y && Math.abs(x - y) <= thresholds[k] + 1e-9;
            }
            case DATE_WITHIN_DAYS: {
                int x = epochDays[k][a];
                int y = epochDays[k][b];
                return x != Feature.NO_DATE && y != Feature.NO_DATE && Math.abs((long) x - y) <= thresholds[k];
            }
            case DAY_MONTH_SWAPPED:
                return IsoDates.dayMonthSwapped(chars[k][a], chars[k][b]);
            case CMND_VS_CCCD: {
                int x = chars[k][a].length;
                int y = chars[k][b].length;
                return (x == 9 && y == 12) || (x == 12 && y == 9);
            }
            default:
                return false;
        }
    }

    /**
     * {@link #holds} for a left value outside the dictionary, read from {@code s} (never cached: its id means
     * another value in the next record). Same tests, same thresholds.
     */
    private boolean holdsUnseen(int k, LevelType t, int a, int b, Scratch s) {
        int slot = slots[k];
        char[] x = s.queryChars(slot);
        switch (t) {
            case EXACT:
                return false;
            case JARO_WINKLER:
                return s.jaroWinkler.similarity(x, chars[k][b]) >= thresholds[k];
            case JARO:
                return s.jaroWinkler.jaro(x, chars[k][b]) >= thresholds[k];
            case LEVENSHTEIN:
                return Feature.bagDistance(Feature.bag(x), bags[k][b]) <= bounds[k]
                        && s.levenshtein.distance(x, chars[k][b], bounds[k]) >= 0;
            case NUMERIC_WITHIN: {
                double u = Feature.parseNumber(s.queryValue(slot));
                double y = numbers[k][b];
                return u == u && y == y && Math.abs(u - y) <= thresholds[k] + 1e-9;
            }
            case DATE_WITHIN_DAYS: {
                int u = IsoDates.epochDay(s.queryValue(slot));
                int y = epochDays[k][b];
                return u != Feature.NO_DATE && y != Feature.NO_DATE && Math.abs((long) u - y) <= thresholds[k];
            }
            case DAY_MONTH_SWAPPED:
                return IsoDates.dayMonthSwapped(x, chars[k][b]);
            case CMND_VS_CCCD: {
                int u = x.length;
                int y = chars[k][b].length;
                return (u == 9 && y == 12) || (u == 12 && y == 9);
            }
            default:
                return false;
        }
    }
}
