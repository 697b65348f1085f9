/**
 * Measuring linkage quality against ground truth: {@link org.parcelrecon.matching.eval.TruthPairs} (true pairs,
 * from pairs or from a cluster column), {@link org.parcelrecon.matching.eval.Evaluation} (precision, recall and F1
 * at a threshold, and a precision/recall curve), {@link org.parcelrecon.matching.eval.BlockingQuality}
 * (pairs-completeness of blocking and the number of candidate pairs), {@link
 * org.parcelrecon.matching.eval.ClusterEvaluation} (B-cubed precision and recall of clusters, true clusters
 * reproduced exactly).
 */
package org.parcelrecon.matching.eval;
