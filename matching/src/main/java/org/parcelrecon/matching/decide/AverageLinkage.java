package org.parcelrecon.matching.decide;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative clustering above a threshold, one connected component at a time (see
 * {@link ClusterMethod#AVERAGE_LINKAGE} for what it decides and why).
 *
 * <p>Within a component of the pairs at or above the threshold, every record starts alone; the two clusters with
 * the highest average probability over all their cross pairs are merged, as long as that average is at least the
 * threshold and at least one of the cross pairs is itself at or above it. Sums of probabilities are kept per pair
 * of neighbouring clusters and added on each merge, so a component costs about its pairs times the logarithm of its
 * size, never its size squared.
 */
final class AverageLinkage {
    private AverageLinkage() {
    }

    /** A cluster representative per node. */
    static int[] cluster(PairGraph g, double threshold) {
        int n = g.size();
        int[] comp = Clustering.componentLabels(g, threshold);
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        // nodes and edges bucketed by component (counting sort, node order kept within a component)
        int[] compSize = new int[n];
        for (int i = 0; i < n; i++) {
            compSize[comp[i]]++;
        }
        int[] nodeStart = new int[n + 1];
        for (int c = 0; c < n; c++) {
            nodeStart[c + 1] = nodeStart[c] + compSize[c];
        }
        int[] nodes = new int[n];
        int[] fill = Arrays.copyOf(nodeStart, n);
        for (int i = 0; i < n; i++) {
            nodes[fill[comp[i]]++] = i;
        }
        int[] edgeCount = new int[n + 1];
        int m = g.edgeCount();
        for (int e = 0; e < m; e++) {
            int ca = comp[g.edgeA(e)];
            if (ca == comp[g.edgeB(e)] && compSize[ca] > 1) {
                edgeCount[ca + 1]++;
            }
        }
        for (int c = 0; c < n; c++) {
            edgeCount[c + 1] += edgeCount[c];
        }
        int[] edges = new int[edgeCount[n]];
        int[] efill = Arrays.copyOf(edgeCount, n);
        for (int e = 0; e < m; e++) {
            int ca = comp[g.edgeA(e)];
            if (ca == comp[g.edgeB(e)] && compSize[ca] > 1) {
                edges[efill[ca]++] = e;
            }
        }
        int[] local = new int[n];
        for (int c = 0; c < n; c++) {
            if (compSize[c] > 1) {
                agglomerate(g, threshold, nodes, nodeStart[c], nodeStart[c + 1], edges, edgeCount[c],
                        edgeCount[c + 1], local, label);
            }
        }
        return label;
    }

    private record Merge(double linkage, int x, int y, int versionX, int versionY) {
    }

    private static void agglomerate(PairGraph g, double threshold, int[] nodes, int from, int to, int[] edges,
                                    int edgeFrom, int edgeTo, int[] local, int[] label) {
        int size = to - from;
        for (int i = 0; i < size; i++) {
            local[nodes[from + i]] = i;
        }
        // per cluster: neighbours with {sum of cross probabilities, number of cross pairs at or above threshold}
        @SuppressWarnings("unchecked")
        Map<Integer, double[]>[] near = new Map[size];
        int[][] members = new int[size][];
        int[] memberCount = new int[size];
        int[] lefts = new int[size];
        int[] rights = new int[size];
        int[] version = new int[size];
        boolean[] gone = new boolean[size];
        for (int i = 0; i < size; i++) {
            near[i] = new HashMap<>(4);
            members[i] = new int[] {i};
            memberCount[i] = 1;
            if (g.isLeft(nodes[from + i])) {
                lefts[i] = 1;
            } else {
                rights[i] = 1;
            }
        }
        for (int k = edgeFrom; k < edgeTo; k++) {
            int e = edges[k];
            int x = local[g.edgeA(e)];
            int y = local[g.edgeB(e)];
            double p = g.edgeProbability(e);
            // a pair added twice counts once, at its higher probability
            double[] v = near[x].get(y);
            if (v == null) {
                near[x].put(y, new double[] {p, p >= threshold ? 1 : 0});
                near[y].put(x, new double[] {p, p >= threshold ? 1 : 0});
            } else if (p > v[0]) {
                for (double[] w : new double[][] {v, near[y].get(x)}) {
                    w[0] = p;
                    w[1] = p >= threshold ? 1 : 0;
                }
            }
        }
        boolean dedupe = g.isDedupe();
        PriorityQueue<Merge> queue = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(b.linkage, a.linkage);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(Math.min(a.x, a.y), Math.min(b.x, b.y));
            return c != 0 ? c : Integer.compare(Math.max(a.x, a.y), Math.max(b.x, b.y));
        });
        for (int x = 0; x < size; x++) {
            for (Map.Entry<Integer, double[]> e : near[x].entrySet()) {
                int y = e.getKey();
                if (x < y && e.getValue()[1] > 0) {
                    queue.add(new Merge(e.getValue()[0], x, y, 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Merge best = queue.poll();
            int x = best.x;
            int y = best.y;
            if (gone[x] || gone[y] || version[x] != best.versionX || version[y] != best.versionY) {
                continue;
            }
            if (best.linkage < threshold) {
                break;
            }
            int keep = near[x].size() >= near[y].size() ? x : y;
            int lose = keep == x ? y : x;
            near[keep].remove(lose);
            near[lose].remove(keep);
            for (Map.Entry<Integer, double[]> e : near[lose].entrySet()) {
                int c = e.getKey();
                double[] v = e.getValue();
                Map<Integer, double[]> other = near[c];
                other.remove(lose);
                double[] toKeep = near[keep].get(c);
                if (toKeep == null) {
                    near[keep].put(c, v.clone());
                    other.put(keep, v.clone());
                } else {
                    double[] back = other.get(keep);
                    for (double[] w : new double[][] {toKeep, back}) {
                        w[0] += v[0];
                        w[1] += v[1];
                    }
                }
            }
            near[lose] = null;
            if (memberCount[keep] + memberCount[lose] > members[keep].length) {
                members[keep] = Arrays.copyOf(members[keep],
                        Math.max(members[keep].length * 2, memberCount[keep] + memberCount[lose]));
            }
            System.arraycopy(members[lose], 0, members[keep], memberCount[keep], memberCount[lose]);
            memberCount[keep] += memberCount[lose];
            members[lose] = null;
            lefts[keep] += lefts[lose];
            rights[keep] += rights[lose];
            gone[lose] = true;
            version[keep]++;
            for (Map.Entry<Integer, double[]> e : near[keep].entrySet()) {
                int c = e.getKey();
                double[] v = e.getValue();
                if (v[1] <= 0) {
                    continue;
                }
                // a link never compares two records of one table: those pairs are unknown, not 0
                double pairs = dedupe ? (double) memberCount[keep] * memberCount[c]
                        : (double) lefts[keep] * rights[c] + (double) rights[keep] * lefts[c];
                double linkage = pairs == 0 ? 0 : v[0] / pairs;
                if (linkage >= threshold) {
                    queue.add(keep < c ? new Merge(linkage, keep, c, version[keep], version[c])
                            : new Merge(linkage, c, keep, version[c], version[keep]));
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (!gone[i]) {
                int representative = nodes[from + i];
                for (int k = 0; k < memberCount[i]; k++) {
                    label[nodes[from + members[i][k]]] = representative;
                }
            }
        }
    }
}
