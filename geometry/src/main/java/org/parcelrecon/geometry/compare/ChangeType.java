package org.parcelrecon.geometry.compare;

/**
 * How a group of parcels changed between two survey periods. Stable codes (they head the CSV's
 * {@code change_type} column).
 */
public enum ChangeType {
    /** One old parcel, one new parcel, the same shape within the shape tolerance after the offset. */
    UNCHANGED,
    /** One old parcel, one new parcel, a boundary moved beyond the shape tolerance. */
    MODIFIED,
    /** One old parcel became several new ones (1:n). */
    SPLIT,
    /** Several old parcels became one new one (n:1). */
    MERGED,
    /** Several old parcels became several new ones (n:m), e.g. a land consolidation. */
    REPARCELLED,
    /** A new parcel over no old parcel (0:1). */
    NEW,
    /** An old parcel under no new parcel (1:0). */
    REMOVED
}
