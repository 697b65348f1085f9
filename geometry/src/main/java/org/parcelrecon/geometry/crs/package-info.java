/**
 * Coordinate reference systems as Vietnamese land offices name them, and transforms between them.
 *
 * <p>A {@link org.parcelrecon.geometry.crs.Crs} is named by province ({@code vn2000:quang-ninh}), by TM-3 central
 * meridian ({@code vn2000:tm3:107.75}), by EPSG code ({@code EPSG:5899}) or by proj string; VN-2000 CRSs carry the
 * 7-parameter datum shift of EPSG:6960 in PROJ's sign convention. {@link org.parcelrecon.geometry.crs.CrsTransform}
 * moves points and JTS geometries between two of them. {@link org.parcelrecon.geometry.crs.Vn2000Province} is the
 * table of the 63 provinces' central meridians.
 *
 * <p>Backed by proj4j 1.4.1 (no EPSG database: the codes a cadastral workflow needs are defined here by proj
 * string, checked against PROJ 9.1.1).
 */
package org.parcelrecon.geometry.crs;
