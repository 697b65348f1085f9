package org.parcelrecon.core.evidence;

/**
 * How a parcel changed between the old survey and the new one (as the geometry module classifies it).
 */
public enum ChangeClass {
    /** Same parcel, same boundary within tolerance. */
    UNCHANGED,
    /** Same parcel, boundary or area changed (biến động ranh giới). */
    MODIFIED,
    /** One old parcel became several (tách thửa). */
    SPLIT,
    /** Several old parcels became one (hợp thửa). */
    MERGED,
    /** Several old parcels became several new ones that do not line up (dồn điền đổi thửa, re-parcelling). */
    REPARCELLED,
    /** Only on the new map. */
    NEW,
    /** Only on the old map. */
    REMOVED
}
