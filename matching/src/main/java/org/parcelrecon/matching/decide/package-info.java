/**
 * Decisions on scored pairs: {@link org.parcelrecon.matching.decide.Decisions} (threshold, best match per left
 * record with its runner-up, one-to-one assignment) and clusters: a {@link org.parcelrecon.matching.decide.PairGraph}
 * of scored pairs over one or two tables, grouped by a {@link org.parcelrecon.matching.decide.ClusterMethod}
 * (average linkage, which does not chain, or connected components) into a
 * {@link org.parcelrecon.matching.decide.Clustering}. All deterministic: ties go to the higher weight, then the
 * lower rows. {@link org.parcelrecon.matching.decide.ClusterIds} carries cluster (person) ids over from one run to
 * the next and reports splits and merges.
 */
package org.parcelrecon.matching.decide;
