/**
 * Parcel map readers and writers: GeoJSON (streamed, with a {@code crs} member), GeoPackage (sqlite-jdbc, the
 * standard binary header and WKB, read and write) and CSV with a WKT column.
 *
 * <p>Entry point: {@link org.parcelrecon.geometry.io.ParcelFiles}, configured by
 * {@link org.parcelrecon.geometry.io.ReadOptions}. A read gives a {@link org.parcelrecon.geometry.io.ParcelLayer}:
 * {@link org.parcelrecon.geometry.io.ParcelFeature}s (id, polygon, sheet, plot, recorded area, attributes) and
 * {@link org.parcelrecon.geometry.io.RejectedFeature}s (file, feature index and line,
 * {@link org.parcelrecon.geometry.io.RejectReason}), so that every feature of a file is accounted for. A file
 * broken as a file throws {@link org.parcelrecon.geometry.io.MalformedMapException} naming file, line and column.
 * {@link org.parcelrecon.geometry.io.ReadRepair} lists the ring defects a reader mends so a polygon can exist.
 *
 * <p>{@link org.parcelrecon.geometry.io.ResultFiles} writes what map QA and map comparison found, and the readers'
 * rejections, as CSV and GeoJSON.
 */
package org.parcelrecon.geometry.io;
