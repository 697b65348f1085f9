package org.parcelrecon.geometry.internal;

/** Disjoint sets over 0..n-1 with path halving and union by size. Not thread-safe. */
public final class UnionFind {
    private final int[] parent;
    private final int[] size;

    /**
     * Makes {@code n} sets of one element each.
     *
     * @param n the number of elements
     */
    public UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /**
     * {@return the representative of {@code x}'s set}
     *
     * @param x an element
     */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * Joins the sets of {@code a} and {@code b}.
     *
     * @param a an element
     * @param b another
     */
    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
