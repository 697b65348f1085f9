package org.parcelrecon.geometry.io;

/**
 * A defect a reader mended so that a parcel could be built at all; map QA reports each one.
 *
 * <p>JTS cannot hold a ring that is not closed or has fewer than 4 points, so these are fixed while reading
 * (everything else, such as self-intersections, is left for map QA to repair and report). A polygon without a usable
 * id is land all the same: it gets a synthetic id and is compared by its geometry like any other.
 */
public enum ReadRepair {
    /** A ring whose last point differed from its first: the first point was appended. */
    RING_CLOSED,
    /** A ring with fewer than 3 distinct points (cannot enclose area) was dropped; a polygon without shell too. */
    SHORT_RING_DROPPED,
    /**
     * The feature had no usable id (absent, blank, or a placeholder such as {@code "-"}, {@code "---"},
     * {@code "NO_ID"}, {@code "NULL"}): it was given the synthetic id {@code "#n"}, n its 1-based position in the
     * file (see {@link ParcelFeature#idMissing()}). Map QA reports it as {@code MISSING_ID}.
     */
    ID_MISSING
}
