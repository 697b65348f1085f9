/**
 * Cross-period comparison: what changed, parcel by parcel, between the cadastral maps of two survey periods.
 *
 * <p>{@link org.parcelrecon.geometry.compare.MapComparison#compare} takes the old and new parcels and
 * {@link org.parcelrecon.geometry.compare.CompareOptions}, removes the surveys' systematic offset
 * ({@link org.parcelrecon.geometry.compare.OffsetEstimate}) and returns a
 * {@link org.parcelrecon.geometry.compare.ComparisonResult}: one
 * {@link org.parcelrecon.geometry.compare.ChangeGroup} per connected group of significantly overlapping parcels,
 * classified as a {@link org.parcelrecon.core.evidence.ChangeClass}. A strip that a moved boundary handed from
 * one parcel to its neighbour does not join them, as long as both kept their identity and, where the numbers say
 * nothing, traded land with each other alone (see {@code MapComparison}).
 * The result also carries the pair's digitising noise ({@link org.parcelrecon.geometry.compare.NoiseEstimate}),
 * which says whether the shape tolerance would read noise as change.
 * {@link org.parcelrecon.geometry.compare.ChangeEvaluation} scores a result against known true groups.
 *
 * <p>Speed: unchanged parcels are settled vertex by vertex without overlay; convex and triangulated parcels get
 * exact intersection areas by clipping; the phases can be timed with
 * {@link org.parcelrecon.geometry.compare.CompareOptions#withPhaseListener}.
 */
package org.parcelrecon.geometry.compare;
