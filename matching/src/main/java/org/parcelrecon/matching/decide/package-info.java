/**
 * Decisions on scored pairs: {@link org.parcelrecon.matching.decide.Decisions} (threshold, best match per left
 * record with its runner-up, one-to-one assignment) and {@link org.parcelrecon.matching.decide.Clustering}
 * (connected components above a threshold, for deduplicating one table); {@link
 * org.parcelrecon.matching.decide.ClusterIds} carries cluster (person) ids over from one run to the next and reports
 * splits and merges. All deterministic: ties go to the higher weight, then the lower rows.
 */
package org.parcelrecon.matching.decide;
