package org.parcelrecon.matching.decide;

import java.util.Objects;

/**
 * How scored pairs become clusters (entities): every record in exactly one cluster.
 *
 * <p>Example, a chain of four records A~B 0.99, B~C 0.99, C~D 0.99 with A~C, B~D, A~D not linked (scored 0),
 * threshold 0.5:
 * <pre>
 *   CONNECTED_COMPONENTS   {A, B, C, D}           (every link at or above the threshold joins)
 *   AVERAGE_LINKAGE        {A, B}, {C, D}         ({A,B} with {C,D}: mean of 0.99, 0, 0, 0 = 0.25)
 * </pre>
 * Deterministic: a cluster is named by its smallest node; ties go to the lower nodes.
 */
public enum ClusterMethod {
    /**
     * The connected components of the pairs at or above the threshold. Transitive: on large data one wrong link
     * between two people's clusters joins them, and chains of such links grow clusters of hundreds (on public
     * person data: 1,443 records in one cluster where true clusters hold at most 21). Use it only where every
     * link is near certain.
     */
    CONNECTED_COMPONENTS,
    /**
     * Average linkage: two clusters are merged, strongest first, only while the mean match probability over all
     * pairs of their records is at least the threshold (and one of those pairs is at or above it). A pair not in
     * the graph counts as 0; in a link, two records of the same table are never compared and are left out of the
     * mean. A single wrong link between two clusters of five averages 1/25 of its probability and joins nothing,
     * so clusters do not chain; a true cluster whose records each link to most others stays whole.
     */
    AVERAGE_LINKAGE;

    /**
     * Clusters the graph's nodes at this threshold.
     *
     * @param graph     the scored pairs
     * @param threshold the match probability threshold, in [0, 1]
     * @return the clustering of the graph's nodes
     * @throws IllegalArgumentException if the threshold is outside [0, 1]
     */
    public Clustering cluster(PairGraph graph, double threshold) {
        Objects.requireNonNull(graph, "graph");
        Clustering.checkThreshold(threshold);
        return switch (this) {
            case CONNECTED_COMPONENTS -> Clustering.connectedComponents(graph, threshold);
            case AVERAGE_LINKAGE -> Clustering.fromLabels(AverageLinkage.cluster(graph, threshold));
        };
    }
}
