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

    CompiledComparison(Comparison comparison, Feature main, Feature[] levelFeatures) {
        this.comparison = comparison;
        this.main = main;
        int n = comparison.levels().size();
        this.types = new LevelType[n];
        this.features = levelFeatures;
        this.thresholds = new double[n];
        this.bounds = new int[n];
        this.numbers = new double[n][];
        this.epochDays = new int[n][];
        for (int k = 0; k < n; k++) {
            ComparisonLevel level = comparison.levels().get(k);
            types[k] = level.type();
            thresholds[k] = level.threshold();
            if (level.type() == LevelType.LEVENSHTEIN) {
                bounds[k] = (int) level.threshold();
            } else if (level.type() == LevelType.NUMERIC_WITHIN) {
                numbers[k] = levelFeatures[k].numbers();
            } else if (level.type() == LevelType.DATE_WITHIN_DAYS) {
                epochDays[k] = levelFeatures[k].epochDays();
            }
        }
    }

    /** The index of the first level that holds for left row {@code l} and right row {@code r}. */
    int level(int l, int r, Scratch s) {
        int n = types.length;
        for (int k = 0; k < n; k++) {
            Feature f = features[k];
            LevelType t = types[k];
            if (t == LevelType.ELSE) {
                return k;
            }
            int a = f.left[l];
            int b = f.right[r];
            if (t == LevelType.NULL) {
                if (a < 0 || b < 0) {
                    return k;
                }
                continue;
            }
            if (a < 0 || b < 0) {
                continue;
            }
            if (holds(k, t, f, a, b, s)) {
                return k;
            }
        }
        return n - 1;
    }

    private boolean holds(int k, LevelType t, Feature f, int a, int b, Scratch s) {
        switch (t) {
            case EXACT:
                return a == b;
            case JARO_WINKLER:
                return a == b || s.jaroWinkler.similarity(f.chars[a], f.chars[b]) >= thresholds[k];
            case JARO:
                return a == b || s.jaroWinkler.jaro(f.chars[a], f.chars[b]) >= thresholds[k];
            case LEVENSHTEIN:
                return a == b || s.levenshtein.distance(f.chars[a], f.chars[b], bounds[k]) >= 0;
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
                return IsoDates.dayMonthSwapped(f.chars[a], f.chars[b]);
            case CMND_VS_CCCD: {
                int x = f.chars[a].length;
                int y = f.chars[b].length;
                return (x == 9 && y == 12) || (x == 12 && y == 9);
            }
            default:
                return false;
        }
    }
}
