/**
 * Geometry for parcelrecon: coordinate reference systems, map readers, map QA and cross-period parcel comparison.
 *
 * <ul>
 *   <li>{@code org.parcelrecon.geometry.crs}: named coordinate reference systems (VN-2000 provincial TM-3 zones,
 *       VN-2000 UTM, HN-72, WGS 84) and transforms between them;</li>
 *   <li>{@code org.parcelrecon.geometry.io}: parcel readers and writers (GeoJSON, GeoPackage, WKT in CSV);</li>
 *   <li>{@code org.parcelrecon.geometry.qa}: topology findings for one map;</li>
 *   <li>{@code org.parcelrecon.geometry.compare}: what changed between two survey periods.</li>
 * </ul>
 */
package org.parcelrecon.geometry;
