package org.parcelrecon.matching;

import java.util.List;

/**
 * The value ids of every compared feature and the block id of every rule, row by row:
 * {@code left[row * stride + slot]}. Checking and scoring a pair reads one or two cache lines per record instead
 * of one per feature and rule (with an array per feature, each of a dozen lookups on the right side would miss
 * the cache). Immutable.
 */
final class PackedRows {
    final int stride;
    final int[] left;
    final int[] right;

    /**
     * Packs columns of ids, one int per row each: the compared features first, then the block id of each rule.
     */
    PackedRows(List<int[]> leftColumns, List<int[]> rightColumns, int leftRows, int rightRows, boolean dedupe) {
        this.stride = Math.max(1, leftColumns.size());
        this.left = pack(leftColumns, leftRows);
        this.right = dedupe ? left : pack(rightColumns, rightRows);
    }

    PackedRows(int[] left, int[] right, int stride) {
        this.left = left;
        this.right = right;
        this.stride = stride;
    }

    private int[] pack(List<int[]> columns, int rows) {
        int[] out = new int[rows * stride];
        for (int slot = 0; slot < columns.size(); slot++) {
            int[] ids = columns.get(slot);
            for (int row = 0; row < rows; row++) {
                out[row * stride + slot] = ids[row];
            }
        }
        return out;
    }
}
