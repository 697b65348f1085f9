package org.parcelrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parcelrecon.core.csv.CsvWriter;
import org.parcelrecon.core.finding.IdDisclosure;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.decide.Clustering;
import org.parcelrecon.matching.decide.PairGraph;

/**
 * {@code <name>_clusters.csv} of {@code link --cluster}: a row per record read, left table first, with columns
 * {@code table} ({@code left} or {@code right}), {@code id} (masked like the pairs' ids), {@code cluster_id}
 * (1, 2, ... in the order of each cluster's first record) and {@code cluster_size}. {@code evaluate --clusters}
 * reads it.
 */
final class ClusterFile {
    static final List<String> HEADER = List.of("table", "id", "cluster_id", "cluster_size");

    private ClusterFile() {
    }

    static void write(PrintWriter out, Path file, PairGraph graph, Clustering clusters, Linker linker,
                      IdDisclosure ids, String method, double threshold) throws IOException {
        int[] number = new int[graph.size()];
        int[] sizes = clusters.clusterSizes();
        int next = 0;
        try (CsvWriter w = CsvWriter.create(file, HEADER)) {
            for (int node = 0; node < graph.size(); node++) {
                int root = clusters.clusterOf(node);
                if (root == node) {
                    number[node] = ++next;
                }
                boolean left = graph.isLeft(node);
                String id = left ? linker.leftId(node) : linker.rightId(node - graph.leftSize());
                w.row(left ? "left" : "right", ids.applyToKey(id), Integer.toString(number[root]),
                        Integer.toString(sizes[node]));
            }
        }
        out.printf(Locale.ROOT, "%,d records in %,d clusters (%s at %s; largest %,d records) written to %s%n",
                graph.size(), next, method, threshold, clusters.largestCluster(), file);
    }
}
