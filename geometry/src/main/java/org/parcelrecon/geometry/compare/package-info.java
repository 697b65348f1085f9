/**
 * Cross-period comparison: what changed, parcel by parcel, between the cadastral maps of two survey periods.
 *
 * <p>{@link org.parcelrecon.geometry.compare.MapComparison#compare} takes the old and new parcels and
 * {@link org.parcelrecon.geometry.compare.CompareOptions}, removes the surveys' systematic offset
 * ({@link org.parcelrecon.geometry.compare.OffsetEstimate}) and returns a
 * {@link org.parcelrecon.geometry.compare.ComparisonResult}: one
 * {@link org.parcelrecon.geometry.compare.ChangeGroup} per connected group of significantly overlapping parcels,
 * classified as a {@link org.parcelrecon.geometry.compare.ChangeType}.
 */
package org.parcelrecon.geometry.compare;
