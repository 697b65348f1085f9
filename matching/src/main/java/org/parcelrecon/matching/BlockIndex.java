package org.parcelrecon.matching;

import java.util.Arrays;

/**
 * One blocking rule compiled against two tables: a block id per row on each side ({@code -1} when a key is
 * missing) and the right rows grouped by block (compressed rows: {@code rows[start[b] .. start[b+1])}, ascending).
 * Immutable.
 */
final class BlockIndex {
    final BlockingRule rule;
    final int[] leftBlock;
    final int[] rightBlock;
    final int[] start;
    final int[] rows;
    final int blockCount;
    final boolean dedupe;

    private BlockIndex(BlockingRule rule, int[] leftBlock, int[] rightBlock, int blockCount, boolean dedupe) {
        this.rule = rule;
        this.leftBlock = leftBlock;
        this.rightBlock = rightBlock;
        this.blockCount = blockCount;
        this.dedupe = dedupe;
        this.start = new int[blockCount + 1];
        for (int b : rightBlock) {
            if (b >= 0) {
                start[b + 1]++;
            }
        }
        for (int i = 0; i < blockCount; i++) {
            start[i + 1] += start[i];
        }
        this.rows = new int[start[blockCount]];
        int[] fill = Arrays.copyOf(start, blockCount);
        for (int row = 0; row < rightBlock.length; row++) {
            int b = rightBlock[row];
            if (b >= 0) {
                rows[fill[b]++] = row;
            }
        }
    }

    /** Compiles a rule; {@code keys} are the features of the rule's keys, in order. */
    static BlockIndex build(BlockingRule rule, Feature[] keys, boolean dedupe) {
        int[] left = keys[0].left.clone();
        int[] right = dedupe ? left : keys[0].right.clone();
        int blockCount = keys[0].values.length;
        for (int k = 1; k < keys.length; k++) {
            LongIntMap combined = new LongIntMap(Math.max(left.length, 16));
            combine(left, keys[k].left, combined);
            if (!dedupe) {
                combine(right, keys[k].right, combined);
            }
            blockCount = combined.size();
        }
        return new BlockIndex(rule, left, right, blockCount, dedupe);
    }

    private static void combine(int[] blocks, int[] next, LongIntMap combined) {
        for (int row = 0; row < blocks.length; row++) {
            int b = blocks[row];
            int n = next[row];
            blocks[row] = b < 0 || n < 0 ? -1 : combined.idOf(((long) b << 32) | n);
        }
    }

    /** A rule's index over the right side alone, from each right row's block id (for a {@link LinkingIndex}). */
    static BlockIndex ofRight(BlockingRule rule, int[] rightBlock, int blockCount) {
        return new BlockIndex(rule, new int[0], rightBlock, blockCount, false);
    }

    /** The number of pairs this rule alone makes (before removing those of earlier rules). */
    long pairCount() {
        if (dedupe) {
            long total = 0;
            for (int b = 0; b < blockCount; b++) {
                long n = start[b + 1] - start[b];
                total += n * (n - 1) / 2;
            }
            return total;
        }
        long[] leftCounts = new long[blockCount];
        for (int b : leftBlock) {
            if (b >= 0) {
                leftCounts[b]++;
            }
        }
        long total = 0;
        for (int b = 0; b < blockCount; b++) {
            total += leftCounts[b] * (start[b + 1] - start[b]);
        }
        return total;
    }

    /** The size of the largest block (right rows), for warnings about rules that make too many pairs. */
    int largestBlock() {
        int max = 0;
        for (int b = 0; b < blockCount; b++) {
            max = Math.max(max, start[b + 1] - start[b]);
        }
        return max;
    }

    /** Whether this rule pairs left row {@code l} with right row {@code r}. */
    boolean pairs(int l, int r) {
        int b = leftBlock[l];
        return b >= 0 && b == rightBlock[r];
    }
}
