/**
 * Map QA: topology findings for one cadastral map.
 *
 * <p>{@link org.parcelrecon.geometry.qa.MapQa#check} takes a map's parcels and
 * {@link org.parcelrecon.geometry.qa.QaOptions} (tolerances) and returns a
 * {@link org.parcelrecon.geometry.qa.MapQaResult}: one {@link org.parcelrecon.geometry.qa.MapFinding} per problem
 * (type, parcel ids, measure, location) and the parcels with their invalid polygons repaired.
 * {@link org.parcelrecon.geometry.qa.FindingType} lists the kinds of finding and their measures.
 */
package org.parcelrecon.geometry.qa;
